extension CompiledLexicon {
    /// The lexicon entry whose name or alias is exactly `name` (after the matcher's folding),
    /// preferring an entry of `type` when several answer.
    ///
    /// Answers are remembered by the name's bytes (``LookupAnswers``, one memo per thread): the
    /// rules look up the same names in document after document, and each lookup tokenized the
    /// name and hashed its words as `String`s, some 5,000 instructions.
    func lookup(_ name: String, type: ReformCore.EntityType? = nil) -> Int32? {
        let tag = Int16(truncatingIfNeeded: type?.ordinal ?? -1)
        let memo = LookupAnswers.memo(for: self)
        let answer: Int32?? = name.utf8.withContiguousStorageIfAvailable { u in
            let h = u.byteKeyHash
            let known = memo.answers.find(u, hash: h)
            if let known, known.type == tag { return known.entry >= 0 ? known.entry : nil }
            // (No closure around `search`: one that captured the lexicon copied it, a retain
            // and release of each of its arrays, on every lookup.)
            let found = search(name, type: type)
            if known == nil { memo.answers.insert(u, hash: h, (tag, found ?? -1)) }
            return found
        }
        if let answer { return answer }
        return search(name, type: type)
    }

    /// ``lookup(_:type:)`` without the memo.
    /// The trie's word id for a name token: its key, singular unless an acronym's plural or
    /// in capitals (as the trie was built).
    @inline(__always) func trieID(_ t: (key: String, flags: Token.Flags)) -> Int32 {
        vocabulary.id(of: Vocabulary.singular(t.key, acronymPlural: t.flags.contains(.acronym) && t.key.hasSuffix("s"),
                                              upper: t.flags.contains(.upper)))
    }

    func search(_ name: String, type: ReformCore.EntityType?) -> Int32? {
        let tokens = Self.tokens(of: name)
        guard !tokens.isEmpty else { return nil }
        var node: Int32 = 0
        for t in tokens {
            guard let next = trie.child(node, trieID(t)) else { return nil }
            node = next
        }
        let values = trie.values[Int(node)]
        if let type, let v = values.first(where: { entry($0.entry).type == type }) { return v.entry }
        return values.first?.entry
    }
}

import ReformCore

/// The identity of one ``CompiledLexicon`` (made with it; a copy of the lexicon shares it):
/// the per-thread memos tied to a lexicon's answers (``LookupAnswers``, ``FormEndingMemo``)
/// keep the one they belong to and start again for another.
final class LookupMemo: Sendable {}

/// Remembered answers of ``CompiledLexicon/lookup(_:type:)``, by the name's UTF-8 bytes and
/// the type asked for (its ordinal, -1 for none): the entry found, or -1. Equal bytes are the
/// same name, so a remembered answer is the one for exactly these bytes; a name asked again
/// with another type is searched again. One memo per thread (no lock), emptied when it holds
/// ``ByteKeyedTable/limit`` names, and started again for another lexicon (told by its
/// ``LookupMemo``).
final class LookupAnswers {
    private var owner: LookupMemo?
    @exclusivity(unchecked) var answers = ByteKeyedTable<(type: Int16, entry: Int32)>()

    /// This thread's memo, emptied first if it was another lexicon's.
    static func memo(for lexicon: CompiledLexicon) -> LookupAnswers {
        let memo = perThread.current
        if memo.owner !== lexicon.lookups {
            memo.owner = lexicon.lookups
            memo.answers = ByteKeyedTable()
        }
        return memo
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { LookupAnswers() }
}
