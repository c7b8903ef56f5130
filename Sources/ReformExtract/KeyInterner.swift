#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Token keys, each stored once for the life of the process, so that a ``Token`` holds a
/// pointer to its key instead of a `String`.
///
/// A token with a `String` in it is not a plain value: every copy of a token retained its
/// key, every array of tokens released each key when freed, and growing the token array
/// copied them one by one. With the key behind a pointer a token is eight bytes smaller and
/// is copied and freed as raw memory.
///
/// The stored keys are never freed (like string literals): there is one per distinct key
/// the process ever tokenizes — some thousands for a corpus, as the words of a language
/// repeat — so the memory is small and bounded by the vocabulary, not by the text. Keys are
/// compared by their bytes, not by canonical equivalence, so each spelling keeps its own
/// key exactly as it was made.
///
/// Thread-safe: ``intern(_:)`` takes a lock. Tokenizers call it only for a word their own
/// ``WordMemo`` has not seen yet, so workers rarely meet at the lock.
final class KeyInterner: @unchecked Sendable {
    /// A stored key and its dense number (0, 1, 2, ... in the order keys were first interned).
    struct Stored {
        /// First, at offset 0 (``Key/pointer`` relies on it).
        let key: String
        let id: Int32
    }

    /// A key stored by the interner: the same pointer for the same bytes.
    ///
    /// `@unchecked Sendable`: what it points to is immutable and never freed.
    struct Key: @unchecked Sendable, Equatable {
        let stored: UnsafePointer<Stored>
        /// The key itself.
        @inline(__always) var pointer: UnsafePointer<String> {
            UnsafeRawPointer(stored).assumingMemoryBound(to: String.self)
        }
        /// The key's dense number: a ``WordSet`` tests a token's key with one bit.
        @inline(__always) var id: Int { Int(stored.pointee.id) }
    }

    /// The one interner of the process.
    static let shared = KeyInterner()

    private let lock = MutexLock()
    /// Everything behind the lock, in one struct: the class's own stored properties were
    /// checked for exclusive access (a runtime call) at every read in the probe loop. It is
    /// held by pointer (allocated once, for the life of the process, like the keys), so that
    /// reaching it runs no such check either: the lock is what keeps access exclusive.
    private let state: UnsafeMutablePointer<Table> = {
        let p = UnsafeMutablePointer<Table>.allocate(capacity: 1)
        p.initialize(to: Table())
        return p
    }()

    /// The stored keys, by the hash of their UTF-8 bytes: open addressing over a power-of-two
    /// table (nil is an empty slot), kept at most half full. A plain table with a cheap byte
    /// hash instead of a `[[UInt8]: Key]` dictionary: that cost an array and a SipHash per call
    /// (every word a tokenizer meets first, every word of every ``WordSet``).
    private struct Table {
        var table: [Key?] = Array(repeating: nil, count: 1024)
        /// The hash of the key in each slot of ``table``.
        var hashes: [UInt64] = Array(repeating: 0, count: 1024)
        /// The number of keys stored.
        var count = 0
        /// Where the next keys go: chunks are allocated and never freed.
        var chunk: UnsafeMutablePointer<Stored>?
        var used = 0
        static let chunkSize = 1024

        /// The stored key of `bytes`, hashed to `h`, stored now if new.
        mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Key {
            let mask = table.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while let p = table[s] {
                if hashes[s] == h, KeyInterner.same(p, bytes) { return p }
                s = (s + 1) & mask
            }
            if chunk == nil || used == Self.chunkSize {
                chunk = .allocate(capacity: Self.chunkSize)
                used = 0
            }
            let p = chunk! + used
            p.initialize(to: Stored(key: String(decoding: bytes, as: UTF8.self), id: Int32(count)))
            used += 1
            let interned = Key(stored: UnsafePointer(p))
            table[s] = interned
            hashes[s] = h
            count += 1
            if count * 2 > table.count { grow() }
            return interned
        }

        /// Doubles ``table``.
        private mutating func grow() {
            let size = table.count * 2
            var newTable = [Key?](repeating: nil, count: size)
            var newHashes = [UInt64](repeating: 0, count: size)
            for s in table.indices {
                guard let p = table[s] else { continue }
                var t = Int(truncatingIfNeeded: hashes[s]) & (size - 1)
                while newTable[t] != nil { t = (t + 1) & (size - 1) }
                newTable[t] = p
                newHashes[t] = hashes[s]
            }
            table = newTable
            hashes = newHashes
        }
    }

    private init() {
        precondition(MemoryLayout<Stored>.offset(of: \Stored.key) == 0)
    }

    /// The process's stored copy of `key` (the same pointer for the same bytes, always).
    func intern(_ key: String) -> Key {
        var key = key
        return key.withUTF8 { bytes in
            let h = Self.hash(bytes)
            return lock.locked { state.pointee.intern(bytes, h) }
        }
    }

    /// FNV-1a of `bytes`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Whether the stored key `p` has exactly the bytes `bytes`.
    fileprivate static func same(_ p: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var stored = p.pointer.pointee
        // `memcmp` after the lengths: the generic `elementsEqual` was a step per byte.
        return stored.withUTF8 { s in
            guard s.count == bytes.count else { return false }
            guard let a = s.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, s.count) == 0
        }
    }
}
