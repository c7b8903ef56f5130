import ReformCore

/// A small pool of traversal scratch space, so queries on one engine do not allocate
/// per-node arrays each time and may still run from several threads.
final class ScratchPool: @unchecked Sendable {
    private var free: [[VisitMarks]] = []
    private let lock = MutexLock()

    /// Runs `body` with two mark sets (for bidirectional searches), returning them afterwards.
    func with<T>(count: Int, _ body: (inout VisitMarks, inout VisitMarks) throws -> T) rethrows -> T {
        // Taken out of the pool (not copied) so the arrays stay uniquely referenced and
        // mutating them never copies.
        var pair = lock.locked { free.popLast() } ?? [VisitMarks(), VisitMarks()]
        var b = pair.removeLast(), a = pair.removeLast()
        a.reset(count: count)
        b.reset(count: count)
        defer { let p = [a, b]; lock.locked { if free.count < 4 { free.append(p) } } }
        return try body(&a, &b)
    }
}
