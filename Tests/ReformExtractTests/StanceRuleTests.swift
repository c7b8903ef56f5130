import ReformCore
import Testing
@testable import ReformExtract

/// Stances stated with nouns and adjectives rather than verbs, and the other phrase rules
/// added for recall on unseen documents. Each has a negative case.
@Suite struct StanceRuleTests {
    @Test("supporter of, proponent of, in favour of: supports")
    func supportNouns() {
        let g = TestSupport.graph("""
        The Nuffield Trust was a strong supporter of integrated care systems.
        NHS Providers is a proponent of integrated care boards.
        The King's Fund argued in favour of the Five Year Forward View.
        """)
        #expect(g.has("Nuffield Trust", .supports, "Integrated Care System"), "\(g.relationLines)")
        #expect(g.has("NHS Providers", .supports, "Integrated Care Board"), "\(g.relationLines)")
        #expect(g.has("King's Fund", .supports, "Five Year Forward View"), "\(g.relationLines)")
    }

    @Test("concerns about, opposition to, sceptical of: criticised")
    func criticismNouns() {
        let g = TestSupport.graph("""
        NHS Providers expressed concerns about the Health and Care Act 2022.
        The Socialist Health Association voiced opposition to integrated care boards.
        The Health Foundation was sceptical of the Five Year Forward View.
        """)
        #expect(g.has("NHS Providers", .criticised, "Health and Care Act 2022"), "\(g.relationLines)")
        #expect(g.has("Socialist Health Association", .criticised, "Integrated Care Board"), "\(g.relationLines)")
        #expect(g.has("The Health Foundation", .criticised, "Five Year Forward View"), "\(g.relationLines)")
    }

    @Test("a stance needs an agent as subject, and a negation or a place gives none")
    func stanceNegatives() {
        let g = TestSupport.graph("""
        England is in favour of integrated care boards.
        NHS Providers was not a supporter of the Five Year Forward View.
        The Health and Care Act 2022 was sceptical of clinical commissioning groups.
        """)
        #expect(!g.has("England", .supports, "Integrated Care Board"))
        #expect(!g.has("NHS Providers", .supports, "Five Year Forward View"))
        #expect(!g.has("Health and Care Act 2022", .criticised, "Clinical Commissioning Group"))
    }

    @Test("covers: population and area words may follow the verb; other nouns may not")
    func coversPopulation() {
        let lex = try! Lexicon.parse("""
        [ccg form]
        Clinical Commissioning Group | CCG
        [icb form]
        Integrated Care Board | ICB
        [place]
        Kent
        Northwich
        Wigan
        """, source: "test.txt")
        let g = TestSupport.graph("""
        Medway ICB serves a population of about 2 million people in Kent.
        Vale Royal CCG covered the area of Northwich.
        Wigan CCG serves food to visitors in Kent.
        """, lexicon: lex)
        #expect(g.has("Medway ICB", .covers, "Kent"), "\(g.relationLines)")
        #expect(g.has("Vale Royal CCG", .covers, "Northwich"), "\(g.relationLines)")
        #expect(!g.has("Wigan CCG", .covers, "Kent"), "\(g.relationLines)")
    }

    static let peopleLexicon: Lexicon = try! Lexicon.parse("""
    [national_body]
    Minister of State for Health | health minister
    [company]
    UnitedHealth Group | UnitedHealth
    McKinsey & Company | McKinsey
    [association]
    British Medical Association | BMA
    [think_tank]
    Nuffield Trust
    [party]
    Liberal Democrats | Lib Dem
    [place]
    United States | US
    [person]
    Simon Stevens
    Allyson Pollock
    Norman Lamb
    Jeremy Hunt
    Tom Kibasi
    """, source: "test.txt")

    @Test("member_of: work phrases with descriptors, a pronoun subject, a party before an office")
    func membershipPhrases() {
        let g = TestSupport.graph("""
        Simon Stevens, then working for US insurance giant UnitedHealth, spoke.
        Allyson Pollock is a professor. She has taught at universities and has served on the council of the BMA.
        The former Lib Dem health minister Norman Lamb spoke.
        Tom Kibasi joined the consultancy McKinsey.
        """, lexicon: Self.peopleLexicon)
        #expect(g.has("Simon Stevens", .memberOf, "UnitedHealth"), "\(g.relationLines)")
        #expect(g.has("Allyson Pollock", .memberOf, "BMA"), "\(g.relationLines)")
        #expect(g.has("Norman Lamb", .memberOf, "Liberal Democrats"), "\(g.relationLines)")
        #expect(g.has("Tom Kibasi", .memberOf, "McKinsey"), "\(g.relationLines)")
    }

