/// One step along a relation: the entity at the other end and the relation's id.
public struct Arc: Sendable, Equatable {
    /// The entity reached.
    public var node: UInt32
    /// The relation followed.
    public var relation: UInt32
}

/// Contiguous adjacency (compressed sparse rows) of a graph at one moment.
///
/// Each entity owns one run of `arcs`: its outgoing arcs (to each target), then its
/// incoming arcs (from each source), each part in relation-id (insertion) order. For entity
/// `e`, `bounds[2e]` is where its run starts, `bounds[2e + 1]` where the incoming part
/// starts and `bounds[2e + 2]` where the run ends; the three offsets share a cache line, and
/// a search that ignores direction reads one contiguous run per entity. A second, much
/// smaller index of the same shape holds only the four lineage predicates
/// (``Predicate/isLineage``), so a lineage search never touches another relation.
///
/// The index is immutable: the graph builds it on first use after a change
/// (``KnowledgeGraph/adjacency``) and drops it on the next change.
///
/// Memory: 16 bytes per relation (two arcs) plus 8 per entity, plus the same for lineage
/// relations.
public final class Adjacency: Sendable {
    /// Run offsets: `2 * entityCount + 1` values (see the type's description).
    public let bounds: [UInt32]
    /// Every relation twice: as an outgoing arc of its source and an incoming arc of its target.
    public let arcs: [Arc]
    /// Run offsets of the lineage-only index.
    public let lineageBounds: [UInt32]
    /// Lineage relations twice, grouped like `arcs`.
    public let lineageArcs: [Arc]
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
    public var entityCount: Int { (bounds.count - 1) / 2 }

    /// The number of relations indexed.
    public var relationCount: Int { arcs.count / 2 }

    /// Builds the index for `entityCount` entities and the relation columns.
    ///
    /// - Complexity: O(V + E), a counting sort.
    init(entityCount n: Int, sources: [UInt32], targets: [UInt32], predicateCodes: [UInt16], predicateTable: [Predicate]) {
        precondition(sources.count < Int(Int32.max), "more than 2 billion relations")
        let codes = predicateTable.map(\.isLineage)
        lineageCodes = codes
        (bounds, arcs) = Self.rows(n, sources, targets, predicateCodes, only: nil)
        (lineageBounds, lineageArcs) = Self.rows(n, sources, targets, predicateCodes, only: codes)
    }

    /// Counting sort of the relations (those whose predicate code `only` allows, or all)
    /// into per-entity runs.
    private static func rows(_ n: Int, _ sources: [UInt32], _ targets: [UInt32], _ codes: [UInt16], only: [Bool]?) -> ([UInt32], [Arc]) {
        let m = sources.count
        var bounds = [UInt32](repeating: 0, count: 2 * n + 1)
        var total = 0
        sources.withUnsafeBufferPointer { src in
            targets.withUnsafeBufferPointer { dst in
                codes.withUnsafeBufferPointer { code in
                    bounds.withUnsafeMutableBufferPointer { b in
                        for i in 0..<m {
                            if let only, !only[Int(code[i])] { continue }
                            b[2 * Int(src[i]) + 1] &+= 1
                            b[2 * Int(dst[i]) + 2] &+= 1
                            total += 2
                        }
                        for k in 1..<b.count { b[k] &+= b[k - 1] }
                    }
                }
            }
        }
        let arcs = [Arc](unsafeUninitializedCapacity: total) { buf, initialised in
            var next = bounds
            sources.withUnsafeBufferPointer { src in
                targets.withUnsafeBufferPointer { dst in
                    codes.withUnsafeBufferPointer { code in
                        next.withUnsafeMutableBufferPointer { next in
                            for i in 0..<m {
                                if let only, !only[Int(code[i])] { continue }
                                let s = Int(src[i]), t = Int(dst[i])
                                let o = Int(next[2 * s]); next[2 * s] = UInt32(o + 1)
                                (buf.baseAddress! + o).initialize(to: Arc(node: dst[i], relation: UInt32(i)))
                                let k = Int(next[2 * t + 1]); next[2 * t + 1] = UInt32(k + 1)
                                (buf.baseAddress! + k).initialize(to: Arc(node: src[i], relation: UInt32(i)))
                            }
                        }
                    }
                }
            }
            initialised = total
        }
        return (bounds, arcs)
    }

