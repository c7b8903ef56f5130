import Testing
@testable import ReformCore

@Suite("Adjacency index")
struct AdjacencyTests {
    static let predicates: [Predicate] = [.replacedBy, .mergedInto, .partOf, .covers, .leads, .renamedTo]

    /// A random multigraph with parallel edges and self-loops, plus its edge list.
    func randomGraph(seed: UInt64, nodes: Int, edges: Int) -> (KnowledgeGraph, [(Int, Predicate, Int)]) {
        var rng = SplitMix(seed: seed)
        var g = KnowledgeGraph()
        for i in 0..<nodes { g.appendEntity(name: "n\(i)", type: .organisation) }
        var list: [(Int, Predicate, Int)] = []
        for _ in 0..<edges {
            let s = Int(rng.next() % UInt64(nodes)), t = Int(rng.next() % UInt64(nodes))
            let p = Self.predicates[Int(rng.next() % UInt64(Self.predicates.count))]
            if let r = g.addRelation(EntityID(s), p, EntityID(t), parallel: true, allowSelfLoop: true) {
                #expect(r.index == list.count)
                list.append((s, p, t))
            }
        }
        return (g, list)
    }

    /// Plain BFS distances over the edge list (`both`: direction ignored; filter on predicates).
    func distances(from a: Int, _ list: [(Int, Predicate, Int)], nodes: Int, direction: Direction,
                   follow: (Predicate) -> Bool = { _ in true }) -> [Int] {
        var d = [Int](repeating: -1, count: nodes); d[a] = 0
        var q = [a], h = 0
        while h < q.count {
            let u = q[h]; h += 1
            for (s, p, t) in list where follow(p) {
                if direction != .in, s == u, d[t] < 0 { d[t] = d[u] + 1; q.append(t) }
                if direction != .out, t == u, d[s] < 0 { d[s] = d[u] + 1; q.append(s) }
            }
        }
        return d
    }

    @Test func rowsHoldEveryRelationOnceInInsertionOrder() {
        for seed in 1...5 {
            let (g, list) = randomGraph(seed: UInt64(seed), nodes: 40, edges: 160)
            let adj = g.adjacency
            for u in 0..<40 {
                let out = list.indices.filter { list[$0].0 == u }
                let inc = list.indices.filter { list[$0].2 == u }
                #expect(adj.outgoing(u).map { Int($0.relation) } == out)
                #expect(adj.outgoing(u).map { Int($0.node) } == out.map { list[$0].2 })
                #expect(adj.incoming(u).map { Int($0.relation) } == inc)
                #expect(adj.incoming(u).map { Int($0.node) } == inc.map { list[$0].0 })
                #expect(g.outgoing(EntityID(u)).map(\.index) == out)
                let lineageOut = out.filter { list[$0].1.isLineage }
                #expect(adj.lineageOutgoing(u).map { Int($0.relation) } == lineageOut)
                #expect(adj.lineageIncoming(u).map { Int($0.relation) } == inc.filter { list[$0].1.isLineage })
            }
            #expect(g.invariantViolation() == nil)
        }
    }

    @Test func aChangeRebuildsTheIndexAndCopiesKeepTheirOwn() {
        var g = KnowledgeGraph()
        let a = g.addEntity(name: "A", type: .ccg), b = g.addEntity(name: "B", type: .icb)
        g.addRelation(a, .replacedBy, b)
        #expect(g.adjacency.outgoing(a.index).count == 1)
        let copy = g
        let c = g.addEntity(name: "C", type: .icb)
        g.addRelation(a, .mergedInto, c)
        #expect(g.adjacency.outgoing(a.index).count == 2)
        #expect(g.adjacency.entityCount == 3)
        #expect(copy.adjacency.outgoing(a.index).count == 1)
        #expect(copy.adjacency.entityCount == 2)
    }

    @Test func searchesAgreeWithAPlainBreadthFirstSearch() throws {
        for seed in 10...14 {
            let n = 60
            let (g, list) = randomGraph(seed: UInt64(seed), nodes: n, edges: 90)
            var t = Traversal(capacity: 1)
            for a in 0..<n {
                for dir in Direction.allCases {
                    let d = distances(from: a, list, nodes: n, direction: dir)
                    let reached = t.reachable(from: EntityID(a), in: g, direction: dir)
                    #expect(Set(reached.map(\.index)) == Set((0..<n).filter { $0 != a && d[$0] >= 0 }))
                    let near = t.reachable(from: EntityID(a), in: g, direction: dir, depth: 2)
                    #expect(Set(near.map(\.index)) == Set((0..<n).filter { $0 != a && d[$0] >= 0 && d[$0] <= 2 }))
                }
                let hood = t.neighbourhood(of: EntityID(a), in: g, depth: 2)
                let near = distances(from: a, list, nodes: n, direction: .both)
                let inside = Set((0..<n).filter { near[$0] >= 0 && near[$0] <= 2 })
                #expect(hood.entities.first == EntityID(a))
                #expect(Set(hood.entities.map(\.index)) == inside && hood.entities.count == inside.count)
                #expect(hood.relations.map(\.index).sorted() == list.indices.filter { inside.contains(list[$0].0) && inside.contains(list[$0].2) })
                let down = distances(from: a, list, nodes: n, direction: .out) { $0.isLineage }
                let up = distances(from: a, list, nodes: n, direction: .in) { $0.isLineage }
                let lineage = t.lineage(of: EntityID(a), in: g)
                #expect(lineage.count == Set(lineage).count)
                #expect(Set(lineage.map(\.index)) == Set((0..<n).filter { $0 != a && (down[$0] >= 0 || up[$0] >= 0) }))
                let viaFilter = t.reachable(from: EntityID(a), in: g, direction: .out) { $0.isLineage }
                #expect(Set(viaFilter.map(\.index)) == Set((0..<n).filter { $0 != a && down[$0] >= 0 }))
                for b in stride(from: 0, to: n, by: 7) {
                    for dir in Direction.allCases {
                        let d = distances(from: a, list, nodes: n, direction: dir)
                        let path = t.shortestPath(from: EntityID(a), to: EntityID(b), in: g, direction: dir)
                        if d[b] < 0 { #expect(path == nil); continue }
                        let p = try #require(path)
                        #expect(p.count == d[b], "\(a)→\(b) \(dir)")
                        // The relations chain from a to b in the allowed directions.
                        var at = a
                        for r in p {
                            let (s, _, tt) = list[r.index]
                            if dir != .in && s == at { at = tt } else if dir != .out && tt == at { at = s } else { Issue.record("broken path \(p)"); break }
                        }
                        #expect(at == b)
                    }
                    let filtered = t.shortestPath(from: EntityID(a), to: EntityID(b), in: g) { $0 == .partOf || $0 == .covers }
                    let fd = distances(from: a, list, nodes: n, direction: .both) { $0 == .partOf || $0 == .covers }
                    #expect((filtered?.count ?? -1) == (a == b ? 0 : fd[b]))
                }
            }
        }
    }
}
