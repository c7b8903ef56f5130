/// Classes of words that relation rules look for, as bits of ``Token/classes``.
///
/// The tokenizer sets a word's classes once per distinct word (its memo keeps them with the
/// key), so a rule tests a token with a bit test instead of hashing its key, and
/// ``SentenceView/classes`` (the union over a sentence) lets a rule that needs some word
/// return at once for the many sentences that have none. Each class is defined by the very
/// test the rule made on the key before, so answers are unchanged. Classes hold words only:
/// punctuation tokens have none ("&", a word whose key is "and", has its classes).
///
/// Sixteen bits, all used: ``Token`` stays small (the field fills what was padding).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// A word that negates (``SentenceView/negations``), or "no" (of "no longer").
    static let negation = WordClass(rawValue: 1 << 0)
    /// "he" or "she".
    static let heShe = WordClass(rawValue: 1 << 1)
    /// A verb that introduces a verdict (``EvaluationRule/speech``).
    static let verdictSpeech = WordClass(rawValue: 1 << 2)
    /// A verb of speech that reacts to a report (``SpeechRule/verbs``).
    static let reaction = WordClass(rawValue: 1 << 3)
    /// A noun for a body's members or a plural role (``MembershipRule``).
    static let membership = WordClass(rawValue: 1 << 4)
    /// A key that begins with "submission" (``SubmissionRule``).
    static let submission = WordClass(rawValue: 1 << 5)

    /// A noun that names a report after its author ("the Griffiths report", ``EponymousReportRule``).
    static let eponymNoun = WordClass(rawValue: 1 << 6)
    /// "them" or "it" (``ObjectPronounRule``).
    static let objectPronoun = WordClass(rawValue: 1 << 7)
    /// "its" or "their" (``TransferRule/ownWork(_:previous:into:)`` tests every token for them).
    static let possessivePronoun = WordClass(rawValue: 1 << 8)
    /// "it" (``ClausePronounRule`` tests every token for it).
    static let it = WordClass(rawValue: 1 << 9)
    /// A word one of ``AliasRule``'s phrases needs: "known", "called", "aka", "k".
    static let aliasCue = WordClass(rawValue: 1 << 10)
    /// "act" or "bill", the heads ``ActRule`` looks for among every sentence's capitalised words.
    static let actHead = WordClass(rawValue: 1 << 11)
    /// A word an ``AnaphoraRule`` reading starts at: "the", "its", "those", "these", "committee", "both".
    static let anaphoraCue = WordClass(rawValue: 1 << 12)
    /// A noun ``CueNameRule`` reads a name after ("tank", "charity", "consultancy").
    static let nameCue = WordClass(rawValue: 1 << 13)
    /// A verb or noun ``TitleCueRule`` reads a title after ("published", "paper").
    static let titleCue = WordClass(rawValue: 1 << 14)
    /// A word for a change of name that ``UnnamedRenameRule`` looks for ("renamed", "changed").
    static let renameCue = WordClass(rawValue: 1 << 15)

    /// The classes of a word's key.
    static func of(_ key: String) -> WordClass {
        // Most words have none: an ASCII key (where every test below is a comparison of
        // bytes, ASCII having no canonically equivalent spellings) that is none of the words
        // the classes name and does not begin with "submission" is answered with one lookup
        // instead of some twenty.
        if key.utf8.withContiguousStorageIfAvailable({ ClassWords.surelyNone($0) }) == true { return [] }
        var c: WordClass = []
        if SentenceView.negations.contains(key) || key.is("no") { c.insert(.negation) }
        if key.is("he") || key.is("she") { c.insert(.heShe) }
        if EvaluationRule.speech.contains(key) { c.insert(.verdictSpeech) }
        if SpeechRule.verbs.contains(key) { c.insert(.reaction) }
        if MembershipRule.memberNouns.contains(key) || MembershipRule.pluralRoles.contains(key) { c.insert(.membership) }
        if key.hasPrefix("submission") { c.insert(.submission) }
        if EponymousReportRule.nouns.contains(key) { c.insert(.eponymNoun) }
        if key.is("them") || key.is("it") { c.insert(.objectPronoun) }
        if key.is("its") || key.is("their") { c.insert(.possessivePronoun) }
        if key.is("it") { c.insert(.it) }
        if key.is("known") || key.is("called") || key.is("aka") || key.is("k") { c.insert(.aliasCue) }
        if key.is("act") || key.is("bill") || key.is("order") { c.insert(.actHead) }
        if key.is("the") || key.is("its") || key.is("those") || key.is("these") || key.is("committee") || key.is("both") { c.insert(.anaphoraCue) }
        if CueNameRule.cues.keys.contains(key) { c.insert(.nameCue) }
        // ("response" opens a title only in apposition: "set out an initial response, <Title>".)
        if TitleCueRule.verbs.contains(key) || TitleCueRule.nouns.contains(key) || TitleCueRule.subjectNouns.contains(key) || key == "response" {
            c.insert(.titleCue)
        }
        if UnnamedRenameRule.cues.contains(key) { c.insert(.renameCue) }
        return c
    }
}