    @Test("member_of: no membership without a work phrase, or when negated")
    func membershipNegatives() {
        let g = TestSupport.graph("""
        Jeremy Hunt never joined the consultancy McKinsey.
        Tom Kibasi lives near the US insurance giant UnitedHealth.
        Allyson Pollock is a professor. She has written about the BMA.
        """, lexicon: Self.peopleLexicon)
        #expect(!g.has("Jeremy Hunt", .memberOf, "McKinsey"), "\(g.relationLines)")
        #expect(!g.has("Tom Kibasi", .memberOf, "UnitedHealth"), "\(g.relationLines)")
        #expect(!g.has("Allyson Pollock", .memberOf, "BMA"), "\(g.relationLines)")
    }

    static let proposalLexicon: Lexicon = try! Lexicon.parse("""
    [report]
    Better Care for Everyone
    Other Plan
    [aco form]
    Integrated Care Organisation
    [programme]
    Quality Service
    Care Navigator
    [committee]
    Standards Board
    Patient Panel
    """, source: "test.txt")

    @Test("a report's own proposals (a new X will, we will introduce X, piloting new X) are established by it")
    func reportProposals() {
        let g = TestSupport.graph("""
        North
        South
        East
        West
        Better Care for Everyone
        Final Report
        This report follows Better Care for Everyone and the Other Plan.
        A new Standards Board will advise ministers.
        We will introduce Quality Service in every region.
        We will do more by piloting new integrated care organisations.
        The new Patient Panel will meet monthly.
        A new Care Navigator was tried before.
        Better Care for Everyone sets the course. Better Care for Everyone is bold.
        """, lexicon: Self.proposalLexicon)
        #expect(g.has("Standards Board", .establishedBy, "Better Care for Everyone"), "\(g.relationLines)")
        #expect(g.has("Quality Service", .establishedBy, "Better Care for Everyone"), "\(g.relationLines)")
        #expect(g.has("Integrated Care Organisation", .establishedBy, "Better Care for Everyone"), "\(g.relationLines)")
        // "the new" names something that exists; no future, no proposal.
        #expect(!g.has("Patient Panel", .establishedBy, "Better Care for Everyone"), "\(g.relationLines)")
        #expect(!g.has("Care Navigator", .establishedBy, "Better Care for Everyone"), "\(g.relationLines)")
    }

    @Test("without a topic report, proposals are established by nothing")
    func proposalsNeedTopic() {
        let g = TestSupport.graph("""
        Ministers said a new Standards Board will advise them.
        We will introduce Quality Service in every region.
        """, lexicon: Self.proposalLexicon)
        #expect(g.relations.filter { $0.predicate == .establishedBy }.isEmpty, "\(g.relationLines)")
    }

    static let listLexicon: Lexicon = try! Lexicon.parse("""
    [aco form]
    Accountable Care System | ACS
    [ccg form]
    Clinical Commissioning Group | CCG
    [place]
    Dorset
    Kent
    Wigan
    [trust]
    Frimley Health
    """, source: "test.txt")

    @Test("lines listed under a plural form heading are instances of the form")
    func listUnderHeading() {
        let g = TestSupport.graph("""
        Some text comes first.

        The first Accountable Care Systems

          1. South Vale and Hillside
          2. Dorset
          3. Frimley Health
          4. Lakeshore (devolution deal)
          5. Frimley Health and Care

        More text follows here.
        """, lexicon: Self.listLexicon)
        #expect(g.has("South Vale and Hillside", .instanceOf, "Accountable Care System"), "\(g.relationLines)")
        #expect(g.has("Dorset", .instanceOf, "Accountable Care System"), "\(g.relationLines)")
        #expect(g.has("Lakeshore (devolution deal)", .instanceOf, "Accountable Care System"), "\(g.relationLines)")
        // A line that only starts with a known body's name is another body.
        #expect(g.has("Frimley Health and Care", .instanceOf, "Accountable Care System"), "\(g.relationLines)")
        // A body of another type named by the whole line keeps its type.
        #expect(!g.has("Frimley Health", .instanceOf, "Accountable Care System"), "\(g.relationLines)")
    }

