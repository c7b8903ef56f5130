import Foundation
import Testing

/// Where the real graphs are: the bundled `graph/` and one built from `../shared/corpus`.
enum RealGraphs {
    static var required: Bool { ProcessInfo.processInfo.environment["REFORMGRAPH_REQUIRE_ALL"] == "1" }
    static var bundledSnapshot: String { CLIRunner.packageRoot + "/graph/reformgraph.snapshot" }
    static var bundledAvailable: Bool { FileManager.default.fileExists(atPath: bundledSnapshot) }
    static var sharedCorpus: String { CLIRunner.packageRoot + "/../shared/corpus" }
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: sharedCorpus) }
    /// Whether this build's `reformgraph build` takes `--graph` (it is written concurrently).
    static let buildAvailable: Bool = {
        (try? CLIRunner.run(["build", "--help"]))?.stdout.contains("--graph") ?? false
    }()

    /// A graph directory built from `../shared/corpus` with the built binary, once per run.
    static let corpusGraph: Result<String, CorpusBuildError> = {
        let dir = NSTemporaryDirectory() + "reformgraph-corpus-\(getpid())"
        do {
            let r = try CLIRunner.run(["build", sharedCorpus, "--graph", dir])
            guard r.status == 0 else { return .failure(CorpusBuildError(message: "build exited \(r.status): \(r.stderr)")) }
            return .success(dir)
        } catch {
            return .failure(CorpusBuildError(message: "\(error)"))
        }
    }()

    struct CorpusBuildError: Error { var message: String }
}

/// Checks that hold on any graph extracted from the project's documents: the lineage of
/// clinical commissioning groups shows a predecessor and its successor with the acts and
/// years, and every command answers in script mode.
protocol RealGraphChecks {}

extension RealGraphChecks {
    func checkLineageOfCCG(_ args: [String], directory: String?) throws {
        let r = try CLIRunner.run(args, input: "lineage Clinical Commissioning Group\n", directory: directory)
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        // The successor (stated, or established by the act that abolished CCGs), with the
        // 2022 Act and its year.
        #expect(out.contains("Integrated Care Board"), "\(out)")
        #expect(out.contains("Health and Care Act 2022"), "\(out)")
        #expect(out.contains("2022"))
        // A predecessor (primary care trusts, or the GP consortia renamed CCGs), and the 2012 Act.
        #expect(out.contains("→ Clinical Commissioning Group (ccg)  ◀"), "no predecessor: \(out)")
        #expect(out.contains("Health and Social Care Act 2012"), "\(out)")
    }

    func checkEveryCommand(_ args: [String], directory: String?) throws {
        let script = """
        find commissioning
        show CCG
        neighbours CCG out
        lineage CCG
        path "Simon Stevens" "King's Fund"
        paths "Simon Stevens" "NHS England"
        why CCG "Health and Social Care Act 2012"
        subgraph ICB
        top 5
        top person 3
        timeline CCG
        at 2015
        types
        stats
        help lineage
        """
        let r = try CLIRunner.run(args, input: script + "\n", directory: directory)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Clinical Commissioning Group"))
        #expect(!r.stdout.contains("\u{1B}["))
    }
}

@Suite(.enabled(if: RealGraphs.bundledAvailable || RealGraphs.required, "needs the bundled graph/reformgraph.snapshot (reformgraph build)"))
struct BundledGraphTests: RealGraphChecks {
    @Test func lineageOfCCGWithActsAndYears() throws {
        try checkLineageOfCCG([], directory: CLIRunner.packageRoot)
    }

    @Test func everyCommandAnswers() throws {
        try checkEveryCommand(["repl"], directory: CLIRunner.packageRoot)
    }

    @Test func queryPathBetweenPeopleAndThinkTanks() throws {
        let r = try CLIRunner.run(["query", #"path "Simon Stevens" "King's Fund""#], directory: CLIRunner.packageRoot)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Simon Stevens"))
        #expect(r.stdout.contains("King's Fund"))
    }
}

@Suite(.enabled(if: RealGraphs.sharedAvailable || RealGraphs.required, "needs ../shared/corpus beside the package"),
       .enabled(if: RealGraphs.buildAvailable || RealGraphs.required, "needs `reformgraph build PATH --graph DIR`, not in this build yet"))
struct SharedCorpusGraphTests: RealGraphChecks {
    func graph() throws -> String {
        switch RealGraphs.corpusGraph {
        case .success(let dir): return dir
        case .failure(let e): throw e
        }
    }

    @Test func lineageOfCCGWithActsAndYears() throws {
        try checkLineageOfCCG(["repl", "--graph", try graph()], directory: nil)
    }

    @Test func everyCommandAnswers() throws {
        try checkEveryCommand(["repl", "--graph", try graph()], directory: nil)
    }
}
