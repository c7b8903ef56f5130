import Testing
import ReformCore
import ReformExchange
@testable import ReformQuery
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ShellSessionTests {
    func session(json: Bool = false) -> ShellSession {
        ShellSession(engine: QueryEngine(graph: ReformFixture.graph()), format: json ? .json : .table,
                     exportFormats: ExportFormat.allCases.map(\.rawValue)) { format, path, graph, selection in
            try GraphExport.write(graph, selection: selection, format: ExportFormat(rawValue: format)!, to: path)
            return "wrote \(path)"
        }
    }

    func script(_ text: String, json: Bool = false) -> (out: String, err: String, status: Int32) {
        var out = "", err = ""
        let status = session(json: json).runScript(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                                   output: { out += $0 }, error: { err += $0 })
        return (out, err, status)
    }

    @Test func scriptRunsEveryCommandAndFailsIfAnyFailed() {
        let ok = script("lineage CCG\n# a comment\n\nwhy CCG ICB")
        #expect(ok.status == 0)
        #expect(ok.err.isEmpty)
        #expect(ok.out.contains("Integrated Care Board"))
        #expect(ok.out.contains("\n\nClinical Commissioning Group —replaced_by 2022→ Integrated Care Board"))
        let bad = script("lineage CCG\nshow Nowhere Body\nstats")
        #expect(bad.status == 1)
        #expect(bad.out.contains("entities"))
        #expect(bad.err.hasPrefix("error: no entity is called \"Nowhere Body\""))
        #expect(bad.err.filter { $0 == "\n" }.count == 1)
    }

    @Test func quitStopsTheScript() {
        let r = script("stats\nquit\nshow nothing")
        #expect(r.status == 0)
    }

    @Test func errorsAreOneLineWithAHint() {
        let s = session()
        for line in ["lineag CCG", "lineage", "path CCG", "neighbours CCG depth -1", "at 20155", "show \"CCG", "format xml",
                     "rows 0", "help nonsense", "export", "top 0", "types extra", "colour maybe"] {
            let r = s.execute(line)
            #expect(r.failed, "\(line)")
            let e = r.error ?? ""
            #expect(e.hasPrefix("error: ") && e.hasSuffix("\n") && e.dropLast().contains("\n") == false, "\(line): \(e)")
        }
        #expect(s.execute("lineag CCG").error!.contains("did you mean `lineage`?"))
    }

    @Test func helpListsCommandsAndExamples() {
        let s = session()
        let all = s.execute("help").output
        for c in QueryCommand.names { #expect(all.contains(c)) }
        let one = s.execute("help lineage").output
        #expect(one.contains("usage: lineage ENTITY"))
        #expect(one.contains("examples:"))
        #expect(s.execute("help neighbors").output.contains("usage: neighbours"))
        #expect(s.execute("help export").output.contains("graphml"))
    }

    @Test func jsonOutputIsMachineReadable() {
        let r = script("lineage CCG\nstats", json: true)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2, "one JSON object per line in scripts")
        #expect(lines[0].hasPrefix("{\"command\":\"lineage\""))
        #expect(lines[0].contains("\"year\":2022"))
        let s = session()
        _ = s.execute("format json")
        #expect(s.execute("stats").output.contains("\"entities\": 17"))
        #expect(s.execute("show nothing-at-all").error!.hasPrefix("{\"error\":"))
    }

    @Test func tablesTruncateWithACount() {
        let s = session()
        _ = s.execute("rows 2")
        let out = s.execute("timeline").output
        #expect(out.contains("… 8 more rows not shown"))
    }

    @Test func exportWritesTheLastResult() throws {
        let dir = "/tmp/reformquery-test-\(getpid())"
        mkdir(dir, 0o755)
        let s = session()
        #expect(s.execute("export json \(dir)/none.json").error!.contains("run a query first"))
        _ = s.execute("lineage CCG")
        let r = s.execute("export json \(dir)/lineage.json")
        #expect(!r.failed, "\(r.error ?? "")")
        let text = String(decoding: try AtomicFile.read("\(dir)/lineage.json"), as: UTF8.self)
        #expect(text.contains("\"Integrated Care Board\""))
        #expect(!text.contains("Simon Stevens"))
        #expect(!s.execute("export \(dir)/lineage.dot").failed)
        #expect(s.execute("export pdf \(dir)/x.pdf").error!.contains("one of"))
    }

    @Test func controlCharactersInNamesAreNeutralised() {
        let out = script("find Evil\nshow #16\nneighbours NHS England").out
        #expect(!out.contains("\u{1B}"))
        #expect(!out.contains("\u{202E}"))
        #expect(out.contains("Evil\\u{1B}[31mRed\\u{202E}Name"))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = session()
        #expect(!plain.execute("lineage CCG").output.contains("\u{1B}["))
        let colour = session()
        colour.colour = true
        #expect(colour.execute("lineage CCG").output.contains("\u{1B}["))
    }

    @Test func noInputCrashesTheShell() {
        // Odd inputs of every kind: each either answers or fails with one line.
        let s = session()
        var inputs = ["", " ", "\"", "'", "“", "\\", "#", "path", "path \"\" \"\"", "show #-1", "show #", "neighbours \"\" depth 1",
                      "at -5", "at 99999999999999999999", "top 999999999", "timeline limit -4", "find \u{0}", "show \u{202E}",
                      "paths CCG CCG", "why CCG CCG", "lineage #0 #1", "subgraph CCG depth 6", "find type:", "find type:act",
                      String(repeating: "x", count: 10_000), String(repeating: "\"a\" ", count: 500), "neighbours CCG in out both",
                      "export json", "export json /nonexistent-dir/x.json", "rows all", "format table", "help help"]
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab \"'“”‘’\\#:-0123456789CGIpathshowlineage\t\u{1B}é")
        for _ in 0..<300 {
            let n = Int.random(in: 0..<30, using: &rng)
            inputs.append(String((0..<n).map { _ in alphabet.randomElement(using: &rng)! }))
        }
        for c in QueryCommand.names { inputs.append(c); inputs.append(c + " CCG ICB 2015 depth 2 out") }
        for line in inputs {
            let r = s.execute(line)
            if r.failed { #expect(r.error.map { $0.hasSuffix("\n") && !$0.dropLast().contains("\n") } == true, "\(line)") }
        }
    }
}
