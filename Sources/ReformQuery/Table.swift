/// How a cell is meant to look; the formatter maps styles to colours on a terminal.
public enum CellStyle: Sendable, Hashable {
    case plain, name, type, predicate, number, dim, emphasis
}

/// One cell of a result table: display text plus an optional typed value for JSON.
public struct Cell: Sendable, Hashable {
    /// The text shown (not yet neutralised; the formatter does that).
    public var text: String
    /// The JSON value; defaults to the text, or null when the text is empty.
    public var value: JSONValue
    /// The look.
    public var style: CellStyle

    /// A text cell.
    public init(_ text: String, style: CellStyle = .plain) {
        self.text = text
        self.value = text.isEmpty ? .null : .string(text)
        self.style = style
    }

    /// A number cell.
    public init(_ number: Int, style: CellStyle = .number) {
        self.text = String(number)
        self.value = .int(number)
        self.style = style
    }

    /// An optional year: empty when absent.
    public static func year(_ y: Int?) -> Cell {
        guard let y else { return Cell("") }
        return Cell(y)
    }

    /// A cell with explicit JSON.
    public init(_ text: String, value: JSONValue, style: CellStyle = .plain) {
        self.text = text
        self.value = value
        self.style = style
    }
}

/// A table in a result: named columns and rows of cells.
public struct Table: Sendable, Hashable {
    /// The JSON key of the table ("steps", "relations").
    public var key: String
    /// Column headings, shown on a terminal.
    public var columns: [String]
    /// Column keys in JSON rows.
    public var columnKeys: [String]
    /// The rows.
    public var rows: [[Cell]]
    /// Rows the query knew of but left out (a limit was reached).
    public var omitted: Int
    /// A heading shown above the table.
    public var heading: String?
    /// Whether the table appears in the JSON form (false when the result's fields say the same).
    public var includeInJSON = true

    /// A table; `columnKeys` defaults to the headings in snake case.
    public init(key: String, columns: [String], columnKeys: [String]? = nil, rows: [[Cell]] = [], omitted: Int = 0, heading: String? = nil) {
        self.key = key
        self.columns = columns
        self.columnKeys = columnKeys ?? columns.map { $0.lowercased().split(separator: " ").joined(separator: "_") }
        self.rows = rows
        self.omitted = omitted
        self.heading = heading
    }

    /// The rows as JSON objects keyed by column.
    public var json: JSONValue {
        .array(rows.map { row in
            .object(zip(columnKeys, row).map { ($0, $1.value) })
        })
    }
}
