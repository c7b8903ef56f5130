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
    /// What a lookup answers: the word's interned key, vocabulary id and word classes, and for
    /// the tokenizer's memo of spellings the word's token flags.
    struct Entry {
        var key: KeyInterner.Key
        var id: Int32
        var classes: WordClass
        var flags: Token.Flags = []
    }

    /// One table position, holding everything a hit needs in 32 bytes (one cache line holds
    /// two): the word's first eight bytes are compared in the slot itself, and only a word
    /// longer than eight bytes reads the rest from the arena. (With the bytes, the entry and
    /// the key each in a table of its own, a lookup touched three cache lines, and waiting
    /// for them was most of the tokenizer's time.) The hash is not kept: ``grow()`` hashes
    /// the words again.
    fileprivate struct Slot {
        /// The word's first eight bytes, zero-padded.
        var head: UInt64 = 0
        var key: KeyInterner.Key?
        var id: Int32 = 0
        /// Where the word's bytes after the first eight start in ``arena``.
        var rest: Int32 = 0
        /// The byte count shifted left by two, or'ed with the tag; 0 for an empty slot.
        var lengthTag: UInt16 = 0
        var classes: WordClass = []
        var flags: Token.Flags = []
    }

    private var slots: [Slot] = []
    /// The number of words kept.
    private var kept = 0
    /// Bytes 8... of each word longer than eight bytes, zero-padded to a multiple of eight.
    private var arena: [UInt64] = []
    private var mask = 0
    /// 64 less the bits of a slot index: a word's first slot is its hash's top bits, which
    /// depend on all of its bytes (see ``hash(_:count:tag:)``).
    private var shift: UInt64 = 54
    /// Words at least this long are not kept (their length does not fit ``Slot/lengthTag``).
    private static let longest = 1 << 14

    /// Empty, allocating nothing until the first word.
    init() {}

    private mutating func start() {
        slots = Array(repeating: Slot(), count: 1024)
        mask = 1023
        shift = 54
        arena.reserveCapacity(1024)
    }

    /// The number of 8-byte words holding `count` bytes.
    @inline(__always)
    static func words(_ count: Int) -> Int { (count &+ 7) >> 3 }

    /// Hashes `words(count)` 8-byte words at `p` (zero-padded) and the tag: one multiply per
    /// 8-byte word, whose top bits (the slot index, ``shift``) mix all the bits below them.
    /// The count needs no mixing in: words hold no zero byte, so the zero-padded words tell
    /// the length. For tag 0 a word of up to eight bytes hashes to `head &* multiplier`
    /// (``Probe/find(head:second:count:)`` computes it so).
    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, count: Int, tag: UInt8) -> UInt64 {
        var h = UInt64(tag) &* 0x5851_F42D_4C95_7F2D
        var i = 0
        let n = words(count)
        while i < n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self)) &* multiplier
            i &+= 1
        }
        return h
    }

    /// The odd multiplier of ``hash(_:count:tag:)``.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The entry of `bytes` with `tag` (0...3), or nil when it has not been kept.
    ///
    /// - Precondition: `bytes` is not empty, and the memory after it up to the next multiple
    ///   of eight bytes (counted from `bytes.baseAddress`) is readable and zero.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8) -> Entry? {
        let count = bytes.count
        if count >= Self.longest || slots.isEmpty { return nil }
        let p = UnsafeRawPointer(bytes.baseAddress!)
        let h = Self.hash(p, count: count, tag: tag)
        let lengthTag = UInt16(truncatingIfNeeded: count << 2) | UInt16(tag)
        let head = p.loadUnaligned(as: UInt64.self)
        let n = Self.words(count)
        var s = Int(truncatingIfNeeded: h &>> shift)
        return slots.withUnsafeBufferPointer { table in
            while true {
                let slot = table[s]
                if slot.lengthTag == 0 { return nil }
                if slot.head == head, slot.lengthTag == lengthTag,
                   n == 1 || arena.withUnsafeBufferPointer({ a in
                       Self.wordsEqual(UnsafeRawPointer(a.baseAddress! + Int(slot.rest)), p + 8, n &- 1)
                   }) {
                    return Entry(key: slot.key!, id: slot.id, classes: slot.classes, flags: slot.flags)
                }
                s = (s &+ 1) & mask
            }
        }
    }

    /// The table opened for a run of lookups (``withProbe(_:)``): the tokenizer's loop keeps
    /// the table's address and mask in registers instead of reloading them from the memo for
    /// every word.
    struct Probe {
        fileprivate let table: UnsafeBufferPointer<Slot>
        fileprivate let arena: UnsafeBufferPointer<UInt64>
        fileprivate let mask: Int
        fileprivate let shift: UInt64

        /// ``WordMemo/find(_:tag:)`` for a word of `count` bytes (1...16) with tag 0 given as
        /// its first two 8-byte words, zero-padded (`second` is 0 for a word of up to eight
        /// bytes): the tokenizer's path for short words, which has them in registers already.
        @inline(__always)
        func find(head: UInt64, second: UInt64, count: Int) -> Entry? {
            // ``hash(_:count:tag:)`` with tag 0.
            var h = head &* WordMemo.multiplier
            let long = count > 8
            if long { h = (h ^ second) &* WordMemo.multiplier }
            let lengthTag = UInt16(truncatingIfNeeded: count << 2)
            // The top bits index the table (its size is `1 << (64 - shift)`), and `mask` is the
            // size less one, so every probe is in it.
            var s = Int(truncatingIfNeeded: h &>> shift)
            while true {
                let slot = table[s]
                if slot.lengthTag == 0 { return nil }
                if slot.head == head, slot.lengthTag == lengthTag, !long || arena[Int(slot.rest)] == second {
                    return Entry(key: slot.key!, id: slot.id, classes: slot.classes, flags: slot.flags)
                }
                s = (s &+ 1) & mask
            }
        }
    }

    /// Runs `body` with the table opened (allocating it first if the memo is empty); `body`
    /// must not change the memo.
    @inline(__always)
    mutating func withProbe<R>(_ body: (Probe) -> R) -> R {
        if slots.isEmpty { start() }
        let mask = self.mask, shift = self.shift
        return slots.withUnsafeBufferPointer { t in
            arena.withUnsafeBufferPointer { a in body(Probe(table: t, arena: a, mask: mask, shift: shift)) }
        }
    }

    /// Keeps `entry` for `bytes` with `tag`, which ``find(_:tag:)`` did not find (same
    /// precondition). Words of ``longest`` bytes or more are not kept.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8, _ entry: Entry) {
        let count = bytes.count
        if count >= Self.longest { return }
        if slots.isEmpty { start() }
        let p = UnsafeRawPointer(bytes.baseAddress!)
        let n = Self.words(count)
        var slot = Slot(head: p.loadUnaligned(as: UInt64.self), key: entry.key, id: entry.id, rest: 0,
                        lengthTag: UInt16(truncatingIfNeeded: count << 2) | UInt16(tag), classes: entry.classes,
                        flags: entry.flags)
        if n > 1 {
            slot.rest = Int32(arena.count)
            for i in 1..<n { arena.append(p.loadUnaligned(fromByteOffset: i << 3, as: UInt64.self)) }
        }
        var s = Int(truncatingIfNeeded: Self.hash(p, count: count, tag: tag) &>> shift)
        while slots[s].lengthTag != 0 { s = (s &+ 1) & mask }
        slots[s] = slot
        kept += 1
        // Kept at most three quarters full: a smaller table stays in cache better, and a
        // probe of a frequent word still mostly ends at its first slot.
        if kept * 4 > slots.count * 3 { grow() }
    }

    /// The entry of `bytes` with `tag` (0...3), made from what `make` computes when new (same
    /// precondition as ``find(_:tag:)``).
    @inline(__always)
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt8,
                         _ make: () -> (key: String, id: Int32, classes: WordClass)) -> Entry {
        if let hit = find(bytes, tag: tag) { return hit }
        let made = make()
        let entry = Entry(key: KeyInterner.shared.intern(made.key), id: made.id, classes: made.classes)
        insert(bytes, tag: tag, entry)
        return entry
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

    /// Doubles the table, hashing each kept word again from its slot and the arena.
    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(), count: size)
        let newMask = size - 1
        let newShift = shift - 1
        for slot in slots where slot.lengthTag != 0 {
            // ``hash(_:count:tag:)`` of the kept word, from its slot and the arena.
            let count = Int(slot.lengthTag >> 2)
            var h = UInt64(slot.lengthTag & 3) &* 0x5851_F42D_4C95_7F2D
            h = (h ^ slot.head) &* Self.multiplier
            var i = 1
            while i < Self.words(count) {
                h = (h ^ arena[Int(slot.rest) + i - 1]) &* Self.multiplier
                i += 1
            }
            var t = Int(truncatingIfNeeded: h &>> newShift)
            while newSlots[t].lengthTag != 0 { t = (t + 1) & newMask }
            newSlots[t] = slot
        }
        slots = newSlots
        mask = newMask
        shift = newShift
    }
}
