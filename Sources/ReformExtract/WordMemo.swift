/// Remembers, for a tokenizer, the key, vocabulary id and word classes of every distinct word it has seen,
/// keyed by the word's folded bytes: a repeated word costs one byte hash and one compare
/// instead of a `String`, a singular form and a `Dictionary` lookup (SipHash) each time.
///
/// Open addressing over a power-of-two slot table; the bytes live in one arena.
struct WordMemo {
    private struct Entry {
        var offset: Int32
        var length: Int32
        var tag: UInt8
        var id: Int32
        var classes: WordClass
        var key: String
    }

    private var slots: [Int32] = []
    private var hashes: [UInt32] = []
    private var entries: [Entry] = []
    private var arena: [UInt8] = []
    private var mask = 0

    /// Empty, allocating nothing until the first word.
    init() {}

    private mutating func start() {
        slots = Array(repeating: -1, count: 1024)
        hashes = Array(repeating: 0, count: 1024)
        mask = 1023
        entries.reserveCapacity(512)
        arena.reserveCapacity(8192)
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: UInt8) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The remembered key, id and word classes of `bytes` with `tag`, computing them with
    /// `make` when new.
    @inline(__always)
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8,
                         _ make: () -> (key: String, id: Int32, classes: WordClass)) -> (key: String, id: Int32, classes: WordClass) {
        if slots.isEmpty { start() }
        let h = Self.hash(bytes, tag)
        var s = Int(h) & mask
        while true {
            let e = slots[s]
            if e < 0 { break }
            if hashes[s] == h {
                let entry = entries[Int(e)]
                if entry.tag == tag, Int(entry.length) == bytes.count,
                   arena.withUnsafeBufferPointer({ a in
                       memEqual(a.baseAddress! + Int(entry.offset), bytes.baseAddress!, bytes.count)
                   }) {
                    return (entry.key, entry.id, entry.classes)
                }
            }
            s = (s + 1) & mask
        }
        let made = make()
        let offset = Int32(arena.count)
        arena.append(contentsOf: bytes)
        slots[s] = Int32(entries.count)
        hashes[s] = h
        entries.append(Entry(offset: offset, length: Int32(bytes.count), tag: tag, id: made.id, classes: made.classes, key: made.key))
        if entries.count * 2 > slots.count { grow() }
        return made
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newHashes = [UInt32](repeating: 0, count: size)
        let newMask = size - 1
        for s in slots.indices where slots[s] >= 0 {
            var t = Int(hashes[s]) & newMask
            while newSlots[t] >= 0 { t = (t + 1) & newMask }
            newSlots[t] = slots[s]
            newHashes[t] = hashes[s]
        }
        slots = newSlots
        hashes = newHashes
        mask = newMask
    }
}

@inline(__always)
private func memEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
