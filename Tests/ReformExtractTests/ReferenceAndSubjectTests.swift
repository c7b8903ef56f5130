import ReformCore
import Testing
@testable import ReformExtract

/// Short references ("the Fund", "its chairman"), subjects separated from their verbs
/// (appositives, pronouns), membership lists, boards named after their parent body, and
/// renamings stated with "became" or "(now ...)". Each has a negative case.
@Suite struct ReferenceAndSubjectTests {
    static let lexicon: Lexicon = {
        try! Lexicon.parse("""
        [stp form]
        Sustainability and Transformation Plan
        Sustainability and Transformation Partnership | STP
        [ics form]
        Integrated Care System | ICS
        [ccg form]
        Primary Care Group
        Primary Care Trust
        [national_body]
        National Health Service | NHS
        NHS England
        [think_tank]
        The King's Fund | Kings Fund
        Nuffield Trust
        [company]
        Kaiser Permanente
        UnitedHealth Group | UnitedHealth
        Acme Pharma
        Bolt Medical
        [organisation]
        World Economic Forum | WEF
        [association]
        Shelford Group
        NHS Confederation
        [committee]
        Health and Social Care Committee
        [person]
        Simon Stevens
        Tony Blair
        """, source: "test.txt")
    }()

    @Test("'the Fund' refers to the last body whose name ends in Fund; a modifier use does not")
    func definiteDescription() {
        let g = TestSupport.graph("""
        The King's Fund published a paper on integration.
        Since then the Fund promotes Kaiser Permanente as a model.
        """, lexicon: Self.lexicon)
        #expect(g.has("The King's Fund", .supports, "Kaiser Permanente"), "\(g.relationLines)")
        let h = TestSupport.graph("""
        Nuffield Trust staff spoke twice.
        Later the Trust economist criticised Kaiser Permanente.
        """, lexicon: Self.lexicon)
        #expect(!h.has("Nuffield Trust", .criticised, "Kaiser Permanente"), "\(h.relationLines)")
    }

    @Test("'its chairman, X' and 'its members include A and B' belong to the body the previous sentence is about")
    func itsMembers() {
        let g = TestSupport.graph("""
        The Health and Social Care Committee has a small secretariat.
        Its members include Jane Holloway and Peter Quint, as well as its chairman, Roger Blyth.
        """, lexicon: Self.lexicon)
        #expect(g.has("Jane Holloway", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(g.has("Peter Quint", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(g.has("Roger Blyth", .leads, "Health and Social Care Committee"), "\(g.relationLines)")
    }

    @Test("affiliates listed without a body named in the sentence join the body the text is about; not without one")
    func affiliatesOfTopic() {
        let g = TestSupport.graph("""
        The NHS Confederation runs an annual conference.
        Corporate affiliates in recent years include the firms Acme Pharma and Bolt Medical.
        """, lexicon: Self.lexicon)
        #expect(g.has("Acme Pharma", .memberOf, "NHS Confederation"), "\(g.relationLines)")
        #expect(g.has("Bolt Medical", .memberOf, "NHS Confederation"), "\(g.relationLines)")
        let h = TestSupport.graph("""
        Costs rose sharply that winter.
        Corporate affiliates in recent years include the firms Acme Pharma and Bolt Medical.
        """, lexicon: Self.lexicon)
        #expect(!h.relationLines.contains { $0.contains("member_of") }, "\(h.relationLines)")
    }

    @Test("people picked out of a body's executives by 'like' or 'such as' are its members")
    func pickedMembers() {
        let g = TestSupport.graph("""
        Trusts sent chief executives of the Shelford Group, some of whom, like Ann Ridley, spoke, while others, such as Tom Varga and Lucy Hale, stayed silent.
        """, lexicon: Self.lexicon)
        #expect(g.has("Ann Ridley", .memberOf, "Shelford Group"), "\(g.relationLines)")
        #expect(g.has("Tom Varga", .memberOf, "Shelford Group"), "\(g.relationLines)")
        #expect(g.has("Lucy Hale", .memberOf, "Shelford Group"), "\(g.relationLines)")
    }

