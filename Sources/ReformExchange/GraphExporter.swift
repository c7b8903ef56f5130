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
    case json

    /// The usual file extension.
    public var fileExtension: String { rawValue }

    /// The exporter for this format.
    public func exporter() -> any GraphExporter {
        switch self {
        case .json: return JSONExporter()
        }
    }
}
