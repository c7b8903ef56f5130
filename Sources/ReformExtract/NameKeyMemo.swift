#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// ``ReformCore/NameKey/normalise(_:)`` remembered per thread: the rules normalise the same
/// entity names again and again (each document names its bodies and people many times, and
/// the documents of a corpus name the same ones; 94 % of the calls repeat a name), at some
/// 1,300 instructions a name; a remembered one costs a byte hash and a `memcmp` (a
/// `Dictionary<String, String>` cost some 450 instructions a lookup in SipHash and compares).
///
/// Only ASCII names are remembered, found by their bytes, so a hit is the same bytes and the
/// answer is exactly `NameKey.normalise`'s. Other names are normalised each time.
///
/// One memo per thread (a thread-specific value), so extraction workers share nothing and
/// take no lock. It is emptied when it grows past ``limit`` names.
final class NameKeyMemo {
    /// Open addressing over a power-of-two table of entry index + 1 (0 is empty).
    @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 1024)
    /// Per entry: its hash, where its bytes are in `arena`, its byte count, and its key.
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var starts: [Int32] = []
    @exclusivity(unchecked) private var counts: [Int32] = []
    @exclusivity(unchecked) private var values: [String] = []
    @exclusivity(unchecked) private var arena: [UInt8] = []
    /// The most names kept before the memo starts again (bounds its memory).
    private static let limit = 1 << 16

    /// `NameKey.normalise(name)`.
    static func normalise(_ name: String) -> String {
        // (A string without contiguous UTF-8, which Linux does not make, is normalised directly.)
        if let known = name.utf8.withContiguousStorageIfAvailable({ current.key($0) }) ?? nil { return known }
        return NameKey.normalise(name)
    }

    /// The key of the ASCII name spelled by `u`, or nil when `u` is not ASCII.
    private func key(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        // Eight bytes a step (a byte at a time was one multiply after another); the ASCII
        // test on the way.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(u.count)
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(u)
        var i = 0
        while i + 8 <= u.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if w & highs != 0 { return nil }
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        if i < u.count {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x80 { return nil }
                w |= UInt64(b) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { break }
            let i = e - 1
            if hashes[i] == h, Int(counts[i]) == u.count,
               arena.withUnsafeBufferPointer({ a in memcmp(a.baseAddress! + Int(starts[i]), u.baseAddress!, u.count) == 0 }) {
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
        return insert(u, h)
    }

    /// Normalises the name `u` (hash `h`), keeps it, and returns its key.
    private func insert(_ u: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> String {
        let key = NameKey.normalise(String(decoding: u, as: UTF8.self))
        hashes.append(h)
        starts.append(Int32(arena.count))
        counts.append(Int32(u.count))
        arena.append(contentsOf: u)
        values.append(key)
        if values.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for i in values.indices { place(i) }
        } else {
            place(values.count - 1)
        }
        return key
    }

    private func place(_ i: Int) {
        let mask = slots.count - 1
        let h = hashes[i]
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(i + 1)
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameKeyMemo() }
    private static var current: NameKeyMemo { perThread.current }
}