    @Test("an appositive's head is the subject of the verb after it, not the person inside it")
    func appositiveHead() {
        let g = TestSupport.graph("""
        Simon Stevens, once an aide to Tony Blair, joined UnitedHealth.
        Mary Coyle – head of a local hospital – also led the Nuffield Trust for a year.
        """, lexicon: Self.lexicon)
        #expect(g.has("Simon Stevens", .memberOf, "UnitedHealth Group"), "\(g.relationLines)")
        #expect(!g.has("Tony Blair", .memberOf, "UnitedHealth Group"), "\(g.relationLines)")
        #expect(g.has("Mary Coyle", .leads, "Nuffield Trust"), "\(g.relationLines)")
        // A person after another's clause keeps their own appositive role.
        let k = TestSupport.graph("The minister, Tony Blair, asked Peter Quint, a former chief executive of UnitedHealth, to report.",
                                  lexicon: Self.lexicon)
        #expect(k.has("Peter Quint", .leads, "UnitedHealth Group"), "\(k.relationLines)")
        let h = TestSupport.graph("Simon Stevens, once an aide to Tony Blair, never joined UnitedHealth.", lexicon: Self.lexicon)
        #expect(!h.has("Simon Stevens", .memberOf, "UnitedHealth Group"), "\(h.relationLines)")
    }

    @Test("'he was one of the members of X' inside a sentence belongs to the person named before 'he'")
    func pronounInside() {
        let g = TestSupport.graph("""
        Rachel Moss spoke at length, and later he said nothing; Simon Stevens told the panel that he was one of the 12 members of the NHS Confederation.
        """, lexicon: Self.lexicon)
        #expect(g.has("Simon Stevens", .memberOf, "NHS Confederation"), "\(g.relationLines)")
        #expect(!g.has("Rachel Moss", .memberOf, "NHS Confederation"), "\(g.relationLines)")
    }

    @Test("a board named after a known body is part of it and one entity with the short name")
    func subBody() {
        let g = TestSupport.graph("""
        A Steering Board met twice a year.
        Simon Stevens chaired the WEF Steering Board for the first report.
        """, lexicon: Self.lexicon)
        #expect(g.has("WEF Steering Board", .partOf, "World Economic Forum"), "\(g.relationLines)")
        #expect(g.lookup("Steering Board", type: .committee) == g.lookup("WEF Steering Board", type: .committee))
        let h = TestSupport.graph("The NHS Widget Board met.", lexicon: Self.lexicon)
        #expect(!h.has("NHS Widget Board", .partOf, "National Health Service"), "\(h.relationLines)")
        #expect(h.lookup("NHS Widget Board").first != h.lookup("NHS").first)
    }

    @Test("forms that 'became' each other under a new last word were renamed; '(now X)' renames too")
    func renamings() {
        let g = TestSupport.graph("""
        In 2017 Sustainability and Transformation Plans became Sustainability and Transformation Partnerships.
        Sustainability and Transformation Partnerships become Integrated Care Systems.
        """, lexicon: Self.lexicon)
        #expect(g.has("Sustainability and Transformation Plan", .renamedTo, "Sustainability and Transformation Partnership"), "\(g.relationLines)")
        #expect(g.has("Sustainability and Transformation Partnership", .evolvedInto, "Integrated Care System"), "\(g.relationLines)")
        let k = TestSupport.graph("Almost every Primary Care Group became a Primary Care Trust.", lexicon: Self.lexicon)
        #expect(k.has("Primary Care Group", .evolvedInto, "Primary Care Trust"), "\(k.relationLines)")
        #expect(!k.has("Primary Care Group", .renamedTo, "Primary Care Trust"), "\(k.relationLines)")
        let h = TestSupport.graph("""
        Primary Care Trusts were discussed.
        The review of Primary Care Groups (now Trusts) was delayed.
        """, lexicon: Self.lexicon)
        #expect(h.has("Primary Care Group", .renamedTo, "Primary Care Trust"), "\(h.relationLines)")
    }
}

