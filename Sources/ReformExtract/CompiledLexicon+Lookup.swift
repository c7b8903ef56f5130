extension CompiledLexicon {
    /// The lexicon entry whose name or alias is exactly `name` (after the matcher's folding),
    /// preferring an entry of `type` when several answer.
    func lookup(_ name: String, type: ReformCore.EntityType? = nil) -> Int32? {
        let tokens = Self.tokens(of: name)
        guard !tokens.isEmpty else { return nil }
        var node: Int32 = 0
        for t in tokens {
            let id = vocabulary.id(of: Vocabulary.singular(t.key, acronymPlural: t.flags.contains(.acronym) && t.key.hasSuffix("s"),
                                                      upper: t.flags.contains(.upper)))
            guard let next = trie.child(node, id) else { return nil }
            node = next
        }
        let values = trie.values[Int(node)]
        if let type, let v = values.first(where: { entry($0.entry).type == type }) { return v.entry }
        return values.first?.entry
    }
}

import ReformCore
