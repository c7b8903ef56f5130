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

    /// A key's UTF-8 bytes as a dictionary key, hashed in one call: `[UInt8]`'s own
    /// `Hashable` feeds the hasher one byte at a time, and that was most of the cost of
    /// interning (every word a tokenizer meets first, every word of every ``WordSet``).
    private struct Bytes: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private let lock = Lock()
    /// The stored key of each byte sequence interned so far.
    private var stored: [Bytes: Key] = [:]
    /// Where the next keys go: chunks are allocated and never freed.
    private var chunk: UnsafeMutablePointer<Stored>?
    private var used = 0
    private static let chunkSize = 1024

    private init() {
        precondition(MemoryLayout<Stored>.offset(of: \Stored.key) == 0)
    }

    /// The process's stored copy of `key` (the same pointer for the same bytes, always).
    func intern(_ key: String) -> Key {
        let bytes = Bytes(bytes: Array(key.utf8))
        return lock.locked {
            if let p = stored[bytes] { return p }
            if chunk == nil || used == Self.chunkSize {
                chunk = .allocate(capacity: Self.chunkSize)
                used = 0
            }
            let p = chunk! + used
            p.initialize(to: Stored(key: key, id: Int32(stored.count)))
            used += 1
            let interned = Key(stored: UnsafePointer(p))
            stored[bytes] = interned
            return interned
        }
    }
}
