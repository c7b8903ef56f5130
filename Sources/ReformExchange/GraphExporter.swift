import ReformCore

/// An export format: writes a graph, or a selection of it, as a byte stream.
///
/// Implementations stream through a ``ByteWriter`` so memory stays flat whatever the graph's
/// size, and produce the same bytes for the same graph (entities and relations in id order,
/// no dictionary-ordered output).
public protocol GraphExporter {
    /// Writes `selection` of `graph` (the whole graph when nil).
    func export(_ graph: KnowledgeGraph, selection: GraphSelection?, to out: ByteWriter) throws
}

extension GraphExporter {
    /// Exports to memory and returns the text (tests, small results).
    public func string(_ graph: KnowledgeGraph, selection: GraphSelection? = nil) throws -> String {
        let w = ByteWriter()
        try export(graph, selection: selection, to: w)
        try w.flush()
        return w.string
    }
}

/// The formats `reformgraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The schema's JSON exchange format.
    case json
    /// GraphML for Gephi, yEd, Cytoscape, networkx and igraph.
    case graphml
    /// Graphviz DOT.
    case dot
    /// Neo4j bulk-import CSV: a directory with `nodes.csv` and `relationships.csv`.
    case neo4j

    /// The usual file extension (for neo4j, none: it writes a directory).
    public var fileExtension: String { self == .neo4j ? "" : rawValue }

    /// True when the format writes a directory of files rather than one stream.
    public var writesDirectory: Bool { self == .neo4j }

    /// The exporter for this format. For ``neo4j`` it writes only `nodes.csv`: use
    /// ``GraphExport/write(_:selection:format:options:to:)`` for both files.
    public func exporter(options: ExportOptions = ExportOptions()) -> any GraphExporter {
        switch self {
        case .json: return JSONExporter()
        case .graphml: return GraphMLExporter(options: options)
        case .dot: return DOTExporter(options: options)
        case .neo4j: return Neo4jExporter(part: .nodes)
        }
    }
}
