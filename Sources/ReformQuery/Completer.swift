import ReformCore

/// Tab completion for the shell: given the line up to the cursor, the whole lines it could
/// become. Command names complete at the start; after a command, entity names (and the
/// command's keywords, predicates or types where they fit).
///
/// Completion works on whole lines so that multi-word names complete in one go.
public struct Completer: Sendable {
    let engine: QueryEngine
    /// The export formats, completed after `export`.
    public var exportFormats: [String]
    /// Most candidates returned.
    public var limit = 60
    /// Quote multi-word names for two-name commands (`path "A B" "C D"`). Off for a line
    /// editor that escapes spaces itself.
    public var quoteNames = true

    /// A completer over `engine`'s names.
    public init(engine: QueryEngine, exportFormats: [String] = []) {
        self.engine = engine
        self.exportFormats = exportFormats
    }

    static let entityCommands: Set<String> = ["show", "neighbours", "lineage", "path", "paths", "why", "subgraph", "timeline"]

    /// The completed lines for `line`, sorted, without duplicates.
    public func complete(_ line: String) -> [String] {
        guard let space = line.firstIndex(of: " ") else {
            let p = line.lowercased()
            let all = QueryCommand.names + ShellCommand.names
            return Array(Set(all.filter { $0.hasPrefix(p) })).sorted()
        }
        let word = String(line[..<space])
        let rest = String(line[line.index(after: space)...])
        let command = QueryParser.commandName(word) ?? ShellCommand.canonical(word) ?? word.lowercased()
        let head = String(line[...space])
        switch command {
        case "help":
            return (QueryCommand.names + ShellCommand.names).filter { $0.hasPrefix(rest.lowercased()) }.map { head + $0 }
        case "format":
            return ["table", "json"].filter { $0.hasPrefix(rest.lowercased()) }.map { head + $0 }
        case "colour":
            return ["on", "off"].filter { $0.hasPrefix(rest.lowercased()) }.map { head + $0 }
        case "export":
            return exportFormats.filter { $0.hasPrefix(rest.lowercased()) }.map { head + $0 + " " }
        case "top":
            return EntityType.allCases.map(\.rawValue).filter { $0.hasPrefix(rest.lowercased()) }.map { head + $0 + " " }
        case "find":
            return []
        default:
            guard Self.entityCommands.contains(command) else { return [] }
            let names = completeNames(head: head, rest: rest, twoNames: command == "path" || command == "paths" || command == "why")
            return names.isEmpty ? completeOptions(line, command: command) : names
        }
    }

    /// After the names: directions, `depth` and the graph's predicates, where the command takes them.
    private func completeOptions(_ line: String, command: String) -> [String] {
        var options: [String]
        switch command {
        case "neighbours": options = ["out", "in", "both", "depth"]
        case "subgraph": options = ["depth"]
        case "path", "paths": options = []
        default: return []
        }
        if command != "subgraph" { options += engine.summary().predicates.map(\.0.rawValue) }
        let lastSpace = line.lastIndex(of: " ")!
        let prefix = line[line.index(after: lastSpace)...].lowercased()
        let before = String(line[...lastSpace])
        return options.filter { $0.hasPrefix(prefix) }.sorted().map { before + $0 }
    }

    /// Names completing the last (possibly quoted) name in `rest`.
    private func completeNames(head: String, rest: String, twoNames: Bool) -> [String] {
        // Find where the name being typed starts: after the last closed quoted name, or at an
        // open quote, or (for one-name commands) at the start of `rest`.
        let chars = Array(rest)
        var start = 0
        var openQuote: Int? = nil
        var i = 0
        while i < chars.count {
            if chars[i] == "\"" {
                if let _ = openQuote { openQuote = nil; start = i + 1 } else { openQuote = i }
            }
            i += 1
        }
        if let q = openQuote {
            let prefixText = String(chars[(q + 1)...]), before = String(chars[..<q])
            return engine.resolver.completions(prefix: prefixText, limit: limit).map { head + before + "\"\($0)\" " }
        }
        let tail = String(chars[start...])
        let lead = String(tail.prefix { $0 == " " })
        let words = tail.dropFirst(lead.count).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let before = String(chars[..<start]) + lead
        // For two-name commands the name being typed may start after any earlier word.
        for k in 0..<(twoNames ? max(1, words.count) : 1) {
            let prefixText = words[k...].joined(separator: " ")
            let names = engine.resolver.completions(prefix: prefixText, limit: limit)
            guard !names.isEmpty else { continue }
            let earlier = words[..<k].map { $0 + " " }.joined()
            return names.map { name in
                let quoted = quoteNames && twoNames && name.contains(" ")
                return head + before + earlier + (quoted ? "\"\(name)\"" : name) + (twoNames ? " " : "")
            }
        }
        return []
    }
}
