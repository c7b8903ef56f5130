/// Which way to follow relations.
public enum Direction: String, Sendable, CaseIterable {
    /// Source to target.
    case out
    /// Target to source.
    case `in`
    /// Either way (direction ignored).
    case both
}

/// Reusable traversal state: generation-stamped visit marks, the relation each entity was
/// reached by, and two queues.
///
/// One value serves any number of traversals over graphs of up to its capacity (it grows
/// as needed): starting a traversal bumps the generation instead of clearing the marks, and
/// the queues keep their capacity, so a query allocates nothing but its result and costs
/// O(what it visits), not O(V). Searches run over the graph's contiguous ``Adjacency``;
/// a search restricted to exactly the lineage predicates uses its lineage-only rows. The
/// state does not hold the graph, so queries on one graph can each keep their own.
///
/// Neighbours are visited most recent relation first (as ``KnowledgeGraph/forEachNeighbour(_:_:_:)``).
public struct Traversal: Sendable {
    private var stamps: [UInt32] = []
    /// Shortest-path marks: the stamp in the low half, the relation reached by in the high
    /// half, so that checking and marking an entity touch one cache line.
    private var pathMarks: [UInt64] = []
    private var generation: UInt32 = 0
    /// The generation of the last ``reachable(from:in:direction:depth:limit:follow:)``.
    private var reached: UInt32 = 0
    private var queueA: [UInt32] = []
    private var queueB: [UInt32] = []

    /// State for graphs of up to `capacity` entities (it grows when given a bigger graph).
    public init(capacity: Int) {
        grow(capacity)
    }

