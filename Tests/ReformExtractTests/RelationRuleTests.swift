import ReformCore
import Testing
@testable import ReformExtract

@Suite struct RelationRuleTests {
    @Test("lineage in active and passive voice, with coordination and years")
    func lineage() throws {
        let g = TestSupport.graph("""
        Clinical commissioning groups were replaced by integrated care boards on 1 July 2022.
        Sustainability and Transformation Partnerships evolved into integrated care systems.
        Primary care trusts and strategic health authorities were abolished by the Health and Social Care Act 2012.
        Integrated care boards replaced CCGs.
        Sustainability and Transformation Plans were renamed Sustainability and Transformation Partnerships.
        """)
        #expect(g.has("Clinical Commissioning Group", .replacedBy, "Integrated Care Board"))
        let r = try #require(g.relation(g.lookup("CCG")[0], .replacedBy, g.lookup("ICB")[0]))
        #expect(g[r].year == 2022)
        #expect(g[r].evidence.count == 2)
        #expect(g.has("Sustainability and Transformation Partnership", .evolvedInto, "Integrated Care System"))
        #expect(g.has("Primary Care Trust", .abolishedBy, "Health and Social Care Act 2012"))
        #expect(g.has("Strategic Health Authority", .abolishedBy, "Health and Social Care Act 2012"))
        #expect(g.has("Sustainability and Transformation Plan", .renamedTo, "Sustainability and Transformation Partnership"))
    }

    @Test("quantifiers before a form do not hide the verb")
    func quantifiedObjects() {
        let g = TestSupport.graph("""
        In most areas an integrated care board replaced several clinical commissioning groups.
        Each strategic health authority took over from three regional health authorities.
        """)
        #expect(g.has("Clinical Commissioning Group", .replacedBy, "Integrated Care Board"), "\(g.relationLines)")
        let h = TestSupport.graph("An integrated care board replaced several offices of clinical commissioning groups.")
        #expect(!h.has("Clinical Commissioning Group", .replacedBy, "Integrated Care Board"), "\(h.relationLines)")
    }

    @Test("negated statements give no relation")
    func negation() {
        let g = TestSupport.graph("""
        The Health and Care Act 2022 did not abolish NHS England.
        Clinical commissioning groups were never replaced by primary care trusts.
        """)
        #expect(!g.has("NHS England", .abolishedBy, "Health and Care Act 2022"))
        #expect(!g.has("CCG", .replacedBy, "PCT"))
        #expect(g.relations.filter { $0.predicate.isSchema && $0.predicate != .instanceOf }.isEmpty, "\(g.relationLines)")
    }

    @Test("participles with 'by' are passive; 'no longer' negates")
    func passiveAndNoLonger() {
        let g = TestSupport.graph("""
        The Five Year Forward View was criticised by the Nuffield Trust.
        The King's Fund no longer supports the Five Year Forward View.
        """)
        #expect(g.has("Nuffield Trust", .criticised, "Five Year Forward View"))
        #expect(!g.has("Five Year Forward View", .criticised, "Nuffield Trust"))
        #expect(!g.has("King's Fund", .supports, "Five Year Forward View"))
    }

    @Test("an act that abolished one form and replaced it with another")
    func abolishedAndReplaced() {
        let g = TestSupport.graph("The Health and Care Act 2022 abolished CCGs and replaced them with integrated care boards.")
        #expect(g.has("CCG", .abolishedBy, "Health and Care Act 2022"))
        #expect(g.has("CCG", .replacedBy, "Integrated Care Board"))
    }

    @Test("established by an act, active and passive")
    func established() {
        let g = TestSupport.graph("CCGs were established by the Health and Social Care Act 2012. The Health and Care Act 2022 created integrated care boards.")
        #expect(g.has("CCG", .establishedBy, "Health and Social Care Act 2012"))
        #expect(g.has("ICB", .establishedBy, "Health and Care Act 2022"))
    }

    @Test("roles: leads with the role, membership, advice")
    func roles() throws {
        let g = TestSupport.graph("""
        In response to the Five Year Forward View, Sarah Woolnough, chief executive of The King's Fund, said it was bold.
        Nuffield Trust CEO, Thea Stein, added more.
        Jennifer Dixon of the Health Foundation agreed.
        Chris Ham was a specialist adviser to the Health and Social Care Committee.
        """)
        let r = try #require(g.relation(g.lookup("Sarah Woolnough")[0], .leads, g.lookup("King's Fund")[0], role: "chief executive"))
        #expect(g[r].role == "chief executive")
        #expect(g.has("Thea Stein", .leads, "Nuffield Trust"))
        #expect(g.has("Jennifer Dixon", .memberOf, "Health Foundation"))
        #expect(g.has("Sarah Woolnough", .respondedTo, "Five Year Forward View"))
        #expect(g.has("King's Fund", .respondedTo, "Five Year Forward View"))
    }

    @Test("published, authored, commissioned, criticised, supports")
    func influence() {
        let g = TestSupport.graph("""
        NHS England published the Five Year Forward View in 2014.
        The Nuffield Trust criticised the Health and Social Care Act 2012.
        The King's Fund called for the Five Year Forward View.
        Simon Stevens wrote the Five Year Forward View.
        The Department of Health and Social Care commissioned the Hewitt Review.
        """)
        #expect(g.has("NHS England", .published, "Five Year Forward View"))
        #expect(g.has("Nuffield Trust", .criticised, "Health and Social Care Act 2012"))
        #expect(g.has("King's Fund", .supports, "Five Year Forward View"))
        #expect(g.has("Simon Stevens", .authored, "Five Year Forward View"))
        #expect(g.has("Department of Health and Social Care", .commissioned, "Hewitt Review"))
    }

    @Test("references give publishers and authors with the cited year")
    func references() throws {
        let g = TestSupport.graph("NHS Providers (2021), Rebuilding the Workforce: A Plan for Recovery")
        #expect(g.has("NHS Providers", .published, "Rebuilding the Workforce: A Plan for Recovery"))
        let r = try #require(g.relations.first { $0.predicate == .published })
        #expect(r.year == 2021)
    }

    @Test("every relation keeps its sentence, document and byte range")
    func evidence() throws {
        let text = "Intro.\nIntegrated care boards replaced CCGs in 2022. End."
        let g = TestSupport.graph(text)
        let r = try #require(g.relations.first { $0.predicate == .replacedBy })
        let e = try #require(r.evidence.first)
        #expect(e.sentence == "Integrated care boards replaced CCGs in 2022.")
        #expect(g.documentName(e.document) == "doc0.txt")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == e.sentence)
        #expect(r.year == 2022)
    }
}
