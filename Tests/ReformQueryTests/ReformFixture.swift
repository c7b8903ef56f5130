import ReformCore

/// A small reform-history graph built through the core API, with evidence sentences
/// written for the tests.
enum ReformFixture {
    static func graph() -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let doc = g.addDocument("history.txt")
        let doc2 = g.addDocument("people.txt")
        func ev(_ s: String, _ d: DocumentID = doc) -> [Evidence] { [Evidence(document: d, sentence: s, start: 0, end: s.utf8.count)] }
        let pct = g.addEntity(name: "Primary Care Trust", type: .pct, kind: .form, aliases: ["PCT", "PCTs", "primary care trusts"])
        let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG", "CCGs", "clinical commissioning groups"])
        let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB", "ICBs"])
        let stp = g.addEntity(name: "Sustainability and Transformation Plan", type: .stp, kind: .form, aliases: ["STP", "STPs"])
        let stpP = g.addEntity(name: "Sustainability and Transformation Partnership", type: .stp, kind: .form)
        let ics = g.addEntity(name: "Integrated Care System", type: .ics, kind: .form, aliases: ["ICS", "ICSs"])
        let act2012 = g.addEntity(name: "Health and Social Care Act 2012", type: .act, aliases: ["2012 Act"])
        let act2022 = g.addEntity(name: "Health and Care Act 2022", type: .act, aliases: ["2022 Act"])
        let fyfv = g.addEntity(name: "Five Year Forward View", type: .report, aliases: ["FYFV"])
        let nhse = g.addEntity(name: "NHS England", type: .nationalBody, aliases: ["NHSE"])
        let stevens = g.addEntity(name: "Simon Stevens", type: .person, aliases: ["Stevens"])
        let kf = g.addEntity(name: "The King's Fund", type: .thinkTank, aliases: ["King's Fund", "Kings Fund"])
        let ham = g.addEntity(name: "Chris Ham", type: .person)
        let nuffield = g.addEntity(name: "Nuffield Trust", type: .thinkTank)
        let vale = g.addEntity(name: "Vale Royal CCG", type: .ccg, kind: .instance)
        let vanguard = g.addEntity(name: "Vanguard programme", type: .programme)
        let evil = g.addEntity(name: "Evil\u{1B}[31mRed\u{202E}Name", type: .organisation)
        for (id, d) in [(ccg, doc), (icb, doc), (pct, doc), (stevens, doc2), (kf, doc2)] { g.recordMention(of: id, in: d) }

        g.addRelation(pct, .replacedBy, ccg, year: 2013, evidence: ev("Primary care trusts were replaced by clinical commissioning groups in 2013."))
        g.addRelation(ccg, .replacedBy, icb, year: 2022, evidence: ev("In July 2022 CCGs were abolished and replaced by ICBs."))
        g.addRelation(ccg, .establishedBy, act2012, year: 2012, evidence: ev("The Health and Social Care Act 2012 created CCGs."))
        g.addRelation(pct, .abolishedBy, act2012, year: 2012, evidence: ev("The 2012 Act abolished primary care trusts."))
        g.addRelation(ccg, .abolishedBy, act2022, year: 2022, evidence: ev("The Health and Care Act 2022 abolished CCGs."))
        g.addRelation(icb, .establishedBy, act2022, year: 2022, evidence: ev("The Health and Care Act 2022 established ICBs."))
        g.addRelation(stp, .renamedTo, stpP, year: 2017, evidence: ev("Sustainability and Transformation Plans became Partnerships in 2017."))
        g.addRelation(stpP, .evolvedInto, ics, evidence: ev("STPs evolved into integrated care systems."))
        g.addRelation(icb, .partOf, ics, evidence: ev("Each ICB is part of an ICS."))
        g.addRelation(stp, .establishedBy, fyfv, year: 2015, evidence: ev("The Five Year Forward View led to STPs in 2015."))
        g.addRelation(nhse, .published, fyfv, year: 2014, evidence: ev("NHS England published the Five Year Forward View in 2014."))
        g.addRelation(stevens, .leads, nhse, year: 2014, role: "chief executive", evidence: ev("Simon Stevens became chief executive of NHS England in 2014.", doc2))
        g.addRelation(stevens, .authored, fyfv, evidence: ev("Simon Stevens wrote the Five Year Forward View.", doc2))
        g.addRelation(ham, .leads, kf, role: "chief executive", evidence: ev("Chris Ham led the King's Fund.", doc2))
        g.addRelation(kf, .respondedTo, fyfv, evidence: ev("The King's Fund responded to the Five Year Forward View.", doc2))
        g.addRelation(nuffield, .criticised, act2012, evidence: ev("The Nuffield Trust criticised the 2012 Act.", doc2))
        g.addRelation(vale, .instanceOf, ccg, evidence: ev("Vale Royal CCG was one of the CCGs."))
        g.addRelation(vanguard, .supports, ics, evidence: ev("The vanguards paved the way for ICSs."))
        g.addRelation(stevens, .coOccurs, ham, evidence: ev("Simon Stevens and Chris Ham spoke.", doc2))
        g.addRelation(evil, .memberOf, nhse, evidence: ev("Evil\u{1B}[2J sentence."))
        return g
    }
}
