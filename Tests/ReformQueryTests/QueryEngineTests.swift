import Dispatch
import Testing
import ReformCore
@testable import ReformQuery

@Suite struct QueryEngineTests {
    let graph = ReformFixture.graph()
    var engine: QueryEngine { QueryEngine(graph: graph) }
    func id(_ name: String) -> EntityID { graph.lookup(name)[0] }
    func names(_ sel: GraphSelection) -> Set<String> { Set(sel.entities.map { graph[$0].name }) }
    func column(_ t: Table, _ key: String) -> [String] {
        let i = t.columnKeys.firstIndex(of: key)!
        return t.rows.map { $0[i].text }
    }

    @Test func lineageShowsPredecessorSuccessorActsAndYears() throws {
        let r = try engine.run("lineage Clinical Commissioning Group")
        let steps = r.tables.first { $0.key == "steps" }!
        #expect(column(steps, "from") == ["Primary Care Trust", "Clinical Commissioning Group"])
        #expect(column(steps, "to") == ["Clinical Commissioning Group", "Integrated Care Board"])
        #expect(column(steps, "year") == ["2013", "2022"])
        let acts = column(steps, "acts")
        #expect(acts[0].contains("Health and Social Care Act 2012 (2012)"))
        #expect(acts[1].contains("Health and Care Act 2022 (2022)"))
        let text = ResultFormatter().render(r)
        #expect(text.contains("Primary Care Trust (pct)\n└─ replaced_by 2013 → Clinical Commissioning Group (ccg)  ◀\n   └─ replaced_by 2022 → Integrated Care Board (icb)"))
        #expect(r.selection.isLineage)
        #expect(names(r.selection) == ["Primary Care Trust", "Clinical Commissioning Group", "Integrated Care Board",
                                       "Health and Social Care Act 2012", "Health and Care Act 2022"])
    }

    @Test func lineageSelectionForExport() throws {
        let sel = try engine.selection(forCommand: "lineage CCG")
        #expect(sel.isLineage)
        #expect(sel.relations.map { graph[$0].predicate }.filter(\.isLineage).count == 2)
        #expect(sel == sel.closed(in: graph))
    }

    @Test func lineageWithoutRelationsSaysSo() throws {
        let r = try engine.run("lineage NHS England")
        #expect(ResultFormatter().render(r).contains("has no recorded predecessors or successors"))
    }

    @Test func lineageFollowsRenamesAndEvolution() throws {
        let r = try engine.run("lineage ICS")
        #expect(names(r.selection).isSuperset(of: ["Sustainability and Transformation Plan", "Sustainability and Transformation Partnership", "Integrated Care System"]))
    }

    @Test func pathGivesPredicateAndDirectionOfEachStep() throws {
        let r = try engine.run(#"path "Simon Stevens" "King's Fund""#)
        let text = ResultFormatter().render(r)
        #expect(text.contains("Simon Stevens —authored→ Five Year Forward View ←responded_to— The King's Fund"))
        #expect(r.json["length"] == .int(2))
    }

    @Test func pathWithoutQuotesSplitsWhereNamesAreKnown() throws {
        let r = try engine.run("path Simon Stevens King's Fund")
        #expect(r.json["length"] == .int(2))
        #expect(throws: QueryError.self) { try engine.run("path Integrated Care Board Integrated Care") }
    }

    @Test func pathsListsAllShortest() throws {
        var g = graph
        let a = g.lookup("Simon Stevens")[0], kf = g.lookup("King's Fund")[0]
        let mid = g.addEntity(name: "Some Panel", type: .committee)
        g.addRelation(a, .memberOf, mid)
        g.addRelation(kf, .advises, mid)
        let r = try QueryEngine(graph: g).run(#"paths "Simon Stevens" "King's Fund""#)
        #expect(r.json["paths"].map { if case .array(let a) = $0 { return a.count } else { return 0 } } == 2)
    }

    @Test func pathFilteredByPredicateAndUnreachable() throws {
        let r = try engine.run("path CCG ICB replaced_by")
        #expect(r.json["length"] == .int(1))
        let none = try engine.run("path CCG ICB leads")
        #expect(ResultFormatter().render(none).contains("no path between"))
    }

    @Test func pathFallsBackToCoOccurrenceWithANote() throws {
        var g = KnowledgeGraph()
        let a = g.addEntity(name: "Alpha Person", type: .person), b = g.addEntity(name: "Beta Person", type: .person)
        g.addRelation(a, .coOccurs, b)
        let r = try QueryEngine(graph: g).run("path Alpha Beta")
        #expect(r.notes.contains { $0.contains("co_occurs") })
    }

    @Test func whyGivesEvidenceSentences() throws {
        let r = try engine.run("why CCG ICB")
        let text = ResultFormatter().render(r)
        #expect(text.contains("[history.txt] In July 2022 CCGs were abolished and replaced by ICBs."))
        let reverse = ResultFormatter().render(try engine.run("why ICB CCG"))
        #expect(reverse.contains("In July 2022 CCGs were abolished"))
    }

    @Test func neighboursFiltersByDirectionPredicateAndDepth() throws {
        let out = try engine.run("neighbours CCG out replaced_by")
        #expect(names(out.selection) == ["Clinical Commissioning Group", "Integrated Care Board"])
        let deep = try engine.run("neighbours PCT out replaced_by depth 2")
        #expect(names(deep.selection) == ["Primary Care Trust", "Clinical Commissioning Group", "Integrated Care Board"])
        let inc = try engine.run("neighbours CCG in")
        #expect(names(inc.selection) == ["Clinical Commissioning Group", "Primary Care Trust", "Vale Royal CCG"])
        #expect(throws: QueryError.self) { try engine.run("neighbours CCG depth 99") }
        #expect(throws: QueryError.self) { try engine.run("neighbours CCG depth x") }
    }

    @Test func atYearListsBodiesThatExisted() throws {
        func existing(_ y: Int) throws -> [String] { column(try engine.run("at \(y)").tables[0], "entity") }
        #expect(try existing(2015).contains("Clinical Commissioning Group"))
        #expect(try !existing(2015).contains("Integrated Care Board"))
        #expect(try existing(2023).contains("Integrated Care Board"))
        #expect(try !existing(2023).contains("Clinical Commissioning Group"))
        #expect(try existing(2010).contains("Primary Care Trust"))
        #expect(throws: QueryError.self) { try engine.run("at soon") }
    }

    @Test func timelineIsInYearOrder() throws {
        let t = try engine.run("timeline").tables[0]
        let years = column(t, "year").compactMap { Int($0) }
        #expect(years == years.sorted())
        #expect(years.count == 10)
        let ccg = column(try engine.run("timeline CCG").tables[0], "year")
        #expect(ccg == ["2012", "2013", "2022", "2022"])
        #expect(try engine.run("timeline limit 3").tables[0].omitted == 7)
    }

    @Test func topCountsRelations() throws {
        let t = try engine.run("top 3").tables[0]
        #expect(column(t, "entity").first == "Clinical Commissioning Group")
        #expect(column(try engine.run("top people").tables[0], "entity") == ["Simon Stevens", "Chris Ham"])
        #expect(throws: QueryError.self) { try engine.run("top widgets") }
    }

    @Test func showListsFactsAndRelations() throws {
        let r = try engine.run("show CCG")
        let rels = r.tables.first { $0.key == "relations" }!
        #expect(rels.rows.count == 5)
        #expect(ResultFormatter().render(r).contains("aliases    CCG; CCGs; clinical commissioning groups"))
    }

    @Test func subgraphSelectsInducedRelations() throws {
        let r = try engine.run("subgraph ICS")
        #expect(names(r.selection) == ["Integrated Care System", "Sustainability and Transformation Partnership", "Integrated Care Board", "Vanguard programme"])
        #expect(r.selection.relations.count == 3)
    }

    @Test func findRanksAndFiltersByType() throws {
        let r = try engine.run("find care type:act")
        #expect(Set(column(r.tables[0], "name")) == ["Health and Social Care Act 2012", "Health and Care Act 2022"])
        #expect(throws: QueryError.self) { try engine.run("find care type:gadget") }
        #expect(ResultFormatter().render(try engine.run("find qqqqqq")).contains("no names match"))
    }

    @Test func typesAndStats() throws {
        let s = try engine.run("stats")
        #expect(s.json["entities"] == .int(graph.entityCount))
        #expect(s.json["relations"] == .int(graph.relationCount))
        let t = try engine.run("types")
        #expect(column(t.tables[0], "type").contains("ccg"))
        #expect(column(t.tables[1], "predicate").contains("replaced_by"))
    }

    @Test func everyCommandIsBoundedOnAStar() throws {
        // A hub with 3,000 spokes: results stop at the row limit and say how many were left out.
        var g = KnowledgeGraph()
        let hub = g.addEntity(name: "Hub Body", type: .nationalBody)
        for i in 0..<3000 { g.addRelation(g.appendEntity(name: "Spoke \(i)", type: .trust), .partOf, hub, year: 2000 + i % 20) }
        let e = QueryEngine(graph: g)
        let n = try e.run("neighbours Hub Body")
        #expect(n.tables[0].rows.count == e.limits.maxRows)
        #expect(n.tables[0].omitted == 3000 - e.limits.maxRows)
        #expect(try e.run("timeline").tables[0].omitted == 3000 - e.limits.maxRows)
        #expect(try e.run("paths #1 #2").json["paths"] != nil)
    }
}

@Suite struct QueryEdgeCaseTests {
    let engine = QueryEngine(graph: ReformFixture.graph())

    @Test func pathToItselfSaysSo() throws {
        #expect(ResultFormatter().render(try engine.run("path CCG CCG")).contains("same entity at both ends"))
    }

    @Test func findByTypeAlone() throws {
        let r = try engine.run("find type:person")
        #expect(Set(r.tables[0].rows.map { $0[0].text }) == ["Simon Stevens", "Chris Ham"])
    }

    @Test func timelineRangeCoversEveryEvent() throws {
        #expect(ResultFormatter().render(try engine.run("timeline limit 2")).hasPrefix("10 dated relations, 2012–2022"))
    }

    @Test func emptyGraphAnswersEverything() throws {
        let e = QueryEngine(graph: KnowledgeGraph())
        for c in ["top", "timeline", "at 2015", "types", "stats", "find x"] { _ = try e.run(c) }
        #expect(throws: QueryError.self) { try e.run("show CCG") }
    }
}

@Suite struct SameActsTests {
    @Test func successorEstablishedByTheAbolishingActShows() throws {
        var g = KnowledgeGraph()
        let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG"])
        let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form)
        let trust = g.addEntity(name: "Some Trust", type: .trust) // an instance: not listed beside forms
        let act = g.addEntity(name: "Health and Care Act 2022", type: .act)
        g.addRelation(ccg, .abolishedBy, act, year: 2022)
        g.addRelation(icb, .establishedBy, act, year: 2022)
        g.addRelation(trust, .establishedBy, act, year: 2022)
        let r = try QueryEngine(graph: g).run("lineage CCG")
        let t = try #require(r.tables.first { $0.key == "same_acts" })
        #expect(t.rows.count == 1)
        #expect(t.rows[0].map(\.text) == ["Health and Care Act 2022", "2022", "Clinical Commissioning Group", "Integrated Care Board"])
        #expect(r.selection.entities.contains(icb))
        #expect(!r.selection.entities.contains(trust))
    }
}

