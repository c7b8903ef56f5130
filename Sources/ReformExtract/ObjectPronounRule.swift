import ReformCore

/// "them"/"it" as the object of a verb of succession: "Clinical commissioning groups
/// replaced them", "the Partnerships which have succeeded them", "NHS England absorbed it".
///
/// The pronoun stands for the nearest body named before it, in this sentence or the two
/// before, that fits its number ("them": a form written in the plural, or an instance named
/// in the plural; "it": a body named in the singular) and is of the same kind (form or
/// instance) as the verb's subject. ``VerbRule`` then reads the clause with that body where
/// the pronoun is, and only lineage relations between the subject and the body are kept.
enum ObjectPronounRule {
    /// Participles of merging before "into"/"with" and the pronoun ("was folded into it").
    private static let mergeVerbs: WordSet = ["folded", "merged", "absorbed", "subsumed", "incorporated", "amalgamated", "brought"]

    /// Whether "folded into", "merged with" … comes right before the pronoun at `p`.
    private static func mergedInto(_ tokens: [Token], _ p: Int, _ start: Int) -> Bool {
        p >= start + 2 && (tokens[p - 1].key.is("into") || tokens[p - 1].key.is("with")) && mergeVerbs.contains(tokens[p - 2].interned)
    }

    /// Verbs of succession whose object may be a pronoun.
    private static let verbs: WordSet = ["replaced", "replace", "replaces", "succeeded", "succeed", "succeeds", "superseded",
                                         "supersede", "supersedes", "absorbed", "absorb", "absorbs", "subsumed", "subsume"]

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        guard view.classes.contains(.objectPronoun) else { return }
        let tokens = view.tokens, doc = view.doc
        for p in (view.range.lowerBound + 1)..<view.range.upperBound
        where tokens[p].is(.objectPronoun) && doc.mentionAt[p] < 0 && (verbs.contains(tokens[p - 1].interned) || mergedInto(tokens, p, view.range.lowerBound)) {
            // The verb's subject: the last body before the verb in this sentence.
            guard let subject = view.items.last(where: { $0.last <= p - 1 && PeopleRule.isOrg($0.type) }) else {
                lawReplaces(view, pronoun: p, into: &out)
                continue
            }
            guard !view.negated(subject.last, p) else { continue }
            let plural = tokens[p].key.is("them")
            guard let body = antecedent(doc, before: subject.first, sentence: view.index, plural: plural, kind: subject.kind,
                                        not: subject.entity) else { continue }
            let stand = SentenceView.Item(first: p, last: p + 1, entity: body.entity, type: body.type, kind: body.kind)
            var found: [DocRelation] = []
            VerbRule.apply(view.inserting(stand), into: &found)
            out += found.filter { r in
                r.predicate.isLineage && (r.source == body.entity && r.target == subject.entity || r.target == body.entity && r.source == subject.entity)
            }
        }
    }

    /// "The Health and Social Care (Community Health and Standards) Act 2003 replaced it with
    /// the Commission for Healthcare Audit and Inspection": a law as the subject replaced the
    /// body the pronoun stands for (of the same kind as the new one) with the new one, which it
    /// thereby established.
    private static func lawReplaces(_ view: SentenceView, pronoun p: Int, into out: inout [DocRelation]) {
        let doc = view.doc
        guard let law = view.items.last(where: { $0.last <= p - 1 && $0.type == .act }), !view.negated(law.last, p),
              let new = view.items.first(where: { $0.first > p }), PeopleRule.isOrg(new.type),
              let body = antecedent(doc, before: law.first, sentence: view.index, plural: view.tokens[p].key.is("them"),
                                    kind: new.kind, not: new.entity) else { return }
        let stand = SentenceView.Item(first: p, last: p + 1, entity: body.entity, type: body.type, kind: body.kind)
        var found: [DocRelation] = []
        VerbRule.apply(view.inserting(stand), into: &found)
        out += found.filter { r in
            r.predicate.isLineage && (r.source == body.entity || r.target == body.entity)
                || r.predicate == .establishedBy && r.target == law.entity && r.source == new.entity
        }
    }

    /// The nearest body mentioned before token `before` (back to two sentences earlier)
    /// whose number and kind fit: "it" is a single body; "them" a form in the plural or bodies
    /// named in the plural.
    private static func antecedent(_ doc: Document, before: Int, sentence: Int, plural: Bool, kind: EntityKind, not: Int)
        -> SentenceView.Item? {
        doc.antecedent(before: before, sentence: sentence) { e, isPlural in
            e != not && PeopleRule.isOrg(doc.entities[e].type) && doc.entities[e].kind == kind && isPlural == plural
        }
    }
}
