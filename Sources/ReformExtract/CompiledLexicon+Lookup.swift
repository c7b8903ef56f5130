extension CompiledLexicon {
    /// The lexicon entry whose name or alias is exactly `name` (after the matcher's folding),
    /// preferring an entry of `type` when several answer.
    ///
    /// Answers for ASCII names are remembered (``LookupMemo``): the rules look up the same
    /// names in document after document, and each lookup tokenized the name and hashed its
    /// words as `String`s, some 5,000 instructions.
    func lookup(_ name: String, type: ReformCore.EntityType? = nil) -> Int32? {
        guard LookupMemo.isASCII(name) else { return search(name, type: type) }
        // (No closure around `search`: one that captured the lexicon copied it, a retain and
        // release of each of its arrays, on every lookup.)
        if let known = lookups.known(name, type) { return known >= 0 ? known : nil }
        let found = search(name, type: type)
        lookups.remember(name, type, found)
        return found
    }

    /// ``lookup(_:type:)`` without the memo.
    func search(_ name: String, type: ReformCore.EntityType?) -> Int32? {
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

/// Remembered answers of ``CompiledLexicon/lookup(_:type:)``, by name and type, shared by the
/// extraction threads (a lock around a dictionary; the threads meet there rarely).
///
/// A lexicon's answers never change once it is compiled, so each ``CompiledLexicon`` has
/// its own memo and a copy of it shares the memo. Only ASCII names are kept: for them
/// `String` equality, which the dictionary uses, is byte equality, so a remembered answer is
/// the one for exactly these bytes. The memo starts again when it reaches ``limit`` names.
final class LookupMemo: @unchecked Sendable {
    private struct Key: Hashable {
        let name: String
        let type: EntityType?
    }

    private let lock = Lock()
    /// The entry found, or -1 for none.
    private var answers: [Key: Int32] = [:]
    private static let limit = 1 << 16

    /// Whether every byte of `name` is ASCII.
    static func isASCII(_ name: String) -> Bool {
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ u in u.allSatisfy { $0 < 0x80 } }) { return ascii }
        return name.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The remembered answer for `name` and `type` (-1 for none), or nil when not known yet.
    func known(_ name: String, _ type: EntityType?) -> Int32? {
        let key = Key(name: name, type: type)
        return lock.locked { answers[key] }
    }

    /// Remembers `found` as the answer for `name` and `type`.
    func remember(_ name: String, _ type: EntityType?, _ found: Int32?) {
        let key = Key(name: name, type: type)
        lock.locked {
            if answers.count >= Self.limit { answers.removeAll(keepingCapacity: true) }
            answers[key] = found ?? -1
        }
    }

    /// The remembered answer for `name` and `type`, or `search()`'s, remembered.
    func answer(_ name: String, _ type: EntityType?, _ search: () -> Int32?) -> Int32? {
        let key = Key(name: name, type: type)
        if let known = lock.locked({ answers[key] }) { return known >= 0 ? known : nil }
        let found = search()
        lock.locked {
            if answers.count >= Self.limit { answers.removeAll(keepingCapacity: true) }
            answers[key] = found ?? -1
        }
        return found
    }
}
