/// Turns a ``QueryResult`` into text: aligned tables, colour only when asked for, or JSON.
///
/// Every piece of graph text is neutralised (``TextSanitizer``) before it is printed, so a
/// name with escape sequences or bidi overrides cannot disturb the terminal.
public struct ResultFormatter: Sendable {
    /// Use ANSI colour (only on a terminal).
    public var colour: Bool
    /// Rows shown per table before the rest are counted; nil shows all.
    public var maxRows: Int?
    /// Widest a cell other than the last of its row may be, in columns.
    public var maxCellWidth: Int

    /// A formatter.
    public init(colour: Bool = false, maxRows: Int? = nil, maxCellWidth: Int = 60) {
        self.colour = colour
        self.maxRows = maxRows
        self.maxCellWidth = maxCellWidth
    }

    /// The result as text, ending in a newline (empty results give "").
    public func render(_ result: QueryResult) -> String {
        var out: [String] = []
        for block in result.blocks {
            switch block {
            case .blank:
                if let last = out.last, !last.isEmpty { out.append("") }
            case let .line(text, style):
                out.append(paint(TextSanitizer.neutralise(text), style))
            case .preformatted(let lines):
                let shown = maxRows.map { min($0, lines.count) } ?? lines.count
                out += lines.prefix(shown).map(TextSanitizer.neutralise)
                if shown < lines.count { out.append(paint("… \(lines.count - shown) more lines (`rows all` shows everything)", .dim)) }
            case .table(let t):
                if let h = t.heading { out.append(paint(TextSanitizer.neutralise(h), .emphasis)) }
                out += renderTable(t)
            }
        }
        while out.last == "" { out.removeLast() }
        out = out.map(Self.trimTrailingSpaces)
        for note in result.notes { out.append(paint("note: " + TextSanitizer.neutralise(note), .dim)) }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// The result as pretty JSON, ending in a newline.
    public func renderJSON(_ result: QueryResult) -> String {
        result.json.pretty() + "\n"
    }

    /// The lines of an aligned table: headings, a rule, the rows, and a count of rows left out.
    public func renderTable(_ t: Table) -> [String] {
        let shown = maxRows.map { min($0, t.rows.count) } ?? t.rows.count
        let rows = t.rows.prefix(shown)
        let n = t.columns.count
        // Neutralise cells; drop columns empty in every shown row (keeps tables narrow); cut
        // every kept cell but those of the last column.
        var texts: [[String]] = rows.map { row in row.map { TextSanitizer.neutralise($0.text) } }
        var keep = (0..<n).map { i in texts.contains { i < $0.count && !$0[i].isEmpty } }
        if !keep.contains(true) { keep = Array(repeating: true, count: n) }
        let lastKept = keep.lastIndex(of: true) ?? n - 1
        for r in texts.indices {
            for i in texts[r].indices where i < lastKept {
                texts[r][i] = TextSanitizer.truncate(texts[r][i], width: maxCellWidth)
            }
        }
        var widths = t.columns.map(TextSanitizer.displayWidth)
        for row in texts { for (i, s) in row.enumerated() where i < n { widths[i] = max(widths[i], TextSanitizer.displayWidth(s)) } }
        func line(_ cells: [String], _ styles: [CellStyle]) -> String {
            var out = ""
            var first = true
            for i in 0..<n where keep[i] {
                if !first { out += "  " }
                first = false
                let s = i < cells.count ? cells[i] : ""
                let pad = i == lastKept ? "" : String(repeating: " ", count: max(0, widths[i] - TextSanitizer.displayWidth(s)))
                out += paint(s, i < styles.count ? styles[i] : .plain) + pad
            }
            return out
        }
        var lines: [String] = []
        lines.append(line(t.columns, Array(repeating: .emphasis, count: n)))
        lines.append(line((0..<n).map { String(repeating: "─", count: widths[$0]) }, Array(repeating: .dim, count: n)))
        for (row, cells) in zip(rows, texts.indices) {
            lines.append(line(texts[cells], row.map(\.style)))
        }
        texts.removeAll()
        // Rows the query itself left out are counted in its notes.
        let hidden = t.rows.count - shown
        if hidden > 0 { lines.append(paint("… \(hidden) more rows not shown (`rows all` shows them)", .dim)) }
        return lines
    }

    /// A one-line error, in red on a terminal.
    public func renderError(_ message: String) -> String {
        let text = "error: " + TextSanitizer.neutralise(message)
        return colour ? "\u{1B}[31m\(text)\u{1B}[0m\n" : text + "\n"
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func paint(_ s: String, _ style: CellStyle) -> String {
        guard colour, !s.isEmpty else { return s }
        let code: String
        switch style {
        case .plain, .number: return s
        case .name: code = "36"
        case .type: code = "33"
        case .predicate: code = "35"
        case .dim: code = "2"
        case .emphasis: code = "1"
        }
        return "\u{1B}[\(code)m\(s)\u{1B}[0m"
    }
}
