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
/// Names are remembered by their bytes, so a hit is the same bytes, the same string, and the
/// answer is exactly `NameKey.normalise`'s. (Names outside ASCII too: they were normalised
/// each time, about a third of the calls that missed.)
///
/// One memo per thread (a thread-specific value), so extraction workers share nothing and
/// take no lock. It is emptied when it grows past ``ByteKeyedTable/limit`` names.
final class NameKeyMemo {
    /// The names seen, by their bytes, with their keys.
    @exclusivity(unchecked) private var table = ByteKeyedTable<String>()

    /// `NameKey.normalise(name)`.
    static func normalise(_ name: String) -> String {
        // (A string without contiguous UTF-8, which Linux does not make, is normalised directly.)
        if let known = name.utf8.withContiguousStorageIfAvailable({ current.key($0) }) { return known }
        return NameKey.normalise(name)
    }

    /// The key of the name spelled by `u`.
    private func key(_ u: UnsafeBufferPointer<UInt8>) -> String {
        let h = u.byteKeyHash
        if let known = table.find(u, hash: h) { return known }
        let key = NameKey.normalise(String(decoding: u, as: UTF8.self))
        table.insert(u, hash: h, key)
        return key
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameKeyMemo() }
    private static var current: NameKeyMemo { perThread.current }
}
