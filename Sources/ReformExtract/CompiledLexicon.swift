import ReformCore

/// A lexicon made ready for matching: the vocabulary of its words and the name trie.
/// Built once per build and shared read-only by all extraction threads.
struct CompiledLexicon: Sendable {
    let lexicon: Lexicon
    private(set) var vocabulary = Vocabulary()
    private(set) var trie = NameTrie()
    /// Lexicon entries that are forms, by type (for `instance_of` of rule-made instances).
    private(set) var formsByType: [EntityType: [Int32]] = [:]
    /// ``NameKey`` keys of every name of every form, by type (for names that end in a form's name).
    private(set) var formKeysByType: [EntityType: [(entry: Int32, key: String)]] = [:]
    /// Each entry's ``DocumentEntities`` key (its type and the ``NameKey`` of its name), made
    /// once here rather than in every document that names the entry.
    private(set) var entityKeys: [DocumentEntities.Key] = []
    /// The names of trusts and health boards in lower case, by type, with their entries: what
    /// "the Belfast trust" may be short for (see ``ShortNameRule``).
    private(set) var shortNameTargets: [EntityType: [(entry: Int32, name: String)]] = [:]
    /// This lexicon's identity, for the per-thread memos of its answers (see ``LookupAnswers``).
    let lookups = LookupMemo()

    /// Single words that are real names but also ordinary English words: matched only when
    /// capitalised and not the first word of a sentence.
    static let ambiguousWords: WordSet = [
        "reform", "monitor", "unison", "unite", "demos", "vanguard", "forward", "labour", "civitas",
        "optum", "circle", "capita", "reading", "bury", "bath",
    ]

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        for (entryIndex, entry) in lexicon.entries.enumerated() {
            entityKeys.append(DocumentEntities.key(entry.name, entry.type))
            if entry.kind == .instance, ShortNameRule.targetTypes.contains(entry.type) {
                shortNameTargets[entry.type, default: []].append((Int32(entryIndex), entry.name.lowercased()))
            }
            if entry.kind == .form {
                formsByType[entry.type, default: []].append(Int32(entryIndex))
                for n in entry.allNames { formKeysByType[entry.type, default: []].append((Int32(entryIndex), NameKey.normalise(n))) }
            }
            for (nameIndex, name) in entry.allNames.enumerated() {
                let tokens = Self.tokens(of: name)
                guard !tokens.isEmpty else { continue }
                var path: [Int32] = []
                for t in tokens {
                    let singular = Vocabulary.singular(t.key, acronymPlural: false, upper: t.flags.contains(.upper))
                    path.append(vocabulary.intern(singular))
                }
                let value = NameTrie.Value(entry: Int32(entryIndex), name: Int32(nameIndex),
                                           capitalsOnly: Self.capitalsOnly(name), needsCapital: tokens.count == 1,
                                           nameFacts: .of(name))
                trie.insert(path, value)
            }
        }
    }

    /// Whether the name's letters are two or more, all capitals ("NHS", "NHS E&I").
    static func capitalsOnly(_ name: String) -> Bool {
        // An ASCII name by its bytes (the scalar properties of every scalar, looked up in the
        // Unicode tables, were most of the lexicon's compile): ASCII letters are A-Z and a-z.
        let ascii: Bool? = name.utf8.withContiguousStorageIfAvailable { u in
            guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
            var capitals = 0
            for b in u {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { capitals += 1 }
            }
            return capitals >= 2
        } ?? nil
        if let ascii { return ascii }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The words of a name as the trie sees them (each one's key and flags, as a token of
    /// it would have): punctuation the matcher skips is dropped, and so is a leading "the".
    static func tokens(of name: String) -> [(key: String, flags: Token.Flags)] {
        var out = Tokenizer.nameWords(name)
        out.removeAll { $0.flags.contains(.punct) || $0.key.isEmpty }
        if out.count > 1, out[0].key.is("the") { out.removeFirst() }
        return out
    }

    /// Punctuation the matcher steps over inside a name, as ``NameKey`` ignores it.
    @inline(__always) static func isSkippable(_ t: Token) -> Bool {
        guard t.isPunct else { return false }
        // (Compared by ``Swift/String/is(_:)``, inline: a `switch` on the key called the
        // runtime's string comparison for every punctuation token inside a match.)
        return t.key.is("-") || t.key.is(",") || t.key.is(":") || t.key.is("(") || t.key.is(")") || t.key.is("/")
    }

    /// The entry's canonical name.
    func name(_ entry: Int32) -> String { lexicon.entries[Int(entry)].name }
    /// Entry `index` (inlined, so that a caller reading one field copies no strings).
    @inline(__always) func entry(_ index: Int32) -> LexiconEntry { lexicon.entries[Int(index)] }

    /// An entry's type and kind, read in place (copying a ``LexiconEntry`` retains its name
    /// and aliases): the rules test these for nearly every match they read.
    struct Facts { let type: EntityType; let kind: EntityKind }
    @inline(__always) func facts(_ index: Int32) -> Facts {
        Facts(type: lexicon.entries[Int(index)].type, kind: lexicon.entries[Int(index)].kind)
    }
    @inline(__always) func type(_ index: Int32) -> EntityType { lexicon.entries[Int(index)].type }
    @inline(__always) func kind(_ index: Int32) -> EntityKind { lexicon.entries[Int(index)].kind }
    /// Whether the entry's name is `name`, compared in place.
    @inline(__always) func isNamed(_ index: Int32, _ name: String) -> Bool { lexicon.entries[Int(index)].name == name }
}
