import ReformCore

/// Evidence submitted to an inquiry or consultation is a response to it: "the Royal College
/// ... put in a written submission", "the submission from Ealing Council was strongly
/// worded". The target is a report named in the sentence, else the one inquiry or
/// consultation the document names, else the document's topic report.
enum SubmissionRule {
    private static let verbs: WordSet = ["put", "made", "make", "makes", "sent", "send", "submitted", "submits", "gave", "give", "provided", "lodged"]

    /// The one report whose name says it is an inquiry or consultation, if exactly one.
    static func inquiry(_ doc: Document) -> Int? {
        var found: Set<Int> = []
        // Each report's name is read once, not once per mention.
        var seen: Set<Int> = []
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].type == .report, seen.insert(e).inserted else { continue }
            let name = doc.entities[e].name
            if name.lowercasedContains("inquiry") || name.lowercasedContains("consultation") { found.insert(e) }
        }
        return found.count == 1 ? found.first : nil
    }

    static func apply(_ view: SentenceView, inquiry: Int?, topic: TopicReport, into out: inout [DocRelation]) {
        guard view.classes.contains(.submission) else { return }
        let tokens = view.tokens, items = view.items
        guard let n = view.range.first(where: { tokens[$0].is(.submission) && view.doc.mentionAt[$0] < 0 }) else { return }
        guard !view.negated(view.range.lowerBound, n) else { return }
        var senders: [SentenceView.Item] = []
        // "the submission from X".
        if n + 1 < view.range.upperBound, tokens[n + 1].key.is("from"),
           let s = items.first(where: { $0.first >= n + 2 && $0.first <= n + 3 }), PeopleRule.isOrg(s.type) || s.type == .person {
            senders.append(s)
        }
        // "X (, ...,) put in a written submission": the sentence's subject, with a verb of sending before the noun.
        if senders.isEmpty, let s = items.first, s.first <= view.range.lowerBound + 1, PeopleRule.isOrg(s.type) || s.type == .person,
           s.last < n, (max(s.last, n - 5)..<n).contains(where: { verbs.contains(tokens[$0].interned) }) {
            senders.append(s)
        }
        guard !senders.isEmpty else { return }
        // "a submission to X" names the target; otherwise the document's inquiry (a report
        // named elsewhere in the sentence may only describe the sender).
        let addressed = items.first(where: { $0.type == .report && $0.first > n && $0.first <= n + 4
            && view.keys(n + 1, $0.first).first == "to" })?.entity
        let target = addressed ?? inquiry ?? items.first(where: { $0.type == .report })?.entity ?? topic.entity
        guard let target else { return }
        for s in senders where s.entity != target {
            out.append(DocRelation(source: s.entity, predicate: .respondedTo, target: target, sentence: view.index))
        }
    }
}
