import ArgumentParser
import ReformCore
import ReformExchange
import ReformQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph, or a query's result, as JSON, GraphML, DOT or Neo4j CSV.",
        discussion: """
        Formats: json (the schema's exchange format), graphml (Gephi, yEd, Cytoscape, \
        networkx, igraph), dot (Graphviz), neo4j (nodes.csv and relationships.csv for \
        neo4j-admin database import; --out names a directory).

        Examples:
          reformgraph export --format graphml --out reform.graphml
          reformgraph export --query 'lineage CCG' --format dot --render svg --out ccg.svg
          reformgraph export --format neo4j --out neo4j-import

        The bundled exports are regenerated with:
          swift run reformgraph export --format graphml --out exports/reformgraph.graphml
          swift run reformgraph export --format dot --out exports/reformgraph.dot
        """
    )

    @Option(name: .long, help: "The graph directory.") var graph: String = "graph"
    @Option(name: .long, help: "json, graphml, dot or neo4j.") var format: String = "json"
    @Option(name: .long, help: "The output file (a directory for neo4j); - for standard output.") var out: String = "-"
    @Option(name: .long, help: ArgumentHelp("Export only the result of a shell command, such as 'lineage CCG'.", valueName: "command"))
    var query: String?
    @Flag(name: .long, help: "GraphML: add per-type shape and colour attributes for yEd, Cytoscape and Gephi.") var yed = false
    @Flag(name: .long, help: "DOT: group the nodes of each type in a cluster.") var clusters = false
    @Flag(name: .long, help: "DOT: leave out the legend.") var noLegend = false
    @Flag(name: .long, help: "DOT: rank left to right (the default for lineage results).") var leftToRight = false
    @Option(name: .long, help: ArgumentHelp("Render the DOT with Graphviz to svg or png (implies --format dot).", valueName: "svg|png"))
    var render: String?

    func validate() throws {
        _ = try exportFormat()
        if let render, render != "svg" && render != "png" {
            throw ValidationError("--render takes svg or png, not '\(render)'")
        }
    }

    func exportFormat() throws -> ExportFormat {
        if render != nil { return .dot }
        if let f = ExportFormat(rawValue: format.lowercased()) { return f }
        let names = ExportFormat.allCases.map(\.rawValue)
        let guess = names.min { EditDistance.between($0, format.lowercased())! < EditDistance.between($1, format.lowercased())! }
        throw ValidationError("unknown format '\(format)'; use one of \(names.joined(separator: ", "))"
            + (guess.map { EditDistance.between($0, format.lowercased())! <= 2 ? " (did you mean \($0)?)" : "" } ?? ""))
    }

    func run() throws {
        let format = try exportFormat()
        let options = ExportOptions(yEdStyling: yed, clustersByType: clusters, legend: !noLegend,
                                    leftToRight: leftToRight ? true : nil)
        try failing {
            let g = try Snapshot.load(from: graph)
            var selection: GraphSelection?
            if let query {
                selection = try QueryEngine(graph: g).selection(forCommand: query)
            }
            if let render {
                try Graphviz.render(g, selection: selection, options: options, as: render, to: out)
            } else {
                try GraphExport.write(g, selection: selection, format: format, options: options, to: out)
            }
        }
    }
}

/// Runs Graphviz's `dot` on a DOT export.
enum Graphviz {
    static let installHelp = """
    Graphviz's `dot` is not installed (or not on PATH). Install it: Debian/Ubuntu \
    `sudo apt-get install graphviz`, Fedora `sudo dnf install graphviz`, macOS \
    `brew install graphviz`, others https://graphviz.org/download/ — or write DOT with \
    --format dot and render it elsewhere.
    """

    /// The path of `dot` on PATH, if any.
    static func dotPath() -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = String(dir) + "/dot"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func render(_ graph: KnowledgeGraph, selection: GraphSelection?, options: ExportOptions,
                       as type: String, to out: String) throws {
        guard let dot = dotPath() else { throw CLIError(installHelp) }
        let dotFile = "/tmp/reformgraph-render-\(getpid()).dot"
        defer { unlink(dotFile) }
        try GraphExport.write(graph, selection: selection, format: .dot, options: options, to: dotFile)
        var args = [dot, "-T\(type)", dotFile]
        if out != "-" { args += ["-o", out] }
        let status = try spawn(args)
        if status != 0 { throw CLIError("Graphviz failed (exit status \(status)) rendering \(type)") }
    }

    /// Runs a program with inherited standard streams and returns its exit status.
    static func spawn(_ args: [String]) throws -> Int32 {
        var pid = pid_t()
        let cArgs = args.map { strdup($0) } + [nil]
        // The child gets the variables Graphviz and its font lookup use, passed explicitly.
        let passed = ["PATH", "HOME", "LANG", "LC_ALL", "LD_LIBRARY_PATH", "FONTCONFIG_FILE", "FONTCONFIG_PATH", "GVBINDIR", "TMPDIR"]
        let cEnv = passed.compactMap { name in getenv(name).map { strdup("\(name)=\(String(cString: $0))") } } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        let rc = posix_spawn(&pid, args[0], nil, nil, cArgs, cEnv)
        guard rc == 0 else { throw CLIError("could not run \(args[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

/// A one-line error for the user.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Runs `body`, turning library errors into one line on standard error and exit status 1.
func failing(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("reformgraph: error: \(error)")
        throw ExitCode.failure
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    writeStandardError(line + "\n")
}

/// Writes text to standard error, retrying interrupted and partial writes.
func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let n = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
            offset += n
        }
    }
}

