import ArgumentParser
import ReformCore
import ReformExchange
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a GraphML file into a graph directory.",
        discussion: """
        Reads reformgraph's own GraphML exports exactly, and GraphML written by networkx, \
        yEd, Gephi and Cytoscape as far as their content allows (names from name or label, \
        types from type; what cannot be kept is listed as a warning). Safe on untrusted \
        files: no network, no DTDs or entities, a size limit. A malformed file is reported \
        as FILE:LINE: problem.
        """
    )

    @Argument(help: "The GraphML file.") var file: String
    @Option(name: .long, help: "The graph directory to write.") var graph: String = "graph"
    @Flag(name: .long, help: "Replace the graph already in the directory.") var replace = false

    func run() throws {
        try failing {
            if !replace && AtomicFile.exists(Snapshot.path(in: graph)) {
                throw CLIError("\(graph) already holds a graph; pass --replace to overwrite it, or choose another --graph DIR")
            }
            let imported = try GraphMLImporter().read(path: file)
            for warning in imported.warnings { printError("reformgraph: warning: \(warning)") }
            if !imported.extras.isEmpty {
                let names = imported.extras.keys.map(\.name)
                printError("reformgraph: warning: the graph directory cannot keep \(names.count) other attribute(s) (\(names.prefix(8).joined(separator: ", "))\(names.count > 8 ? ", ..." : ""))")
            }
            try Snapshot.save(imported.graph, to: graph)
            print("imported \(imported.graph.entityCount) entities and \(imported.graph.relationCount) relations into \(graph)")
        }
    }
}
