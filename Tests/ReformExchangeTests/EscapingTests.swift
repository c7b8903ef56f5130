import Testing
import ReformCore
@testable import ReformExchange

@Suite("Escaping, one function per format")
struct EscapingTests {
    @Test func xmlEscapesMarkupAndKeepsUnicode() {
        #expect(XMLText.escaped(#"a & b <c> "d" ]]> 'e'"#) == #"a &amp; b &lt;c&gt; "d" ]]&gt; 'e'"#)
        #expect(XMLText.escaped("\"q\"\tt\nn", attribute: true) == "&quot;q&quot;&#9;t&#10;n")
        #expect(XMLText.escaped("The King’s Fund Zoë 中文 🏥") == "The King’s Fund Zoë 中文 🏥")
        #expect(XMLText.escaped("tab\tnew\nline") == "tab\tnew\nline")
    }

    @Test func xmlKeepsCarriageReturnsAndReplacesWhatXMLCannotHold() {
        #expect(XMLText.escaped("a\r\nb") == "a&#13;\nb")
        #expect(XMLText.escaped("esc\u{1B}[0m nul\u{0}") == "esc\u{FFFD}[0m nul\u{FFFD}")
        #expect(XMLText.escaped("x\u{FFFE}y\u{FFFF}") == "x\u{FFFD}y\u{FFFD}")
        #expect(XMLText.escaped("c1 \u{85} ok") == "c1 \u{85} ok", "C1 controls are legal XML 1.0")
    }

    @Test func dotEscapesQuotesBackslashesAndNewlines() {
        #expect(DOTText.quotedString(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTText.quotedString(#"C:\Trust \N trailing\"#) == #""C:\\Trust \\N trailing\\""#)
        #expect(DOTText.quotedString("one\ntwo\r\nthree\tfour") == #""one\ntwo\nthree four""#)
        #expect(DOTText.quotedString("node") == #""node""#)
        #expect(DOTText.quotedString("The King’s Fund 🏥") == "\"The King’s Fund 🏥\"")
    }

    @Test func dotDropsControlsAndBidiOverrides() {
        #expect(DOTText.quotedString("a\u{1B}[31mb\u{0}c\u{7F}\u{85}") == #""a[31mbc""#)
        #expect(DOTText.quotedString("x\u{2028}y\u{2029}z") == #""xyz""#)
        #expect(DOTText.quotedString("\u{202E}evil\u{202C} and \u{2066}iso\u{2069}") == #""evil and iso""#)
    }

    @Test func dotCapsLongLabelsWithoutBreakingAnEscape() {
        let long = String(repeating: "\\", count: 10_000)
        let q = DOTText.quotedString(long, limit: 101)
        #expect(q.utf8.count <= 103)
        #expect(q.hasSuffix("…\""))
        let inside = q.dropFirst().dropLast().dropLast() // quotes and the ellipsis
        #expect(inside.count % 2 == 0, "only whole \\\\ pairs: the closing quote is never escaped")
        #expect(DOTText.quotedString(String(repeating: "é", count: 5000)).utf8.count <= DOTText.defaultLimit + 2)
    }

    @Test func csvDoublesQuotesAndKeepsNewlines() {
        #expect(CSVText.fieldString(#"say "hi", ok"#) == #""say ""hi"", ok""#)
        #expect(CSVText.fieldString("a\nb") == "\"a\nb\"")
        let w = ByteWriter()
        CSVText.array(["CCG", "a;b"], to: w)
        CSVText.array([], to: w)
        try? w.flush()
        #expect(w.string == #""CCG;a,b""#)
    }

    @Test func neo4jLabels() {
        #expect(Neo4jExporter.label(.ccg) == "CCG")
        #expect(Neo4jExporter.label(.nationalBody) == "NationalBody")
        #expect(Neo4jExporter.label(.thinkTank) == "ThinkTank")
    }
}
