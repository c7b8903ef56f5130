import ReformCore
import Testing
@testable import ReformExtract

@Suite struct LexiconTests {
    @Test("sections give type and kind; aliases follow the canonical name")
    func parsesSections() throws {
        let lexicon = try Lexicon.parse("""
        # comment
        [ccg form]   # trailing comment
        Clinical Commissioning Group | CCG

        [think_tank]
        The King's Fund | King's Fund | Kings Fund
        """, source: "lexicon.txt")
        #expect(lexicon.entries.count == 2)
        #expect(lexicon.entries[0].type == .ccg && lexicon.entries[0].kind == .form && lexicon.entries[0].aliases == ["CCG"])
        #expect(lexicon.entries[1].type == .thinkTank && lexicon.entries[1].kind == .instance)
    }

    @Test("an unknown type names the file and line and suggests the nearest type")
    func unknownType() {
        do {
            _ = try Lexicon.parse("[ccg form]\nCCG\n\n[thinktank]\nNuffield Trust", source: "lexicon.txt")
            Issue.record("expected an error")
        } catch let e as LexiconError {
            #expect(e.line == 4)
            #expect(e.description.hasPrefix("lexicon.txt:4: unknown type 'thinktank'"))
            #expect(e.description.contains("did you mean 'think_tank'"))
            #expect(e.description.contains("known types:"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("names before any section, empty aliases and bad kinds are errors with line numbers")
    func otherErrors() {
        let cases: [(String, Int, String)] = [
            ("Nuffield Trust", 1, "before any [type] section"),
            ("[act]\nHealth Act 1999 | | 1999 Act", 2, "empty alias"),
            ("# x\n[act formal]", 2, "unknown kind 'formal'"),
            ("[act\nX", 1, "no closing ']'"),
        ]
        for (text, line, message) in cases {
            #expect(throws: LexiconError.self) { try Lexicon.parse(text, source: "l.txt") }
            if let e = (try? Lexicon.parse(text, source: "l.txt")) == nil ? catchError(text) : nil {
                #expect(e.line == line, "\(text)")
                #expect(e.message.contains(message), "\(e.message)")
            }
        }
    }

    private func catchError(_ text: String) -> LexiconError? {
        do { _ = try Lexicon.parse(text, source: "l.txt"); return nil } catch { return error as? LexiconError }
    }

    @Test("acronyms match only in capitals, with a plural s; other names fold case, plural and possessive")
    func matching() throws {
        let graph = TestSupport.graph("""
        The ccg met. Many CCGs closed. Clinical commissioning groups were busy.
        The King’s Fund said so, and the Kings Fund agreed.
        """)
        let ccg = try #require(graph.entity("Clinical Commissioning Group"))
        #expect(ccg.kind == .form)
        #expect(ccg.mentions == 2)
        #expect(ccg.aliases.contains("CCGs"))
        #expect(!ccg.aliases.contains("ccg"))
        let fund = try #require(graph.entity("The King's Fund"))
        #expect(fund.mentions == 2)
    }
}
