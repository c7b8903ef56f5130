/// Which way to follow relations.
public enum Direction: String, Sendable, CaseIterable {
    /// Source to target.
    case out
    /// Target to source.
    case `in`
    /// Either way (direction ignored).
    case both
}

/// Reusable traversal state: a two-bit mark per entity (256 KB for a million entities, so
/// the marks stay in cache), two queues, and the relation and parent of each queued entity.
///
/// One value serves any number of traversals over graphs of up to its capacity (it grows
/// as needed). Marks are cleared by walking the previous search's queues rather than the
/// whole set, and the queues keep their capacity, so a query allocates nothing but its
/// result and costs O(what it visits), not O(V). Searches run over the graph's contiguous
/// ``Adjacency``; a search restricted to exactly the lineage predicates uses its
/// lineage-only rows. The state does not hold the graph, so queries on one graph can each
/// keep their own.
///
/// Neighbours are visited most recent relation first (as ``KnowledgeGraph/forEachNeighbour(_:_:_:)``).
public struct Traversal: Sendable {
    /// Two bits per entity: bit 0 "side A" (or "reached"), bit 1 "side B".
    private var marks: [UInt64] = []
    private var queueA: [UInt32] = []
    private var queueB: [UInt32] = []
    /// For shortest paths: the relation each queued entity was reached by and the queue
    /// position of the entity it was reached from.
    private var viaA: [UInt32] = []
    private var viaB: [UInt32] = []
    private var parentA: [UInt32] = []
    private var parentB: [UInt32] = []

    /// State for graphs of up to `capacity` entities (it grows when given a bigger graph).
    public init(capacity: Int) {
        grow(capacity)
    }

    private mutating func grow(_ n: Int) {
        let words = (n + 31) / 32
        if marks.count < words { marks.append(contentsOf: repeatElement(0, count: words - marks.count)) }
    }

    /// Starts a search over `n` entities: clears the marks the last one left and its queues.
    private mutating func begin(_ n: Int) {
        grow(n)
        marks.withUnsafeMutableBufferPointer { m in
            for v in queueA { m[Int(v) >> 5] = 0 }
            for v in queueB { m[Int(v) >> 5] = 0 }
        }
        queueA.removeAll(keepingCapacity: true)
        queueB.removeAll(keepingCapacity: true)
        viaA.removeAll(keepingCapacity: true); viaB.removeAll(keepingCapacity: true)
        parentA.removeAll(keepingCapacity: true); parentB.removeAll(keepingCapacity: true)
    }

