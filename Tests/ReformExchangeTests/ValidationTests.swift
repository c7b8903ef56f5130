import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// The exports checked the way users' tools see them: the GraphML XSD in-process (libxml2),
/// then `../shared/tools/check-graphml` (networkx, igraph) and `check-dot` (Graphviz, pydot).
@Suite("Validation")
struct ValidationTests {
    static let xsd = TestEnv.shared + "/graphml/graphml.xsd"

    /// The exports to check: name, text.
    static func samples() throws -> [(String, String)] {
        var rng = SplitMix(seed: 42)
        let random = randomGraph(&rng, entities: 200, relations: 600)
        // dot needs minutes for a dense random graph (no hierarchy, long edges): a sparse
        // one, shaped more like the reform graph, for DOT.
        let smallRandom = randomGraph(&rng, entities: 60, relations: 80)
        let torture = tortureGraph()
        let lineage = GraphSelection(entities: [], relations: [RelationID(0)], isLineage: true)
        return [
            ("torture.graphml", try GraphMLExporter().string(torture)),
            ("torture-yed.graphml", try GraphMLExporter(options: ExportOptions(yEdStyling: true)).string(torture)),
            ("lineage.graphml", try GraphMLExporter().string(torture, selection: lineage)),
            ("empty.graphml", try GraphMLExporter().string(KnowledgeGraph())),
            ("random.graphml", try GraphMLExporter(options: ExportOptions(yEdStyling: true)).string(random)),
            ("foreign.graphml", try { () throws -> String in
                let imported = try GraphMLImporter().read(bytes: Array(ForeignGraphML.gephi.utf8))
                return try GraphMLExporter(extras: imported.extras).string(imported.graph)
            }()),
            ("torture.dot", try DOTExporter().string(torture)),
            ("torture-clusters.dot", try DOTExporter(options: ExportOptions(clustersByType: true, leftToRight: true)).string(torture)),
            ("lineage.dot", try DOTExporter().string(torture, selection: lineage)),
            ("empty.dot", try DOTExporter().string(KnowledgeGraph())),
            ("random.dot", try DOTExporter().string(smallRandom)),
            ("random-clusters.dot", try DOTExporter(options: ExportOptions(clustersByType: true)).string(smallRandom)),
        ]
    }

    @Test(.enabled(if: TestEnv.hasShared, "needs ../shared/graphml beside the clone"))
    func graphMLIsValidAgainstTheXSD() throws {
        for (name, text) in try Self.samples() where name.hasSuffix(".graphml") {
            let path = try TestEnv.write(text, name: name)
            let problems = try GraphMLSchema.validate(file: path, schema: Self.xsd)
            #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
        }
    }

    @Test(.enabled(if: TestEnv.hasShared, "needs ../shared/graphml beside the clone"))
    func theSchemaCheckCatchesABrokenFile() throws {
        let text = try GraphMLExporter().string(tortureGraph()).replacingOccurrences(of: "target=\"n1\"", with: "target=\"n99\"")
        let problems = try GraphMLSchema.validate(file: try TestEnv.write(text, name: "broken.graphml"), schema: Self.xsd)
        #expect(problems.contains { $0.contains("n99") })
    }

    @Test(.enabled(if: TestEnv.hasCheckTools, "needs ../shared/tools, graphviz, xmllint, networkx, pydot and igraph (see .ci/run)"))
    func checkToolsPassEveryExport() throws {
        for (name, text) in try Self.samples() {
            let tool = TestEnv.shared + "/tools/" + (name.hasSuffix(".dot") ? "check-dot" : "check-graphml")
            let (status, output) = try TestEnv.run([tool, try TestEnv.write(text, name: name)])
            let last = output.split(separator: "\n").last.map(String.init) ?? ""
            #expect(status == 0 && last.contains(": OK "), "\(name):\n\(output)")
        }
    }
}
