import ReformCore
import Testing
@testable import ReformExtract

@Suite struct EntityRuleTests {
    @Test("a place before a form word is a named instance of that form")
    func instances() throws {
        let g = TestSupport.graph("West Cheshire CCG and NHS Kent and Medway ICB met. Barking, Havering and Redbridge University Hospitals NHS Trust agreed.")
        let ccg = try #require(g.entity("West Cheshire CCG"))
        #expect(ccg.type == .ccg && ccg.kind == .instance)
        #expect(g.has("West Cheshire CCG", .instanceOf, "Clinical Commissioning Group"))
        #expect(g.entity("NHS Kent and Medway ICB")?.type == .icb)
        #expect(g.entity("Barking, Havering and Redbridge University Hospitals NHS Trust")?.type == .trust)
        #expect(g.has("Barking, Havering and Redbridge University Hospitals NHS Trust", .instanceOf, "NHS Trust"))
    }

    @Test("forms stay apart from instances; plural and singular forms are one entity")
    func forms() throws {
        let g = TestSupport.graph("Integrated care boards replaced CCGs. Each integrated care board is new. Vale Royal CCG closed.")
        let form = try #require(g.entity("Integrated Care Board"))
        #expect(form.kind == .form && form.mentions == 2)
        #expect(g.entity("Vale Royal CCG")?.kind == .instance)
        #expect(g.entity("Vale Royal CCG")?.id != g.entity("CCG")?.id)
    }

    @Test("people with titles, given names and role appositives; titles are dropped from names")
    func people() throws {
        let g = TestSupport.graph("""
        Professor the Lord Darzi of Denham wrote it. Later Ara Darzi spoke. Darzi agreed.
        Thea Stein, chief executive of the Nuffield Trust, said so. Chief executive Sarah Woolnough replied.
        """)
        let darzi = try #require(g.entity("Ara Darzi"))
        #expect(darzi.type == .person)
        #expect(darzi.allNames.contains("Lord Darzi"))
        #expect(darzi.mentions == 3)
        #expect(g.entity("Thea Stein")?.type == .person)
        #expect(g.entity("Sarah Woolnough")?.type == .person)
    }

    @Test("two people sharing a surname are not merged; a bare surname shared by two is left alone")
    func sameSurname() throws {
        let g = TestSupport.graph("Andy Burnham spoke. Later Sarah Burnham disagreed. Burnham left.")
        let a = try #require(g.entity("Andy Burnham")), s = try #require(g.entity("Sarah Burnham"))
        #expect(a.id != s.id)
        #expect(a.mentions == 1 && s.mentions == 1)
    }

    @Test("a short name joins the one full name with that surname across documents")
    func crossDocumentPeople() throws {
        let g = TestSupport.graph("Lord Kakkar spoke.", "Ajay Kakkar wrote a report.")
        let p = try #require(g.entity("Ajay Kakkar"))
        #expect(p.allNames.contains("Lord Kakkar"))
        #expect(g.entities.filter { $0.type == .person }.count == 1)
    }

    @Test("'Trust' is a think tank without NHS cues and an NHS trust with them")
    func trusts() throws {
        let g = TestSupport.graph("The Wellcome Trust funded it. Leeds Teaching Hospitals Trust objected.")
        #expect(g.entity("Wellcome Trust")?.type == .thinkTank)
        #expect(g.entity("Leeds Teaching Hospitals Trust")?.type == .trust)
    }

    @Test("acts with the year before, after or 'of' the year are one act; bills are acts")
    func acts() throws {
        let g = TestSupport.graph("The Care Standards Act 2000 passed. The 2000 Care Standards Act changed things. The Care Standards Act of 2000 stayed. The NHS Reinstatement Bill failed.")
        let act = try #require(g.entity("Care Standards Act 2000"))
        #expect(act.type == .act && act.mentions == 3)
        #expect(g.entity("NHS Reinstatement Bill")?.type == .act)
    }

    @Test("an acronym the document defines overrides the lexicon's reading there")
    func acronyms() throws {
        let g = TestSupport.graph("The Socialist Health Association (SHA) met. The SHA said no.", "The SHA was abolished.")
        let sha = try #require(g.entity("Socialist Health Association"))
        #expect(sha.mentions == 3)
        #expect(g.entity("Strategic Health Authority")?.mentions == 1)
        let g2 = TestSupport.graph("The Intensive Care National Audit and Research Centre (ICNARC) reported. ICNARC data showed it.")
        #expect(g2.entity("ICNARC")?.name == "Intensive Care National Audit and Research Centre")
    }

    @Test("an undefined acronym means the body the document names in full, not the lexicon's other reading")
    func acronymContext() throws {
        let g = TestSupport.graph("The Socialist Health Association met in May. The SHA opposed the plan.")
        #expect(g.entity("Socialist Health Association")?.mentions == 2)
        #expect(g.entity("Strategic Health Authority") == nil)
    }

    @Test("organisations by cue words: institutes, colleges, councils, reviews")
    func cues() {
        let g = TestSupport.graph("The Royal College of Emergency Medicine and Ealing Council wrote to the Institute for Fiscal Studies about the Hewitt Review.")
        #expect(g.entity("Royal College of Emergency Medicine")?.type == .association)
        #expect(g.entity("Ealing Council")?.type == .localAuthority)
        #expect(g.entity("Institute for Fiscal Studies")?.type == .thinkTank)
        #expect(g.entity("Hewitt Review")?.type == .report)
    }
}