@Suite struct IndirectWhyTests {
    @Test func whyFollowsAShortestPathWhenNotDirectlyRelated() throws {
        let engine = QueryEngine(graph: ReformFixture.graph())
        let text = ResultFormatter().render(try engine.run(#"why "Simon Stevens" "King's Fund""#))
        #expect(text.hasPrefix("Simon Stevens and The King's Fund are not directly related; the evidence along a shortest path (2 steps):"))
        #expect(text.contains("[people.txt] Simon Stevens wrote the Five Year Forward View."))
        #expect(text.contains("[people.txt] The King's Fund responded to the Five Year Forward View."))
    }
}

@Suite struct PredicateArgumentTests {
    let engine = QueryEngine(graph: ReformFixture.graph())

    @Test func misspeltPredicatesAreNamedInTheError() {
        #expect(throws: QueryError.badArgument(command: "neighbours", argument: "replacedby", expected: "a predicate such as `replaced_by`")) {
            try engine.run("neighbours CCG out replacedby")
        }
    }

    @Test func hyphensReadAsUnderscoresAndAbsentPredicatesAreNoted() throws {
        let r = try engine.run("neighbours CCG out replaced-by")
        #expect(r.selection.entities.count == 2)
        let none = try engine.run("path CCG ICB establishd_by")
        #expect(none.notes.contains { $0.contains("did you mean `established_by`?") })
    }
}


@Suite struct ConcurrencyTests {
    @Test func oneEngineAnswersFromManyThreads() throws {
        let engine = QueryEngine(graph: ReformFixture.graph())
        let commands = ["lineage CCG", "path \"Simon Stevens\" \"King's Fund\"", "neighbours CCG depth 2", "at 2015", "find care", "timeline"]
        let expected = try commands.map { ResultFormatter().render(try engine.run($0)) }
        let mismatches = MismatchCounter()
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            let k = i % commands.count
            let text = (try? engine.run(commands[k])).map { ResultFormatter().render($0) }
            if text != expected[k] { mismatches.add() }
        }
        #expect(mismatches.count == 0)
    }
}

