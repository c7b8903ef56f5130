import ArgumentParser
import ReformCore
import ReformQuery
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `reformgraph repl` (also `reformgraph` with no arguments): the interactive shell, or a
/// script runner when standard input is not a terminal.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open the interactive shell on a graph (the default command).",
        discussion: """
        On a terminal: line editing, history in ~/.reformgraph_history, tab completion of \
        commands and names, colour. Type `help` for the commands, `help lineage` for one.

        When standard input is not a terminal, lines are read as a script: no prompt, no \
        colour, results only; the exit status is 1 if any command failed.
          echo 'lineage CCG' | reformgraph
        """
    )

    @Option(name: .long, help: "The graph directory (default: the bundled graph/).") var graph: String?
    @Flag(name: .long, help: "Show results as JSON.") var json = false

    func run() throws {
        let g: KnowledgeGraph
        do { g = try ShellSupport.loadGraph(graph) } catch {
            ShellSupport.write("error: \(error)\n", to: 2)
            throw ExitCode(2)
        }
        if ShellSupport.isTerminal(0) {
            interactive(g)
        } else {
            let session = ShellSupport.session(g, json: json, colour: false, maxRows: nil)
            // Lines are answered as they arrive, so a slow producer sees results as it goes.
            let lines = AnySequence { AnyIterator { readLine(strippingNewline: true) } }
            let status = session.runScript(lines, output: { ShellSupport.write($0, to: 1) },
                                           error: { ShellSupport.write($0, to: 2) })
            if status != 0 { throw ExitCode(status) }
        }
    }

    private func interactive(_ g: KnowledgeGraph) {
        let colour = ShellSupport.colourWanted
        let session = ShellSupport.session(g, json: json, colour: colour, maxRows: 40)
        if let columns = ShellSupport.terminalColumns { session.maxCellWidth = min(60, max(24, columns * 2 / 5)) }
        var c = Completer(engine: session.engine, exportFormats: ShellSupport.exportFormats)
        c.quoteNames = false // libedit escapes the spaces of a completed name itself
        let completer = c
        let editor = LineEditor(historyPath: ShellSupport.historyPath, completer: { completer.complete($0) })
        editor.catchInterrupts()
        ShellSupport.write("reformgraph: \(g.entityCount) entities, \(g.relationCount) relations from \(g.documents.count) documents. "
                           + "Type `help`, or try `lineage CCG`; Tab completes, Ctrl-D leaves.\n", to: 1)
        while let line = editor.readLine(prompt: "reformgraph> ") {
            editor.addHistory(line)
            let r = session.execute(line)
            if !r.output.isEmpty { ShellSupport.write(r.output, to: 1) }
            if let e = r.error { ShellSupport.write(e, to: 2) }
            if r.quit { return }
        }
        ShellSupport.write("\n", to: 1)
    }
}