    /// The outgoing arcs of `e`, in insertion order.
    @inline(__always)
    public func outgoing(_ e: Int) -> ArraySlice<Arc> { arcs[Int(bounds[2 * e])..<Int(bounds[2 * e + 1])] }

    /// The incoming arcs of `e`, in insertion order.
    @inline(__always)
    public func incoming(_ e: Int) -> ArraySlice<Arc> { arcs[Int(bounds[2 * e + 1])..<Int(bounds[2 * e + 2])] }

    /// The outgoing lineage arcs of `e`, in insertion order.
    public func lineageOutgoing(_ e: Int) -> ArraySlice<Arc> { lineageArcs[Int(lineageBounds[2 * e])..<Int(lineageBounds[2 * e + 1])] }

    /// The incoming lineage arcs of `e`, in insertion order.
    public func lineageIncoming(_ e: Int) -> ArraySlice<Arc> { lineageArcs[Int(lineageBounds[2 * e + 1])..<Int(lineageBounds[2 * e + 2])] }

    /// Approximate bytes held by the index.
    public var byteCount: Int {
        (bounds.count + lineageBounds.count) * 4 + (arcs.count + lineageArcs.count) * MemoryLayout<Arc>.stride
    }
}

/// Holds an index derived from a graph value (its ``Adjacency``, its name index) once built.
///
/// A graph value owns one box per index; a change to a uniquely owned graph updates or
/// empties the box in place, a change to a shared copy gives the copy a new box, so copies
/// never see each other's changes. Reads from several threads build the index once.
final class LazyBox<Value: Sendable>: @unchecked Sendable {
    private let lock = MutexLock()
    private var value: Value?

    init(_ value: Value? = nil) {
        self.value = value
    }

    /// The value, built by `make` if absent.
    func get(_ make: () -> Value) -> Value {
        lock.locked {
            if let value { return value }
            let built = make()
            value = built
            return built
        }
    }

    /// The value if built.
    var current: Value? { lock.locked { value } }

    /// Whether the value is built.
    var isEmpty: Bool { current == nil }

    /// Changes the value in place when built; only for a box no other graph value shares.
    func modify(_ body: (inout Value) -> Void) {
        if value != nil { body(&value!) }
    }

    /// Drops the value; only for a box no other graph value shares.
    func clear() { value = nil }
}

/// An index's runs as raw buffers, valid inside ``Adjacency/withRows(lineage:_:)``.
struct ArcRows {
    let bounds: UnsafeBufferPointer<UInt32>
    let arcs: UnsafeBufferPointer<Arc>

    /// Calls `body` for each arc of `u` in `lo..<hi` of its run, most recent relation first;
    /// stops when it returns false.
    @inline(__always)
    private func each(_ lo: Int, _ hi: Int, _ body: (Arc) -> Bool) -> Bool {
        var k = hi
        while k > lo {
            k -= 1
            if !body(arcs[k]) { return false }
        }
        return true
    }

    /// Outgoing arcs of `u`, most recent first; false when `body` stopped.
    @inline(__always)
    func forEachOut(_ u: Int, _ body: (Arc) -> Bool) -> Bool { each(Int(bounds[2 * u]), Int(bounds[2 * u + 1]), body) }

    /// Incoming arcs of `u`, most recent first; false when `body` stopped.
    @inline(__always)
    func forEachIn(_ u: Int, _ body: (Arc) -> Bool) -> Bool { each(Int(bounds[2 * u + 1]), Int(bounds[2 * u + 2]), body) }

    /// Arcs of `u` in `direction`.
    @inline(__always)
    func degree(_ u: Int, _ direction: Direction) -> Int {
        switch direction {
        case .out: return Int(bounds[2 * u + 1] &- bounds[2 * u])
        case .in: return Int(bounds[2 * u + 2] &- bounds[2 * u + 1])
        case .both: return Int(bounds[2 * u + 2] &- bounds[2 * u])
        }
    }
}

extension Adjacency {
    /// Calls `body` with the runs (all relations, or the lineage ones) as raw buffers.
    func withRows<R>(lineage: Bool, _ body: (ArcRows) throws -> R) rethrows -> R {
        let (b, a) = lineage ? (lineageBounds, lineageArcs) : (bounds, arcs)
        return try b.withUnsafeBufferPointer { b in
            try a.withUnsafeBufferPointer { a in try body(ArcRows(bounds: b, arcs: a)) }
        }
    }
}
