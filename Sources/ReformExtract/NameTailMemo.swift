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
/// take no lock. It is emptied when it grows past ``ByteKeyedTable/limit`` names.
final class NameTailMemo {
    /// The names seen, by their bytes, with their tails.
    @exclusivity(unchecked) private var table = ByteKeyedTable<AnaphoraRule.NameTail>()

    /// `NameTail(NameKeyMemo.normalise(name))`.
    static func tail(_ name: String) -> AnaphoraRule.NameTail {
        if let known = name.utf8.withContiguousStorageIfAvailable({ current.tail($0, name) }) { return known }
        return AnaphoraRule.NameTail(NameKeyMemo.normalise(name))
    }

    /// The tail of the name `name`, spelled by `u`.
    private func tail(_ u: UnsafeBufferPointer<UInt8>, _ name: String) -> AnaphoraRule.NameTail {
        let h = u.byteKeyHash
        if let known = table.find(u, hash: h) { return known }
        let value = AnaphoraRule.NameTail(NameKeyMemo.normalise(name))
        table.insert(u, hash: h, value)
        return value
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameTailMemo() }
    private static var current: NameTailMemo { perThread.current }
}
