import ArgumentParser

/// The `reformgraph` command: a thin layer over the library modules. One file per subcommand.
@main
struct ReformGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reformgraph",
        abstract: "Build, query and export a knowledge graph of NHS reform from documents.",
        discussion: """
        With no subcommand, opens the interactive shell on the bundled graph (building it first \
        if needed). Type `help` there for the commands.
        """,
        subcommands: [Repl.self, Build.self, Stats.self, Query.self, Export.self, Import.self, Bench.self],
        defaultSubcommand: Repl.self
    )
}
