import ReformCore

/// The answer to one command: what to show, the part of the graph it covers, and its JSON.
public struct QueryResult: Sendable {
    /// One piece of the output, in order.
    public enum Block: Sendable, Hashable {
        /// A line of text (a heading, a chain, a sentence).
        case line(String, CellStyle)
        /// An aligned table.
        case table(Table)
        /// Pre-rendered lines (a tree), shown as they are.
        case preformatted([String])
        /// An empty line.
        case blank
    }

    /// The command that produced the result ("lineage").
    public var command: String
    /// The blocks, in display order.
    public var blocks: [Block]
    /// Remarks shown after the blocks (limits reached, hints).
    public var notes: [String]
    /// The part of the graph the result covers; `export` writes it.
    public var selection: GraphSelection
    /// Extra JSON fields (the subject, counts); tables are added under their keys.
    public var fields: [(String, JSONValue)]

    /// A result.
    public init(command: String, blocks: [Block] = [], notes: [String] = [], selection: GraphSelection = GraphSelection(), fields: [(String, JSONValue)] = []) {
        self.command = command
        self.blocks = blocks
        self.notes = notes
        self.selection = selection
        self.fields = fields
    }

    /// The tables of the result, in order.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    /// The machine-readable form: `{"command": ..., fields..., tables by key..., "notes": [...]}`.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("command", .string(command))]
        pairs += fields
        for t in tables where t.includeInJSON {
            pairs.append((t.key, t.json))
            if t.omitted > 0 { pairs.append((t.key + "_omitted", .int(t.omitted))) }
        }
        if !notes.isEmpty { pairs.append(("notes", .array(notes.map { .string($0) }))) }
        return .object(pairs)
    }

    mutating func add(_ table: Table) { blocks.append(.table(table)) }
    mutating func line(_ text: String, _ style: CellStyle = .plain) { blocks.append(.line(text, style)) }
}
