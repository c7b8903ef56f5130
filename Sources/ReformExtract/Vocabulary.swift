/// Interned word keys: every distinct singular token key of the lexicon (and the rule
/// words) gets a dense id, so the name trie walks on integers.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]

    var count: Int { ids.count }

    /// The id of `key`, or -1 when the word is not in the vocabulary.
    @inline(__always) func id(of key: String) -> Int32 { ids[key] ?? -1 }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The singular of a lower-cased key, following ``ReformCore/NameKey``: an acronym plural
    /// ("CCGs") loses its `s`; otherwise words of four or more letters lose a plural `s`
    /// (`-ies` becomes `-y`), except `-ss`, `-us`, `-is` endings.
    static func singular(_ key: String, acronymPlural: Bool, upper: Bool = false) -> String {
        let u = key.utf8
        let n = u.count
        guard n >= 3, u.last == 0x73 else { return key }
        if acronymPlural { return String(key.dropLast()) }
        if upper || n < 4 { return key }
        let p = u[u.index(u.endIndex, offsetBy: -2)]
        if p == 0x73 || p == 0x75 || p == 0x69 { return key }
        if n >= 5, p == 0x65, u[u.index(u.endIndex, offsetBy: -3)] == 0x69 { return String(key.dropLast(3)) + "y" }
        return String(key.dropLast())
    }
}
