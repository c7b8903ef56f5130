import ReformCore

/// The subject of a clause when something stands between it and its verb:
///
/// - an appositive: "Simon Stevens, a former adviser to Tony Blair, joined UnitedHealth"
///   (Stevens joined it, not Blair), "X – head of Y – also led the Z panel";
/// - "he"/"she" inside a sentence: "he was one of the members of X", "he had a role as
///   adviser to X" belong to the person named last before the pronoun;
/// - "A, who sat alongside B in X": A is a member of X.
///
/// The verb phrase after the appositive must be a work, lead or advice phrase that ends
/// right before the body.
enum SubjectRule {
    private static let leadVerbs: WordSet = ["led", "leads", "heads", "headed", "chaired", "chairs", "ran", "runs", "founded"]
    private static let adviceVerbs: WordSet = ["advised", "advises", "advising"]
    private static let fillers: WordSet = ["also", "then", "now", "has", "had", "have", "later", "the", "subsequently",
                                               "himself", "herself", "went", "on", "to", "was", "is", "once", "both"]

    /// Words before a role stated ahead of the subject ("As well as being Director of X, ...").
    private static let opening: WordSet = ["as", "well", "being", "while", "formerly", "once", "before", "becoming", "after", "also", "then"]

    /// Words an appositive about a person begins with ("a former adviser", "then head of").
    private static let appositiveStarts: WordSet = [
        "a", "an", "the", "then", "now", "former", "once", "formerly", "later", "previously", "currently", "himself",
        "herself", "its", "his", "her", "one", "another", "long", "ex",
    ]

    /// The predicate a verb phrase (keys before a body) states for its subject.
    static func predicate<Keys: BidirectionalCollection>(_ gap: Keys) -> Predicate? where Keys.Element == String, Keys.SubSequence == Keys {
        var gap = gap
        while let l = gap.last, l.is("the") { gap = gap.dropLast() }
        // "X, formerly chairman of A, and now working with B".
        if gap.first == "and" { gap = gap.dropFirst() }
        guard !gap.isEmpty, gap.count <= 10, !gap.contains(where: { $0.is(",") }), !gap.contains(where: { $0.is("and") }) else { return nil }
        // The one word that is no filler, if there is exactly one (counted, not gathered).
        var content: String?
        var contentCount = 0
        for w in gap where !fillers.contains(w) {
            contentCount += 1
            if contentCount == 1 { content = w } else { break }
        }
        if contentCount == 1, let v = content {
            if leadVerbs.contains(v) { return .leads }
            if adviceVerbs.contains(v) { return .advises }
        }
        if PeopleRule.endsWithWorkPhrase(gap) { return .memberOf }
        // "is now director of policy at": a role and its link.
        if let link = gap.last, ["of", "at", "for"].containsKey(link), let r = PeopleRule.role(gap.dropLast()) {
            return PeopleRule.predicate(forRole: r, subRole: PeopleRule.hasWordOf(r))
        }
        return nil
    }

    /// For a person item inside an appositive of an earlier person ("Stevens, a former adviser
    /// to Blair,"), the index of that earlier person (the appositive's head).
    static func appositiveHead(_ view: SentenceView, _ i: Int) -> Int? {
        let items = view.items, tokens = view.tokens
        for h in stride(from: i - 1, through: 0, by: -1) where items[h].type == .person {
            var k = items[h].last
            if k < view.range.upperBound, tokens[k].key.is("himself") || tokens[k].key.is("herself") { k += 1 }
            guard k < items[i].first, tokens[k].key.is(",") || tokens[k].key.is("-") else { return nil }
            let inner = view.keys(k + 1, items[i].first)
            guard !inner.isEmpty, inner.count <= 14, !inner.contains(where: { $0.is("and") }), !inner.contains(where: { $0.is("said") }),
                  !inner.contains(where: { $0.is(";") }), !inner.contains(where: { $0.is(".") }), appositiveStarts.contains(inner[0]) || Words.roles.contains(inner[0]) else { return nil }
            // The appositive closes right after the inner person.
            guard items[i].last < view.range.upperBound, tokens[items[i].last].key == tokens[k].key else { return nil }
            return h
        }
        return nil
    }

