#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One step along a relation: the entity at the other end and the relation's id.
public struct Arc: Sendable, Equatable {
    /// The entity reached.
    public var node: UInt32
    /// The relation followed.
    public var relation: UInt32
}

/// Contiguous adjacency (compressed sparse rows) of a graph at one moment.
///
/// For each entity, its outgoing arcs are `outArcs[outStart[e] ..< outStart[e + 1]]` and its
/// incoming ones `inArcs[inStart[e] ..< inStart[e + 1]]`, each in relation-id (insertion)
/// order. A second, much smaller pair of rows holds only the four lineage predicates
/// (``Predicate/isLineage``), so a lineage search never touches another relation.
///
/// A breadth-first search over these arrays reads each entity's neighbours from one
/// contiguous run instead of chasing a pointer per relation. The index is immutable: the
/// graph builds it on first use after a change (``KnowledgeGraph/adjacency``) and drops it
/// on the next change.
///
/// Memory: 16 bytes per relation plus 8 per entity, plus the same for lineage relations.
public final class Adjacency: Sendable {
    /// Row starts of the outgoing arcs; `entityCount + 1` values.
    public let outStart: [UInt32]
    /// Outgoing arcs grouped by source: (target, relation).
    public let outArcs: [Arc]
    /// Row starts of the incoming arcs; `entityCount + 1` values.
    public let inStart: [UInt32]
    /// Incoming arcs grouped by target: (source, relation).
    public let inArcs: [Arc]
    /// Row starts of the outgoing lineage arcs.
    public let lineageOutStart: [UInt32]
    /// Outgoing lineage arcs grouped by source.
    public let lineageOutArcs: [Arc]
    /// Row starts of the incoming lineage arcs.
    public let lineageInStart: [UInt32]
    /// Incoming lineage arcs grouped by target.
    public let lineageInArcs: [Arc]
    /// For each predicate code of the graph, whether it is a lineage predicate.
    let lineageCodes: [Bool]

    /// Builds the index of `entityCount` entities and these relations (a loader can build it
    /// on one thread while it makes the entities on another, then pass it to
    /// ``KnowledgeGraph/init(documents:entities:relations:adjacency:)``).
    ///
    /// - Precondition: `columns.problem(entityCount: entityCount) == nil`.
    /// - Complexity: O(V + E).
    public convenience init(entityCount: Int, columns: RelationColumns) {
        self.init(entityCount: entityCount, sources: columns.sources, targets: columns.targets,
                  predicateCodes: columns.predicateCodes, predicateTable: columns.predicates)
    }

    /// The number of entities indexed.
    public var entityCount: Int { outStart.count - 1 }

    /// Builds the index for `entityCount` entities and the relation columns.
    ///
    /// - Complexity: O(V + E), two counting-sort passes per direction.
    init(entityCount n: Int, sources: [UInt32], targets: [UInt32], predicateCodes: [UInt16], predicateTable: [Predicate]) {
        precondition(sources.count < Int(UInt32.max), "more than 4 billion relations")
        let codes = predicateTable.map(\.isLineage)
        lineageCodes = codes
        (outStart, outArcs) = Self.rows(n, from: sources, to: targets, keep: nil)
        (inStart, inArcs) = Self.rows(n, from: targets, to: sources, keep: nil)
        let keep: (Int) -> Bool = { codes[Int(predicateCodes[$0])] }
        (lineageOutStart, lineageOutArcs) = Self.rows(n, from: sources, to: targets, keep: keep)
        (lineageInStart, lineageInArcs) = Self.rows(n, from: targets, to: sources, keep: keep)
    }

