import Testing
@testable import ReformQuery

@Suite struct FormatterTests {
    @Test func tablesAlignWideAndCombiningCharacters() {
        let t = Table(key: "t", columns: ["name", "n"], rows: [[Cell("東京"), Cell(1)], [Cell("Cafe\u{301}"), Cell(22)], [Cell("ab"), Cell(3)]])
        let lines = ResultFormatter().renderTable(t)
        #expect(lines == ["name  n", "────  ──", "東京  1", "Café  22", "ab    3"])
    }

    @Test func longCellsAreCutExceptTheLastColumn() {
        let long = String(repeating: "x", count: 100)
        let t = Table(key: "t", columns: ["a", "b"], rows: [[Cell(long), Cell(long)]])
        let row = ResultFormatter(maxCellWidth: 10).renderTable(t)[2]
        #expect(row == "xxxxxxxxx…  " + long)
    }

    @Test func emptyColumnsAreDropped() {
        let t = Table(key: "t", columns: ["a", "empty", "c"], rows: [[Cell("1"), Cell(""), Cell("3")]])
        #expect(ResultFormatter().renderTable(t)[0] == "a  c")
    }

    @Test func rowsBeyondTheDisplayLimitAreCounted() {
        let t = Table(key: "t", columns: ["n"], rows: (0..<10).map { [Cell($0)] })
        let lines = ResultFormatter(maxRows: 3).renderTable(t)
        #expect(lines.count == 6)
        #expect(lines.last == "… 7 more rows not shown (`rows all` shows them)")
    }

    @Test func unsafeTextIsNeutralised() {
        #expect(TextSanitizer.neutralise("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TextSanitizer.neutralise("x\u{202E}y\u{2066}") == "x\\u{202E}y\\u{2066}")
        #expect(TextSanitizer.neutralise("line\nbreak\ttab") == "line break tab")
        #expect(TextSanitizer.neutralise("plain – “quotes” é") == "plain – “quotes” é")
    }

    @Test func jsonEscapesControlCharacters() {
        let v = JSONValue.object([("s", .string("a\"b\\c\n\u{1}\u{2028}")), ("n", .int(-3)), ("x", .null), ("b", .bool(true))])
        #expect(v.serialized() == #"{"s":"a\"b\\c\n\u0001\u2028","n":-3,"x":null,"b":true}"#)
    }

    @Test func colourWrapsStylesOnlyWhenOn() {
        var r = QueryResult(command: "x")
        r.line("hello", .emphasis)
        #expect(ResultFormatter(colour: true).render(r) == "\u{1B}[1mhello\u{1B}[0m\n")
        #expect(ResultFormatter(colour: false).render(r) == "hello\n")
    }
}
