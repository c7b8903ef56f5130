import Foundation
import ReformCore
import ReformExchange
import Testing
@testable import ReformExtract

/// Key facts of the five shared documents (../shared/corpus), read at run time.
@Suite struct SharedCorpusTests {
    static let corpus = TestSupport.sharedFolder.appendingPathComponent("corpus")
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    static var required: Bool { ProcessInfo.processInfo.environment["REFORMGRAPH_REQUIRE_SHARED"] == "1" }

    static func build() throws -> (KnowledgeGraph, BuildReport)? {
        guard available else {
            if required { Issue.record("../shared/corpus is missing and REFORMGRAPH_REQUIRE_SHARED=1") }
            return nil
        }
        let result = try CorpusBuilder(lexicon: TestSupport.projectLexicon).build(paths: [corpus.path])
        if let out = ProcessInfo.processInfo.environment["REFORMGRAPH_DUMP_JSON"] {
            try JSONExporter().string(result.0).write(toFile: out, atomically: true, encoding: .utf8)
        }
        return result
    }

    @Test("the shared corpus yields the key reform facts (skipped without ../shared/corpus)")
    func keyFacts() throws {
        guard let (graph, report) = try Self.build() else { return }
        #expect(report.documentsRead == 5)
        #expect(graph.documents.contains("000_b5d94c6fb9dae1eb.txt"))
        #expect(graph.invariantViolation() == nil)
    }
}
