import ReformCore

/// Runs the relation rules over a document: `instance_of` for named instances, references,
/// then each sentence's verbs (also after a pronoun for the previous sentence's subject),
/// roles and reactions.
enum RelationExtractor {
    static func relations(in doc: inout Document, _ lexicon: CompiledLexicon) -> [DocRelation] {
        var out: [DocRelation] = []
        QuotedTitleRule.apply(&doc)
        ReferenceRule.apply(&doc, into: &out)
        AliasRule.apply(&doc)
        ListRule.apply(&doc, lexicon)
        InstanceRule.stated(&doc, into: &out)
        InstanceRule.apply(&doc, lexicon, into: &out)
        SubBodyRule.apply(&doc, lexicon, into: &out)
        EponymousReportRule.apply(&doc, into: &out)
        AnaphoraRule.apply(&doc)
        UnnamedRenameRule.apply(doc, into: &out)
        let topic = TopicReport(doc)
        let inquiry = SubmissionRule.inquiry(doc)
        let topicBody = PeopleRule.topicBody(doc)
        var lastPerson: Int?
        var lastCommittee: Int?
        var antecedent: Int?
        var lastPersonSentence = -10
        var lastSubject: (entity: Int, sentence: Int)?
        var lastWork: (entity: Int, sentence: Int)?
        // The sentence (and its first mention) whose opening bodies are the antecedents for a
        // pronoun subject (``BodyPronounRule/antecedents(_:)``): the last one with a mention and
        // no pronoun subject. Its view is made again only for a sentence that may read them (a
        // pronoun subject or an "it"): most never do, and making them for every sentence was
        // about 0.6 % of a corpus build.
        var antecedentSentence: (index: Int, from: Int)?
        var antecedentBuffer: [SentenceView.Item] = []
        // The rules below only read the document: its views share one copy of it.
        let shared = SentenceView.Shared(doc)
        // One items array for the views of all sentences (see ``SentenceView/recycleItems()``).
        var itemBuffer: [SentenceView.Item] = []
        // Likewise one array for the gaps VerbRule reads between mentions.
        var gaps: Gap = []
        for s in doc.sentences.indices {
            // A sentence without a mention has an empty view: skip it without building one.
            // (The view's walk for its items begins at the first mention found here.)
            let sentence = doc.sentences[s].tokenRange
            let firstNamed = SentenceView.nextMention(doc.mentionAt, from: sentence.lowerBound, to: sentence.upperBound)
            guard firstNamed < sentence.upperBound else { continue }
            var view = SentenceView(shared, s, from: firstNamed, reusing: &itemBuffer)
            defer { itemBuffer = view.recycleItems() }
            // "Both were abolished ...": the bodies the previous sentence began with.
            let previousSentence = antecedentSentence
            let pronounSubject = BodyPronounRule.pronoun(view) != nil
            if !pronounSubject { antecedentSentence = (s, firstNamed) }
            guard !view.items.isEmpty else { continue }
            // (Only the two pronoun rules read them: one needs a pronoun subject, the other an "it".)
            var previous: [SentenceView.Item] = []
            if pronounSubject || view.classes.contains(.it), let p = previousSentence {
                var antecedentView = SentenceView(shared, p.index, from: p.from, reusing: &antecedentBuffer)
                previous = BodyPronounRule.antecedents(antecedentView)
                antecedentBuffer = antecedentView.recycleItems()
            }
            let sentenceStart = out.count
            VerbRule.apply(view, gaps: &gaps, into: &out)
            BodyPronounRule.apply(view, antecedents: previous, into: &out)
            ClausePronounRule.apply(view, previous: previous, into: &out)
            ObjectPronounRule.apply(view, into: &out)
            StancePronounRule.apply(view, into: &out)
            VerbRule.nowRenamed(view, into: &out)
            VerbRule.createdWhenMerged(view, into: &out)
            VerbRule.createdFrom(view, into: &out)
            VerbRule.frontedLaw(view, into: &out)
            VerbRule.frontedResponse(view, into: &out)
            TransferRule.apply(view, into: &out)
            TransferRule.ownWork(view, previous: s - (lastSubject?.sentence ?? -9) <= 2 ? lastSubject?.entity : nil, into: &out)
            CommissionRule.apply(view, into: &out)
            VerbRule.pronounSubject(view, lastPerson: antecedent ?? lastPerson, into: &out)
            PeopleRule.apply(view, lastPerson: lastPerson, into: &out)
            PeopleRule.partyAppositive(view, into: &out)
            PeopleRule.staffAppositive(view, into: &out)
            PeopleRule.appointedBy(view, into: &out)
            PeopleRule.ledInRelative(view, into: &out)
            PeopleRule.namedParent(view, into: &out)
            PossessiveRoleRule.apply(view, into: &out)
            PossessiveRoleRule.whose(view, into: &out)
            SubjectRule.apply(view, lastPerson: lastPerson, into: &out)
            SpeechRule.apply(view, topic, into: &out)
            SubmissionRule.apply(view, inquiry: inquiry, topic: topic, into: &out)
            EvaluationRule.apply(view, pronoun: antecedent ?? lastPerson, into: &out)
            EvaluationRule.preferred(view, into: &out)
            WorkRule.apply(view, topic, into: &out)
            WorkRule.objectRelative(view, into: &out)
            WorkRule.possessiveWork(view, lastPerson: lastPerson, into: &out)
            RelativeObjectRule.apply(view, into: &out)
            RecommendationRule.apply(view, lastWork: s - (lastWork?.sentence ?? -9) <= 2 ? lastWork?.entity : nil, into: &out)
            if let w = view.items.last(where: { $0.type == .report || $0.type == .programme }) { lastWork = (w.entity, s) }
            PeopleRule.committeeMembers(view, lastCommittee: lastCommittee, into: &out)
            MembershipRule.apply(view, lastSubject: s - (lastSubject?.sentence ?? -9) <= 3 ? lastSubject?.entity : nil, into: &out)
            PeopleRule.bareRole(view, body: s - (lastSubject?.sentence ?? -9) <= 3 ? lastSubject?.entity : topicBody, into: &out)
            if let f = view.items.first, f.first <= view.range.lowerBound + 1, PeopleRule.isOrg(f.type) { lastSubject = (f.entity, s) }
            PeopleRule.succession(view, found: out[sentenceStart...], into: &out)
            chainRenames(view, &out, from: sentenceStart)
            PeopleRule.passiveSuccession(view, into: &out)
            SignatureRule.apply(view, person: s - lastPersonSentence <= 4 ? lastPerson : nil, into: &out)
            if let p = view.items.last(where: { $0.type == .person }) { lastPerson = p.entity; lastPersonSentence = s }
            // "He"/"she" opening a sentence keeps the person the text is about; otherwise the
            // first person named (the likeliest subject) is who the next "he" means.
            if !doc.tokens[view.range.lowerBound].is(.heShe), let p = view.items.first(where: { $0.type == .person }) {
                antecedent = p.entity
            }
            if let c = view.items.last(where: { $0.type == .committee }) { lastCommittee = c.entity }
        }
        return out
    }

    /// "It was renamed X in 2004, and in 2012 it was renamed again, becoming Y": two renamings of
    /// one body in a sentence are a chain, the body to X and X to Y (by where each new name
    /// stands), not two new names of the first.
    static func chainRenames(_ view: SentenceView, _ out: inout [DocRelation], from start: Int) {
        guard out.count - start >= 2 else { return }
        var renames = (start..<out.count).filter { out[$0].predicate == .renamedTo || out[$0].predicate == .evolvedInto }
        guard renames.count >= 2 else { return }
        let position = { (e: Int) -> Int in view.items.first(where: { $0.entity == e })?.first ?? Int.max }
        renames.sort { position(out[$0].target) < position(out[$1].target) }
        for (x, y) in zip(renames, renames.dropFirst()) where out[x].source == out[y].source && out[x].target != out[y].target
            && position(out[x].target) < position(out[y].target) {
            out[y].source = out[x].target
        }
    }
}