    @Test("no list instances from two lines, a singular heading, or sentences")
    func listNegatives() {
        let two = TestSupport.graph("""
        Accountable Care Systems

          1. Dorset
          2. Kent
        """, lexicon: Self.listLexicon)
        let singular = TestSupport.graph("""
        Accountable Care System

          1. Wigan
          2. Dorset
          3. Kent
        """, lexicon: Self.listLexicon)
        let sentences = TestSupport.graph("""
        Accountable Care Systems

          1. They were set up in Dorset.
          2. Most of them failed in Kent.
          3. Some of them merged in Wigan.
        """, lexicon: Self.listLexicon)
        for g in [two, singular, sentences] {
            #expect(g.relations.filter { $0.predicate == .instanceOf }.isEmpty, "\(g.relationLines)")
            #expect(g.entity("Dorset")?.type == .place)
        }
    }

    @Test("a party or body 'under' a person is led by them, not when the person's work follows")
    func ledUnder() {
        let lex = try! Lexicon.parse("""
        [party]
        Labour Party | Labour
        [national_body]
        NHS England
        [person]
        Jeremy Corbyn
        Simon Stevens
        """, source: "test.txt")
        let g = TestSupport.graph("""
        Many were surprised when Labour under Jeremy Corbyn gained seats.
        NHS England under Simon Stevens's reforms changed course.
        """, lexicon: lex)
        #expect(g.has("Jeremy Corbyn", .leads, "Labour Party"), "\(g.relationLines)")
        #expect(!g.has("Simon Stevens", .leads, "NHS England"), "\(g.relationLines)")
    }

    @Test("a role of a body, then the person with party and title between")
    func roleWithPartyBetween() {
        let lex = try! Lexicon.parse("""
        [committee]
        Health Committee
        [party]
        Conservative Party | Conservative
        [person]
        Stephen Dorrell
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The former chair of the Commons Health Committee, the Conservative MP Stephen Dorrell, spoke.
        """, lexicon: lex)
        #expect(g.has("Stephen Dorrell", .leads, "Health Committee"), "\(g.relationLines)")
        let n = TestSupport.graph("""
        A critic of the Health Committee, the Conservative MP Stephen Dorrell, spoke.
        """, lexicon: lex)
        #expect(!n.has("Stephen Dorrell", .leads, "Health Committee"), "\(n.relationLines)")
        #expect(!n.has("Stephen Dorrell", .memberOf, "Health Committee"), "\(n.relationLines)")
    }

    @Test("a place's city region is a local authority; a party's is not")
    func cityRegion() {
        let lex = try! Lexicon.parse("""
        [place]
        Merseyside
        [party]
        Labour Party | Labour
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The Merseyside city region does not accept responsibility.
        The Labour city region won.
        """, lexicon: lex)
        #expect(g.entity("Merseyside city region")?.type == .localAuthority, "\(g.entities.map(\.name))")
        #expect(g.entity("Labour city region") == nil)
    }

    @Test("'he'/'she' as subject of a stance means the last person named")
    func pronounStances() {
        let lex = try! Lexicon.parse("""
        [act]
        Health and Care Act 2022
        [report]
        Five Year Forward View
        [ics form]
        Integrated Care System | ICS
        [national_body]
        NHS England
        [person]
        Jeremy Hunt
        Allyson Pollock
        Chris Ham
        """, source: "test.txt")
        let g = TestSupport.graph("""
        Jeremy Hunt spoke first. He criticised the Health and Care Act 2022 and the Five Year Forward View.
        Chris Ham spoke next. She is a strong supporter of integrated care systems.
        Allyson Pollock spoke. She did not criticise NHS England.
        """, lexicon: lex)
        #expect(g.has("Jeremy Hunt", .criticised, "Health and Care Act 2022"), "\(g.relationLines)")
        #expect(g.has("Jeremy Hunt", .criticised, "Five Year Forward View"), "\(g.relationLines)")
        #expect(g.has("Chris Ham", .supports, "Integrated Care System"), "\(g.relationLines)")
        #expect(!g.has("Allyson Pollock", .criticised, "NHS England"), "\(g.relationLines)")
        let n = TestSupport.graph("""
        He criticised NHS England before anyone was named.
        """, lexicon: lex)
        #expect(n.relations.filter { $0.predicate == .criticised }.isEmpty, "\(n.relationLines)")
    }

