#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ``AnaphoraRule/NameTail`` of an entity name, remembered per thread (as ``NameKeyMemo``
/// remembers normalised names): ``AnaphoraRule`` reads the tails of the names of every body a
/// document names, and the documents of a corpus name the same bodies, so most names repeat.
/// A name normalised and split cost some 1,700 instructions; a remembered one costs a byte
/// hash and a `memcmp`.
///
/// Names are found by their UTF-8 bytes, so a hit is the same bytes, the same `String`, and
/// the answer is exactly what normalising and splitting the name gives.
///
/// One memo per thread (a thread-specific value), so extraction workers share nothing and
/// take no lock. It is emptied when it grows past ``limit`` names.
final class NameTailMemo {
    /// Open addressing over a power-of-two table of entry index + 1 (0 is empty).
    @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 1024)
    /// Per entry: its hash, where its bytes are in `arena`, its byte count, and its tail.
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var starts: [Int32] = []
    @exclusivity(unchecked) private var counts: [Int32] = []
    @exclusivity(unchecked) private var values: [AnaphoraRule.NameTail] = []
    @exclusivity(unchecked) private var arena: [UInt8] = []
    /// The most names kept before the memo starts again (bounds its memory).
    private static let limit = 1 << 16

    /// `NameTail(NameKeyMemo.normalise(name))`.
    static func tail(_ name: String) -> AnaphoraRule.NameTail {
        if let known = name.utf8.withContiguousStorageIfAvailable({ current.tail($0, name) }) { return known }
        return AnaphoraRule.NameTail(NameKeyMemo.normalise(name))
    }

    /// The tail of the name `name`, spelled by `u`.
    private func tail(_ u: UnsafeBufferPointer<UInt8>, _ name: String) -> AnaphoraRule.NameTail {
        // Eight bytes a step, then the rest.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(u.count)
        let raw = UnsafeRawBufferPointer(u)
        var i = 0
        while i + 8 <= u.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        while i < u.count {
            h = (h ^ UInt64(u[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { break }
            let i = e - 1
            if hashes[i] == h, Int(counts[i]) == u.count,
               u.count == 0 || arena.withUnsafeBufferPointer({ a in memcmp(a.baseAddress! + Int(starts[i]), u.baseAddress!, u.count) == 0 }) {
                return values[i]
            }
            s = (s + 1) & mask
        }
        if values.count >= Self.limit {
            // Start again (bounds the memory).
            slots = [Int32](repeating: 0, count: slots.count)
            hashes.removeAll(keepingCapacity: true); starts.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true); values.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
        }
        let value = AnaphoraRule.NameTail(NameKeyMemo.normalise(name))
        hashes.append(h)
        starts.append(Int32(arena.count))
        counts.append(Int32(u.count))
        arena.append(contentsOf: u)
        values.append(value)
        if values.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for i in values.indices { place(i) }
        } else {
            place(values.count - 1)
        }
        return value
    }

    private func place(_ i: Int) {
        let mask = slots.count - 1
        let h = hashes[i]
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameTailMemo() }
    private static var current: NameTailMemo { perThread.current }
}
