import ReformCore
import Testing
@testable import ReformExtract

@Suite struct MoreRuleTests {
    @Test("a local body named after a place the document names covers it")
    func covers() {
        let g = TestSupport.graph("Vale Royal CCG was busy. Vale Royal is a rural area.", lexicon: try! Lexicon.parse("""
            [ccg form]
            Clinical Commissioning Group | CCG
            [place]
            Vale Royal
            """, source: "l.txt"))
        #expect(g.has("Vale Royal CCG", .covers, "Vale Royal"))
        #expect(g.has("Vale Royal CCG", .instanceOf, "Clinical Commissioning Group"))
    }

    @Test("members listed after 'include' belong to the body; offices before names are led")
    func lists() {
        let g = TestSupport.graph("Signatories from the Labour Party include Liz Kendall, Chuka Umunna and Frank Field. Former health secretaries Alan Milburn and Stephen Dorrell spoke.",
                                  lexicon: try! Lexicon.parse("""
            [party]
            Labour Party | Labour
            [national_body]
            Secretary of State for Health | Health Secretary
            """, source: "l.txt"))
        for p in ["Liz Kendall", "Chuka Umunna", "Frank Field"] { #expect(g.has(p, .memberOf, "Labour Party"), "\(p)") }
        #expect(g.has("Alan Milburn", .leads, "Health Secretary"))
        #expect(g.has("Stephen Dorrell", .leads, "Health Secretary"))
    }

    @Test("a known body whose written name ends in a form's name is an instance of it")
    func knownInstances() {
        let g = TestSupport.graph("The Cambridgeshire and Peterborough Integrated Care System agreed.", lexicon: try! Lexicon.parse("""
            [ics form]
            Integrated Care System | ICS
            [ics]
            Cambridgeshire and Peterborough ICS | Cambridgeshire and Peterborough Integrated Care System
            """, source: "l.txt"))
        #expect(g.has("Cambridgeshire and Peterborough ICS", .instanceOf, "Integrated Care System"))
    }

    @Test("quoted titles next to 'report' become reports; possessive authors write them")
    func quotedTitles() {
        let g = TestSupport.graph("The Lords produced their report, ‘The Long-Term Sustainability of the NHS’, in April 2017.")
        #expect(g.entity("The Long-Term Sustainability of the NHS")?.type == .report)
        let g2 = TestSupport.graph("Simon Stevens’ Five Year Forward View changed things.")
        #expect(g2.has("Simon Stevens", .authored, "Five Year Forward View"))
    }

    @Test("'otherwise known as' joins two names of one report; a known body written out in full keeps its entity")
    func aliases() throws {
        let g = TestSupport.graph("It drew on a report – ‘One Person, One Team, One System’, otherwise known as the Oldham Report – that was scripted by PwC.")
        let r = try #require(g.entity("Oldham Report"))
        #expect(r.allNames.contains("One Person, One Team, One System"))
        let lex = try! Lexicon.parse("[trust]\nRoyal Marsden NHS Foundation Trust | Royal Marsden\n[trust form]\nNHS Foundation Trust", source: "l.txt")
        let g2 = TestSupport.graph("He works at the Royal Marsden Hospital NHS Foundation Trust.", lexicon: lex)
        let t = try #require(g2.entity("Royal Marsden Hospital NHS Foundation Trust"))
        #expect(t.name == "Royal Marsden NHS Foundation Trust")
    }

    @Test("capitalised words before 'programme', 'campaign', 'service' name a programme")
    func programmes() throws {
        let g = TestSupport.graph("The World Class Commissioning programme and the NHS Reset campaign began. The Labour campaign did not.")
        let p = try #require(g.entity("World Class Commissioning"))
        #expect(p.type == .programme && p.allNames.contains("World Class Commissioning programme"))
        #expect(g.entity("NHS Reset")?.type == .programme)
        #expect(g.entities.filter { $0.type == .programme }.count == 2)
    }

    @Test("a plural title before coordinated surnames names each person")
    func pluralTitles() {
        let g = TestSupport.graph("The Lords Ribeiro and Kakkar sat on it.")
        #expect(g.entity("Lord Ribeiro")?.type == .person)
        #expect(g.entity("Lord Kakkar")?.type == .person)
    }

    @Test("pathological input: a huge sentence, deep brackets and repeated names finish and keep invariants")
    func pathological() {
        let words = ["North", "West", "London", "CCG", "NHS", "Ealing", "Trust", "Council", "Lord", "Smith", "and", "of", "Act", "2012", "Review"]
        var huge = ""
        for i in 0..<20_000 { huge += words[(i * 7 + i / 3) % words.count] + " " }
        let brackets = String(repeating: "(", count: 50_000) + "NHS" + String(repeating: ")", count: 50_000)
        let (g, report) = CorpusBuilder(lexicon: TestSupport.smallLexicon).build(documents: [
            (name: "huge.txt", text: huge), (name: "brackets.txt", text: brackets),
            (name: "deep.html", text: String(repeating: "<div>", count: 5_000) + "<p>NHS England.</p>"),
        ])
        #expect(report.documentsRead == 3)
        #expect(g.invariantViolation() == nil)
    }
}
