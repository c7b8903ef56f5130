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
