import Foundation
import Testing
import ReformCore
import ReformExchange

/// `build`, `stats` and `export --format json` through the built binary.
@Suite("build, stats and export commands")
struct BuildCommandTests {
    func tempDir(_ tag: String) -> String {
        NSTemporaryDirectory() + "reformgraph-\(tag)-\(UUID().uuidString)"
    }

    func writeDocs(_ docs: [String: String]) throws -> String {
        let dir = tempDir("docs")
        for (name, text) in docs {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func buildWritesASnapshotAndASummary() throws {
        let docs = try writeDocs([
            "a.txt": "Clinical commissioning groups (CCGs) were replaced by integrated care boards (ICBs) in July 2022.\n",
            "sub/b.md": "# Reform\n\nThe Health and Care Act 2022 abolished CCGs.\n",
        ])
        let g = tempDir("graph")
        let out = try CLIRunner.run(["build", docs, "--graph", g])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Read 2 documents"))
        #expect(out.stdout.contains("entity type"))
        let graph = try Snapshot.load(from: g)
        #expect(graph.documents == ["a.txt", "sub/b.md"])
        let ccg = try #require(graph.lookup("CCG").first)
        #expect(graph.outgoing(ccg).contains { graph[$0].predicate == .replacedBy })
    }

    @Test func statsListsTypesAndPredicates() throws {
        let out = try CLIRunner.run(["stats", "--graph", CLIFixture.directory])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("8 entities, 8 relations, 1 documents"))
        #expect(out.stdout.contains("replaced_by"))
        #expect(out.stdout.contains("think_tank"))
    }

    @Test func exportJSONFollowsTheSchemaAndWritesAtomically() throws {
        let file = tempDir("export") + ".json"
        let out = try CLIRunner.run(["export", "--graph", CLIFixture.directory, "--format", "json", "--out", file])
        #expect(out.status == 0, "\(out.stderr)")
        let data = try #require(FileManager.default.contents(atPath: file))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["entities"] as? [Any])?.count == 8)
        #expect((json["relations"] as? [Any])?.count == 8)
        let back = try JSONImporter.read(path: file)
        #expect(back.graph == CLIFixture.graph())
    }

    @Test func missingInputSaysWhatToPass() throws {
        let out = try CLIRunner.run(["build", "/nonexistent/reformgraph-docs", "--graph", tempDir("g")])
        #expect(out.status != 0)
        #expect(out.stderr.contains("/nonexistent/reformgraph-docs does not exist"))
    }

    @Test func snapshotFromAnotherVersionSaysToRebuild() throws {
        let dir = tempDir("old")
        var bytes = Snapshot.encode(CLIFixture.graph())
        bytes[8] = 0 // format version 0
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: Snapshot.path(in: dir)))
        let out = try CLIRunner.run(["stats", "--graph", dir])
        #expect(out.status != 0)
        #expect(out.stderr.contains("rebuild it with `reformgraph build`"), "\(out.stderr)")
        #expect(!out.stderr.contains("Fatal error"))
    }

    @Test func bundledCorpusBuildsWithEightOrMoreTypes() throws {
        let corpus = CLIRunner.packageRoot + "/graph/corpus"
        let g = tempDir("bundled")
        let out = try CLIRunner.run(["build", corpus, "--graph", g, "--lexicon", CLIRunner.packageRoot + "/graph/lexicon.txt"])
        #expect(out.status == 0, "\(out.stderr)")
        let graph = try Snapshot.load(from: g)
        let types = EntityType.allCases.filter { !graph.entities(ofType: $0).isEmpty }
        #expect(types.count >= 8)
        #expect(graph.relationCount > 0)
        #expect(graph.invariantViolation() == nil)
    }

    @Test func committedBundledSnapshotIsUpToDate() throws {
        let dir = CLIRunner.packageRoot + "/graph"
        guard FileManager.default.fileExists(atPath: Snapshot.path(in: dir)) else {
            Issue.record("graph/reformgraph.snapshot is missing: run `swift run reformgraph build` and commit it")
            return
        }
        let committed = try Snapshot.load(from: dir)
        let fresh = tempDir("fresh")
        let out = try CLIRunner.run(["build", dir + "/corpus", "--graph", fresh, "--lexicon", dir + "/lexicon.txt"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Snapshot.load(from: fresh) == committed,
                "graph/reformgraph.snapshot is stale: run `swift run reformgraph build` and commit it")
    }
}