    /// Moves an array out of the state (so a search can hold it and others at once).
    @inline(__always)
    private func take<T>(_ a: inout [T]) -> [T] {
        var out: [T] = []
        swap(&out, &a)
        return out
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
        begin(g.entityCount)
        var found: [EntityID] = []
        var queue = take(&queueA), bits = take(&marks)
        defer { queueA = queue; marks = bits }
        adj.withRows(lineage: filter == .lineage) { rows in
            g.withPredicateCodes { codes in
                filter.allowed.withUnsafeBufferPointer { allowed in
                    bits.withUnsafeMutableBufferPointer { bits in
                        bits[start.index >> 5] |= 1 << UInt64((start.index & 31) << 1)
                        queue.append(start.raw)
                        guard limit > 0, depth > 0 else { return }
                        var head = 0, levelEnd = 1, level = 0
                        let filtered = filter == .some
                        func visit(_ a: Arc) -> Bool {
                            let v = Int(a.node)
                            let bit: UInt64 = 1 << UInt64((v & 31) << 1)
                            if bits[v >> 5] & bit == 0 && (!filtered || allowed[Int(codes[Int(a.relation)])]) {
                                bits[v >> 5] |= bit
                                queue.append(a.node)
                                found.append(EntityID(a.node))
                                if found.count >= limit { return false }
                            }
                            return true
                        }
                        search: while head < queue.count {
                            let u = Int(queue[head]); head += 1
                            if direction != .in, !rows.forEachOut(u, visit) { break search }
                            if direction != .out, !rows.forEachIn(u, visit) { break search }
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
    /// or ``neighbourhood(of:in:depth:)`` (or is its start).
    public func wasReached(_ e: EntityID) -> Bool {
        e.index >> 5 < marks.count && marks[e.index >> 5] & (1 << UInt64((e.index & 31) << 1)) != 0
    }

    /// The induced subgraph around `start`: every entity at most `depth` steps away with
    /// direction ignored (`start` first, then breadth-first), and every relation between
    /// two of them (parallel relations and self-loops included), in the order their sources
    /// were reached.
    ///
    /// - Complexity: O(V' + E') for the entities reached and the relations at them.
    public mutating func neighbourhood(of start: EntityID, in g: KnowledgeGraph, depth: Int) -> (entities: [EntityID], relations: [RelationID]) {
        let nodes = reachable(from: start, in: g, direction: .both, depth: depth)
        var relations: [RelationID] = []
        g.adjacency.withRows(lineage: false) { rows in
            marks.withUnsafeBufferPointer { bits in
                for u in queueA {
                    _ = rows.forEachOut(Int(u)) { a in
                        let v = Int(a.node)
                        if bits[v >> 5] & (1 << UInt64((v & 31) << 1)) != 0 { relations.append(RelationID(a.relation)) }
                        return true
                    }
                }
            }
        }
        return ([start] + nodes, relations)
    }

    /// The lineage of `start`: every entity it leads to along the four lineage predicates
    /// (descendants, breadth-first) followed by every entity that leads to it (ancestors not
    /// already listed), without `start` itself.
    ///
    /// - Complexity: O(V' + E') over lineage relations only, with no allocation but the result.
    public mutating func lineage(of start: EntityID, in g: KnowledgeGraph) -> [EntityID] {
        let adj = g.adjacency
        begin(g.entityCount)
        var found: [EntityID] = []
        var queueA = take(&self.queueA), queueB = take(&self.queueB), bits = take(&marks)
        defer { self.queueA = queueA; self.queueB = queueB; marks = bits }
        adj.withRows(lineage: true) { rows in
            bits.withUnsafeMutableBufferPointer { bits in
                // Descendants: bit 0.
                let s = start.index
                bits[s >> 5] |= 1 << UInt64((s & 31) << 1)
                queueA.append(start.raw)
                var head = 0
                while head < queueA.count {
                    let u = Int(queueA[head]); head += 1
                    _ = rows.forEachOut(u) { a in
                        let v = Int(a.node)
                        let bit: UInt64 = 1 << UInt64((v & 31) << 1)
                        if bits[v >> 5] & bit == 0 { bits[v >> 5] |= bit; queueA.append(a.node); found.append(EntityID(a.node)) }
                        return true
                    }
                }
                // Ancestors: bit 1; listed unless already a descendant (or the start).
                bits[s >> 5] |= 2 << UInt64((s & 31) << 1)
                queueB.append(start.raw)
                head = 0
                while head < queueB.count {
                    let u = Int(queueB[head]); head += 1
                    _ = rows.forEachIn(u) { a in
                        let v = Int(a.node)
                        let shift = UInt64((v & 31) << 1)
                        let w = bits[v >> 5]
                        if w & (2 << shift) == 0 {
                            bits[v >> 5] = w | (2 << shift)
                            queueB.append(a.node)
                            if w & (1 << shift) == 0 { found.append(EntityID(a.node)) }
                        }
                        return true
                    }
                }
            }
        }
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
        begin(g.entityCount)
        let reverse: Direction = direction == .out ? .in : direction == .in ? .out : .both
        // (queue position on A's side, entity on B's side, relation)
        var meet: (Int, UInt32, UInt32)?
        var meetB: Int?
        var queueA = take(&self.queueA), queueB = take(&self.queueB), bits = take(&marks)
        var viaA = take(&self.viaA), viaB = take(&self.viaB), parentA = take(&self.parentA), parentB = take(&self.parentB)
        defer {
            self.queueA = queueA; self.queueB = queueB; marks = bits
            self.viaA = viaA; self.viaB = viaB; self.parentA = parentA; self.parentB = parentB
        }
        queueA.append(a.raw); viaA.append(.max); parentA.append(.max)
        queueB.append(b.raw); viaB.append(.max); parentB.append(.max)
        adj.withRows(lineage: filter == .lineage) { rows in
            g.withPredicateCodes { codes in
                filter.allowed.withUnsafeBufferPointer { allowed in
                    bits.withUnsafeMutableBufferPointer { bits in
                        let filtered = filter == .some
                        bits[a.index >> 5] |= 1 << UInt64((a.index & 31) << 1)
                        bits[b.index >> 5] |= 2 << UInt64((b.index & 31) << 1)
                        var startA = 0, startB = 0
                        func arcs(_ q: [UInt32], from: Int, _ d: Direction) -> Int {
                            var n = 0
                            for i in from..<q.count {
                                let u = Int(q[i])
                                n += rows.degree(u, d)
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
                            let mine: UInt64 = fromA ? 1 : 2, theirs: UInt64 = fromA ? 2 : 1
                            let d = fromA ? direction : reverse
                            let end = fromA ? queueA.count : queueB.count
                            var i = fromA ? startA : startB
                            while i < end, meet == nil {
                                let here = i
                                let u = fromA ? queueA[i] : queueB[i]
                                i += 1
                                func visit(_ arc: Arc) -> Bool {
                                    if filtered && !allowed[Int(codes[Int(arc.relation)])] { return true }
                                    let v = Int(arc.node)
                                    let shift = UInt64((v & 31) << 1)
                                    let w = bits[v >> 5]
                                    if w & (theirs << shift) != 0 {
                                        if fromA {
                                            meet = (here, arc.node, arc.relation)
                                        } else {
                                            // v is on A's side: find its queue position (once per query).
                                            meet = (queueA.firstIndex(of: arc.node)!, u, arc.relation)
                                            // and remember u's position on B's side through `parentB` below.
                                            meetB = here
                                        }
                                        return false
                                    }
                                    if w & (mine << shift) == 0 {
                                        bits[v >> 5] = w | (mine << shift)
                                        if fromA {
                                            queueA.append(arc.node); viaA.append(arc.relation); parentA.append(UInt32(here))
                                        } else {
                                            queueB.append(arc.node); viaB.append(arc.relation); parentB.append(UInt32(here))
                                        }
                                    }
                                    return true
                                }
                                if d != .in, !rows.forEachOut(Int(u), visit) { break }
                                if d != .out, !rows.forEachIn(Int(u), visit) { break }
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
        guard let (posA, endB, edge) = meet else { return nil }
        var left: [RelationID] = [], right: [RelationID] = []
        var k = posA
        while parentA[k] != .max { left.append(RelationID(viaA[k])); k = Int(parentA[k]) }
        k = meetB ?? queueB.firstIndex(of: endB)!
        while parentB[k] != .max { right.append(RelationID(viaB[k])); k = Int(parentB[k]) }
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
