import ArgumentParser
import ReformCore
import ReformExchange

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the graph.")
    @Option(name: .long, help: "The graph directory.") var graph: String = "graph"
    func run() throws {}
}
