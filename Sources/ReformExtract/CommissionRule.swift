import ReformCore

/// A review asked of someone: "Wes Streeting asked Ara Darzi to review the state of the
/// NHS", "Patricia Hewitt was asked by the Chancellor to review ...", "the Department
/// commissioned the King's Fund to examine ...". The one who asks commissioned the review and
/// the one asked wrote it (authored). The review is the report named later in the sentence,
/// else the only report named in the next sentence ("The Hewitt Review was published in
/// April 2023."), else the only report the document names at all.
enum CommissionRule {
    private static let askVerbs: WordSet = ["asked", "commissioned", "invited", "tasked", "charged", "appointed", "engaged", "instructed"]
    private static let reviewVerbs: WordSet = [
        "review", "investigate", "examine", "look", "lead", "conduct", "carry", "undertake", "assess", "report",
        "inquire", "consider", "evaluate", "chair", "write", "produce", "study",
    ]
    /// Who may ask or be asked, as a switch (a `Set<EntityType>` hashed each type it tested).
    @inline(__always) private static func isAsker(_ t: EntityType) -> Bool {
        switch t {
        case .person, .nationalBody, .committee, .party, .thinkTank, .association, .organisation, .company: return true
        default: return false
        }
    }

    /// Words dropped from the gap between asker and asked (a word set, not an array literal per word).
    private static let gapFillers: WordSet = ["the", "a", "an", "was", "were", "had", "has", "been", "then", "later", "in", ","]

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        guard items.count >= 2 else { return }
        for i in items.indices.dropLast() {
            // "Patricia Hewitt, the chair of an ICB, was asked by ...": the person, not the body in
            // her appositive, was asked.
            // (The tests that need only `y` and the gap come first: the appositive is looked
            // for only when they pass.)
            let y = items[i + 1]
            guard isAsker(y.type) else { continue }
            // Both readings below need an asking verb between the two: without one in the gap,
            // the gap's keys are not collected and filtered at all.
            guard (items[i].last..<max(items[i].last, y.first)).contains(where: { askVerbs.contains(tokens[$0].interned) }) else { continue }
            let x = VerbRule.appositivePerson(view, i).map { items[$0] } ?? items[i]
            guard isAsker(x.type), x.entity != y.entity else { continue }
            let gap = view.keys(items[i].last, y.first).filter { !gapFillers.contains($0) && Int($0) == nil && !Words.months.contains($0) }
            // Active "X asked Y" or passive "X was asked by Y".
            let asker: SentenceView.Item, asked: SentenceView.Item
            if gap.count == 1, askVerbs.contains(gap[0]) {
                (asker, asked) = (x, y)
            } else if gap.count == 2, askVerbs.contains(gap[0]), gap[1] == "by" {
                (asker, asked) = (y, x)
            } else {
                continue
            }
            // "to review", "to lead an independent review".
            var k = y.last
            guard k + 1 < view.range.upperBound, tokens[k].key.is("to"), reviewVerbs.contains(tokens[k + 1].interned),
                  !view.negated(max(view.range.lowerBound, x.first - 3), k) else { continue }
            k += 1
            guard let report = review(view, after: k) else { continue }
            let year = view.year(near: x.last)
            out.append(DocRelation(source: asker.entity, predicate: .commissioned, target: report, year: year, sentence: view.index))
            if [.person, .committee, .thinkTank, .organisation, .company].contains(asked.type) {
                out.append(DocRelation(source: asked.entity, predicate: .authored, target: report, year: year, sentence: view.index))
            }
        }
    }

    private static func review(_ view: SentenceView, after k: Int) -> Int? {
        if let r = view.items.first(where: { $0.first >= k && $0.type == .report }) { return r.entity }
        let doc = view.doc
        if view.index + 1 < doc.sentences.count {
            let reports = Set(SentenceView(doc, view.index + 1).items.filter { $0.type == .report }.map(\.entity))
            if reports.count == 1 { return reports.first }
        }
        var all = Set<Int>()
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            if doc.entities[e].type == .report { all.insert(e); if all.count > 1 { return nil } }
        }
        return all.first
    }
}
