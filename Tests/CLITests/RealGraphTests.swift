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

    /// A graph directory built from `corpus` with the built binary.
    static func build(_ corpus: String, name: String) -> Result<String, CorpusBuildError> {
        let dir = NSTemporaryDirectory() + "reformgraph-\(name)-\(getpid())"
        do {
            let r = try CLIRunner.run(["build", corpus, "--graph", dir, "--quiet"])
            guard r.status == 0 else { return .failure(CorpusBuildError(message: "build exited \(r.status): \(r.stderr)")) }
            return .success(dir)
        } catch {
            return .failure(CorpusBuildError(message: "\(error)"))
        }
    }

    /// A graph built from `../shared/corpus`, once per run.
    static let corpusGraph = build(sharedCorpus, name: "shared-corpus")

    /// The bundled graph: `graph/` when its snapshot is there, else one built from the
    /// bundled corpus (as `reformgraph` itself does when the snapshot is missing).
    static let bundledGraph: Result<String, CorpusBuildError> =
        bundledAvailable ? .success(CLIRunner.packageRoot + "/graph") : build(CLIRunner.packageRoot + "/graph/corpus", name: "bundled")

    struct CorpusBuildError: Error { var message: String }
}

/// Checks that hold on any graph extracted from the project's documents: the lineage of
/// clinical commissioning groups shows a predecessor and its successor with the acts and
/// years, and every command answers in script mode.
protocol RealGraphChecks {}

extension RealGraphChecks {
    /// On the bundled corpus, which states them: the predecessor, the successor, both
    /// acts and their years.
    func checkLineageOfCCG(_ args: [String], directory: String?) throws {
        let r = try CLIRunner.run(args, input: "lineage Clinical Commissioning Group\n", directory: directory)
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        // A predecessor (the GP consortia renamed CCGs, or primary care trusts) and the 2012 Act.
        #expect(out.contains("→ Clinical Commissioning Group (ccg)  ◀"), "no predecessor: \(out)")
        #expect(out.contains("Health and Social Care Act 2012 (2012)"), "\(out)")
        // The successor (stated, or established by the act that abolished CCGs), the 2022 Act.
        #expect(out.contains("Integrated Care Board"), "\(out)")
        #expect(out.contains("Health and Care Act 2022 (2022)"), "\(out)")
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

@Suite(.enabled(if: RealGraphs.bundledAvailable || RealGraphs.buildAvailable || RealGraphs.required,
                "needs graph/reformgraph.snapshot, or `reformgraph build` to make it"))
struct BundledGraphTests: RealGraphChecks {
    func graph() throws -> String { try RealGraphs.bundledGraph.get() }

    @Test func lineageOfCCGWithActsAndYears() throws {
        try checkLineageOfCCG(["repl", "--graph", try graph()], directory: nil)
    }

    @Test func everyCommandAnswers() throws {
        try checkEveryCommand(["repl", "--graph", try graph()], directory: nil)
    }

    @Test func queryPathBetweenPeopleAndBodies() throws {
        let r = try CLIRunner.run(["query", "--graph", try graph(), #"path "Simon Stevens" "NHS England""#])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Simon Stevens —"), "\(r.stdout)")
    }

    /// `reformgraph` with no arguments in a directory holding a copy of the bundled graph's
    /// lexicon and corpus (not the source tree, which the test must not write to): it builds
    /// the missing snapshot, then answers the script.
    @Test func noArgumentsOpensTheBundledGraph() throws {
        let fm = FileManager.default
        let work = NSTemporaryDirectory() + "reformgraph-noargs-\(getpid())"
        try? fm.removeItem(atPath: work)
        try fm.createDirectory(atPath: work + "/graph", withIntermediateDirectories: true)
        let source = CLIRunner.packageRoot + "/graph"
        try fm.copyItem(atPath: source + "/lexicon.txt", toPath: work + "/graph/lexicon.txt")
        try fm.copyItem(atPath: source + "/corpus", toPath: work + "/graph/corpus")
        let r = try CLIRunner.run([], input: "lineage CCG\n", directory: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Clinical Commissioning Group"))
        #expect(fm.fileExists(atPath: work + "/graph/reformgraph.snapshot"))
    }
}

@Suite(.enabled(if: RealGraphs.sharedAvailable || RealGraphs.required, "needs ../shared/corpus beside the package"),
       .enabled(if: RealGraphs.buildAvailable || RealGraphs.required, "needs `reformgraph build PATH --graph DIR`, not in this build yet"))
struct SharedCorpusGraphTests: RealGraphChecks {
    func graph() throws -> String { try RealGraphs.corpusGraph.get() }

    @Test func lineageAnswersWhatTheCorpusStates() throws {
        let dir = try graph()
        // ../shared/corpus states the STP → partnership → ICS sequence (gold file 004).
        let stp = try CLIRunner.run(["query", "--graph", dir, "lineage Sustainability and Transformation Plan"])
        #expect(stp.status == 0, "\(stp.stderr)")
        #expect(stp.stdout.contains("Sustainability and Transformation Partnership"), "\(stp.stdout)")
        #expect(stp.stdout.contains("Integrated Care System"), "\(stp.stdout)")
        // It states no predecessor or successor of CCGs, only the act that created them.
        let ccg = try CLIRunner.run(["query", "--graph", dir, "lineage Clinical Commissioning Group"])
        #expect(ccg.status == 0, "\(ccg.stderr)")
        #expect(ccg.stdout.contains("Clinical Commissioning Group"))
        withKnownIssue("the extractor does not yet read 'The 2012 Health and Social Care Act … led to the formation of … CCGs' as established_by", isIntermittent: true) {
            #expect(ccg.stdout.contains("Health and Social Care Act 2012"), "\(ccg.stdout)")
        }
    }

    @Test func everyCommandAnswers() throws {
        try checkEveryCommand(["repl", "--graph", try graph()], directory: nil)
    }
}
