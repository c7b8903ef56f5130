import ReformCore

/// The shell's state and its command loop body, without any terminal I/O, so scripts and
/// tests can drive it: settings, the last result (for `export`), help, and queries.
///
/// Errors never escape: every command answers with a ``ShellResponse`` whose error is one
/// line saying what was wrong and what to type instead.
public final class ShellSession {
    /// Writes a selection of the graph in a format to a file and returns a confirmation;
    /// supplied by the CLI, which owns the exporters.
    public typealias Exporter = (_ format: String, _ path: String, _ graph: KnowledgeGraph, _ selection: GraphSelection) throws -> String

    /// How results are shown.
    public enum OutputFormat: String, Sendable { case table, json }

    /// The engine answering queries.
    public let engine: QueryEngine
    /// Table or JSON.
    public var format: OutputFormat
    /// Colour (only when the output is a terminal).
    public var colour: Bool
    /// Rows per table before truncation; nil shows all.
    public var maxRows: Int?
    /// Widest cell (other than a row's last) in columns; the shell sets it from the terminal's width.
    public var maxCellWidth = 60
    /// In JSON, one compact line per result (JSON Lines) instead of indented JSON; scripts
    /// use it so that several results can be read back one per line.
    public var jsonLines = false
    /// The most recent successful query result.
    public private(set) var lastResult: QueryResult?
    /// The export formats the exporter accepts, for help and errors.
    public var exportFormats: [String]
    private let exporter: Exporter?

    /// A session over `engine`.
    public init(engine: QueryEngine, format: OutputFormat = .table, colour: Bool = false, maxRows: Int? = nil,
                exportFormats: [String] = [], exporter: Exporter? = nil) {
        self.engine = engine
        self.format = format
        self.colour = colour
        self.maxRows = maxRows
        self.exportFormats = exportFormats
        self.exporter = exporter
    }

    /// The formatter for the current settings.
    public var formatter: ResultFormatter { ResultFormatter(colour: colour, maxRows: maxRows, maxCellWidth: maxCellWidth) }

    /// Runs one line. Blank lines and `#` comments do nothing.
    public func execute(_ line: String) -> ShellResponse {
        let trimmed = line.trimmingCharacters()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return ShellResponse() }
        do {
            let tokens = try CommandTokenizer.tokenize(trimmed)
            guard let first = tokens.first else { return ShellResponse() }
            let args = Array(tokens.dropFirst())
            if !first.quoted, let shell = ShellCommand.canonical(first.text) {
                return try shellCommand(shell, args)
            }
            let result = try engine.run(try engine.parser.parse(command: first.text, arguments: args))
            lastResult = result
            if format == .json {
                return ShellResponse(output: jsonLines ? result.json.serialized() + "\n" : formatter.renderJSON(result))
            }
            return ShellResponse(output: formatter.render(result))
        } catch let error as QueryError {
            return failure(error.description)
        } catch {
            return failure("\(error)")
        }
    }

    private func failure(_ message: String) -> ShellResponse {
        if format == .json {
            return ShellResponse(error: JSONValue.object([("error", .string(message))]).serialized() + "\n", failed: true)
        }
        return ShellResponse(error: formatter.renderError(message), failed: true)
    }

    private func shellCommand(_ name: String, _ args: [Token]) throws -> ShellResponse {
        switch name {
        case "help":
            guard let topic = args.first else { return ShellResponse(output: HelpText.overview(exportFormats: exportFormats)) }
            guard let entry = HelpText.entry(topic.text) else {
                throw QueryError.unknownCommand(topic.text, suggestions: QueryParser.suggestCommands(topic.text))
            }
            return ShellResponse(output: HelpText.detail(entry, exportFormats: exportFormats))
        case "format":
            guard args.count == 1, let f = OutputFormat(rawValue: args[0].text.lowercased()) else {
                throw QueryError.badArgument(command: "format", argument: args.first?.text ?? "", expected: "`format table` or `format json`")
            }
            format = f
            return ShellResponse(output: "results will be shown as \(f == .json ? "JSON" : "tables")\n")
        case "rows":
            guard args.count == 1 else { throw QueryError.missingArgument(command: "rows", what: "a number or `all`, e.g. `rows 100`") }
            if args[0].text.lowercased() == "all" { maxRows = nil; return ShellResponse(output: "all rows will be shown\n") }
            guard let n = Int(args[0].text), n > 0 else {
                throw QueryError.badArgument(command: "rows", argument: args[0].text, expected: "a positive number or `all`")
            }
            maxRows = n
            return ShellResponse(output: "tables will show up to \(n) rows\n")
        case "colour":
            guard args.count == 1, ["on", "off"].contains(args[0].text.lowercased()) else {
                throw QueryError.badArgument(command: "colour", argument: args.first?.text ?? "", expected: "`colour on` or `colour off`")
            }
            colour = args[0].text.lowercased() == "on"
            return ShellResponse(output: "colour \(colour ? "on" : "off")\n")
        case "export":
            return try export(args)
        default:
            return ShellResponse(quit: true)
        }
    }

    private func export(_ args: [Token]) throws -> ShellResponse {
        guard let exporter else { throw QueryError.unavailable("export is not available in this session") }
        let formats = exportFormats.joined(separator: ", ")
        var format: String, path: String
        switch args.count {
        case 2:
            format = args[0].text.lowercased(); path = args[1].text
        case 1:
            path = args[0].text
            guard let dot = path.lastIndex(of: "."), exportFormats.contains(String(path[path.index(after: dot)...]).lowercased()) else {
                throw QueryError.missingArgument(command: "export", what: "a format and a file, e.g. `export json result.json` (formats: \(formats))")
            }
            format = String(path[path.index(after: dot)...]).lowercased()
        default:
            throw QueryError.missingArgument(command: "export", what: "a format and a file, e.g. `export json result.json` (formats: \(formats))")
        }
        guard exportFormats.contains(format) else {
            throw QueryError.badArgument(command: "export", argument: format, expected: "one of \(formats)")
        }
        guard let result = lastResult else {
            throw QueryError.unavailable("nothing to export yet; run a query first (e.g. `lineage CCG`), then `export \(format) \(path)`")
        }
        guard !result.selection.entities.isEmpty else {
            throw QueryError.unavailable("the last result (`\(result.command)`) selected nothing to export; run a query that finds entities first")
        }
        let message = try exporter(format, path, engine.graph, result.selection)
        return ShellResponse(output: message.hasSuffix("\n") ? message : message + "\n")
    }

    /// Runs lines as a script: results to `output` (in JSON, one line per result), errors to
    /// `error`, stopping at `quit`. Returns the exit status: 0 when every command succeeded,
    /// 1 otherwise.
    public func runScript<S: Sequence>(_ lines: S, output: (String) -> Void, error: (String) -> Void) -> Int32 where S.Element == String {
        jsonLines = true
        defer { jsonLines = false }
        var status: Int32 = 0
        var printed = false
        for line in lines {
            let r = execute(line)
            if !r.output.isEmpty {
                // A blank line between the results of successive commands.
                output(printed && format == .table ? "\n" + r.output : r.output)
                printed = true
            }
            if let e = r.error { error(e) }
            if r.failed { status = 1 }
            if r.quit { break }
        }
        return status
    }
}
