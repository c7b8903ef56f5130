import Foundation
import ReformCore
import ReformExchange

/// A small reform-history graph saved as a snapshot for the CLI tests.
enum CLIFixture {
    static func graph() -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let doc = g.addDocument("history.txt")
        func ev(_ s: String) -> [Evidence] { [Evidence(document: doc, sentence: s, start: 0, end: s.utf8.count)] }
        let pct = g.addEntity(name: "Primary Care Trust", type: .pct, kind: .form, aliases: ["PCT", "PCTs"])
        let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG", "CCGs"])
        let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB", "ICBs"])
        let act2012 = g.addEntity(name: "Health and Social Care Act 2012", type: .act)
        let act2022 = g.addEntity(name: "Health and Care Act 2022", type: .act)
        let fyfv = g.addEntity(name: "Five Year Forward View", type: .report)
        let stevens = g.addEntity(name: "Simon Stevens", type: .person)
        let kf = g.addEntity(name: "The King's Fund", type: .thinkTank, aliases: ["King's Fund"])
        g.addRelation(pct, .replacedBy, ccg, year: 2013, evidence: ev("PCTs were replaced by CCGs in 2013."))
        g.addRelation(ccg, .replacedBy, icb, year: 2022, evidence: ev("In July 2022 CCGs were replaced by ICBs."))
        g.addRelation(ccg, .establishedBy, act2012, year: 2012, evidence: ev("The 2012 Act created CCGs."))
        g.addRelation(pct, .abolishedBy, act2012, year: 2012, evidence: ev("The 2012 Act abolished PCTs."))
        g.addRelation(ccg, .abolishedBy, act2022, year: 2022, evidence: ev("The 2022 Act abolished CCGs."))
        g.addRelation(icb, .establishedBy, act2022, year: 2022, evidence: ev("The 2022 Act established ICBs."))
        g.addRelation(stevens, .authored, fyfv, year: 2014, evidence: ev("Simon Stevens wrote the Five Year Forward View."))
        g.addRelation(kf, .respondedTo, fyfv, evidence: ev("The King's Fund responded to it."))
        return g
    }

    /// A graph directory holding the fixture, made once per process.
    static let directory: String = {
        let dir = NSTemporaryDirectory() + "reformgraph-cli-fixture-\(getpid())"
        try! Snapshot.save(graph(), to: dir)
        return dir
    }()
}