    static func apply(_ view: SentenceView, lastPerson: Int?, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        let end = view.range.upperBound
        func emit(_ s: Int, _ p: Predicate, _ o: SentenceView.Item) {
            guard s != o.entity, o.kind != .form else { return }
            out.append(DocRelation(source: s, predicate: p, target: o.entity, sentence: view.index))
        }
        for (i, p) in items.enumerated() where p.type == .person {
            var k = p.last
            if k < end, tokens[k].key.is("himself") || tokens[k].key.is("herself") { k += 1 }
            guard k < end, tokens[k].key.is(",") || tokens[k].key.is("-") else { continue }
            let opener = tokens[k].key
            // Not a list of people: "A, B and C".
            if i + 1 < items.count, items[i + 1].first == k + 1, items[i + 1].type == .person { continue }
            // "A, who sat alongside B in X".
            if i + 2 < items.count, items[i + 1].type == .person, PeopleRule.isOrg(items[i + 2].type) {
                let g = view.keys(k + 1, items[i + 1].first)
                let after = view.keys(items[i + 1].last, items[i + 2].first).filter { !$0.is("the") }
                if g.last == "alongside", g.count <= 5, after.count == 1, ["in", "on"].containsKey(after[0]),
                   !view.negated(k, items[i + 2].first) {
                    emit(p.entity, .memberOf, items[i + 2])
                }
            }
            // Closers of the appositive, each followed by a verb phrase and a body.
            var c = k + 1
            while c < min(end, k + 30) {
                defer { c += 1 }
                // (`is`: `==`, answered inline for two small ASCII strings.)
                guard tokens[c].key.is(opener), view.doc.mentionAt[c] < 0 else { continue }
                guard let oi = items.firstIndex(where: { $0.first > c }), PeopleRule.isOrg(items[oi].type) || PeopleRule.isOffice(items[oi], view),
                      items[oi].first - c <= 10 else { continue }
                // The appositive holds no other clause's verb of speech nor a list of people.
                let inner = view.keys(k + 1, c)
                guard !inner.contains(where: { $0.is("said") }), !inner.contains(where: { $0.is("says") }), inner.first != "and" else { break }
                let gap = view.keys(c + 1, items[oi].first)[...]
                // A kind of body ("director of the STPs") is part of the appositive, not the object.
                guard items[oi].kind != .form, let pred = predicate(gap), !view.negated(c, items[oi].first) else { continue }
                if VerbRule.modifiesNoun(view, items[oi]) { break }
                emit(p.entity, pred, items[oi])
                break
            }
        }
        // "As well as being Director of X, Darzi is also ...": a role stated before the subject.
        var k = view.range.lowerBound
        while k < end, k < view.range.lowerBound + 5, opening.contains(tokens[k].interned) { k += 1 }
        if k > view.range.lowerBound, let pi = items.firstIndex(where: { $0.type == .person }), pi > 0,
           let oi = items[..<pi].lastIndex(where: { PeopleRule.isOrg($0.type) }), oi == pi - 1 {
            let o = items[oi], p = items[pi]
            let between = view.keys(o.last, p.first).filter { !$0.is("the") }
            let firstItem = items[0].first
            var lead = view.keys(k, firstItem)[...]
            while let l = lead.last, l.is("the") { lead = lead.dropLast() }
            if between == [","], let link = lead.last, ["of", "at"].containsKey(link), let r = PeopleRule.role(lead.dropLast()),
               !view.negated(view.range.lowerBound, p.first) {
                let pred = PeopleRule.predicate(forRole: r, subRole: false)
                out.append(DocRelation(source: p.entity, predicate: pred, target: o.entity, role: pred == .leads ? r : nil, sentence: view.index))
            }
        }
        // "he was one of the 12 members of X", "he had a dual role as adviser to X".
        // (Each reading needs "he" or "she": a sentence without one is not searched.)
        for (i, o) in items.enumerated() where view.classes.contains(.heShe) && PeopleRule.isOrg(o.type) {
            // Overlapping items (a previous item ending past this one's start) leave no gap to search.
            let from = min(max(i > 0 ? items[i - 1].last : view.range.lowerBound, o.first - 14), o.first)
            guard let pk = (from..<o.first).last(where: { tokens[$0].is(.heShe) }), pk > view.range.lowerBound else { continue }
            let person = items[..<i].last(where: { $0.type == .person && $0.last <= pk })?.entity ?? lastPerson
            guard let person, !view.negated(pk, o.first), !VerbRule.modifiesNoun(view, o) else { continue }
            var gap = view.keys(pk + 1, o.first).filter { Int($0) == nil && $0 != "\"" }[...]
            while let l = gap.last, l.is("the") { gap = gap.dropLast() }
            if let a = gap.lastIndex(where: { $0.is("adviser") || $0.is("advisor") }), a + 1 < gap.endIndex, gap[a + 1] == "to", a + 2 == gap.endIndex {
                emit(person, .advises, o)
            } else if PeopleRule.endsWithWorkPhrase(gap), gap.count <= 10 {
                emit(person, .memberOf, o)
            }
        }
    }
}
