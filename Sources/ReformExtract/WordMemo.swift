/// Remembers, for a tokenizer, the key, vocabulary id and word classes of every distinct word it has seen,
/// keyed by the word's folded bytes: a repeated word costs one hash and one compare of a few
/// 8-byte words instead of a `String`, a singular form and a `Dictionary` lookup (SipHash) each time.
///
/// Open addressing over a power-of-two slot table; the bytes live in one arena.
///
/// Words are hashed and compared eight bytes at a time (this runs once per word of the
/// corpus, and byte-at-a-time loops were most of its cost). For that the caller's bytes must
/// be followed by zeros up to the next multiple of eight (``lookup(_:tag:_:)`` says so), and
/// the arena keeps each word zero-padded the same way.
struct WordMemo {
    /// What a probe compares and returns, without the key: reading an entry then copies
    /// no `String` (a copy cost a retain and a release per word of the corpus).
    private struct Entry {
        var offset: Int32
        var length: Int32
        var id: Int32
        var classes: WordClass
        var tag: UInt8
    }

    /// One slot per table position: the word's 32-bit hash in the high half and its entry
    /// index + 1 in the low half (0 = empty), so a probe reads one value.
    private var slots: [UInt64] = []
    private var entries: [Entry] = []
    /// The key of each entry, at the entry's index.
    private var keys: [String] = []
    private var arena: [UInt8] = []
    private var mask = 0

    /// Empty, allocating nothing until the first word.
    init() {}

    private mutating func start() {
        slots = Array(repeating: 0, count: 1024)
        mask = 1023
        entries.reserveCapacity(512)
        keys.reserveCapacity(512)
        arena.reserveCapacity(8192)
    }

    /// The number of 8-byte words holding `count` bytes.
    @inline(__always)
    static func words(_ count: Int) -> Int { (count &+ 7) >> 3 }

    /// Hashes `words(count)` 8-byte words at `p` (zero-padded), the count and the tag.
    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, count: Int, tag: UInt8) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag) ^ (UInt64(truncatingIfNeeded: count) << 8)
        var i = 0
        let n = words(count)
        while i < n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i &+= 1
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The key of entry `index` (from ``lookup(_:tag:_:)``).
    @inline(__always) func key(_ index: Int) -> String { keys[index] }
    /// The vocabulary id of entry `index`.
    @inline(__always) func id(_ index: Int) -> Int32 { entries[index].id }
    /// The word classes of entry `index`.
    @inline(__always) func classes(_ index: Int) -> WordClass { entries[index].classes }

    /// The entry of `bytes` with `tag`, made from what `make` computes when new.
    ///
    /// An index, not the key itself: the caller copies the key once, straight into its
    /// token (returning it cost a second retain and a release per word).
    ///
    /// - Precondition: the memory after `bytes` up to the next multiple of eight bytes (counted
    ///   from `bytes.baseAddress`) is readable and zero.
    @inline(__always)
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8,
                         _ make: () -> (key: String, id: Int32, classes: WordClass)) -> Int {
        if slots.isEmpty { start() }
        let p = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        let h = Self.hash(p, count: count, tag: tag)
        var s = Int(h) & mask
        while true {
            let slot = slots[s]
            if slot == 0 { break }
            if UInt32(truncatingIfNeeded: slot >> 32) == h {
                let index = Int(UInt32(truncatingIfNeeded: slot)) &- 1
                let entry = entries[index]
                if entry.tag == tag, Int(entry.length) == count,
                   arena.withUnsafeBytes({ a in
                       Self.wordsEqual(a.baseAddress! + Int(entry.offset), p, Self.words(count))
                   }) {
                    return index
                }
            }
            s = (s &+ 1) & mask
        }
        let made = make()
        let offset = Int32(arena.count)
        arena.append(contentsOf: bytes)
        // Pad to a multiple of eight with zeros, as the caller's bytes are.
        let padded = Self.words(count) << 3
        if padded > count { arena.append(contentsOf: repeatElement(0, count: padded - count)) }
        slots[s] = UInt64(h) << 32 | UInt64(entries.count + 1)
        entries.append(Entry(offset: offset, length: Int32(count), id: made.id, classes: made.classes, tag: tag))
        keys.append(made.key)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    /// Whether `n` 8-byte words at `a` and `b` are equal.
    @inline(__always)
    private static func wordsEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
        var i = 0
        while i < n {
            if a.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self) {
                return false
            }
            i &+= 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for slot in slots where slot != 0 {
            var t = Int(UInt32(truncatingIfNeeded: slot >> 32)) & newMask
            while newSlots[t] != 0 { t = (t + 1) & newMask }
            newSlots[t] = slot
        }
        slots = newSlots
        mask = newMask
    }
}
