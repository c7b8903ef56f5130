import ReformCore

/// Runs the relation rules over a document: `instance_of` for named instances, references,
/// then each sentence's verbs, roles and reactions.
enum RelationExtractor {
    static func relations(in doc: inout Document, _ lexicon: CompiledLexicon) -> [DocRelation] {
        var out: [DocRelation] = []
        QuotedTitleRule.apply(&doc)
        ReferenceRule.apply(&doc, into: &out)
        AliasRule.apply(&doc)
        ListRule.apply(&doc, lexicon)
        InstanceRule.apply(&doc, lexicon, into: &out)
        let topic = TopicReport(doc)
        var lastPerson: Int?
        var lastCommittee: Int?
        for s in doc.sentences.indices {
            // A sentence without a mention has an empty view: skip it without building one.
            guard doc.mentionAt[doc.sentences[s].tokenRange].contains(where: { $0 >= 0 }) else { continue }
            let view = SentenceView(doc, s)
            guard !view.items.isEmpty else { continue }
            VerbRule.apply(view, into: &out)
            VerbRule.pronounSubject(view, lastPerson: lastPerson, into: &out)
            PeopleRule.apply(view, lastPerson: lastPerson, into: &out)
            SpeechRule.apply(view, topic, into: &out)
            WorkRule.apply(view, topic, into: &out)
            PeopleRule.committeeMembers(view, lastCommittee: lastCommittee, into: &out)
            if let p = view.items.last(where: { $0.type == .person }) { lastPerson = p.entity }
            if let c = view.items.last(where: { $0.type == .committee }) { lastCommittee = c.entity }
        }
        return out
    }
}
