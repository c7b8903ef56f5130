import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// Issue 6, output safety: names carrying terminal control sequences (ANSI escapes,
/// right-to-left overrides, other controls) are escaped correctly in every export format.
@Suite("output safety in exports")
struct OutputSafetyTests {
    static let hostileNames = [
        "Evil\u{1B}[31mRed\u{1B}[0m Trust",
        "Reversed \u{202E}gnp.exe\u{202C} Board",
        "Isolated \u{2066}x\u{2069} \u{200F}mark\u{200E} \u{061C}",
        "Bell\u{07} Back\u{08}space \u{7F}del \u{85}nel \u{9B}2J csi",
        "Quote \" back\\slash, comma; semi <tag> & amp ]]>",
        "Line\nbreak\r\nand\ttab \u{2028}sep\u{2029}",
    ]

    static func graph() -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let doc = g.addDocument("evil\u{1B}[2J.txt")
        let ids = hostileNames.map { g.addEntity(name: $0, type: .organisation, aliases: [$0 + " alias"]) }
        for (a, b) in zip(ids, ids.dropFirst()) {
            let s = "Sentence with \u{1B}]0;title\u{07} and \u{202E}override."
            g.addRelation(a, .partOf, b, role: "role\u{1B}[1m", evidence: [Evidence(document: doc, sentence: s, start: 0, end: s.utf8.count)])
        }
        return g
    }

    /// Scalars no export may write raw: C0 other than tab/newline/CR, DEL, C1, bidi controls.
    static func rawUnsafe(_ text: String, allowingTabsAndNewlines: Bool = true) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            if allowingTabsAndNewlines, s == "\n" || s == "\t" || s == "\r" { return false }
            switch s.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    @Test func jsonEscapesEveryControlAndBidiCharacterAndRoundTrips() throws {
        let g = Self.graph()
        let text = try JSONExporter().string(g)
        #expect(Self.rawUnsafe(text).isEmpty, "\(Self.rawUnsafe(text))")
        #expect(text.contains(#"Evil\u001b[31mRed"#) && text.contains(#"\u202egnp.exe\u202c"#) && text.contains(#"\u0085nel"#) && text.contains(#"\u007fdel"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let names = (parsed["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == Self.hostileNames)
        let file = NSTemporaryDirectory() + "rg-hostile-\(UUID().uuidString).json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try JSONImporter.read(path: file).graph.entities.map(\.name) == Self.hostileNames)
    }

    @Test func graphMLIsWellFormedAndKeepsEverythingXMLCanHold() throws {
        let text = try GraphMLExporter().string(Self.graph())
        // XML 1.0 cannot hold C0 controls (ESC, BEL, BS) even as references: they become U+FFFD.
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        let back = try GraphMLImporter().read(bytes: Array(text.utf8), name: "hostile.graphml")
        let expected = Self.hostileNames.map { name in
            String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" ? "\u{FFFD}" : $0 }))
        }
        #expect(back.graph.entities.map(\.name) == expected)
        // xmllint, when present, agrees the file is well-formed.
        if TestEnv.onPath("xmllint") {
            let file = NSTemporaryDirectory() + "rg-hostile-\(UUID().uuidString).graphml"
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            #expect(try TestEnv.run(["xmllint", "--noout", "--nonet", file]).status == 0)
        }
    }

    @Test func dotQuotesEveryLabelAndDropsControlsAndBidiCharacters() throws {
        let text = try DOTExporter().string(Self.graph())
        #expect(Self.rawUnsafe(text).isEmpty, "\(Self.rawUnsafe(text))")
        #expect(!text.contains("\r") && !text.contains("\t"))
        #expect(text.contains(#"Quote \" back\\slash"#))
        // Every line is a statement, a brace or part of the legend: no label broke out of its quotes.
        for line in text.split(separator: "\n") {
            let quotes = line.utf8.enumerated().filter { $0.element == 0x22 && ($0.offset == 0 || Array(line.utf8)[$0.offset - 1] != 0x5C) }.count
            #expect(quotes % 2 == 0, "\(line)")
        }
    }

    /// Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text.unicodeScalars)[...]
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" { if it.first == "\"" { field.unicodeScalars.append("\""); it.removeFirst() } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func neo4jCSVQuotesEveryFieldSoNamesComeBackExactly() throws {
        let nodes = try Neo4jExporter(part: .nodes).string(Self.graph())
        let rows = Self.parseCSV(nodes)
        let header = try #require(rows.first)
        let nameColumn = try #require(header.firstIndex { $0.hasPrefix("name") })
        #expect(rows.dropFirst().map { $0[nameColumn] } == Self.hostileNames)
        #expect(rows.allSatisfy { $0.count == header.count })
        let relationships = Self.parseCSV(try Neo4jExporter(part: .relationships).string(Self.graph()))
        #expect(relationships.allSatisfy { $0.count == relationships[0].count })
        #expect(relationships.count == Self.hostileNames.count)
    }
}
