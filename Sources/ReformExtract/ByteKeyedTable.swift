#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values found by the exact bytes of their key, the table of the per-thread memos
/// (``NameKeyMemo``, ``NameTailMemo``): open addressing with the caller's 64-bit hash, keys
/// kept side by side in one byte arena, compared with `memcmp`. Emptied when it holds
/// ``limit`` keys (bounds its memory).
struct ByteKeyedTable<Value> {
    /// The entries by hash.
    private var index = HashSlots(capacity: 1024)
    /// Per entry: where its bytes are in `arena`, its byte count, and its value.
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var values: [Value] = []
    private var arena: [UInt8] = []
    /// The most keys kept before the table starts again.
    static var limit: Int { 1 << 16 }
    /// The most key bytes kept before the table starts again: bounds its memory whatever the
    /// keys' lengths (and keeps their offsets well inside `Int32`).
    static var byteLimit: Int { 8 << 20 }

    /// The value kept for the key spelled by `u` (hash `h`), if any.
    func find(_ u: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Value? {
        let i = index.first(h) { i in
            Int(counts[i]) == u.count
                && (u.count == 0 || arena.withUnsafeBufferPointer({ a in memcmp(a.baseAddress! + Int(starts[i]), u.baseAddress!, u.count) == 0 }))
        }
        return i.map { values[$0] }
    }

    /// Keeps `value` for the key spelled by `u` (hash `h`), which ``find(_:hash:)`` did not find.
    mutating func insert(_ u: UnsafeBufferPointer<UInt8>, hash h: UInt64, _ value: Value) {
        guard u.count <= Self.byteLimit else { return } // too long to remember
        if values.count >= Self.limit || arena.count + u.count > Self.byteLimit {
            index.removeAll()
            starts.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true); values.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
        }
        starts.append(Int32(arena.count))
        counts.append(Int32(u.count))
        arena.append(contentsOf: u)
        values.append(value)
        index.append(h)
    }
}

/// Open addressing over entry numbers, for the hand-made hash tables (``ByteKeyedTable``,
/// ``KeyTable``): a power-of-two table of entry index + 1 (0 is empty), linear probing, at
/// most half full. Each entry's hash is kept here, so growing re-places entries without
/// reading their keys; the owner keeps the keys and values in arrays by entry number.
struct HashSlots: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    init(capacity: Int) { slots = [Int32](repeating: 0, count: capacity) }

    /// The first entry of hash `h` for which `matches` holds (it compares the keys).
    @inline(__always) func first(_ h: UInt64, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            if hashes[e - 1] == h, matches(e - 1) { return e - 1 }
            s = (s + 1) & mask
        }
    }

    /// Adds the next entry (number: the entries added so far), of hash `h`.
    mutating func append(_ h: UInt64) {
        hashes.append(h)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for i in hashes.indices { place(i) }
        } else {
            place(hashes.count - 1)
        }
    }

    /// Forgets every entry (the table keeps its size).
    mutating func removeAll() {
        slots = [Int32](repeating: 0, count: slots.count)
        hashes.removeAll(keepingCapacity: true)
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        let h = hashes[i]
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
    }
}

/// A function of a name remembered by the name's UTF-8 bytes: a hit is the same bytes, so the
/// same name, and the answer is exactly the function's. Kept one per thread (``PerThread``),
/// so the extraction workers share nothing and take no lock; emptied when it grows past
/// ``ByteKeyedTable/limit`` names (``NameKeyMemo``, ``PartsMemo``).
final class NameMemo<Value> {
    /// The names seen, by their bytes, with their values.
    @exclusivity(unchecked) private var table = ByteKeyedTable<Value>()
    private let compute: (String) -> Value

    init(_ compute: @escaping (String) -> Value) { self.compute = compute }

    /// `compute(name)`, remembered.
    func callAsFunction(_ name: String) -> Value {
        // (A string without contiguous UTF-8, which Linux does not make, is computed directly.)
        if let known = name.utf8.withContiguousStorageIfAvailable({ value($0) }) { return known }
        return compute(name)
    }

    /// The value for the name spelled by `u`.
    private func value(_ u: UnsafeBufferPointer<UInt8>) -> Value {
        let h = u.byteKeyHash
        if let known = table.find(u, hash: h) { return known }
        let v = compute(String(decoding: u, as: UTF8.self))
        table.insert(u, hash: h, v)
        return v
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// A 64-bit hash of the bytes for a ``ByteKeyedTable``: eight bytes a step (a byte at a
    /// time was one multiply after another), then the rest packed into one more word.
    var byteKeyHash: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        let raw = UnsafeRawBufferPointer(self)
        var i = 0
        while i + 8 <= count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        if i < count {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                w |= UInt64(self[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h
    }
}
