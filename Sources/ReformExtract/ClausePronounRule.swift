import ReformCore

/// "it" opening a later clause of a sentence, for one body: "The Health and Social Care
/// Information Centre ... collected NHS data; it was rebranded as NHS Digital in 2016",
/// "In March ministers said it would be called the UK Health Security Agency".
///
/// The body is the one the sentence begins with, or else the single body the previous
/// sentence began with (see ``BodyPronounRule/antecedents(_:)``). The clause is read by
/// ``VerbRule`` with the body standing where "it" is, and only relations of the body with
/// what follows "it" are kept, and only those that say what happened to the body (lineage,
/// establishment, abolition). ("It" opening the sentence is ``BodyPronounRule``'s.)
enum ClausePronounRule {
    /// Words after which "it" starts a clause.
    private static let openers: WordSet = [";", ":", "and", "but", "said", "says", "announced", "that", "when", "after", "before",
                                           "until", "where", "so", "then", "decided", "confirmed", "agreed"]

    static func apply(_ view: SentenceView, previous: [SentenceView.Item], into out: inout [DocRelation]) {
        // "it" is a word class (a bit test per token, not a string compare); a sentence
        // without one has nothing to read.
        guard view.classes.contains(.it) else { return }
        let tokens = view.tokens
        // The sentence's own antecedents, found at the first "it" that opens a clause (most
        // sentences with "it" have none).
        var ownFound: [SentenceView.Item]?
        for p in (view.range.lowerBound + 1)..<view.range.upperBound
        where tokens[p].is(.it) && view.doc.mentionAt[p] < 0 && openers.contains(tokens[p - 1].interned) {
            let own = ownFound ?? BodyPronounRule.antecedents(view)
            ownFound = own
            // The body the sentence begins with, if "it" comes after it; else the previous sentence's.
            let candidates = own.first.map { $0.last <= p ? own : [] } ?? previous
            guard candidates.count == 1, let body = candidates.first,
                  view.items.contains(where: { $0.first > p && $0.entity != body.entity }) else { continue }
            let stand = SentenceView.Item(first: p, last: p + 1, entity: body.entity, type: body.type, kind: body.kind)
            var found: [DocRelation] = []
            VerbRule.apply(view.inserting(stand), into: &found)
            let later = Set(view.items.filter { $0.first > p }.map(\.entity))
            // Only what happens to a body (renamed, merged, abolished, set up): "it" after "and"
            // may as well stand for the clause's object ("published the plan and it was welcomed").
            out += found.filter { r in
                (r.predicate.isLineage || r.predicate == .establishedBy || r.predicate == .abolishedBy) && r.source == body.entity && later.contains(r.target) || r.target == body.entity && later.contains(r.source)
            }
        }
    }
}