final class MismatchCounter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var n = 0
    func add() { lock.wait(); n += 1; lock.signal() }
    var count: Int { lock.wait(); defer { lock.signal() }; return n }
}

@Suite struct InstanceLineageTests {
    @Test func instanceStepsAreLiftedToTheirForms() throws {
        var g = KnowledgeGraph()
        let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG"])
        let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB"])
        let cheshire = g.addEntity(name: "NHS Cheshire CCG", type: .ccg)
        let merseyside = g.addEntity(name: "NHS Cheshire and Merseyside ICB", type: .icb)
        let vale = g.addEntity(name: "Vale Royal CCG", type: .ccg)
        g.addRelation(cheshire, .instanceOf, ccg)
        g.addRelation(vale, .instanceOf, ccg)
        g.addRelation(merseyside, .instanceOf, icb)
        g.addRelation(cheshire, .replacedBy, merseyside, year: 2022)
        g.addRelation(vale, .mergedInto, cheshire) // within one form: not a step between forms
        let r = try QueryEngine(graph: g).run("lineage CCG")
        let t = try #require(r.tables.first { $0.key == "instance_steps" })
        #expect(t.rows.map { $0.map(\.text) } == [["Clinical Commissioning Group", "Integrated Care Board", "NHS Cheshire CCG",
                                                  "replaced_by", "NHS Cheshire and Merseyside ICB", "2022"]])
    }
}
