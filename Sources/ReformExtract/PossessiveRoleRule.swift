import ReformCore

/// A person given a role in a body that "its" stands for: "Dido Harding became its chair in
/// 2017", "ministers named Jenny Harries, until then a deputy chief medical officer, as its
/// first chief executive", "with Jon Rouse as its chief officer", "and its chief executive is
/// Mark Fisher".
///
/// ``AnaphoraRule`` has already made such an "its" a mention of the body (the sentence's
/// subject, or a recent sentence's); this rule reads the role after it and the person the
/// sentence gives it to: the nearest person before a linking verb ("became", "was
/// appointed", "as", "named") that ends just before "its", or the person right after
/// "its <role> is".
enum PossessiveRoleRule {
    /// The last word before "its" that gives the role to a person named before.
    private static let links: WordSet = [
        "became", "become", "becomes", "becoming", "appointed", "named", "made", "as", "elected", "installed",
        "remains", "remained", "is", "was",
    ]
    /// Words between "its" and the role that do not change it.
    private static let qualifiers: WordSet = ["first", "new", "interim", "permanent", "acting", "next", "founding", "current", "then"]
    /// Role words that may follow the first ("chief executive officer", "director general").
    private static let roleWords: WordSet = Words.roles.subtracting(["former", "then", "now", "acting", "interim", "founding"])

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items
        let tokens = view.tokens
        // "its chair", and a body named in the possessive: "Healthwatch England's first chair",
        // "the agency's first chair".
        for (i, body) in items.enumerated() where PeopleRule.isOrg(body.type) && body.kind == .instance
            && (body.last == body.first + 1 && (tokens[body.first].key.is("its") || tokens[body.first].key.is("their"))
                || tokens[body.last - 1].has(.possessive)) {
            guard let (role, end) = role(view, after: body.last) else { continue }
            let predicate = PeopleRule.predicate(forRole: role, subRole: false)
            // "its chief executive is Mark Fisher".
            if end + 1 < view.range.upperBound, ["is", "was"].containsKey(tokens[end].key), i + 1 < items.count,
               items[i + 1].first == end + 1, items[i + 1].type == .person, !view.negated(body.last, end + 1) {
                emit(items[i + 1], predicate, body, role, view, into: &out)
                continue
            }
            // "A became its chair", "named A, until then ..., as its first chief executive".
            // ("as well as its chairman" adds a person; it gives no role to the one before.)
            // "A was the agency's first chair and B its first chief executive": the verb left out.
            if i > 0, items[i - 1].type == .person, items[i - 1].last == body.first, items[i - 1].first > view.range.lowerBound,
               tokens[items[i - 1].first - 1].key.is("and"),
               (view.range.lowerBound..<items[i - 1].first).contains(where: { ["was", "is", "became", "were", "are"].containsKey(tokens[$0].key) }),
               !view.negated(view.range.lowerBound, body.first) {
                emit(items[i - 1], predicate, body, role, view, into: &out)
                continue
            }
            // ("was the agency's first chair": an article before a possessive body.)
            let before = body.first - 1 > view.range.lowerBound && tokens[body.first - 1].key.is("the") ? body.first - 1 : body.first
            guard before > view.range.lowerBound + 1, links.contains(tokens[before - 1].interned),
                  !(tokens[before - 1].key.is("as") && tokens[before - 2].key.is("well")),
                  let person = items[..<i].last(where: { $0.type == .person }), body.first - person.last <= 24,
                  !items[..<i].contains(where: { $0.first > person.last && $0.type == .person }),
                  !view.negated(person.last, body.first) else { continue }
            emit(person, predicate, body, role, view, into: &out)
        }
    }

    /// "The NHS Confederation, whose chief executive is Gill Morgan", "Gloucestershire PCT, whose
    /// chief executive is Jan Stubbings": the person holds the role in the body before "whose".
    static func whose(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens, end = view.range.upperBound
        for (i, body) in items.enumerated() where PeopleRule.isOrg(body.type) && body.kind == .instance && i + 1 < items.count {
            var k = body.last
            if k < end, tokens[k].key.is(",") { k += 1 }
            guard k + 2 < end, tokens[k].key.is("whose"), let (role, roleEnd) = role(view, after: k + 1) else { continue }
            var j = roleEnd
            while j < end, ["is", "was", "has", "been", "had", "then", "now", "currently"].containsKey(tokens[j].key) { j += 1 }
            let person = items[i + 1]
            guard j > roleEnd, person.first == j, person.type == .person, !view.negated(k, j) else { continue }
            emit(person, PeopleRule.predicate(forRole: role, subRole: false), body, role, view, into: &out)
        }
    }

    /// The role named from token `k` on ("chair", "first chief executive") and where it ends.
    private static func role(_ view: SentenceView, after k: Int) -> (String, Int)? {
        var j = k
        while j < view.range.upperBound, qualifiers.contains(view.tokens[j].interned) { j += 1 }
        let start = j
        while j < view.range.upperBound, j - start < 4, view.doc.mentionAt[j] < 0, roleWords.contains(view.tokens[j].interned) { j += 1 }
        guard j > start else { return nil }
        let words = (start..<j).map { view.tokens[$0].key }
        guard let role = PeopleRule.role(words[...]) else { return nil }
        return (role, j)
    }

    private static func emit(_ person: SentenceView.Item, _ predicate: Predicate, _ body: SentenceView.Item, _ role: String,
                             _ view: SentenceView, into out: inout [DocRelation]) {
        guard person.entity != body.entity, body.kind == .instance else { return }
        out.append(DocRelation(source: person.entity, predicate: predicate, target: body.entity,
                               role: predicate == .leads ? role : nil, sentence: view.index))
    }
}
