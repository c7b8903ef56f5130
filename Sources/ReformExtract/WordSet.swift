/// A fixed set of words, tested by their UTF-8 bytes with a cheap hash.
///
/// The rules test every token key against dozens of small word lists; `Set<String>` spends
/// most of that time in SipHash setup and finalisation. A `WordSet` hashes the key's bytes
/// with FNV-1a into an open-addressed table and compares bytes on a hit, so a test costs
/// a few dozen instructions. It answers exactly like `Set<String>` for `contains`, with
/// one difference: strings are compared by their bytes, not by canonical equivalence
/// (token keys and the word lists are both already normalised, NFC, lower case).
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words in insertion order, without duplicates.
    private(set) var words: [String] = []
    /// All words' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Per word: start of its bytes in `bytes`, and its length.
    private var spans: [(start: Int32, count: Int32)] = []
    /// Open-addressed table of word index + 1 (0 is empty); a power of two in size.
    private var slots: [Int32] = [0, 0]
    private var hashes: [UInt32] = []
    /// The words of at most 15 bytes as the two machine words of their small-string form
    /// (see ``SmallKey``), open-addressed (a power of two in size; an all-zero pair is
    /// empty), with each one's index in ``words`` beside it.
    private var small: [SmallKey] = [SmallKey(lo: 0, hi: 0), SmallKey(lo: 0, hi: 0)]
    private var smallIndex: [Int32] = [0, 0]
    /// Whether this process's `String` has the small-string layout ``SmallKey`` reads.
    private let smallLayout = SmallKey.layoutHolds
    /// One bit per ``KeyInterner`` key number, set for the words of the set (each word is
    /// interned when inserted), so a token's key is tested with one bit
    /// (``contains(_:)-(KeyInterner.Key)``). Keys interned after the set was made have higher
    /// numbers than any bit here, and are not in it.
    private var members: [UInt64] = []

    init() {}

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    init<S: Sequence>(_ elements: S) where S.Element == String {
        for w in elements { insert(w) }
    }

    /// The number of distinct words.
    var count: Int { words.count }
    var isEmpty: Bool { words.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    /// This set with `other`'s words added.
    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        var copy = self
        for w in other { copy.insert(w) }
        return copy
    }

    /// This set without `other`'s words.
    func subtracting<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        let drop = WordSet(other)
        return WordSet(words.filter { !drop.contains($0) })
    }

    /// Adds `word` (no effect when already present).
    mutating func insert(_ word: String) {
        if contains(word) { return }
        var w = word
        let h = w.withUTF8 { Self.hash($0) }
        w.withUTF8 { b in
            spans.append((Int32(bytes.count), Int32(b.count)))
            bytes.append(contentsOf: b)
        }
        words.append(word)
        hashes.append(h)
        let id = KeyInterner.shared.intern(word).id
        if id >> 6 >= members.count { members += repeatElement(0, count: (id >> 6) + 1 - members.count) }
        members[id >> 6] |= 1 << UInt64(id & 63)
        if words.count * 2 > slots.count { rehash(slots.count * 2) } else { place(words.count - 1) }
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        small = Array(repeating: SmallKey(lo: 0, hi: 0), count: size)
        smallIndex = Array(repeating: 0, count: size)
        for i in words.indices { place(i) }
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        var s = Int(hashes[i]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
        // The small-word table: each word in its canonical small form (`String(decoding:as:)`
        // of at most 15 bytes is small), whatever form it came in.
        let span = spans[i]
        if smallLayout, span.count <= 15 {
            let start = Int(span.start), end = start + Int(span.count)
            let canonical = bytes[start..<end].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            if let key = SmallKey(canonical) {
                var t = key.slot(mask)
                while small[t].hi != 0 { t = (t + 1) & mask }
                small[t] = key
                smallIndex[t] = Int32(i)
            }
        }
    }

    /// The index in ``words`` of the small string `key`, or nil. A small string's two
    /// machine words hold its bytes and count, and equal bytes give equal words, so a miss
    /// means no word of the set is spelled like it.
    @inline(__always)
    private func index(small key: SmallKey) -> Int? {
        small.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var s = key.slot(mask)
            while true {
                let e = table[s]
                if e.hi == 0 { return nil }
                if e == key { return Int(smallIndex[s]) }
                s = (s &+ 1) & mask
            }
        }
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for c in b { h = (h ^ UInt32(c)) &* 16_777_619 }
        return h
    }

    /// The index in ``words`` of the word spelled by `b`, or nil.
    @inline(__always)
    private func index(bytes b: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        let h = Self.hash(b)
        var s = Int(h) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { all in
                while true {
                    let e = Int(slots[s])
                    if e == 0 { return nil }
                    let i = e - 1
                    let span = spans[i]
                    if hashes[i] == h, Int(span.count) == b.count {
                        var same = true
                        var j = 0
                        let base = Int(span.start)
                        while j < b.count {
                            if all[base + j] != b[j] { same = false; break }
                            j += 1
                        }
                        if same { return i }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    private func contains(bytes b: UnsafeBufferPointer<UInt8>) -> Bool { index(bytes: b) != nil }

    /// The position of `word` in ``words`` (insertion order), or nil when absent; lets a
    /// table keyed by words keep its values in a parallel array.
    func index(of word: String) -> Int? {
        if smallLayout, let key = SmallKey(word) { return index(small: key) }
        if let r = word.utf8.withContiguousStorageIfAvailable({ index(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { index(bytes: $0) }
    }

    /// Whether `word` is in the set (compared by UTF-8 bytes).
    @inline(__always)
    func contains(_ word: String) -> Bool {
        // Token keys are nearly all small strings: two machine words hashed and compared,
        // no UTF-8 view, no byte loop (this test runs several times per token).
        if smallLayout, let key = SmallKey(word) { return index(small: key) != nil }
        if let r = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { contains(bytes: $0) }
    }

    /// Whether the interned key `key` (a token's) is in the set: one bit.
    @inline(__always)
    func contains(_ key: KeyInterner.Key) -> Bool {
        let id = key.id
        return id >> 6 < members.count && members[id >> 6] & (1 << UInt64(id & 63)) != 0
    }

    /// Whether `word` is in the set (compared by UTF-8 bytes).
    @inline(__always)
    func contains(_ word: Substring) -> Bool {
        if let r = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { contains(bytes: $0) }
    }
}

/// The two machine words of a small `String` (at most 15 UTF-8 bytes, stored inline): the
/// bytes, zero-padded, then the count and flags in the top byte. Two small strings with the
/// same bytes have the same words, which lets ``WordSet`` test a token key with one hash of
/// two integers and one compare.
///
/// This reads the standard library's 64-bit string layout (bit 61 of the second word marks
/// a small string); ``layoutHolds`` checks that layout once, and where it does not hold
/// ``WordSet`` uses its byte path only.
struct SmallKey: Equatable, Sendable {
    var lo: UInt64
    var hi: UInt64

    init(lo: UInt64, hi: UInt64) { self.lo = lo; self.hi = hi }

    /// The words of `s` if it is a small string, else nil.
    @inline(__always)
    init?(_ s: String) {
        guard MemoryLayout<String>.size == 16 else { return nil }
        let raw = unsafeBitCast(s, to: (UInt64, UInt64).self)
        guard raw.1 & (1 << 61) != 0 else { return nil }
        lo = raw.0
        hi = raw.1
    }

    @inline(__always)
    func slot(_ mask: Int) -> Int {
        let h = (lo ^ (hi &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    /// Whether small strings look as ``SmallKey`` expects: short strings made in different
    /// ways (a literal, decoded bytes, a lowered copy) have equal words that hold their
    /// bytes, strings of different bytes or lengths differ, and a long string is not small.
    static let layoutHolds: Bool = {
        let made = [UInt8]("its".utf8).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        let longer = [UInt8]("itself".utf8).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        let accented = [UInt8]("café".utf8).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        guard let a = SmallKey("its"), let b = SmallKey(made), let c = SmallKey("ITS".lowercased()),
              let d = SmallKey("itz"), let e = SmallKey(longer), let f = SmallKey("café"), let g = SmallKey(accented),
              SmallKey(String(repeating: "x", count: 40)) == nil else { return false }
        return a == b && a == c && a != d && a != e && f == g && a.lo == 0x73_7469 && a.hi != 0
    }()
}

/// A fixed map from words to values, looked up as ``WordSet`` tests a word (by its UTF-8
/// bytes, a small-string key by its two machine words): the rules' word tables in place of
/// `[String: Value]`, whose SipHash and `String` compares cost some 400 instructions a lookup.
///
/// The same one difference from a `Dictionary` as ``WordSet``: words are compared by their
/// bytes, not by canonical equivalence (keys and table words are both already normalised).
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The words, in insertion order; ``values`` is parallel to ``WordSet/words``.
    private(set) var keys = WordSet()
    private var values: [Value] = []

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// A map of the words and values of `pairs` (each word once).
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        for (word, value) in pairs {
            // As a `Dictionary` literal does, a duplicate word is an error.
            precondition(keys.index(of: word) == nil, "WordMap: duplicate word \(word)")
            keys.insert(word)
            values.append(value)
        }
    }

    /// The value of `word`, or nil when the word is not in the map.
    @inline(__always)
    subscript(word: String) -> Value? {
        guard let i = keys.index(of: word) else { return nil }
        return values[i]
    }

    /// The value of the interned key `key` (a token's), or nil: a word not in the map (most
    /// words looked up) is answered by one bit (``WordSet/contains(_:)-(KeyInterner.Key)``).
    @inline(__always)
    subscript(key: KeyInterner.Key) -> Value? {
        guard keys.contains(key), let i = keys.index(of: key.pointer.pointee) else { return nil }
        return values[i]
    }
}
