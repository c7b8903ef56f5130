import ArgumentParser
import ReformCore
import ReformExchange

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print entities per type and relations per predicate.")
    @Option(name: .long, help: "The graph directory.") var graph: String = "graph"
    func run() throws {
        let g = try Snapshot.load(from: graph)
        print(g.entityCount)
    }
}