    /// Counting sort of relations by `from`: row starts and arcs in relation-id order.
    private static func rows(_ n: Int, from: [UInt32], to: [UInt32], keep: ((Int) -> Bool)?) -> ([UInt32], [Arc]) {
        let m = from.count
        var start = [UInt32](repeating: 0, count: n + 1)
        var total = 0
        from.withUnsafeBufferPointer { f in
            start.withUnsafeMutableBufferPointer { s in
                for i in 0..<m where keep?(i) ?? true { s[Int(f[i]) + 1] &+= 1; total += 1 }
                for v in 0..<n { s[v + 1] &+= s[v] }
            }
        }
        let arcs = [Arc](unsafeUninitializedCapacity: total) { buf, initialised in
            var fill = start
            from.withUnsafeBufferPointer { f in
                to.withUnsafeBufferPointer { t in
                    fill.withUnsafeMutableBufferPointer { next in
                        for i in 0..<m where keep?(i) ?? true {
                            let u = Int(f[i])
                            let k = Int(next[u])
                            next[u] = UInt32(k + 1)
                            (buf.baseAddress! + k).initialize(to: Arc(node: t[i], relation: UInt32(i)))
                        }
                    }
                }
            }
            initialised = total
        }
        return (start, arcs)
    }

    /// The outgoing arcs of `e`, in insertion order.
    @inline(__always)
    public func outgoing(_ e: Int) -> ArraySlice<Arc> { outArcs[Int(outStart[e])..<Int(outStart[e + 1])] }

    /// The incoming arcs of `e`, in insertion order.
    @inline(__always)
    public func incoming(_ e: Int) -> ArraySlice<Arc> { inArcs[Int(inStart[e])..<Int(inStart[e + 1])] }

    /// Approximate bytes held by the index.
    public var byteCount: Int {
        (outStart.count + inStart.count + lineageOutStart.count + lineageInStart.count) * 4
            + (outArcs.count + inArcs.count + lineageOutArcs.count + lineageInArcs.count) * MemoryLayout<Arc>.stride
    }
}


/// Holds an index derived from a graph value (its ``Adjacency``, its name index) once built.
///
/// A graph value owns one box per index; a change to a uniquely owned graph updates or
/// empties the box in place, a change to a shared copy gives the copy a new box, so copies
/// never see each other's changes. Reads from several threads build the index once.
final class LazyBox<Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value?

    init(_ value: Value? = nil) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = value
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The value, built by `make` if absent.
    func get(_ make: () -> Value) -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let value { return value }
        let built = make()
        value = built
        return built
    }

    /// The value if built.
    var current: Value? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return value
    }

    /// Whether the value is built.
    var isEmpty: Bool { current == nil }

    /// Changes the value in place when built; only for a box no other graph value shares.
    func modify(_ body: (inout Value) -> Void) {
        if value != nil { body(&value!) }
    }

    /// Drops the value; only for a box no other graph value shares.
    func clear() { value = nil }
}

/// One direction of rows as raw buffers, valid inside ``Adjacency/withRows(lineage:_:)``.
struct ArcRows {
    let start: UnsafeBufferPointer<UInt32>
    let arcs: UnsafeBufferPointer<Arc>

    /// Calls `body` for each arc of `u`, most recent relation first; stops when it returns false.
    @inline(__always)
    func forEach(_ u: Int, _ body: (Arc) -> Bool) -> Bool {
        let lo = Int(start[u])
        var k = Int(start[u + 1])
        while k > lo {
            k -= 1
            if !body(arcs[k]) { return false }
        }
        return true
    }

    @inline(__always)
    func degree(_ u: Int) -> Int { Int(start[u + 1] &- start[u]) }
}

extension Adjacency {
    /// Calls `body` with the out and in rows (all relations, or the lineage ones) as raw buffers.
    func withRows<R>(lineage: Bool, _ body: (ArcRows, ArcRows) throws -> R) rethrows -> R {
        let (os, oa, ins, ia) = lineage ? (lineageOutStart, lineageOutArcs, lineageInStart, lineageInArcs)
                                        : (outStart, outArcs, inStart, inArcs)
        return try os.withUnsafeBufferPointer { os in
            try oa.withUnsafeBufferPointer { oa in
                try ins.withUnsafeBufferPointer { ins in
                    try ia.withUnsafeBufferPointer { ia in
                        try body(ArcRows(start: os, arcs: oa), ArcRows(start: ins, arcs: ia))
                    }
                }
            }
        }
    }
}
