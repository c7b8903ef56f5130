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
        if words.count * 2 > slots.count { rehash(slots.count * 2) } else { place(words.count - 1) }
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        for i in words.indices { place(i) }
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        var s = Int(hashes[i]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
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
        if let r = word.utf8.withContiguousStorageIfAvailable({ index(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { index(bytes: $0) }
    }

    /// Whether `word` is in the set (compared by UTF-8 bytes).
    @inline(__always)
    func contains(_ word: String) -> Bool {
        if let r = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { contains(bytes: $0) }
    }

    /// Whether `word` is in the set (compared by UTF-8 bytes).
    @inline(__always)
    func contains(_ word: Substring) -> Bool {
        if let r = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return r }
        var w = word
        return w.withUTF8 { contains(bytes: $0) }
    }
}
