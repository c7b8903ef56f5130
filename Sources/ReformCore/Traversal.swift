/// Which way to follow relations.
public enum Direction: String, Sendable, CaseIterable {
    /// Source to target.
    case out
    /// Target to source.
    case `in`
    /// Either way (direction ignored).
    case both
}

/// Reusable traversal state: ``VisitMarks`` (generation-stamped marks, parents) and a queue.
///
/// One value serves any number of traversals over graphs of up to its capacity: starting a
/// traversal bumps the generation instead of clearing the marks, so each query costs
/// O(what it visits), not O(V). The state does not hold the graph (as in petgraph), so
/// queries on one graph can each keep their own.
///
/// - Complexity: each traversal is O(V' + E') for the entities and relations it reaches.
public struct Traversal: Sendable {
    private var marks = VisitMarks()
    private var queue: [UInt32] = []

    public init(capacity: Int) {
        marks.reset(count: capacity)
    }

    private mutating func begin(_ g: KnowledgeGraph) {
        marks.reset(count: g.entityCount)
        queue.removeAll(keepingCapacity: true)
    }

    /// Entities reachable from `start` (excluding it) following relations in `direction`
    /// whose predicate passes `follow`, in breadth-first order, at most `depth` steps away and
    /// at most `limit` of them.
    public mutating func reachable(from start: EntityID, in g: KnowledgeGraph, direction: Direction,
                                   depth: Int = .max, limit: Int = .max,
                                   follow: (Predicate) -> Bool = { _ in true }) -> [EntityID] {
        begin(g)
        let allowed = g.predicateFilter(follow)
        marks.mark(start.index, distance: 0)
        queue.append(start.raw)
        var head = 0, levelEnd = 1, level = 0
        var found: [EntityID] = []
        while head < queue.count, level < depth, found.count < limit {
            let u = queue[head]; head += 1
            g.forEachNeighbour(EntityID(u), direction) { r, v in
                if !marks.isMarked(Int(v)), found.count < limit, allowed[Int(g.store.predicateCodes[Int(r)])] {
                    marks.mark(Int(v), distance: 0)
                    queue.append(v)
                    found.append(EntityID(v))
                }
            }
            if head == levelEnd { level += 1; levelEnd = queue.count }
        }
        return found
    }

    /// True when `e` was reached by the last traversal (or is its start).
    public func wasReached(_ e: EntityID) -> Bool { marks.isMarked(e.index) }

    /// A shortest path from `a` to `b` as the relations along it, following relations in
    /// `direction` whose predicate passes `follow`; nil when there is none within `maxDepth`
    /// steps. Breadth-first from both ends.
    public mutating func shortestPath(from a: EntityID, to b: EntityID, in g: KnowledgeGraph,
                                      direction: Direction = .both, maxDepth: Int = .max,
                                      follow: (Predicate) -> Bool = { _ in true }) -> [RelationID]? {
        if a == b { return [] }
        begin(g)
        let allowed = g.predicateFilter(follow)
        // The mark's distance holds the side (1: reached from a, 2: from b); its via, the
        // relation towards that side's end.
        marks.mark(a.index, distance: 1)
        marks.mark(b.index, distance: 2)
        var frontA: [UInt32] = [a.raw], frontB: [UInt32] = [b.raw]
        let reverse: Direction = direction == .out ? .in : direction == .in ? .out : .both
        var steps = 0
        while !frontA.isEmpty, !frontB.isEmpty, steps < maxDepth {
            steps += 1
            let fromA = frontA.count <= frontB.count
            let frontier = fromA ? frontA : frontB
            let mySide: Int32 = fromA ? 1 : 2
            var next: [UInt32] = []
            var meet: (UInt32, UInt32, UInt32)? // (u, v, edge)
            outer: for u in frontier {
                var hit: (UInt32, UInt32)?
                g.forEachNeighbour(EntityID(u), fromA ? direction : reverse) { r, v in
                    guard hit == nil, allowed[Int(g.store.predicateCodes[Int(r)])] else { return }
                    if marks.isMarked(Int(v)) {
                        if marks.distance[Int(v)] != mySide { hit = (v, r) }
                        return
                    }
                    marks.mark(Int(v), distance: Int(mySide), via: r)
                    next.append(v)
                }
                if let hit { meet = (u, hit.0, hit.1); break outer }
            }
            if let (u, v, edge) = meet {
                let (endA, endB) = fromA ? (u, v) : (v, u)
                var left: [RelationID] = [], right: [RelationID] = []
                var x = endA
                while marks.via[Int(x)] != .max { let r = marks.via[Int(x)]; left.append(RelationID(r)); x = g.otherEnd(of: RelationID(r), from: x) }
                x = endB
                while marks.via[Int(x)] != .max { let r = marks.via[Int(x)]; right.append(RelationID(r)); x = g.otherEnd(of: RelationID(r), from: x) }
                return left.reversed() + [RelationID(edge)] + right
            }
            if fromA { frontA = next } else { frontB = next }
        }
        return nil
    }
}

extension KnowledgeGraph {
    /// Calls `body(relation, neighbour)` for each relation at `id` in `direction`.
    @inline(__always)
    public func forEachNeighbour(_ id: EntityID, _ direction: Direction, _ body: (UInt32, UInt32) -> Void) {
        if direction != .in {
            var r = firstOutRaw(id)
            while r != UInt32.max { body(r, store.targets[Int(r)]); r = nextOutRaw(r) }
        }
        if direction != .out {
            var r = firstInRaw(id)
            while r != UInt32.max { body(r, store.sources[Int(r)]); r = nextInRaw(r) }
        }
    }

    /// The end of relation `r` that is not `from` (for a self-loop, `from`).
    @inline(__always)
    public func otherEnd(of r: RelationID, from: UInt32) -> UInt32 {
        let s = store.sources[r.index]
        return s == from ? store.targets[r.index] : s
    }

    /// `follow` evaluated once per distinct predicate of the graph, indexed by predicate code.
    func predicateFilter(_ follow: (Predicate) -> Bool) -> [Bool] {
        store.predicateTable.map(follow)
    }

    /// The source of relation `r`, without assembling the relation.
    @inline(__always)
    public func source(of r: RelationID) -> EntityID { EntityID(store.sources[r.index]) }

    /// The target of relation `r`, without assembling the relation.
    @inline(__always)
    public func target(of r: RelationID) -> EntityID { EntityID(store.targets[r.index]) }

    /// The predicate of relation `r`, without assembling the relation.
    @inline(__always)
    public func predicate(of r: RelationID) -> Predicate { store.predicateTable[Int(store.predicateCodes[r.index])] }
}
