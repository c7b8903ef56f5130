import ReformCore

/// Members listed after a word for membership: "its members include A, B and C", "the
/// APPG's affiliates number X and Y", "Business affiliates ... include the conglomerates A,
/// B and C" (the body is the one the text is about: the subject of a recent sentence), and
/// "chief executives of X, some of whom, like A, ..., while others, such as B and C, ..."
/// (people picked out of a body's members).
enum MembershipRule {
    static let memberNouns: WordSet = ["members", "membership", "affiliates", "affiliate", "signatories",
                                                   "participants", "partners", "sponsors", "funders", "backers"]
    private static let listVerbs: WordSet = ["include", "includes", "included", "including", "number", "numbers",
                                                 "numbered", "comprise", "comprises", "comprised", "are", "were"]
    static let pluralRoles: WordSet = ["executives", "members", "directors", "chairs", "leaders", "representatives",
                                                   "employees", "staff", "partners", "trustees", "officers", "chiefs"]
    private static let pickers: WordSet = ["like", "such", "including", "among"]

    static func apply(_ view: SentenceView, lastSubject: Int?, into out: inout [DocRelation]) {
        // Both readings need a member noun or a plural role in the sentence.
        guard view.classes.contains(.membership) else { return }
        let items = view.items
        let tokens = view.tokens
        func emit(_ s: SentenceView.Item, _ o: Int) {
            guard s.entity != o else { return }
            out.append(DocRelation(source: s.entity, predicate: .memberOf, target: o, sentence: view.index))
        }
        let groups = view.groups()
        for (gi, group) in groups.enumerated() {
            let first = items[group.first!]
            guard group.allSatisfy({ items[$0].type == .person || PeopleRule.isOrg(items[$0].type) }) else { continue }
            // The words before the list, back to the previous mention or the sentence start.
            let prevEnd = gi > 0 ? items[groups[gi - 1].last!].last : view.range.lowerBound
            // The test below needs a member noun among those words: without one, they are not
            // gathered (the words are the tokens' keys, so their interned bits answer).
            // (A list verb, or the "as" of "such as", must be among them too.)
            guard prevEnd < first.first, (prevEnd..<first.first).contains(where: { memberNouns.contains(tokens[$0].interned) }),
                  (prevEnd..<first.first).contains(where: { listVerbs.contains(tokens[$0].interned) || tokens[$0].key.is("as") }) else { continue }
            let gap = view.keys(prevEnd, first.first).filter { !$0.is(",") && !$0.is(":") }
            guard let verb = gap.indices.last(where: { listVerbs.contains(gap[$0]) || gap[$0] == "as" && $0 > 0 && gap[$0 - 1] == "such" }),
                  gap.count - verb <= 4, gap[..<verb].contains(where: { memberNouns.contains($0) }),
                  !view.negated(prevEnd, first.first) else { continue }
            // The body: the mention right before the gap, else the sentence's recent subject.
            let owner: Int?
            let previous = gi > 0 ? items[groups[gi - 1].last!] : nil
            if let previous, PeopleRule.isOrg(previous.type), gap.count <= 8 || previous.first <= view.range.lowerBound + 1 && gap.count <= 24 {
                // The body right before, or the sentence's subject ("X has a small corporate
                // membership, which does include Y").
                owner = previous.entity
            } else if gi == 0, let s = lastSubject {
                owner = s
            } else {
                owner = nil
            }
            guard let owner else { continue }
            for m in group { emit(items[m], owner) }
        }
        // "chief executives of X, some of whom, like A, ..., while others, such as B and C".
        for o in items where PeopleRule.isOrg(o.type) {
            var k = o.first - 1
            if k > view.range.lowerBound, tokens[k].key.is("the") { k -= 1 }
            guard k > view.range.lowerBound, tokens[k].key.is("of"), pluralRoles.contains(tokens[k - 1].interned) else { continue }
            for group in groups where items[group.first!].first > o.last {
                let p = items[group.first!]
                // Within the clause that names the body's people (other bodies may be named there).
                if p.first - o.last > 40 { break }
                guard p.type == .person else { continue }
                let before = view.keys(max(o.last, p.first - 3), p.first)
                if before.contains(where: { pickers.contains($0) }), !view.negated(o.last, p.first) {
                    for m in group where items[m].type == .person { emit(items[m], o.entity) }
                }
            }
        }
    }
}
