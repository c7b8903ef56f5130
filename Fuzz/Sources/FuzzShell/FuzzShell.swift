import ReformCore
import ReformQuery

/// A small graph with a lineage chain, a cycle-free hierarchy and hostile names, so that
/// parsed commands reach the query engine and the table and JSON formatters.
nonisolated(unsafe) let session: ShellSession = {
    var g = KnowledgeGraph()
    let doc = g.addDocument("fuzz.txt")
    func ev(_ s: String) -> [Evidence] { [Evidence(document: doc, sentence: s, start: 0, end: s.utf8.count)] }
    let pct = g.addEntity(name: "Primary Care Trust", type: .pct, kind: .form, aliases: ["PCT"])
    let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG"])
    let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB"])
    let act = g.addEntity(name: "Health and Care Act 2022", type: .act)
    let odd = g.addEntity(name: "Odd\u{1B}[31m\u{202E}Name \"quoted\"", type: .organisation)
    let person = g.addEntity(name: "Ann Example", type: .person)
    g.addRelation(pct, .replacedBy, ccg, year: 2013, evidence: ev("PCTs were replaced by CCGs."))
    g.addRelation(ccg, .replacedBy, icb, year: 2022, evidence: ev("CCGs were replaced by ICBs."))
    g.addRelation(icb, .establishedBy, act, year: 2022, evidence: ev("The Act established ICBs."))
    g.addRelation(person, .memberOf, odd, evidence: ev("Ann Example is a member."))
    return ShellSession(engine: QueryEngine(graph: g))
}()

/// The shell's command parsing and execution: the tokenizer on its own, then each input
/// line run through the session in table and JSON form. Any trap is a bug.

func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? CommandTokenizer.tokenize(text)
    for line in text.split(separator: "\n", maxSplits: 8, omittingEmptySubsequences: true) {
        _ = session.execute(String(line))
    }
    session.format = .table
    return 0
}
