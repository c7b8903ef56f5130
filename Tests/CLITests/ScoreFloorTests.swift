import Foundation
import Testing

/// Extraction quality as the shared scorer measures it: on the five shared gold documents
/// (the targets) and on our own held-out documents in `eval/heldout` (a tripwire for
/// rules that fit the shared set but not English). Both need `../shared/eval/score.py` and
/// python3, and skip with the reason when those are missing (CI turns the skip into a failure).
@Suite("Scores against gold annotations",
       .enabled(if: SharedScorer.available || RealGraphs.required, "needs ../shared/eval/score.py and python3"))
struct ScoreFloorTests {
    /// The scorer's summary line, parsed.
    struct Summary {
        var entityF1: Double
        var relationF1: Double
        var relationPrecision: Double
        var lineageRecall: Double
        var line: String
    }

    static var scorer: String { SharedScorer.path }

    /// Exports the graph built from a corpus as JSON and scores it against `gold` files.
    static func score(_ built: Result<String, RealGraphs.CorpusBuildError>, gold: [String]) throws -> Summary {
        let dir = try built.get()
        let json = dir + ".score.json"
        defer { try? FileManager.default.removeItem(atPath: json) }
        let e = try CLIRunner.run(["export", "--graph", dir, "--format", "json", "--out", json])
        try #require(e.status == 0, "export failed: \(e.stderr)")
        let s = try CLIRunner.run(["python3", scorer, "--pred", json] + gold, executable: "/usr/bin/env",
                                  environment: ["PYTHONHASHSEED": "0"])
        try #require(s.status == 0, "scorer failed: \(s.stderr)")
        let line = try #require(s.stdout.split(separator: "\n").last { $0.hasPrefix("score:") }.map(String.init))
        func value(_ key: String, after marker: String) -> Double {
            guard let m = line.range(of: marker), let k = line.range(of: key, range: m.upperBound..<line.endIndex) else { return -1 }
            let rest = line[k.upperBound...].prefix { $0 == "." || $0.isNumber }
            return Double(rest) ?? -1
        }
        return Summary(entityF1: value("F1=", after: "entities"), relationF1: value("F1=", after: "relations"),
                       relationPrecision: value("P=", after: "relations"), lineageRecall: value("R=", after: "lineage"),
                       line: line)
    }

    static func goldFiles(in dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            .map { dir + "/" + $0 }
    }

    @Test("On the five shared documents, entity F1 >= 0.90, relation F1 >= 0.70 and lineage recall >= 0.85 (the issue's targets)")
    func sharedSetMeetsTargets() throws {
        let gold = Self.goldFiles(in: CLIRunner.packageRoot + "/../shared/gold")
        try #require(!gold.isEmpty, "../shared/gold has no JSON files")
        let s = try Self.score(RealGraphs.corpusGraph, gold: gold)
        #expect(s.entityF1 >= 0.90, "\(s.line)")
        #expect(s.relationF1 >= 0.70, "\(s.line)")
        #expect(s.relationPrecision >= 0.85, "\(s.line)")
        #expect(s.lineageRecall >= 0.85, "\(s.line)")
    }

    @Test("On our held-out documents, scores stay above the floors recorded in eval/heldout/README.md")
    func heldOutSetStaysAboveFloors() throws {
        let root = CLIRunner.packageRoot + "/eval/heldout"
        let built = RealGraphs.build(root + "/corpus", name: "heldout")
        defer { if case .success(let dir) = built { try? FileManager.default.removeItem(atPath: dir) } }
        let s = try Self.score(built, gold: Self.goldFiles(in: root + "/gold"))
        #expect(s.entityF1 >= HeldOutFloor.entityF1, "\(s.line)")
        #expect(s.relationF1 >= HeldOutFloor.relationF1, "\(s.line)")
        #expect(s.lineageRecall >= HeldOutFloor.lineageRecall, "\(s.line)")
    }
}

/// The shared scorer, `../shared/eval/score.py`.
enum SharedScorer {
    static var path: String { CLIRunner.packageRoot + "/../shared/eval/score.py" }
    /// Whether the scorer and a python3 to run it are here.
    static let available: Bool = FileManager.default.fileExists(atPath: path)
        && ((try? CLIRunner.run(["python3", "-c", "pass"], executable: "/usr/bin/env"))?.status == 0)
}

/// The held-out floors: a little under what the extractor scored when they were set, so a
/// rule change that costs more than one or two relations there fails.
enum HeldOutFloor {
    // All held-out documents (batches 1-8, h1-h32; see the README's history). Every batch was
    // scored once before any rule was written with it in view, and batches 6 and 7 (first runs
    // 0.18 and 0.23 relation F1) are much harder than batch 1, so these floors are well below
    // the targets for unseen documents: they catch regressions, they do not claim the
    // targets. Set at 85deb06 on h1-h28 (0.836 / 0.564 / 0.441); h1-h32 scored 0.842 / 0.583 /
    // 0.451 at 9e14811; h1-h36 (batch 9 first scored 0.613 / 0.241 / 0.121) 0.853 / 0.560 / 0.459 at 4f75543.
    // Batch 10 (first run 0.746 / 0.276 / 0.000) took h1-h40 to 0.836 / 0.530 / 0.426 when it
    // joined (the relation floor was 0.52 for a while); the rules written since bring all forty to
    // 0.858 / 0.567 / 0.491 at b54a261, and the floors follow, a little below. With batch 11
    // (first run 0.784 / 0.396 / 0.069) all forty-four score 0.858 / 0.570 / 0.490 at cb511ab.
    static let entityF1 = 0.84
    static let relationF1 = 0.54
    static let lineageRecall = 0.46
}