    @Test("a companion in parentheses shares the body: '(along with his colleague B) of X'")
    func parentheticalCompanion() {
        let lex = try! Lexicon.parse("""
        [think_tank]
        The King's Fund
        [party]
        Conservative Party
        [person]
        Chris Ham
        Anna Charles
        Jeremy Hunt
        Simon Stevens
        """, source: "test.txt")
        let g = TestSupport.graph("""
        Chris Ham (along with his colleague Anna Charles) of The King's Fund advised the inquiry.
        Jeremy Hunt (who once praised Simon Stevens) of the Conservative Party spoke.
        """, lexicon: lex)
        #expect(g.has("Chris Ham", .memberOf, "The King's Fund"), "\(g.relationLines)")
        #expect(g.has("Anna Charles", .memberOf, "The King's Fund"), "\(g.relationLines)")
        #expect(!g.has("Simon Stevens", .memberOf, "Conservative Party"), "\(g.relationLines)")
    }

    @Test("'committee member X', 'X, a member of the committee': the last committee named")
    func committeeMembers() {
        let lex = try! Lexicon.parse("""
        [committee]
        Health and Social Care Committee
        [person]
        Luciana Berger
        Andrew Selous
        Simon Stevens
        Chris Ham
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The Health and Social Care Committee met. He was asked by committee member Luciana Berger about it.
        Andrew Selous, a member of the committee, agreed.
        Simon Stevens, who is not a member of the committee, spoke. Chris Ham addressed the committee.
        """, lexicon: lex)
        #expect(g.has("Luciana Berger", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(g.has("Andrew Selous", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(!g.has("Simon Stevens", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        #expect(!g.has("Chris Ham", .memberOf, "Health and Social Care Committee"), "\(g.relationLines)")
        let none = TestSupport.graph("Luciana Berger, a member of the committee, spoke.", lexicon: lex)
        #expect(none.relations.isEmpty, "\(none.relationLines)")
    }

    @Test("an unknown acronym inside a comma list does not break the list")
    func acronymInList() {
        let lex = try! Lexicon.parse("""
        [aco form]
        Accountable Care Organisation | ACO
        Accountable Care System | ACS
        Multispecialty Community Provider | MCP
        Primary Care Home | PCH
        """, source: "test.txt")
        let g = TestSupport.graph("""
        NHS England named Accountable Care Organisations which include ACSs, ACPs, MCPs and PCHs.
        """, lexicon: lex)
        #expect(g.has("Accountable Care System", .subtypeOf, "Accountable Care Organisation"), "\(g.relationLines)")
        #expect(g.has("Multispecialty Community Provider", .subtypeOf, "Accountable Care Organisation"), "\(g.relationLines)")
        #expect(g.has("Primary Care Home", .subtypeOf, "Accountable Care Organisation"), "\(g.relationLines)")
        // A lower-case word still breaks it.
        let n = TestSupport.graph("""
        NHS England named Accountable Care Organisations which include ACSs, clinics, MCPs and PCHs.
        """, lexicon: lex)
        #expect(!n.has("Multispecialty Community Provider", .subtypeOf, "Accountable Care Organisation"), "\(n.relationLines)")
    }

    @Test("a body's mandate, manifesto or white paper is a report; a person's is not")
    func bodyDocuments() {
        let lex = try! Lexicon.parse("""
        [national_body]
        NHS England
        [party]
        Labour Party | Labour
        [person]
        Jeremy Hunt
        """, source: "test.txt")
        let g = TestSupport.graph("""
        The NHS England mandate is vague. It was a key feature of the latest Labour Party manifesto.
        The Jeremy Hunt manifesto was short.
        """, lexicon: lex)
        #expect(g.entity("NHS England mandate")?.type == .report, "\(g.entities.map(\.name))")
        #expect(g.entity("Labour Party manifesto")?.type == .report, "\(g.entities.map(\.name))")
        #expect(g.entity("Jeremy Hunt manifesto") == nil, "\(g.entities.map(\.name))")
        // The body publishes it only when the document names the body on its own.
        #expect(!g.has("NHS England", .published, "NHS England mandate"), "\(g.relationLines)")
        let p = TestSupport.graph("""
        The Labour Party won. It was a key feature of the latest Labour Party manifesto.
        NHS England is busy. The NHS England mandate is vague.
        """, lexicon: lex)
        #expect(p.has("Labour Party", .published, "Labour Party manifesto"), "\(p.relationLines)")
        #expect(!p.has("NHS England", .published, "NHS England mandate"), "\(p.relationLines)")
    }
}
