import Testing
import ReformCore
@testable import ReformQuery

/// Issue 6, bounded work: on a large graph every query command stops at its limits and says
/// so, in the rendered text a person reads (no timing assertions; the limits are the bound).
@Suite struct BoundedQueryTests {
    static let spokes = 30_000
    static let chain = 25_000

    /// A hub with 30,000 dated spokes; a replaced_by chain of 25,000 forms; two bodies joined
    /// through 60 middlemen (60 shortest paths); 1,000 bodies set up by one act in 1999; and
    /// one relation stated in 800 sentences.
    static let engine: QueryEngine = {
        var g = KnowledgeGraph()
        let doc = g.addDocument("big.txt")
        func ev(_ s: String) -> [Evidence] { [Evidence(document: doc, sentence: s, start: 0, end: s.utf8.count)] }
        let hub = g.addEntity(name: "Hub Authority", type: .nationalBody)
        for i in 0..<spokes {
            g.addRelation(g.appendEntity(name: "Spoke Trust \(i)", type: .trust), .partOf, hub, year: 1990 + i % 30)
        }
        var previous = g.addEntity(name: "Chain Form 0", type: .ccg, kind: .form)
        for i in 1..<chain {
            let next = g.appendEntity(name: "Chain Form \(i)", type: .ccg, kind: .form)
            g.addRelation(previous, .replacedBy, next, year: 1900 + i % 120)
            previous = next
        }
        let left = g.addEntity(name: "Left Body", type: .organisation)
        let right = g.addEntity(name: "Right Body", type: .organisation)
        for i in 0..<60 {
            let m = g.appendEntity(name: "Middle Person \(i)", type: .person)
            g.addRelation(m, .memberOf, left)
            g.addRelation(m, .memberOf, right)
        }
        let act = g.addEntity(name: "Big Reform Act 1999", type: .act)
        for i in 0..<1000 { g.addRelation(g.appendEntity(name: "New Body \(i)", type: .trust), .establishedBy, act, year: 1999) }
        let talker = g.addEntity(name: "Talkative Think Tank", type: .thinkTank)
        for i in 0..<800 { g.addRelation(talker, .criticised, hub, evidence: ev("Sentence \(i) says the think tank criticised the hub.")) }
        return QueryEngine(graph: g)
    }()

    var limits: QueryLimits { Self.engine.limits }

    func render(_ command: String) throws -> String {
        ResultFormatter(maxRows: nil).render(try Self.engine.run(command))
    }

    @Test func findSaysThereAreMoreMatches() throws {
        let text = try render("find Spoke Trust limit 100000")
        #expect(text.contains("more matches than the \(limits.maxRows) shown"), "\(text.suffix(300))")
    }

    @Test func showListsAtMostTheRowLimitOfRelations() throws {
        let r = try Self.engine.run("show Hub Authority")
        #expect(r.tables.last!.rows.count <= limits.maxRows)
        #expect(ResultFormatter(maxRows: nil).render(r).contains("more relations not listed"))
    }

    @Test func neighboursStopAtTheRowAndVisitLimits() throws {
        let one = try render("neighbours Hub Authority")
        #expect(one.contains("more neighbours not listed (limit \(limits.maxRows))"))
        let deep = try render("neighbours \"Chain Form 0\" depth \(limits.maxDepth)")
        #expect(!deep.isEmpty)
        let wide = try render("neighbours Hub Authority depth 3")
        #expect(wide.contains("stopped after visiting \(limits.maxVisited) entities"), "\(wide.suffix(300))")
    }

    @Test func depthsBeyondTheLimitAreRefusedWithTheLimit() {
        for command in ["neighbours Hub Authority depth 1000", "subgraph Hub Authority depth 50"] {
            #expect { try Self.engine.run(command) } throws: { "\($0)".contains("at most \(limits.maxDepth)") }
        }
    }

    @Test func subgraphStopsAtTheVisitLimit() throws {
        let text = try render("subgraph Hub Authority depth 3")
        #expect(text.contains("stopped after visiting \(limits.maxVisited) entities"), "\(text.suffix(300))")
        #expect(try Self.engine.run("subgraph Hub Authority depth 3").selection.entities.count <= limits.maxVisited + 1)
    }

    @Test func lineageOfAVeryLongChainIsCutAndSaysSo() throws {
        let r = try Self.engine.run("lineage \"Chain Form 0\"")
        let text = ResultFormatter(maxRows: nil).render(r)
        #expect(text.contains("stopped after \(limits.maxVisited) entities"))
        #expect(text.contains("the tree is cut at \(limits.maxRows) lines"), "\(text.suffix(400))")
        #expect(r.tables.allSatisfy { $0.rows.count <= limits.maxRows })
        #expect(text.contains("more steps not listed (limit \(limits.maxRows))"))
    }

    @Test func pathsListAtMostTheLimitAndSaySo() throws {
        let all = try render("paths \"Left Body\" \"Right Body\"")
        #expect(all.contains("more than \(limits.maxPaths) shortest paths; only the first \(limits.maxPaths) are listed"))
        let one = try render("path \"Left Body\" \"Right Body\"")
        #expect(one.contains("other paths are as short"))
        let far = try render("path \"Chain Form 0\" \"Chain Form 24999\"")
        #expect(far.contains("within \(limits.maxPathLength) steps"), "\(far)")
    }

    @Test func whyListsAtMostTheRowLimitOfSentences() throws {
        let text = try render("why \"Talkative Think Tank\" \"Hub Authority\"")
        #expect(text.contains("\(800 - limits.maxRows) more sentences"), "\(text.suffix(300))")
    }

    @Test func timelineAtAndTopSayHowManyWereLeftOut() throws {
        let timeline = try render("timeline")
        #expect(timeline.contains("later events not listed"))
        let at = try render("at 2000")
        #expect(at.contains("more not listed"), "\(at.suffix(300))")
        let top = try render("top 100000")
        #expect(top.contains("(\(limits.maxRows) of "), "\(top.prefix(200))")
    }

    @Test func typesAndStatsAnswerWithAFixedNumberOfRows() throws {
        #expect(try Self.engine.run("types").tables.allSatisfy { $0.rows.count <= EntityType.allCases.count + 64 })
        #expect(try Self.engine.run("stats").json["entities"] == .int(Self.engine.graph.entityCount))
    }
}