/// Criticism and support stated through intent, gerunds, pronouns and qualified names.
@Suite struct StanceClauseTests {
    @Test("promising to abolish something opposes it; a negated promise does not")
    func intentToAbolish() {
        let g = TestSupport.graph("""
        In opposition, the Labour Party promised to abolish the Five Year Forward View.
        NHS Providers never pledged to scrap integrated care boards.
        """)
        #expect(g.has("Labour Party", .criticised, "Five Year Forward View"), "\(g.relationLines)")
        #expect(!g.has("NHS Providers", .criticised, "Integrated Care Board"), "\(g.relationLines)")
    }

    @Test("'by taking on X' and 'chose to attack X' state the subject's criticism")
    func gerundAndIntent() {
        let g = TestSupport.graph("""
        The Nuffield Trust made the news by attacking the Health and Care Act 2022.
        Later the Health Foundation chose to attack the Five Year Forward View.
        """)
        #expect(g.has("Nuffield Trust", .criticised, "Health and Care Act 2022"), "\(g.relationLines)")
        #expect(g.has("The Health Foundation", .criticised, "Five Year Forward View"), "\(g.relationLines)")
    }

    @Test("'he' inside a sentence attacks for the person the text is about, even a person's work")
    func pronounMidSentence() {
        let g = TestSupport.graph("""
        Professor Hannah Reid gave evidence to the panel.
        She had read articles by Dr Peter Khalil.
        Rather than answer the question she simply chose to attack Peter Khalil's work.
        """)
        #expect(g.has("Hannah Reid", .criticised, "Peter Khalil"), "\(g.relationLines)")
        let h = TestSupport.graph("""
        Professor Hannah Reid gave evidence to the panel.
        The paper which she attacked was by Dr Peter Khalil.
        """)
        #expect(!h.has("Hannah Reid", .criticised, "Peter Khalil"), "\(h.relationLines)")
    }

    @Test("a sentence-initial 'Labour' before a verb is the party when the text names it elsewhere; 'Labour costs' is not")
    func sentenceInitialParty() {
        let g = TestSupport.graph("""
        The Labour Party won in 1997.
        Labour also backed the Five Year Forward View.
        Labour costs rose.
        """)
        #expect(g.has("Labour Party", .supports, "Five Year Forward View"), "\(g.relationLines)")
        let h = TestSupport.graph("Labour also backed the Five Year Forward View.")
        #expect(!h.has("Labour Party", .supports, "Five Year Forward View"), "\(h.relationLines)")
    }

    @Test("a party name right before a quoted name qualifies it: the verb's object is the quoted name")
    func partyQualifier() {
        let lex = try! Lexicon.parse("""
        [party]
        Labour Party | Labour
        Conservative Party | Conservative
        [programme]
        Private Finance Initiative | PFI
        """, source: "test.txt")
        let g = TestSupport.graph("The Labour Party embraced the Conservative ‘Private Finance Initiative’ in 1997.", lexicon: lex)
        #expect(g.has("Labour Party", .supports, "Private Finance Initiative"), "\(g.relationLines)")
        #expect(!g.has("Labour Party", .supports, "Conservative Party"), "\(g.relationLines)")
    }
}

