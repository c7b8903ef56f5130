import Testing
@testable import ReformCore

@Suite("Traversal")
struct TraversalTests {
    /// PCT → CCG → ICB (lineage), CCG → Act 2012 (established_by), ICB → Act 2022, Act 2022 → Act 2012 (amends).
    func lineageGraph() -> (KnowledgeGraph, [EntityID]) {
        var g = KnowledgeGraph()
        let pct = g.addEntity(name: "PCT", type: .pct, kind: .form)
        let ccg = g.addEntity(name: "CCG", type: .ccg, kind: .form)
        let icb = g.addEntity(name: "ICB", type: .icb, kind: .form)
        let a12 = g.addEntity(name: "Health and Social Care Act 2012", type: .act)
        let a22 = g.addEntity(name: "Health and Care Act 2022", type: .act)
        let lone = g.addEntity(name: "Lonely", type: .organisation)
        g.addRelation(pct, .replacedBy, ccg, year: 2013)
        g.addRelation(ccg, .replacedBy, icb, year: 2022)
        g.addRelation(ccg, .establishedBy, a12)
        g.addRelation(icb, .establishedBy, a22)
        g.addRelation(a22, .amends, a12)
        return (g, [pct, ccg, icb, a12, a22, lone])
    }

    @Test func lineageFollowsOnlyLineagePredicatesBothWays() {
        let (g, e) = lineageGraph()
        var t = Traversal(capacity: g.entityCount)
        let forward = t.reachable(from: e[1], in: g, direction: .out) { $0.isLineage }
        let backward = t.reachable(from: e[1], in: g, direction: .in) { $0.isLineage }
        #expect(forward == [e[2]])
        #expect(backward == [e[0]])
    }

    @Test func depthAndLimitBoundTheSearch() {
        let (g, e) = lineageGraph()
        var t = Traversal(capacity: 1)
        let d1 = t.reachable(from: e[0], in: g, direction: .both, depth: 1)
        #expect(d1 == [e[1]])
        let d2 = t.reachable(from: e[0], in: g, direction: .both, depth: 2)
        #expect(Set(d2) == [e[1], e[2], e[3]])
        let limited = t.reachable(from: e[0], in: g, direction: .both, limit: 2)
        #expect(limited.count == 2)
    }

    @Test func shortestPathIgnoresDirectionWhenAsked() throws {
        let (g, e) = lineageGraph()
        var t = Traversal(capacity: g.entityCount)
        let found = t.shortestPath(from: e[0], to: e[4], in: g)
        let path = try #require(found)
        #expect(path.count == 3)
        #expect(g[path[0]].source == e[0])
        let none1 = t.shortestPath(from: e[4], to: e[0], in: g, direction: .out)
        #expect(none1 == nil)
        let none2 = t.shortestPath(from: e[0], to: e[5], in: g)
        #expect(none2 == nil)
        let same = t.shortestPath(from: e[3], to: e[3], in: g)
        #expect(same == [])
        let foundDirected = t.shortestPath(from: e[0], to: e[4], in: g, direction: .out)
        let directed = try #require(foundDirected)
        #expect(directed.map { g[$0].predicate } == [.replacedBy, .replacedBy, .establishedBy])
    }

    @Test func shortestPathIsShortestOnARing() throws {
        // A ring of 10 with a chord 0–5: every pair's path length must equal a plain BFS distance.
        var g = KnowledgeGraph()
        let n = (0..<10).map { g.addEntity(name: "n\($0)", type: .organisation) }
        for i in 0..<10 { g.addRelation(n[i], .partOf, n[(i + 1) % 10]) }
        g.addRelation(n[0], .partOf, n[5])
        var t = Traversal(capacity: 10)
        for a in 0..<10 {
            for b in 0..<10 {
                let found = t.shortestPath(from: n[a], to: n[b], in: g)
                let p = try #require(found)
                // Reference: level-by-level BFS distance.
                var dist = [Int](repeating: -1, count: 10); dist[a] = 0
                var q = [a]; var h = 0
                while h < q.count {
                    let u = q[h]; h += 1
                    for v in [(u + 1) % 10, (u + 9) % 10] + (u == 0 ? [5] : u == 5 ? [0] : []) where dist[v] < 0 { dist[v] = dist[u] + 1; q.append(v) }
                }
                #expect(p.count == dist[b], "\(a)→\(b)")
            }
        }
    }
}
