import ArgumentParser
import ReformCore
import ReformQuery

/// `reformgraph query 'COMMAND'`: runs one shell command and exits, non-zero if it failed.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one shell command on a graph and exit (non-zero if it failed).",
        discussion: """
        Examples:
          reformgraph query 'lineage CCG'
          reformgraph query 'path "Simon Stevens" "King'"'"'s Fund"'
          reformgraph query --json 'at 2015'
        Several words are joined into one command, quoting those with spaces, so \
        `reformgraph query why CCG ICB` works too. `--time` measures latency instead \
        (with no command: one of each query type).
        """
    )

    @Option(name: .long, help: "The graph directory (default: the bundled graph/).") var graph: String?
    @Flag(name: .long, help: "Show the result as JSON.") var json = false
    @Flag(name: .long, help: .hidden) var time = false
    @Option(name: .long, help: .hidden) var iterations = 200
    @Argument(help: "The command, e.g. 'lineage CCG'.") var command: [String] = []

    /// The command line: one argument as it is; several joined, quoting those with spaces.
    var line: String {
        command.count == 1 ? command[0] : command.map { $0.contains(" ") ? CommandTokenizer.quote($0) : $0 }.joined(separator: " ")
    }

    func validate() throws {
        if command.isEmpty && !time { throw ValidationError("give a command, e.g. reformgraph query 'lineage CCG' (`reformgraph query help` lists them)") }
    }

    func run() throws {
        let g: KnowledgeGraph
        do { g = try ShellSupport.loadGraph(graph) } catch {
            ShellSupport.write("error: \(error)\n", to: 2)
            throw ExitCode(2)
        }
        if time { return benchmark(g) }
        let session = ShellSupport.session(g, json: json, colour: ShellSupport.colourWanted, maxRows: nil)
        let r = session.execute(line)
        if !r.output.isEmpty { ShellSupport.write(r.output, to: 1) }
        if let e = r.error { ShellSupport.write(e, to: 2) }
        if r.failed { throw ExitCode(1) }
    }

    private func benchmark(_ g: KnowledgeGraph) {
        var built: QueryEngine? = nil
        let buildTime = QueryBenchmark.seconds { built = QueryEngine(graph: g) }
        let engine = built!
        let commands = command.isEmpty ? QueryBenchmark.standardCommands(for: engine) : [line]
        let timings = QueryBenchmark.measure(engine, commands: commands, iterations: iterations)
        var table = Table(key: "timings", columns: ["command", "median µs", "p99 µs", "max µs", "runs", "error"])
        func f(_ x: Double) -> String { String(Int(x.rounded())) }
        for t in timings {
            table.rows.append([Cell(t.command), Cell(f(t.medianMicroseconds)), Cell(f(t.p99Microseconds)),
                               Cell(f(t.maxMicroseconds)), Cell(t.iterations), Cell(t.error ?? "")])
        }
        ShellSupport.write("graph: \(g.entityCount) entities, \(g.relationCount) relations; engine built in \(Int(buildTime * 1000)) ms\n", to: 1)
        ShellSupport.write(ResultFormatter().renderTable(table).joined(separator: "\n") + "\n", to: 1)
    }
}
