import Testing
import ReformCore
@testable import ReformQuery

/// Queries on the hand-checked gold graph (`../shared/gold/*.json` merged): the answers a
/// graph built from the corpus should give. Skipped when `../shared` is missing, unless
/// REFORMGRAPH_REQUIRE_ALL=1.
@Suite(.enabled(if: SharedData.goldAvailable || SharedData.required, "needs ../shared/gold (the gold files beside the package)"))
struct GoldGraphTests {
    let engine: QueryEngine

    init() throws {
        engine = QueryEngine(graph: try #require(try SharedData.goldGraph(), "no gold files in \(SharedData.sharedDirectory)/gold"))
    }

    func render(_ line: String) throws -> String { ResultFormatter().render(try engine.run(line)) }

    @Test func lineageOfSTPFollowsRenameAndEvolution() throws {
        let text = try render("lineage STP")
        #expect(text.contains("Sustainability and Transformation Plan (stp)  ◀"))
        #expect(text.contains("renamed_to 2017"))
        #expect(text.contains("evolved_into → Integrated Care System (ics)"))
        #expect(text.contains("established by Next Steps on the NHS Five Year Forward View (2017)"))
    }

    @Test func lineageOfCCGShowsItsActs() throws {
        let r = try engine.run("lineage Clinical Commissioning Group")
        let text = ResultFormatter().render(r)
        #expect(text.contains("Health and Social Care Act 2012 (2012)"))
        #expect(r.selection.isLineage)
    }

    @Test func simonStevensReachesTheKingsFund() throws {
        let r = try engine.run(#"path "Simon Stevens" "King's Fund""#)
        guard case .int(let n)? = r.json["length"] else { Issue.record("no path"); return }
        #expect(n >= 1 && n <= 6)
        let all = try engine.run(#"paths "Simon Stevens" "King's Fund""#)
        #expect(all.json["paths"] != nil)
    }

    @Test func whyQuotesTheDocument() throws {
        let text = try render("why \"Sustainability and Transformation Plan\" \"Sustainability and Transformation Partnership\"")
        #expect(text.contains("[004_23bb1897b8e0ec8a.txt] Sustainability and Transformation Plans became Sustainability and Transformation Partnerships"))
    }

    @Test func namesResolveByAliasAndCase() throws {
        #expect(try render("find kings fund").contains("The King's Fund"))
        #expect(try render("show ccgs").hasPrefix("Clinical Commissioning Group\n"))
        #expect(try render("at 2015").contains("Clinical Commissioning Group"))
    }

    @Test func everyQueryTypeAnswers() {
        for t in QueryBenchmark.measure(engine, commands: QueryBenchmark.standardCommands(for: engine), iterations: 2) {
            #expect(t.error == nil, "\(t.command): \(t.error ?? "")")
        }
    }
}
