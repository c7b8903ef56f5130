/// One word or punctuation mark of a document, by byte range.
///
/// A plain value (no reference counted field): its key is held by pointer into the
/// ``KeyInterner``'s storage, so copying a token or freeing an array of them costs no
/// retain or release.
///
struct Token: Sendable {
    /// Byte range in the document text.
    var start: Int32
    var end: Int32
    /// The interned ``key``.
    var interned: KeyInterner.Key
    /// The vocabulary id of the singular key (see ``Vocabulary``), or -1 when unknown.
    var id: Int32 = -1
    var flags: Flags
    /// The word classes the relation rules test for (see ``WordClass``).
    var classes: WordClass = []

    /// Lower-cased key: apostrophes and a possessive `'s` dropped, accents folded; for
    /// punctuation the mark itself (curly quotes fold to `"`, dashes to `-`, `&` to `and`).
    var key: String {
        // Read in place (no copy) where the caller only borrows it, as `==` does.
        @inline(__always) unsafeAddress { interned.pointer }
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// First letter is a capital.
        static let capitalised = Flags(rawValue: 1 << 0)
        /// Two or more letters, all capitals (an acronym), allowing a plural `s` ("CCGs").
        static let acronym = Flags(rawValue: 1 << 1)
        /// Only digits.
        static let number = Flags(rawValue: 1 << 2)
        /// A four-digit year 1800–2099.
        static let year = Flags(rawValue: 1 << 3)
        /// Punctuation (one mark).
        static let punct = Flags(rawValue: 1 << 4)
        /// Ends in a possessive `'s` or `s'`.
        static let possessive = Flags(rawValue: 1 << 5)
        /// No white space between this token and the previous one.
        static let attached = Flags(rawValue: 1 << 6)
        /// A word of letters (possibly with digits).
        static let word = Flags(rawValue: 1 << 7)
        /// An opening or closing quotation mark.
        static let quote = Flags(rawValue: 1 << 8)
        /// All letters capitals, a single letter included ("A", "NHS", "MAJOR").
        static let upper = Flags(rawValue: 1 << 9)
    }

    @inline(__always) func has(_ f: Flags) -> Bool { flags.contains(f) }
    @inline(__always) func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }
    var isCapitalised: Bool { flags.contains(.capitalised) }
    var isPunct: Bool { flags.contains(.punct) }
    var isWord: Bool { flags.contains(.word) }
    var isYear: Bool { flags.contains(.year) }
    var length: Int { Int(end - start) }
}
