import ReformCore

/// "The King's Fund and NHS Providers welcomed it", "The British Medical Association campaigned
/// fiercely against it", "The National Audit Office examined the fund and criticised it": a
/// stance taken towards "it" or "them" is taken towards what the pronoun stands for, the
/// nearest report, act, programme or body named before it (in this sentence or the two
/// before) whose number fits and that is not the one taking the stance.
///
/// ``VerbRule`` reads the clause with that thing where the pronoun is; only stances
/// (`criticised`, `supports`, `responded_to`) towards it are kept. Lineage after a pronoun is
/// ``ObjectPronounRule``'s.
enum StancePronounRule {
    private static let kept: Set<Predicate> = [.criticised, .supports, .respondedTo]

    /// The last words of the stance phrases ("welcomed", "against", "of"): a pronoun after any
    /// other word is no stance's object, and the clause is not read again.
    /// (The direction tested first: it answers most triggers without hashing their predicate.)
    private static let stanceEnds: WordSet = WordSet(Triggers.table.values.compactMap { t in
        t.direction == .forward && kept.contains(t.predicate) ? t.phrase.splitOnSpaces().last.map(String.init) : nil
    })

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        guard view.classes.contains(.objectPronoun) else { return }
        let tokens = view.tokens, doc = view.doc
        // (The word sets read once, not at every pronoun.)
        let stanceEnds = Self.stanceEnds, notObjectVerbs = Self.notObjectVerbs, clauseEnds = Self.clauseEnds
        for p in (view.range.lowerBound + 1)..<view.range.upperBound where tokens[p].is(.objectPronoun) && doc.mentionAt[p] < 0 {
            // An object: after a word that is no preposition of place or time, and before the
            // end of a clause ("welcomed it.", "criticised it for ...", "against it,").
            let next = p + 1 < view.range.upperBound ? tokens[p + 1].key : "."
            guard tokens[p - 1].isWord, stanceEnds.contains(tokens[p - 1].interned) || tokens[p - 1].key.utf8.count > 4 && tokens[p - 1].key.hasSuffix("ly")
                    && p >= 2 && stanceEnds.contains(tokens[p - 2].interned),
                  !notObjectVerbs.contains(tokens[p - 1].interned), clauseEnds.contains(next) else { continue }
            // The one taking the stance: the sentence's subject (a person or body opening it,
            // after a date), else the last person or body before the pronoun.
            let agent = { (i: SentenceView.Item) in i.type == .person || PeopleRule.isOrg(i.type) }
            let opening = view.items.first.flatMap { f in
                agent(f) && f.last <= p - 1 && (view.range.lowerBound..<f.first).allSatisfy({ Words.isSubjectOpener(tokens[$0]) }) ? f : nil
            }
            guard let subject = opening ?? view.items.last(where: { $0.last <= p - 1 && agent($0) }),
                  p - subject.last <= 24 else { continue }
            // The bodies coordinated with the subject take the stance too; none is its object.
            let subjectGroup = view.groups().first(where: { $0.contains(where: { view.items[$0].first == subject.first }) })
            let taking = subjectGroup.map { Set($0.map { view.items[$0].entity }) } ?? [subject.entity]
            guard let target = antecedent(doc, before: p, sentence: view.index, plural: tokens[p].key.is("them"), not: taking) else { continue }
            // Within the sentence, only a name after the subject ("X examined the fund and
            // criticised it"): one in an earlier clause ("... for accountable care; the High
            // Court rejected it") may well not be what "it" means.
            if target.first >= view.range.lowerBound, target.first < subject.first { continue }
            // Nor when a body is named before the subject in this sentence and "it" reaches past it.
            if target.first < subject.first, view.items.contains(where: { i in
                i.first < subject.first && i.entity != target.entity && i.type != .person && i.type != .place
            }) { continue }
            let stand = SentenceView.Item(first: p, last: p + 1, entity: target.entity, type: target.type, kind: target.kind)
            var found: [DocRelation] = []
            VerbRule.apply(view.inserting(stand), into: &found)
            out += found.filter { kept.contains($0.predicate) && $0.target == target.entity && $0.source != target.entity }
        }
    }

    /// Words before "it" that make it no object of a stance ("said that it", "made it").
    private static let notObjectVerbs: WordSet = ["that", "which", "as", "if", "when", "make", "made", "found", "called"]
    /// Words after an object pronoun that end its clause ("welcomed it.", "criticised it for").
    private static let clauseEnds: WordSet = [".", ",", ";", "for", "in", "and", "but", "as", "from", "on", "at", ")", "because", "over"]

    /// The nearest report, act or programme mentioned before token `before` (back to two
    /// sentences earlier) whose number fits the pronoun, else the nearest such body, leaving out
    /// `not` (the subject's group): stances are mostly taken towards works and policies, and a
    /// body named in passing ("Amanda Pritchard, the chief executive of NHS England, described
    /// it") is seldom what a later "it" means when a plan was named too.
    private static func antecedent(_ doc: Document, before: Int, sentence: Int, plural: Bool, not: Set<Int>) -> SentenceView.Item? {
        let works: Set<EntityType> = [.report, .act, .programme]
        return nearest(doc, before: before, sentence: sentence, plural: plural, not: not) { works.contains($0) }
            ?? nearest(doc, before: before, sentence: sentence, plural: plural, not: not) { _ in true }
    }

    /// The nearest mention before `before` whose entity is of a type `fits` takes, of the
    /// pronoun's number, and not among `not`.
    private static func nearest(_ doc: Document, before: Int, sentence: Int, plural: Bool, not: Set<Int>,
                                _ fits: (EntityType) -> Bool) -> SentenceView.Item? {
        doc.antecedent(before: before, sentence: sentence) { e, isPlural in
            let type = doc.entities[e].type
            return !not.contains(e) && type != .person && type != .place && type != .party && fits(type) && isPlural == plural
        }
    }
}
