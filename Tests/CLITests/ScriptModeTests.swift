import Foundation
import Testing

/// Drives the shell through its script mode and `query`, as a user would from a pipe.
@Suite struct ScriptModeTests {
    let dir = CLIFixture.directory

    @Test func pipedLineageAnswersWithActsAndYears() throws {
        let r = try CLIRunner.run(["repl", "--graph", dir], input: "lineage CCG\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Primary Care Trust (pct)\n└─ replaced_by 2013 → Clinical Commissioning Group (ccg)  ◀\n   └─ replaced_by 2022 → Integrated Care Board (icb)"))
        #expect(r.stdout.contains("abolished + established by Health and Care Act 2022 (2022)"))
        #expect(!r.stdout.contains("reformgraph>"), "no prompt in script mode")
        #expect(!r.stdout.contains("\u{1B}["), "no colour in script mode")
        #expect(r.stderr.isEmpty)
    }

    @Test func defaultCommandIsTheShell() throws {
        let r = try CLIRunner.run(["--graph", dir], input: "stats\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("relations           8"))
    }

    @Test func aFailedCommandMakesTheExitStatusNonZero() throws {
        let r = try CLIRunner.run(["repl", "--graph", dir], input: "stats\nshow Nowhere\nwhy CCG ICB\n")
        #expect(r.status == 1)
        #expect(r.stdout.contains("In July 2022 CCGs were replaced by ICBs."), "later commands still run")
        #expect(r.stderr == "error: no entity is called \"Nowhere\"; try `find Nowhere` to search\n")
    }

    @Test func queryRunsOneCommand() throws {
        let r = try CLIRunner.run(["query", "--graph", dir, #"path "Simon Stevens" "King's Fund""#])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Simon Stevens —authored 2014→ Five Year Forward View ←responded_to— The King's Fund"))
        let words = try CLIRunner.run(["query", "--graph", dir, "path", "Simon Stevens", "King's Fund"])
        #expect(words.stdout == r.stdout)
    }

    @Test func queryFailsOnUnknownEntityAndBadCommand() throws {
        let r = try CLIRunner.run(["query", "--graph", dir, "lineage Nonexistent Thing"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("error: no entity is called"))
        let bad = try CLIRunner.run(["query", "--graph", dir, "lineag CCG"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("did you mean `lineage`?"))
    }

    @Test func queryJSONParses() throws {
        let r = try CLIRunner.run(["query", "--graph", dir, "--json", "lineage CCG"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["command"] as? String == "lineage")
        let steps = object?["steps"] as? [[String: Any]]
        #expect(steps?.map { $0["year"] as? Int } == [2013, 2022])
    }

    @Test func scriptExportWritesAFile() throws {
        let out = NSTemporaryDirectory() + "cli-export-\(getpid()).json"
        let r = try CLIRunner.run(["repl", "--graph", dir], input: "lineage CCG\nexport json \(out)\n")
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"Integrated Care Board\""))
        #expect(!text.contains("Simon Stevens"))
    }

    @Test func missingGraphIsOneLineError() throws {
        let r = try CLIRunner.run(["query", "--graph", "/nonexistent/graph", "stats"])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("error: "))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func timingFlagMeasuresEveryQueryType() throws {
        let r = try CLIRunner.run(["query", "--graph", dir, "--time", "--iterations", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        for c in ["find", "show", "neighbours", "lineage", "path", "paths", "why", "subgraph", "top", "timeline", "at", "types", "stats"] {
            #expect(r.stdout.contains("\n\(c) ") || r.stdout.contains("\n\(c)  "), "\(c)")
        }
    }
}
