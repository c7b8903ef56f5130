import ReformCore
import ReformExchange
import ReformQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the shell (`repl`) and `query` share: loading the graph, the exporter for the
/// shell's `export` command, and unbuffered output that keeps stdout and stderr in order.
enum ShellSupport {
    /// Loads the graph for the shell: `graph/` by default (built from the bundled corpus if
    /// missing), or `directory`.
    static func loadGraph(_ directory: String?) throws -> KnowledgeGraph {
        try GraphLoader.load(graphDirectory: directory)
    }

    /// The export formats the exchange module offers (new formats appear automatically).
    static var exportFormats: [String] { ExportFormat.allCases.map(\.rawValue) }

    /// Writes a selection with the exchange module's exporters, atomically.
    static func export(format: String, path: String, graph: KnowledgeGraph, selection: GraphSelection) throws -> String {
        guard let f = ExportFormat(rawValue: format) else {
            throw QueryError.badArgument(command: "export", argument: format, expected: "one of \(exportFormats.joined(separator: ", "))")
        }
        let closed = selection.closed(in: graph)
        try GraphExport.write(graph, selection: closed, format: f, to: path)
        return "wrote \(closed.entities.count) entities and \(closed.relations.count) relations to \(path) (\(f.rawValue))"
    }

    /// A session over `graph` with the CLI's exporter.
    static func session(_ graph: KnowledgeGraph, json: Bool, colour: Bool, maxRows: Int?) -> ShellSession {
        ShellSession(engine: QueryEngine(graph: graph), format: json ? .json : .table, colour: colour, maxRows: maxRows,
                     exportFormats: exportFormats, exporter: { try export(format: $0, path: $1, graph: $2, selection: $3) })
    }

    /// The terminal's width in columns, if standard output is a terminal.
    static var terminalColumns: Int? {
        var size = winsize()
        guard isTerminal(1), ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// True when file descriptor `fd` is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Colour is used only on a terminal, and not when NO_COLOR is set or TERM is dumb.
    static var colourWanted: Bool {
        guard isTerminal(1) else { return false }
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return true
    }

    /// Writes all of `text` to a file descriptor (1 stdout, 2 stderr), unbuffered.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }

    /// The history file in the user's home, or nil without a home.
    static var historyPath: String? {
        guard let home = getenv("HOME"), home.pointee != 0 else { return nil }
        return String(cString: home) + "/.reformgraph_history"
    }
}
