import ReformCore
import Testing
@testable import ReformExtract

/// Shapes of names the lexicon does not know: quoted titles closed after a plural, hyphened
/// words, a form as an inquiry's subject, generic class names, posts named after people,
/// abbreviated place prefixes, and NHS-prefixed bodies.
@Suite struct NameShapeTests {
    @Test("'X and the Y' is two names; an acronym plural after 'of' stays in the name")
    func andTheAndObjectPlurals() {
        let lex = try! Lexicon.parse("""
        [association]
        NHS Providers
        NHS Confederation
        """, source: "test.txt")
        let g = TestSupport.graph("NHS Providers and the NHS Confederation wrote a joint letter. The Royal College of GPs replied.", lexicon: lex)
        #expect(g.lookup("NHS Providers", type: .association).first.map { g[$0].aliases.isEmpty } == true,
                "\(g.entities.map { ($0.name, $0.aliases) })")
        #expect(g.lookup("NHS Confederation", type: .association).count == 1, "\(g.entities.map(\.name))")
        #expect(g.entities.contains { $0.name == "Royal College of GPs" }, "\(g.entities.map(\.name))")
    }

    @Test("a quoted title ending in a plural closes at the apostrophe; a quoted name before 'campaign' is a programme")
    func quotedTitles() {
        let g = TestSupport.graph("""
        The National Audit Office set out its ‘Reducing Hospital Admissions’ report in 2018.
        Councils ran a nationwide ‘Move More Today’ campaign.
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.lookup("Reducing Hospital Admissions", type: .report).count == 1, "\(g.entities.map(\.name))")
        #expect(g.lookup("Move More Today", type: .programme).count == 1, "\(g.entities.map(\.name))")
        let h = TestSupport.graph("She said ‘many things’ about it.", lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(h.entities.isEmpty, "\(h.entities.map(\.name))")
    }

    @Test("'its' before a quoted report names the sentence's subject body as publisher")
    func itsReport() {
        let lex = try! Lexicon.parse("""
        [national_body]
        National Audit Office | NAO
        """, source: "test.txt")
        let g = TestSupport.graph("The National Audit Office documents failure in its ‘Reducing Hospital Admissions’ report.", lexicon: lex)
        #expect(g.has("National Audit Office", .published, "Reducing Hospital Admissions"), "\(g.relationLines)")
    }

    @Test("a hyphened lower-case word stays inside a name; a form before 'Inquiry' is the inquiry's subject")
    func hyphenAndInquiry() {
        let g = TestSupport.graph("""
        The Social Services and Well-being Act 2014 applies in Wales.
        Evidence went to the Sustainability and Transformation Partnerships Inquiry last year.
        """)
        #expect(g.lookup("Social Services and Well-being Act 2014", type: .act).count == 1, "\(g.entities.map(\.name))")
        #expect(g.lookup("Sustainability and Transformation Partnerships Inquiry", type: .report).count == 1, "\(g.entities.map(\.name))")
    }

    @Test("words for a kind of body ('District General Hospitals', 'County Council') name no body; a real name does")
    func genericClassNames() {
        let g = TestSupport.graph("""
        Many District General Hospitals lost services, and the County Council objected.
        Kirklees Council and the National Care Service were discussed.
        """)
        #expect(g.lookup("District General Hospitals").isEmpty, "\(g.entities.map(\.name))")
        #expect(g.lookup("County Council").isEmpty, "\(g.entities.map(\.name))")
        #expect(!g.lookup("Kirklees Council").isEmpty, "\(g.entities.map(\.name))")
        #expect(!g.lookup("National Care Service").isEmpty, "\(g.entities.map(\.name))")
    }

    @Test("a name before 'Chair of' names a post, not a person; a person before ', chair of' is one")
    func namedPosts() {
        let g = TestSupport.graph("""
        He held the David Hamlyn Chair of Surgery for ten years.
        Peter Quint, chair of the Nuffield Trust, spoke.
        """)
        #expect(g.lookup("David Hamlyn", type: .person).isEmpty, "\(g.entities.map(\.name))")
        #expect(!g.lookup("Peter Quint", type: .person).isEmpty, "\(g.entities.map(\.name))")
    }

    @Test("an acronym standing for a place's words before the same name is one body; other acronyms are not")
    func abbreviatedPrefix() {
        let g = TestSupport.graph("""
        The North West London Sustainability and Transformation Plan was published.
        Critics said the NWL Sustainability and Transformation Plan was rushed.
        The SEL Sustainability and Transformation Plan was not.
        """)
        let full = g.lookup("North West London Sustainability and Transformation Plan")
        #expect(!full.isEmpty && g.lookup("NWL Sustainability and Transformation Plan") == full, "\(g.entities.map(\.name))")
        #expect(g.lookup("SEL Sustainability and Transformation Plan") != full, "\(g.entities.map(\.name))")
    }

    @Test("an unknown name that starts with NHS is its own body, not the National Health Service")
    func nhsPrefixedNames() {
        let g = TestSupport.graph("The NHS Widget Observatory reported to the NHS.")
        let nhs = g.lookup("National Health Service")
        #expect(!g.lookup("NHS Widget Observatory").isEmpty, "\(g.entities.map(\.name))")
        #expect(g.lookup("NHS Widget Observatory") != nhs)
    }

    @Test("a plural possessive inside a name keeps it whole ('Planned Care Citizens’ Panel'); a singular one ends it")
    func pluralPossessiveInName() {
        let g = TestSupport.graph("""
        The Leeds Patients’ Panel met in May.
        The Nuffield Trust’s Research Panel met in June.
        """)
        #expect(g.lookup("Leeds Patients’ Panel", type: .committee).count == 1, "\(g.entities.map(\.name))")
        #expect(g.lookup("Nuffield Trust’s Research Panel").isEmpty, "\(g.entities.map(\.name))")
    }

    @Test("an unknown network or alliance is an organisation; a report titled 'Series: Subtitle' is the subtitle's report")
    func networksAndSubtitles() {
        let g = TestSupport.graph("""
        The Northern Health Data Network and the Coastal Health Science Alliance were formed.
        The report ‘NHS Future Review: Caring Closer to Home’ was published in May.
        The ‘Caring Closer to Home’ report set out ten principles.
        """)
        #expect(g.lookup("Northern Health Data Network", type: .organisation).count == 1, "\(g.entities.map(\.name))")
        #expect(g.lookup("Coastal Health Science Alliance", type: .organisation).count == 1, "\(g.entities.map(\.name))")
        let full = g.lookup("NHS Future Review: Caring Closer to Home", type: .report)
        #expect(full.count == 1 && g.lookup("Caring Closer to Home", type: .report) == full, "\(g.entities.map(\.name))")
    }

    @Test("a reference written 'Surname I, Surname I. Title. Journal Year' gives the authors of the title; prose does not")
    func vancouverReferences() {
        let g = TestSupport.graph("""
        Further reading follows.
        Okafor R, Lindqvist K. Waiting times in integrated care: a cohort study. BMJ Open 2021;11:e04.
        Brennan T. Hospital mergers and quality J Health Econ 2019;64:1-12
        """)
        #expect(g.has("R Okafor", .authored, "Waiting times in integrated care: a cohort study"), "\(g.relationLines)")
        #expect(g.has("K Lindqvist", .authored, "Waiting times in integrated care: a cohort study"), "\(g.relationLines)")
        #expect(g.has("T Brennan", .authored, "Hospital mergers and quality"), "\(g.relationLines)")
        let h = TestSupport.graph("The Nuffield Trust said that Okafor R. Lindqvist wrote it in 2019.")
        #expect(!h.relationLines.contains { $0.contains("authored") }, "\(h.relationLines)")
    }
}