    /// Moves an array out of the state (so a search can hold it and others at once).
    @inline(__always)
    private func take(_ a: inout [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        swap(&out, &a)
        return out
    }

    private mutating func grow(_ n: Int) {
        if stamps.count < n {
            stamps.append(contentsOf: repeatElement(0, count: n - stamps.count))
        }
    }

    /// Starts a traversal over `n` entities that needs `k` fresh generations; returns the first.
    private mutating func begin(_ n: Int, generations k: UInt32) -> UInt32 {
        grow(n)
        if generation > UInt32.max - k {
            for i in stamps.indices { stamps[i] = 0 }
            for i in pathMarks.indices { pathMarks[i] = 0 }
            generation = 0
        }
        let first = generation + 1
        generation += k
        queueA.removeAll(keepingCapacity: true)
        queueB.removeAll(keepingCapacity: true)
        return first
    }

    /// Entities reachable from `start` (excluding it) following relations in `direction`
    /// whose predicate passes `follow`, in breadth-first order, at most `depth` steps away and
    /// at most `limit` of them.
    ///
    /// - Complexity: O(V' + E') for the entities reached and the relations at them (only
    ///   lineage relations when `follow` accepts exactly the lineage predicates), plus
    ///   O(P) to evaluate `follow` once per distinct predicate; O(V + E) more on the first
    ///   search after the graph changed, to build its ``Adjacency``.
    public mutating func reachable(from start: EntityID, in g: KnowledgeGraph, direction: Direction,
                                   depth: Int = .max, limit: Int = .max,
                                   follow: (Predicate) -> Bool = { _ in true }) -> [EntityID] {
        let adj = g.adjacency
        let filter = g.arcFilter(follow, adj)
        let gen = begin(g.entityCount, generations: 1)
        reached = gen
        var found: [EntityID] = []
        guard limit > 0, depth > 0 else { stamps[start.index] = gen; return found }
        var queue = take(&queueA), marks = take(&stamps)
        defer { queueA = queue; stamps = marks }
        adj.withRows(lineage: filter == .lineage) { outRows, inRows in
            g.withPredicateCodes { codes in
                filter.allowed.withUnsafeBufferPointer { allowed in
                    marks.withUnsafeMutableBufferPointer { stamps in
                        stamps[start.index] = gen
                        queue.append(start.raw)
                        var head = 0, levelEnd = 1, level = 0
                        let filtered = filter == .some
                        func visit(_ a: Arc) -> Bool {
                            let v = Int(a.node)
                            if stamps[v] != gen && (!filtered || allowed[Int(codes[Int(a.relation)])]) {
                                stamps[v] = gen
                                queue.append(a.node)
                                found.append(EntityID(a.node))
                                if found.count >= limit { return false }
                            }
                            return true
                        }
                        search: while head < queue.count {
                            let u = Int(queue[head]); head += 1
                            if direction != .in, !outRows.forEach(u, visit) { break search }
                            if direction != .out, !inRows.forEach(u, visit) { break search }
                            if head == levelEnd {
                                level += 1
                                if level >= depth { break }
                                levelEnd = queue.count
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// True when `e` was reached by the last ``reachable(from:in:direction:depth:limit:follow:)``
    /// (or is its start).
    public func wasReached(_ e: EntityID) -> Bool { e.index < stamps.count && stamps[e.index] == reached }

    /// The lineage of `start`: every entity it leads to along the four lineage predicates
    /// (descendants, breadth-first) followed by every entity that leads to it (ancestors not
    /// already listed), without `start` itself.
    ///
    /// - Complexity: O(V' + E') over lineage relations only, with no allocation but the result.
    public mutating func lineage(of start: EntityID, in g: KnowledgeGraph) -> [EntityID] {
        let adj = g.adjacency
        let down = begin(g.entityCount, generations: 2)
        let up = down + 1
        var found: [EntityID] = []
        var queueA = take(&self.queueA), queueB = take(&self.queueB), marks = take(&stamps)
        defer { self.queueA = queueA; self.queueB = queueB; stamps = marks }
        adj.withRows(lineage: true) { outRows, inRows in
            marks.withUnsafeMutableBufferPointer { stamps in
                // Descendants: stamped `down`.
                stamps[start.index] = down
                queueA.append(start.raw)
                var head = 0
                while head < queueA.count {
                    let u = Int(queueA[head]); head += 1
                    _ = outRows.forEach(u) { a in
                        let v = Int(a.node)
                        if stamps[v] != down { stamps[v] = down; queueA.append(a.node); found.append(EntityID(a.node)) }
                        return true
                    }
                }
                // Ancestors: restamped `up`; listed unless already a descendant (or the start).
                stamps[start.index] = up
                queueB.append(start.raw)
                head = 0
                while head < queueB.count {
                    let u = Int(queueB[head]); head += 1
                    _ = inRows.forEach(u) { a in
                        let v = Int(a.node)
                        let s = stamps[v]
                        if s != up {
                            stamps[v] = up
                            queueB.append(a.node)
                            if s != down { found.append(EntityID(a.node)) }
                        }
                        return true
                    }
                }
            }
        }
        reached = up
        return found
    }

    /// A shortest path from `a` to `b` as the relations along it, following relations in
    /// `direction` whose predicate passes `follow`; nil when there is none within `maxDepth`
    /// steps.
    ///
    /// Bidirectional breadth-first search: each round expands whole the side whose frontier
    /// holds fewer arcs, and the search stops at the first relation joining the two sides
    /// (which then lies on a shortest path, since every entity of a frontier is at the same
    /// distance from its end).
    ///
    /// - Complexity: O(V' + E') for the entities and relations the two searches reach
    ///   (typically far fewer than one search from `a`), with no allocation but the result.
    public mutating func shortestPath(from a: EntityID, to b: EntityID, in g: KnowledgeGraph,
                                      direction: Direction = .both, maxDepth: Int = .max,
                                      follow: (Predicate) -> Bool = { _ in true }) -> [RelationID]? {
        if a == b { return [] }
        let adj = g.adjacency
        let filter = g.arcFilter(follow, adj)
        let sideA = begin(g.entityCount, generations: 2)
        let sideB = sideA + 1
        let reverse: Direction = direction == .out ? .in : direction == .in ? .out : .both
        var meet: (UInt32, UInt32, UInt32)? // (entity on A's side, entity on B's side, relation)
        if pathMarks.count < g.entityCount { pathMarks.append(contentsOf: repeatElement(0, count: g.entityCount - pathMarks.count)) }
        var queueA = take(&self.queueA), queueB = take(&self.queueB)
        var marks: [UInt64] = []
        swap(&marks, &pathMarks)
        defer { self.queueA = queueA; self.queueB = queueB; swap(&marks, &pathMarks) }
        let noVia = UInt64(UInt32.max) << 32
        adj.withRows(lineage: filter == .lineage) { outRows, inRows in
            g.withPredicateCodes { codes in
                filter.allowed.withUnsafeBufferPointer { allowed in
                    marks.withUnsafeMutableBufferPointer { marks in
                        do {
                            let filtered = filter == .some
                            marks[a.index] = noVia | UInt64(sideA)
                            marks[b.index] = noVia | UInt64(sideB)
                            queueA.append(a.raw); queueB.append(b.raw)
                            var startA = 0, startB = 0
                            func arcs(_ q: [UInt32], from: Int, _ d: Direction) -> Int {
                                var n = 0
                                for i in from..<q.count {
                                    let u = Int(q[i])
                                    if d != .in { n += outRows.degree(u) }
                                    if d != .out { n += inRows.degree(u) }
                                }
                                return n
                            }
                            var steps = 0
                            // Arcs leaving each frontier, recounted only when that frontier changes.
                            var arcsA = arcs(queueA, from: 0, direction), arcsB = arcs(queueB, from: 0, reverse)
                            while startA < queueA.count, startB < queueB.count, steps < maxDepth {
                                steps += 1
                                // Expand the side with fewer arcs to follow.
                                let fromA = arcsA <= arcsB
                                let mine = fromA ? sideA : sideB, theirs = fromA ? sideB : sideA
                                let d = fromA ? direction : reverse
                                let end = fromA ? queueA.count : queueB.count
                                var i = fromA ? startA : startB
                                while i < end, meet == nil {
                                    let u = fromA ? queueA[i] : queueB[i]
                                    i += 1
                                    func visit(_ arc: Arc) -> Bool {
                                        if filtered && !allowed[Int(codes[Int(arc.relation)])] { return true }
                                        let v = Int(arc.node)
                                        let s = UInt32(truncatingIfNeeded: marks[v])
                                        if s == theirs { meet = fromA ? (u, arc.node, arc.relation) : (arc.node, u, arc.relation); return false }
                                        if s != mine {
                                            marks[v] = UInt64(arc.relation) << 32 | UInt64(mine)
                                            if fromA { queueA.append(arc.node) } else { queueB.append(arc.node) }
                                        }
                                        return true
                                    }
                                    if d != .in, !outRows.forEach(Int(u), visit) { break }
                                    if d != .out, !inRows.forEach(Int(u), visit) { break }
                                }
                                if meet != nil { break }
                                if fromA {
                                    startA = end; arcsA = arcs(queueA, from: startA, direction)
                                } else {
                                    startB = end; arcsB = arcs(queueB, from: startB, reverse)
                                }
                            }
                        }
                    }
                }
            }
        }
        guard let (endA, endB, edge) = meet else { return nil }
        let via = { (x: UInt32) -> UInt32 in UInt32(truncatingIfNeeded: marks[Int(x)] >> 32) }
        var left: [RelationID] = [], right: [RelationID] = []
        var x = endA
        while via(x) != .max { let r = via(x); left.append(RelationID(r)); x = g.otherEnd(of: RelationID(r), from: x) }
        x = endB
        while via(x) != .max { let r = via(x); right.append(RelationID(r)); x = g.otherEnd(of: RelationID(r), from: x) }
        return left.reversed() + [RelationID(edge)] + right
    }
}

/// Which relations a search follows, decided once per search from its predicate test.
struct ArcFilter: Sendable {
    enum Kind { case all, lineage, some }
    let kind: Kind
    /// Per predicate code (for `.some`).
    let allowed: [Bool]

    static func == (f: ArcFilter, k: Kind) -> Bool { f.kind == k }
}

extension KnowledgeGraph {
    /// Calls `body(relation, neighbour)` for each relation at `id` in `direction`: outgoing
    /// ones first, each side most recent first.
    ///
    /// - Complexity: O(degree) (plus building ``adjacency`` after a change).
    @inline(__always)
    public func forEachNeighbour(_ id: EntityID, _ direction: Direction, _ body: (UInt32, UInt32) -> Void) {
        let adj = adjacency
        if direction != .in {
            for a in adj.outgoing(id.index).reversed() { body(a.relation, a.node) }
        }
        if direction != .out {
            for a in adj.incoming(id.index).reversed() { body(a.relation, a.node) }
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

    /// The search filter for `follow`: everything, exactly the lineage predicates, or a mask.
    func arcFilter(_ follow: (Predicate) -> Bool, _ adj: Adjacency) -> ArcFilter {
        let allowed = predicateFilter(follow)
        if !allowed.contains(false) { return ArcFilter(kind: .all, allowed: []) }
        if allowed == adj.lineageCodes { return ArcFilter(kind: .lineage, allowed: []) }
        return ArcFilter(kind: .some, allowed: allowed)
    }

    func withPredicateCodes<R>(_ body: (UnsafeBufferPointer<UInt16>) throws -> R) rethrows -> R {
        try store.predicateCodes.withUnsafeBufferPointer(body)
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
