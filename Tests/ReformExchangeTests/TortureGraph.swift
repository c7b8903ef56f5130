import ReformCore

/// A small graph full of awkward names, run through every format: quotes, backslashes
/// (`\N`, a trailing one), newlines, CR, tab, `]]>`, `<`, `&`, a curly apostrophe,
/// accents, right-to-left text and an override, emoji, DOT keywords, an ANSI escape,
/// parallel edges, a role, a year, several evidence sentences and an edge with none.
func tortureGraph() -> KnowledgeGraph {
    var g = KnowledgeGraph()
    let d0 = g.addDocument("a.txt")
    let d1 = g.addDocument("dir/b “quoted” & <odd>.md")
    let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form,
                          aliases: ["CCG", "CCGs", "clinical; commissioning groups"])
    let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB"])
    let kf = g.addEntity(name: "The King’s Fund", type: .thinkTank, aliases: ["King's Fund"])
    let p = g.addEntity(name: "Zoë \"Q\" O'Brien\nSánchez \\N trailing\\", type: .person)
    let node = g.addEntity(name: "node", type: .organisation)
    let graph = g.addEntity(name: "graph", type: .place)
    let x = g.addEntity(name: "ends ]]> <tag> & \u{202E}evil\u{202C} עברית 中文 🏥\ttab\r\nCRLF", type: .company)
    let act = g.addEntity(name: "Health and Care Act 2022", type: .act)
    let esc = g.addEntity(name: "esc \u{1B}[31mred", type: .nationalBody)
    g.recordMention(of: ccg, in: d0, count: 3)
    g.recordMention(of: ccg, in: d1)
    g.recordMention(of: kf, in: d1, count: 2)
    let s1 = "CCGs were replaced by ICBs in July 2022 (the “2022 Act”)."
    g.addRelation(ccg, .replacedBy, icb, year: 2022,
                  evidence: [Evidence(document: d0, sentence: s1, start: 4, end: 4 + s1.utf8.count),
                             Evidence(document: d1, sentence: "A second \"sentence\" with \\ and\nnewline.", start: 0, end: 40)])
    g.addRelation(ccg, .abolishedBy, act, year: 2022, evidence: [Evidence(document: d0, sentence: s1, start: 4, end: 70)])
    g.addRelation(icb, .establishedBy, act, year: 2022)
    g.addRelation(ccg, Predicate("co_occurs"), icb) // parallel to replaced_by
    g.addRelation(p, .leads, kf, role: "chief executive & <chair>")
    g.addRelation(node, .partOf, graph)
    g.addRelation(x, .supports, node, evidence: [Evidence(document: d1, sentence: "ends ]]> here", start: 1, end: 2)])
    g.addRelation(esc, .published, act)
    return g
}
