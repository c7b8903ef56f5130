/// Remembers, for a tokenizer, the key, vocabulary id and word classes of every distinct word it has seen,
/// keyed by the word's folded bytes: a repeated word costs one hash and one compare of a few
/// 8-byte words instead of a `String`, a singular form and a `Dictionary` lookup (SipHash) each time.
///
/// Open addressing over a power-of-two slot table; a word's first eight bytes live in its
/// slot and any more in one arena.
///
/// Words are hashed and compared eight bytes at a time (this runs once per word of the
/// corpus, and byte-at-a-time loops were most of its cost). For that the caller's bytes must
/// be followed by zeros up to the next multiple of eight (``lookup(_:tag:_:)`` says so), and
/// the slot and the arena keep each word zero-padded the same way.
struct WordMemo {
    /// What a lookup answers: the word's interned key, vocabulary id and word classes.
    struct Entry {
        var key: KeyInterner.Key
        var id: Int32
        var classes: WordClass
    }

    /// One table position, holding everything a hit needs in 32 bytes (one cache line holds
    /// two): the word's first eight bytes are compared in the slot itself, and only a word
    /// longer than eight bytes reads the rest from the arena. (With the bytes, the entry and
    /// the key each in a table of its own, a lookup touched three cache lines, and waiting
    /// for them was most of the tokenizer's time.)
    private struct Slot {
        /// The word's first eight bytes, zero-padded.
        var head: UInt64 = 0
        var key: KeyInterner.Key?
        var hash: UInt32 = 0
        var id: Int32 = 0
        /// Where the word's bytes after the first eight start in ``arena``.
        var rest: Int32 = 0
        /// The byte count shifted left by two, or'ed with the tag; 0 for an empty slot.
        var lengthTag: UInt16 = 0
        var classes: WordClass = []
    }

    private var slots: [Slot] = []
    /// The number of words kept.
    private var kept = 0
    /// Bytes 8... of each word longer than eight bytes, zero-padded to a multiple of eight.
    private var arena: [UInt64] = []
    private var mask = 0
    /// Words at least this long are not kept (their length does not fit ``Slot/lengthTag``).
    private static let longest = 1 << 14

    /// Empty, allocating nothing until the first word.
    init() {}

    private mutating func start() {
        slots = Array(repeating: Slot(), count: 1024)
        mask = 1023
        arena.reserveCapacity(1024)
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

    /// The entry of `bytes` with `tag` (0...3), made from what `make` computes when new.
    ///
    /// - Precondition: `bytes` is not empty, and the memory after it up to the next multiple
    ///   of eight bytes (counted from `bytes.baseAddress`) is readable and zero.
    @inline(__always)
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8,
                         _ make: () -> (key: String, id: Int32, classes: WordClass)) -> Entry {
        let count = bytes.count
        if count >= Self.longest {
            let made = make()
            return Entry(key: KeyInterner.shared.intern(made.key), id: made.id, classes: made.classes)
        }
        if slots.isEmpty { start() }
        let p = UnsafeRawPointer(bytes.baseAddress!)
        let h = Self.hash(p, count: count, tag: tag)
        let lengthTag = UInt16(truncatingIfNeeded: count << 2) | UInt16(tag)
        let head = p.loadUnaligned(as: UInt64.self)
        let n = Self.words(count)
        var s = Int(h) & mask
        let hit: Entry? = slots.withUnsafeBufferPointer { table in
            while true {
                let slot = table[s]
                if slot.lengthTag == 0 { return nil }
                if slot.hash == h, slot.lengthTag == lengthTag, slot.head == head,
                   n == 1 || arena.withUnsafeBufferPointer({ a in
                       Self.wordsEqual(UnsafeRawPointer(a.baseAddress! + Int(slot.rest)), p + 8, n &- 1)
                   }) {
                    return Entry(key: slot.key!, id: slot.id, classes: slot.classes)
                }
                s = (s &+ 1) & mask
            }
        }
        if let hit { return hit }
        let made = make()
        let key = KeyInterner.shared.intern(made.key)
        var slot = Slot(head: head, key: key, hash: h, id: made.id, rest: Int32(arena.count), lengthTag: lengthTag,
                        classes: made.classes)
        if n > 1 {
            for i in 1..<n { arena.append(p.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self)) }
        } else {
            slot.rest = 0
        }
        slots[s] = slot
        kept += 1
        // Kept at most three quarters full: a smaller table stays in cache better, and a
        // probe of a frequent word still mostly ends at its first slot.
        if kept * 4 > slots.count * 3 { grow() }
        return Entry(key: key, id: made.id, classes: made.classes)
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
        var newSlots = [Slot](repeating: Slot(), count: size)
        let newMask = size - 1
        for slot in slots where slot.lengthTag != 0 {
            var t = Int(slot.hash) & newMask
            while newSlots[t].lengthTag != 0 { t = (t + 1) & newMask }
            newSlots[t] = slot
        }
        slots = newSlots
        mask = newMask
    }
}
