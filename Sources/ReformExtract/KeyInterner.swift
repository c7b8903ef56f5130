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
    /// A key stored by the interner: the same pointer for the same bytes.
    ///
    /// `@unchecked Sendable`: what it points to is immutable and never freed.
    struct Key: @unchecked Sendable, Equatable {
        let pointer: UnsafePointer<String>
    }

    /// The one interner of the process.
    static let shared = KeyInterner()

    private let lock = Lock()
    /// The stored key of each byte sequence interned so far.
    private var stored: [[UInt8]: Key] = [:]
    /// Where the next keys go: chunks are allocated and never freed.
    private var chunk: UnsafeMutablePointer<String>?
    private var used = 0
    private static let chunkSize = 1024

    private init() {}

    /// The process's stored copy of `key` (the same pointer for the same bytes, always).
    func intern(_ key: String) -> Key {
        let bytes = Array(key.utf8)
        return lock.locked {
            if let p = stored[bytes] { return p }
            if chunk == nil || used == Self.chunkSize {
                chunk = .allocate(capacity: Self.chunkSize)
                used = 0
            }
            let p = chunk! + used
            p.initialize(to: key)
            used += 1
            let interned = Key(pointer: UnsafePointer(p))
            stored[bytes] = interned
            return interned
        }
    }
}