/// The words ``WordClass/of(_:)`` gives a class, for its test of words that have none.
private enum ClassWords {
    /// Every word a class names, each packed as ``pack(_:)`` does (words of up to sixteen
    /// bytes; longer keys are not tested), sorted. Packed integers, not a ``WordSet``: a
    /// WordSet interns its words, and interning them here would change the order keys are
    /// numbered in; and a `Set<String>` hashes with SipHash.
    static let packed: [SIMD2<UInt64>] = {
        var words = Set(["no", "he", "she", "them", "it", "its", "their", "known", "called", "aka", "k", "act", "bill",
                         "order", "the", "those", "these", "committee", "both", "response"])
        for set in [SentenceView.negations, EvaluationRule.speech, SpeechRule.verbs, MembershipRule.memberNouns,
                    MembershipRule.pluralRoles, EponymousReportRule.nouns, CueNameRule.cues.keys, TitleCueRule.verbs,
                    TitleCueRule.nouns, TitleCueRule.subjectNouns, UnnamedRenameRule.cues] {
            words.formUnion(set)
        }
        return words.compactMap { w -> SIMD2<UInt64>? in
            var w = w
            return w.withUTF8 { pack($0) }
        }.sorted { less($0, $1) }
    }()

    /// The bytes (1 to 16) as two integers, the first byte lowest, zero-padded; nil when longer.
    static func pack(_ b: UnsafeBufferPointer<UInt8>) -> SIMD2<UInt64>? {
        guard b.count <= 16 else { return nil }
        // Two plain integers, not the vector's lanes by a computed index (which went through
        // memory for every byte).
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in b.indices {
            let v = UInt64(b[k]) << UInt64((k & 7) << 3)
            if k < 8 { lo |= v } else { hi |= v }
        }
        return SIMD2(lo, hi)
    }

    static func less(_ a: SIMD2<UInt64>, _ b: SIMD2<UInt64>) -> Bool { a[1] != b[1] ? a[1] < b[1] : a[0] < b[0] }

    /// Whether `b`, a key's bytes, surely has no class: it is ASCII (where every test of
    /// ``WordClass/of(_:)`` is a comparison of bytes, ASCII having no canonically equivalent
    /// spellings), none of the words the classes name, and does not begin with "submission".
    static func surelyNone(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let v = pack(b) else { return false }
        for c in b where c >= 0x80 { return false }
        if b.count >= 10, b.starts(with: "submission".utf8) { return false }
        let table = packed
        var lo = 0, hi = table.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if less(table[mid], v) { lo = mid + 1 } else { hi = mid }
        }
        return lo == table.count || table[lo] != v
    }
}

