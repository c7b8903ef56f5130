import ArgumentParser

@main
struct ReformGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reformgraph",
        abstract: "Build and query a knowledge graph of NHS reform from documents.",
        subcommands: [Stats.self, Export.self]
    )
}
