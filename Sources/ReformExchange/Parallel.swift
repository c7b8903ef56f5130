#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs two pieces of work at once: `side` on a new thread, `main` on this one; returns
/// both results once both are done. Errors from either are rethrown (the side's first).
func inParallel<A: Sendable, B>(_ side: @escaping @Sendable () throws -> A, _ main: () throws -> B) throws -> (A, B) {
    let job = ThreadJob(side)
    guard job.start() else { return (try side(), try main()) } // no thread: one after the other
    var b: B?
    var mainError: (any Error)?
    do { b = try main() } catch { mainError = error }
    let a = job.join()
    if let mainError { _ = try a.get(); throw mainError }
    return (try a.get(), b!)
}

/// A thread's entry point, non-generic so that a C function pointer can call it.
private class ThreadEntry: @unchecked Sendable {
    var thread = pthread_t()
    func run() {}

    func start() -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        let ok = pthread_create(&thread, nil, { raw in
            Unmanaged<ThreadEntry>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, context) == 0
        if !ok { Unmanaged<ThreadEntry>.fromOpaque(context).release() }
        return ok
    }
}

/// One piece of work on its own thread and its result (read only after the join).
private final class ThreadJob<A: Sendable>: ThreadEntry, @unchecked Sendable {
    let body: @Sendable () throws -> A
    var result: Result<A, any Error>?

    init(_ body: @escaping @Sendable () throws -> A) { self.body = body }

    override func run() { result = Result { try body() } }

    func join() -> Result<A, any Error> {
        pthread_join(thread, nil)
        return result!
    }
}
