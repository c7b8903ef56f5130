import Testing
import ReformCore
@testable import ReformExchange

/// Byte-exact output of every format for the torture graph. Re-record with
/// `REFORMGRAPH_RECORD=1 swift test --filter ReformExchangeTests`, then read the diff.
@Suite("Golden files")
struct GoldenTests {
    let graph = tortureGraph()

    @Test func graphml() throws {
        try TestEnv.expectGolden(try GraphMLExporter().string(graph), "torture.graphml")
    }

    @Test func graphmlWithYEdStyling() throws {
        try TestEnv.expectGolden(try GraphMLExporter(options: ExportOptions(yEdStyling: true)).string(graph), "torture-yed.graphml")
    }

    @Test func dot() throws {
        try TestEnv.expectGolden(try DOTExporter().string(graph), "torture.dot")
    }

    @Test func dotWithClustersLeftToRight() throws {
        let options = ExportOptions(clustersByType: true, legend: false, leftToRight: true)
        try TestEnv.expectGolden(try DOTExporter(options: options).string(graph), "torture-clusters.dot")
    }

    @Test func neo4j() throws {
        try TestEnv.expectGolden(try Neo4jExporter(part: .nodes).string(graph), "torture-nodes.csv")
        try TestEnv.expectGolden(try Neo4jExporter(part: .relationships).string(graph), "torture-relationships.csv")
    }

    @Test func lineageSubgraph() throws {
        let sel = GraphSelection(entities: [EntityID(1)], relations: [RelationID(0)], isLineage: true)
        try TestEnv.expectGolden(try DOTExporter().string(graph, selection: sel), "torture-lineage.dot")
        try TestEnv.expectGolden(try GraphMLExporter().string(graph, selection: sel), "torture-lineage.graphml")
    }

    @Test func emptyGraph() throws {
        try TestEnv.expectGolden(try GraphMLExporter().string(KnowledgeGraph()), "empty.graphml")
        try TestEnv.expectGolden(try DOTExporter().string(KnowledgeGraph()), "empty.dot")
    }

    @Test func formatsAreListedAndMade() {
        #expect(ExportFormat.allCases.map(\.rawValue) == ["json", "graphml", "dot", "neo4j"])
        #expect(ExportFormat.graphml.exporter() is GraphMLExporter)
        #expect(ExportFormat.dot.exporter() is DOTExporter)
        #expect(ExportFormat.neo4j.writesDirectory)
    }
}
