#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One instance of a class per thread, made on first use and released when the thread
/// exits: the memos the extraction threads keep for themselves (``NameKeyMemo`` and the
/// like), which need no lock because no other thread sees them.
final class PerThread<Value: AnyObject>: @unchecked Sendable {
    /// The thread-specific slot holding each thread's instance (retained by the slot).
    private let slot: pthread_key_t
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { value in
            #if canImport(Glibc)
            guard let value else { return }
            #endif
            Unmanaged<AnyObject>.fromOpaque(value).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        slot = key
        self.make = make
    }

    /// This thread's instance, made on first use.
    var current: Value {
        if let p = pthread_getspecific(slot) { return Unmanaged<Value>.fromOpaque(p).takeUnretainedValue() }
        let value = make()
        pthread_setspecific(slot, Unmanaged.passRetained(value).toOpaque())
        return value
    }
}

/// Arrays by token for the entity rules, lent per thread and kept clean between loans (every
/// slot -1, or false): a rule that marks a few tokens of a document borrows one at least as
/// long as the document, instead of allocating and filling a new array for each document
/// (the fill was a write per token), and gives it back after setting the slots it marked
/// back. A loan inside a loan gets an array of its own.
final class TokenScratch {
    private var marks: [[Int32]] = []
    private var flags: [[Bool]] = []

    private static let perThread = PerThread { TokenScratch() }

    /// An array of at least `count` slots, all -1; give it back with `giveBack(_:)`.
    static func marks(_ count: Int) -> [Int32] {
        let scratch = perThread.current
        var a = scratch.marks.popLast() ?? []
        if a.count < count { a += repeatElement(-1, count: count - a.count) }
        return a
    }

    /// An array of at least `count` slots, all false; give it back with `giveBack(_:)`.
    static func flags(_ count: Int) -> [Bool] {
        let scratch = perThread.current
        var a = scratch.flags.popLast() ?? []
        if a.count < count { a += repeatElement(false, count: count - a.count) }
        return a
    }

    /// The longest array kept for the next loan (a million tokens, some 5 MB of text).
    private static let keptLimit = 1 << 20

    /// Takes back an array from ``marks(_:)`` with every slot -1 again, leaving `a` empty (the
    /// lender's reference the only one, so that the next loan is not copied on its first write).
    static func giveBack(_ a: inout [Int32]) {
        assert(!a.contains { $0 != -1 }, "marks given back unclean")
        var taken: [Int32] = []
        swap(&taken, &a)
        // A very long document's array is let go, not kept for the thread's life.
        if taken.count <= keptLimit { perThread.current.marks.append(taken) }
    }

    /// Takes back an array from ``flags(_:)`` with every slot false again, leaving `a` empty.
    static func giveBack(_ a: inout [Bool]) {
        assert(!a.contains(true), "flags given back unclean")
        var taken: [Bool] = []
        swap(&taken, &a)
        if taken.count <= keptLimit { perThread.current.flags.append(taken) }
    }
}