/// Roles, advice and membership stated around the subject rather than next to it.
@Suite struct RoleClauseTests {
    @Test("a surname ending in s names the person again ('Stevens'), and 'A, who sat alongside B in X' makes A a member")
    func surnameAndAlongside() {
        let g = TestSupport.graph("""
        Simon Stevens spoke first.
        The minister, Lord Darzi, who also sat alongside Stevens in the WEF Steering Board, spoke next.
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Lord Darzi", .memberOf, "WEF Steering Board"), "\(g.relationLines)")
        #expect(!g.has("Simon Stevens", .memberOf, "WEF Steering Board"), "\(g.relationLines)")
    }

    @Test("a body's membership described in its own sentence includes what follows 'include'")
    func subjectMembership() {
        let g = TestSupport.graph("The NHS Confederation has a small corporate membership, though this does include Acme Pharma.",
                                  lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Acme Pharma", .memberOf, "NHS Confederation"), "\(g.relationLines)")
        let h = TestSupport.graph("The NHS Confederation has a small budget, though this does include Acme Pharma.",
                                  lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(!h.has("Acme Pharma", .memberOf, "NHS Confederation"), "\(h.relationLines)")
    }

    @Test("'A (with his colleague B) of X was an adviser to the inquiry': A and B advise the committee, not X")
    func advisersOfInquiry() {
        let g = TestSupport.graph("""
        The Health and Social Care Committee opened hearings.
        Professor Peter Quint (along with his colleague Jane Holloway) of the Nuffield Trust was a specialist adviser to the inquiry.
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Peter Quint", .advises, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(g.has("Jane Holloway", .advises, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(!g.has("Nuffield Trust", .advises, "Health and Social Care Committee"), "\(g.relationLines)")
        // A named inquiry is the one "the inquiry" means, not the committee named before it.
        let h = TestSupport.graph("""
        The Health and Social Care Committee met in May.
        The Westshire Hospital Public Inquiry reported in 2013.
        Peter Quint was an adviser to the inquiry.
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(!h.has("Peter Quint", .advises, "Health and Social Care Committee"), "\(h.relationLines)")
    }

    @Test("'led the X programme, Name,' leads the named body; a name after a closing clause is not the object")
    func appositionObject() {
        let g = TestSupport.graph("""
        Sir Peter Quint has led the research programme, the Nuffield Trust, for years.
        Jane Holloway criticised the new plan, NHS England said.
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Peter Quint", .leads, "Nuffield Trust"), "\(g.relationLines)")
        #expect(!g.has("Jane Holloway", .criticised, "NHS England"), "\(g.relationLines)")
    }

    @Test("'As well as being director of X, Y ...' gives Y the role; without a role word nothing")
    func frontedRole() {
        let g = TestSupport.graph("As well as being Director of the Nuffield Trust, Peter Quint is also a surgeon.",
                                  lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Peter Quint", .leads, "Nuffield Trust"), "\(g.relationLines)")
        let h = TestSupport.graph("As well as being critical of the Nuffield Trust, Peter Quint is also a surgeon.",
                                  lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(!h.has("Peter Quint", .leads, "Nuffield Trust"), "\(h.relationLines)")
        #expect(!h.has("Peter Quint", .memberOf, "Nuffield Trust"), "\(h.relationLines)")
    }

    @Test("an unknown acronym spelled by a form the document writes out stands for it; other acronyms do not")
    func inferredAcronym() {
        let lex = try! Lexicon.parse("""
        [aco form]
        Accountable Care Organisation | ACO
        Accountable Care Partnership
        """, source: "test.txt")
        let g = TestSupport.graph("""
        An Accountable Care Partnership is one model.
        Accountable Care Organisations which include ACPs were defined.
        The XYZs were not.
        """, lexicon: lex)
        #expect(g.has("Accountable Care Partnership", .subtypeOf, "Accountable Care Organisation"), "\(g.relationLines)")
        #expect(g.lookup("XYZ").isEmpty)
    }
}

/// Lineage stated as work moving from one body to another, and plural forms of a place.
@Suite struct TransferLineageTests {
    @Test("'transferred commissioning from X to new Y' and 'X was abolished, its work passing to Y' are replacements")
    func transfers() {
        let lex = try! Lexicon.parse("""
        [pct form]
        Primary Care Trust | PCT
        [ccg form]
        Clinical Commissioning Group | CCG
        [national_body]
        Health Protection Agency | HPA
        Public Health England | PHE
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The reform transferred most commissioning from primary care trusts to new clinical commissioning groups.
        The Health Protection Agency was abolished too, its work passing to Public Health England.
        """, lexicon: lex)
        #expect(g.has("Primary Care Trust", .replacedBy, "Clinical Commissioning Group"), "\(g.relationLines)")
        #expect(g.has("Health Protection Agency", .replacedBy, "Public Health England"), "\(g.relationLines)")
        let h = TestSupport.graph("""
        Staff moved between primary care trusts and clinical commissioning groups.
        The Health Protection Agency was not abolished, and its work never passed to Public Health England.
        """, lexicon: lex)
        #expect(h.relationLines.isEmpty, "\(h.relationLines)")
    }

    @Test("'CCGs of Greater Manchester' are the form there, not a body called that; 'APPG on Health' is a body")
    func pluralFormOfPlace() {
        let lex = try! Lexicon.parse("""
        [ccg form]
        Clinical Commissioning Group | CCG
        [committee form]
        All-Party Parliamentary Group | APPG
        [place]
        Greater Manchester
        """, source: "test.txt")
        let g = TestSupport.graph("The ten CCGs of Greater Manchester merged. The APPG on Health met.", lexicon: lex)
        #expect(g.lookup("CCGs of Greater Manchester").isEmpty, "\(g.entities.map(\.name))")
        #expect(!g.lookup("APPG on Health").isEmpty, "\(g.entities.map(\.name))")
    }
}

/// Signature blocks: a name, then lines of posts without verbs.
@Suite struct SignatureBlockTests {
    static let lexicon: Lexicon = {
        try! Lexicon.parse("""
        [national_body]
        Parliamentary Under-Secretary of State | Parliamentary Under Secretary of State
        [organisation]
        Imperial College London
        [trust]
        Imperial College Healthcare NHS Trust
        Royal Marsden NHS Foundation Trust | Royal Marsden Hospital NHS Foundation Trust
        """, source: "test.txt")
    }()

    @Test("post lines under a signed name give membership; an office line alone gives the office")
    func signature() {
        let g = TestSupport.graph("""
        With best wishes,

        Professor Helen Marsh
        Parliamentary Under Secretary of State

        Visiting Chair of Medicine,
        Imperial College London
        Honorary Consultant Physician,
        Imperial College Healthcare NHS Trust
        and the Royal Marsden Hospital
        NHS Foundation Trust
        """, lexicon: Self.lexicon)
        #expect(g.has("Helen Marsh", .leads, "Parliamentary Under-Secretary of State"), "\(g.relationLines)")
        #expect(g.has("Helen Marsh", .memberOf, "Imperial College London"), "\(g.relationLines)")
        #expect(g.has("Helen Marsh", .memberOf, "Imperial College Healthcare NHS Trust"), "\(g.relationLines)")
        #expect(g.has("Helen Marsh", .memberOf, "Royal Marsden NHS Foundation Trust"), "\(g.relationLines)")
    }

    @Test("lines of prose after a name are no posts")
    func proseIsNoSignature() {
        let g = TestSupport.graph("""
        Professor Helen Marsh spoke
        about research and teaching,
        Imperial College London
        and its partners
        """, lexicon: Self.lexicon)
        #expect(!g.has("Helen Marsh", .memberOf, "Imperial College London"), "\(g.relationLines)")
    }
}

/// Programmes named after a form, and submissions as responses.
@Suite struct ProgrammeAndSubmissionTests {
    @Test("'director of NHS England's STP programme' leads the programme and belongs to NHS England")
    func formProgramme() {
        let g = TestSupport.graph("Peter Quint, now policy director of NHS England's STP programme, spoke.")
        #expect(g.lookup("STP programme", type: .programme).count == 1, "\(g.entities.map(\.name))")
        #expect(g.has("Peter Quint", .leads, "STP programme"), "\(g.relationLines)")
        #expect(g.has("Peter Quint", .memberOf, "NHS England"), "\(g.relationLines)")
    }

    @Test("a body that put in a submission responded to the document's inquiry; a report describing it is not the target")
    func submissions() {
        let g = TestSupport.graph("""
        The Northfield Council, hit hard by the Five Year Forward View, put in a written submission.
        The submission from NHS Providers was strongly worded.
        Evidence was later published by the Sustainability and Transformation Partnerships Inquiry 2017.
        """)
        let inquiry = "Sustainability and Transformation Partnerships Inquiry"
        #expect(g.has("Northfield Council", .respondedTo, inquiry), "\(g.relationLines)")
        #expect(g.has("NHS Providers", .respondedTo, inquiry), "\(g.relationLines)")
        #expect(!g.has("Northfield Council", .respondedTo, "Five Year Forward View"), "\(g.relationLines)")
        let h = TestSupport.graph("""
        NHS Providers did not put in a submission.
        The Sustainability and Transformation Partnerships Inquiry 2017 closed.
        """)
        #expect(!h.has("NHS Providers", .respondedTo, inquiry), "\(h.relationLines)")
    }
}

/// Warnings and welcomes.
@Suite struct WarningAndWelcomeTests {
    @Test("'warned that X would fragment ...' criticises X; a warning without harm to X does not")
    func warnings() {
        let g = TestSupport.graph("""
        The Nuffield Trust warned that the Health and Care Act 2022 would fragment services.
        NHS Providers warned that the Five Year Forward View would need more money.
        """)
        #expect(g.has("Nuffield Trust", .criticised, "Health and Care Act 2022"), "\(g.relationLines)")
        #expect(!g.has("NHS Providers", .criticised, "Five Year Forward View"), "\(g.relationLines)")
    }

    @Test("'welcomed X' supports X; 'did not welcome' does not")
    func welcomes() {
        let g = TestSupport.graph("""
        The King's Fund welcomed the Five Year Forward View.
        NHS Providers did not welcome the Health and Care Act 2022.
        """)
        #expect(g.has("The King's Fund", .supports, "Five Year Forward View"), "\(g.relationLines)")
        #expect(!g.has("NHS Providers", .supports, "Health and Care Act 2022"), "\(g.relationLines)")
    }
}

/// Local bodies named with a place's possessive.
@Suite struct PlacePossessiveTests {
    @Test("'Kent's Medway Valley CCG' covers Kent; a form after a place's possessive covers nothing")
    func placePossessive() {
        let lex = try! Lexicon.parse("""
        [ccg form]
        Clinical Commissioning Group | CCG
        [place]
        Kent
        """, source: "test.txt")
        let g = TestSupport.graph("Kent's Medway Valley CCG met. Kent's clinical commissioning groups met.", lexicon: lex)
        #expect(g.has("Medway Valley CCG", .covers, "Kent"), "\(g.relationLines)")
        #expect(!g.has("Clinical Commissioning Group", .covers, "Kent"), "\(g.relationLines)")
    }
}

/// Years on lineage steps.
@Suite struct LineageYearTests {
    @Test("a lineage step in a sentence about one dated act takes the act's year; two acts of different years give none")
    func actYear() {
        let g = TestSupport.graph("CCGs were abolished by the Health and Care Act 2022 and replaced by integrated care boards.")
        let ccg = g.lookup("Clinical Commissioning Group").first!
        let r = g.outgoing(ccg).first { g[$0].predicate == .replacedBy }
        #expect(r.map { g[$0].year } == 2022, "\(g.relationLines)")
        let h = TestSupport.graph("Between the Health and Social Care Act 2012 and the Health and Care Act 2022, CCGs were replaced by integrated care boards.")
        let c = h.lookup("Clinical Commissioning Group").first!
        let q = h.outgoing(c).first { h[$0].predicate == .replacedBy }
        #expect(q != nil && h[q!].year == nil, "\(h.relationLines)")
    }
}

/// "replaced X with Y" after another list item.
@Suite struct ReplacedWithTests {
    @Test("'created PCTs, and replaced the health authorities with SHAs' replaces the authorities, not the PCTs")
    func replacedWith() {
        let lex = try! Lexicon.parse("""
        [pct form]
        Primary Care Trust | PCT
        [sha form]
        Strategic Health Authority | SHA
        Health Authority
        [act]
        Health and Social Care Act 2012
        """, source: "test.txt")
        let g = TestSupport.graph("The government created primary care trusts, and replaced the health authorities with strategic health authorities.", lexicon: lex)
        #expect(g.has("Health Authority", .replacedBy, "Strategic Health Authority"), "\(g.relationLines)")
        #expect(!g.has("Health Authority", .replacedBy, "Primary Care Trust"), "\(g.relationLines)")
        // Only the verb's whole link counts: "abolished X in April" is no "in favour of".
        let h = TestSupport.graph("The Health and Social Care Act 2012 abolished primary care trusts in April 2013.", lexicon: lex)
        #expect(h.has("Primary Care Trust", .abolishedBy, "Health and Social Care Act 2012"), "\(h.relationLines)")
    }
}

/// A body's name written right before a report's.
@Suite struct BodyBeforeReportTests {
    @Test("'the NHS England Five Year Forward View' was published by NHS England; a committee's inquiry is authored by it")
    func bodyBeforeReport() {
        let lex = try! Lexicon.parse("""
        [national_body]
        NHS England
        [committee]
        Health Committee
        [report]
        Five Year Forward View
        Westshire Services Inquiry
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The statement was in the March 2017 NHS England Five Year Forward View document.
        She wrote to the Health Committee Westshire Services Inquiry in 2017.
        NHS England and the Five Year Forward View were discussed.
        """, lexicon: lex)
        #expect(g.has("NHS England", .published, "Five Year Forward View"), "\(g.relationLines)")
        #expect(g.has("Health Committee", .authored, "Westshire Services Inquiry"), "\(g.relationLines)")
        let h = TestSupport.graph("NHS England Five Year Forward View targets were missed.", lexicon: lex)
        #expect(!h.has("NHS England", .published, "Five Year Forward View"), "\(h.relationLines)")
    }
}

/// Offices next to names.
@Suite struct OfficeAppositionTests {
    @Test("'the Health Secretary, X, said' names the office holder; 'At the request of the Secretary of State, X conducted' does not")
    func officeApposition() {
        let g = TestSupport.graph("""
        The Secretary of State, Peter Quint, said so.
        At the request of the Secretary of State, Jane Holloway conducted a review.
        """)
        #expect(g.has("Peter Quint", .leads, "Secretary of State for Health and Social Care"), "\(g.relationLines)")
        #expect(!g.has("Jane Holloway", .leads, "Secretary of State for Health and Social Care"), "\(g.relationLines)")
    }
}

/// A person's committee.
@Suite struct PersonsCommitteeTests {
    @Test("'Jane Holloway's committee' is the last committee named, which she leads; without a committee named, nothing")
    func personsCommittee() {
        let g = TestSupport.graph("""
        The Health and Social Care Committee took evidence.
        Could Jane Holloway's committee have done more?
        """, lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(g.has("Jane Holloway", .leads, "Health and Social Care Committee"), "\(g.relationLines)")
        let h = TestSupport.graph("Could Jane Holloway's committee have done more?", lexicon: ReferenceAndSubjectTests.lexicon)
        #expect(h.relationLines.isEmpty, "\(h.relationLines)")
    }
}

/// Functions taken on, and forms that include other forms.
@Suite struct TakeOnAndIncludeTests {
    @Test("'ICBs took on the functions of CCGs' replaces CCGs; 'took on staff from' alone does not")
    func tookOn() {
        let g = TestSupport.graph("In 2022 integrated care boards took on the commissioning functions of clinical commissioning groups.")
        #expect(g.has("Clinical Commissioning Group", .replacedBy, "Integrated Care Board"), "\(g.relationLines)")
        let h = TestSupport.graph("Integrated care boards took on advice from clinical commissioning groups.")
        #expect(!h.has("Clinical Commissioning Group", .replacedBy, "Integrated Care Board"), "\(h.relationLines)")
    }

    @Test("a form that includes a form of another type has it as a part; of its own family, as a variant")
    func includes() {
        let lex = try! Lexicon.parse("""
        [ics form]
        Integrated Care System | ICS
        [icb form]
        Integrated Care Board | ICB
        [aco form]
        Accountable Care Organisation | ACO
        Accountable Care System | ACS
        """, source: "test.txt")
        let g = TestSupport.graph("""
        Each integrated care system includes an integrated care board.
        Accountable care organisations include accountable care systems.
        """, lexicon: lex)
        #expect(g.has("Integrated Care Board", .partOf, "Integrated Care System"), "\(g.relationLines)")
        #expect(!g.has("Integrated Care Board", .subtypeOf, "Integrated Care System"), "\(g.relationLines)")
        #expect(g.has("Accountable Care System", .subtypeOf, "Accountable Care Organisation"), "\(g.relationLines)")
    }
}

/// Bodies named by their place and by their form's acronym.
@Suite struct LocalBodyReferenceTests {
    static let lexicon: Lexicon = {
        try! Lexicon.parse("""
        [icb form]
        Integrated Care Board | ICB
        [ics form]
        Integrated Care System | ICS
        [icp form]
        Integrated Care Partnership | ICP
        [national_body]
        National Health Service | NHS
        NHS England
        [place]
        Cheshire and Merseyside
        """, source: "test.txt")
    }()

    @Test("'NHS <place>' is a body of its own; 'the ICB' after a named ICB is that ICB; no one joins a form")
    func localBodies() {
        let g = TestSupport.graph("""
        NHS Cheshire and Merseyside ICB serves the area.
        Peter Quint, chief executive of NHS Cheshire and Merseyside, joined the ICB from NHS England.
        """, lexicon: Self.lexicon)
        #expect(g.has("Peter Quint", .leads, "NHS Cheshire and Merseyside"), "\(g.relationLines)")
        #expect(!g.has("Peter Quint", .leads, "National Health Service"), "\(g.relationLines)")
        #expect(g.has("Peter Quint", .memberOf, "NHS Cheshire and Merseyside ICB"), "\(g.relationLines)")
        let h = TestSupport.graph("Peter Quint, a doctor, joined the ICB in 2022.", lexicon: Self.lexicon)
        #expect(!h.has("Peter Quint", .memberOf, "Integrated Care Board"), "\(h.relationLines)")
    }

    @Test("'an ICS is made up of an ICB and an ICP': the parts; a role after an appositive: 'is now director of policy at X'")
    func madeUpOfAndRoles() {
        let g = TestSupport.graph("Each integrated care system is made up of an integrated care board and an integrated care partnership.",
                                  lexicon: Self.lexicon)
        #expect(g.has("Integrated Care Board", .partOf, "Integrated Care System"), "\(g.relationLines)")
        #expect(g.has("Integrated Care Partnership", .partOf, "Integrated Care System"), "\(g.relationLines)")
        let h = TestSupport.graph("Jane Holloway, who once worked at NHS England, is now director of policy at the Nuffield Trust.")
        #expect(h.has("Jane Holloway", .memberOf, "Nuffield Trust"), "\(h.relationLines)")
        #expect(h.has("Jane Holloway", .memberOf, "NHS England"), "\(h.relationLines)")
    }
}

/// Verdicts in reported speech.
@Suite struct VerdictTests {
    @Test("'He said: the Act was a calamity' and 'described X as a failure' criticise; praise supports; a denial does neither")
    func verdicts() {
        let g = TestSupport.graph("""
        Professor Hannah Reid gave evidence.
        He said: ‘The Health and Social Care Act 2012 was a calamity for the service.’
        The Nuffield Trust described the Five Year Forward View as a failure.
        NHS Providers said the Health and Care Act 2022 was a success.
        The Health Foundation said the Five Year Forward View was not a failure.
        """)
        #expect(g.has("Hannah Reid", .criticised, "Health and Social Care Act 2012"), "\(g.relationLines)")
        #expect(g.has("Nuffield Trust", .criticised, "Five Year Forward View"), "\(g.relationLines)")
        #expect(g.has("NHS Providers", .supports, "Health and Care Act 2022"), "\(g.relationLines)")
        #expect(!g.has("The Health Foundation", .criticised, "Five Year Forward View"), "\(g.relationLines)")
    }
}

/// Preferences and later posts.
@Suite struct PreferenceAndLaterPostTests {
    @Test("'X, born in 2006, are NHS England's chosen engines' supports X; an appositive place is not the subject")
    func preferred() {
        let g = TestSupport.graph("Integrated care boards, first tried in England in 2019, are NHS England's chosen vehicles for change.")
        #expect(g.has("NHS England", .supports, "Integrated Care Board"), "\(g.relationLines)")
        #expect(!g.has("NHS England", .supports, "England"), "\(g.relationLines)")
        let h = TestSupport.graph("Integrated care boards are not NHS England's chosen vehicles.")
        #expect(!h.has("NHS England", .supports, "Integrated Care Board"), "\(h.relationLines)")
    }

    @Test("'X, formerly chair of A, and now working with B' joins B")
    func andNow() {
        let g = TestSupport.graph("Sir Peter Quint, formerly Chairman of the Nuffield Trust, and now working with NHS Providers, spoke.")
        #expect(g.has("Peter Quint", .memberOf, "NHS Providers"), "\(g.relationLines)")
        #expect(g.has("Peter Quint", .leads, "Nuffield Trust"), "\(g.relationLines)")
    }
}

