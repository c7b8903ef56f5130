import ReformCore

/// The one call the CLI and the shell use to export: any format, whole graph or
/// selection, to a file (atomically), to standard output (`-`) or, for Neo4j, to a directory.
public enum GraphExport {
    /// Writes `selection` of `graph` (the whole graph when nil) in `format` to `path`.
    ///
    /// - Throws: ``FileError`` when the file cannot be written (the previous file, if any,
    ///   is left as it was), ``ExportError/needsDirectory(format:)`` for Neo4j to standard output.
    public static func write(_ graph: KnowledgeGraph, selection: GraphSelection? = nil, format: ExportFormat,
                             options: ExportOptions = ExportOptions(), to path: String) throws {
        if format.writesDirectory {
            guard path != "-" else { throw ExportError.needsDirectory(format: format.rawValue) }
            try Neo4jExporter.write(graph, selection: selection, toDirectory: path)
            return
        }
        let exporter = format.exporter(options: options)
        try AtomicFile.write(to: path) { try exporter.export(graph, selection: selection, to: $0) }
    }
}

/// Export errors that are not file errors, worded for a person.
public enum ExportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A multi-file format was asked to write to standard output.
    case needsDirectory(format: String)

    public var description: String {
        switch self {
        case let .needsDirectory(format):
            return "the \(format) export writes several files (nodes.csv, relationships.csv): give a directory with --out DIR"
        }
    }
}
