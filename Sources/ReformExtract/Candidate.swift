import ReformCore

/// A proposed mention before overlaps are resolved.
struct Candidate {
    var first: Int
    var last: Int
    var name: String
    var type: EntityType
    var kind: EntityKind
    /// Lexicon entry, or -1 for a rule-made entity.
    var lexicon: Int32 = -1
    /// For an instance found by its form word ("West Cheshire CCG"), the form's lexicon entry.
    var form: Int32 = -1
    /// Higher wins among candidates of the same length.
    var priority: Int = 0
    /// The words cover only part of the name ("Cumbria" in "the Cumbria and Lancashire
    /// ambulance services"): they are not another name of the entity.
    var partial = false
    var length: Int { last - first }
}

/// Word lists shared by the entity rules.
enum Words {
    /// Words of a date, a count or an article that may stand before a sentence's subject: "On
    /// 1 July 2022 the ten CCGs ...", "Early in 2012 the RCN ...".
    static let subjectOpeners: WordSet = [
        "on", "in", "from", "by", "the", "all", "its", "their", ",", "early", "late", "later", "then",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "remaining", "existing", "former",
    ]

    /// Whether token `t` may stand before a sentence's subject (``subjectOpeners``, a number or a month).
    static func isSubjectOpener(_ t: Token) -> Bool {
        t.has(.number) || months.contains(t.interned) || subjectOpeners.contains(t.interned)
    }

    /// Capitalised words that start sentences or modify nouns but never begin a name.
    static let leading: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my",
        "your", "all", "many", "some", "most", "each", "every", "both", "several", "new", "local",
        "existing", "former", "current", "other", "such", "any", "no", "two", "three", "four", "five",
        "first", "second", "further", "which", "what", "when", "where", "how", "why", "if", "in", "on",
        "at", "by", "for", "with", "from", "to", "as", "under", "after", "before", "during", "since",
        "and", "or", "but", "so", "yet", "while", "although", "though", "whereas", "because", "also",
        "however", "indeed", "meanwhile", "instead", "then", "now", "there", "here", "it", "we",
        "they", "he", "she", "i", "you", "one", "only", "even", "just", "not", "more", "less",
        "individual", "various", "these", "likewise", "similarly", "moreover", "furthermore",
        "shadow", "former", "previous", "interim", "final", "draft", "proposed", "successive",
        "across", "within", "between", "through", "against", "about", "into", "over", "among",
        "chapter", "section", "figure", "table", "annex", "appendix", "page", "see", "source",
        "dear", "yours", "author", "contact", "details", "summary", "conclusion", "introduction",
        "re", "under", "via", "per", "each", "several", "latest", "recent", "lead", "chief",
    ]

    /// Titles before a person's name.
    static let titles: WordSet = [
        "lord", "baroness", "lady", "sir", "dame", "dr", "doctor", "professor", "prof", "mr", "mrs",
        "ms", "miss", "cllr", "councillor", "rt", "hon", "rev", "reverend", "judge", "justice",
    ]

    /// Role words in appositives ("X, chief executive of Y"; "chair Z").
    static let roles: WordSet = [
        "chief", "executive", "chair", "chairman", "chairwoman", "chairperson", "director", "head",
        "president", "secretary", "minister", "mp", "professor", "consultant", "author", "editor",
        "adviser", "advisor", "fellow", "member", "leader", "founder", "officer", "manager", "lead",
        "partner", "economist", "analyst", "researcher", "spokesperson", "spokesman", "spokeswoman",
        "governor", "commissioner", "ceo", "chancellor", "surgeon", "lecturer", "deputy", "co",
        "vice", "general", "clinical", "medical", "policy", "senior", "principal", "acting", "interim",
        "former", "then", "now", "strategic", "national", "regional", "founding", "honorary", "emeritus",
        "campaigner", "campaigners", "journalist", "academic", "physician", "gp", "nurse", "peer", "cofounder",
    ]

    /// Verbs of speech that follow a person's name ("Sarah Woolnough said").
    static let speech: WordSet = [
        "said", "says", "added", "adds", "told", "argued", "argues", "warned", "warns", "commented",
        "explained", "noted", "wrote", "writes", "stated", "claimed", "insisted", "suggested", "welcomed",
    ]

    /// Months, which are capitalised but never names.
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
}

extension String {
    /// `self == word`, answered inline for two small ASCII strings (nearly every token key
    /// and the words the rules test them against), which `==` hands to the runtime whenever
    /// they differ: a small string's two machine words hold its bytes and length, so two
    /// small ASCII strings are equal exactly when their words are (ASCII has no canonically
    /// equivalent spellings). Other strings take `==`.
    @inline(__always) func `is`(_ word: String) -> Bool {
        switch Self.smallASCIIEqual(self, word) {
        case .some(let equal): return equal
        case .none: return self == word
        }
    }

    /// `utf8.count == word.utf8.count && self == word`: `==` with the byte counts compared
    /// first (so two canonically equivalent spellings of different lengths differ). Two
    /// different small strings make `==` call into the runtime; most keys tested against a
    /// word differ in length, and this answers those inline, and two small ASCII strings by
    /// their machine words.
    @inline(__always) func sameKey(_ word: String) -> Bool {
        switch Self.smallASCIIEqual(self, word) {
        case .some(let equal): return equal
        case .none: return utf8.count == word.utf8.count && self == word
        }
    }

    /// Whether `a` and `b` are equal when both are small ASCII strings (nil otherwise).
    @inline(__always) private static func smallASCIIEqual(_ a: String, _ b: String) -> Bool? {
        guard MemoryLayout<String>.size == 16 else { return nil }
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let y = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if x.0 == y.0, x.1 == y.1 { return true }
        // The top four bits of a small ASCII string's second word: immortal, ASCII, small.
        if x.1 >> 60 == 0xE, y.1 >> 60 == 0xE { return false }
        return nil
    }
}

extension Array where Element == String {
    /// `contains(key)`, comparing with ``Swift/String/is(_:)`` (`==`, inline for small
    /// ASCII strings).
    @inline(__always) func containsKey(_ key: String) -> Bool {
        contains { $0.is(key) }
    }
}
