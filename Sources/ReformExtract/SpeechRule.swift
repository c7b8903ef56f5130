import ReformCore

/// The report a document is mostly about: its most mentioned report (first seen on ties).
/// "the report", "this review" and "the investigation" refer to it.
struct TopicReport {
    let entity: Int?

    init(_ doc: Document) {
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        for m in doc.mentions {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].type == .report else { continue }
            if counts[e] == nil { order.append(e) }
            counts[e, default: 0] += 1
        }
        // The most mentioned report, if it holds at least half of the document's report
        // mentions (and is named twice, unless it is the only report named); otherwise "the
        // report" is too vague to resolve.
        var best: Int?
        for e in order where best == nil || counts[e]! > counts[best!]! { best = e }
        let total = counts.values.reduce(0, +)
        // A report named in the document's opening lines (its title) is the topic unless
        // another is named more often.
        let opening = doc.sentences.count > 3 ? doc.sentences[3].firstToken : doc.tokens.count
        let titled = doc.mentions.first { $0.first < opening && doc.entities[doc.entities.resolved($0.entity)].type == .report }
            .map { doc.entities.resolved($0.entity) }
        // A report named in the document's head (its first 200 tokens, past any list of
        // regions or a cover page) and named repeatedly is its title, unless another report
        // is named half as often again.
        let head = doc.mentions.first { $0.first < min(doc.tokens.count, 200) && doc.entities[doc.entities.resolved($0.entity)].type == .report }
            .map { doc.entities.resolved($0.entity) }
        if let t = titled, let b = best, counts[t]! >= counts[b]! {
            entity = t
        } else if let t = head, let b = best, counts[t]! >= 3, counts[t]! * 3 >= counts[b]! * 2 {
            entity = t
        } else if let b = best, counts[b]! >= 2 || counts[b]! == total, counts[b]! * 2 >= total {
            entity = b
        } else {
            entity = nil
        }
    }

    static let nouns: WordSet = ["report", "review", "investigation", "assessment", "inquiry", "diagnosis", "findings", "analysis"]
}

/// `responded_to` from reactions: a person (and the body they speak for) who "said",
/// "added" or "commented" in a sentence about a report, or "in response to" one. The report
/// is one named in the sentence, or the document's topic report when the sentence speaks of
/// "the report", "this review"...
enum SpeechRule {
    static let verbs: WordSet = ["said", "says", "added", "adds", "commented", "comments", "responded",
                                             "warned", "argued", "stated", "noted", "explained", "told", "welcomed"]

    static func apply(_ view: SentenceView, _ topic: TopicReport, into out: inout [DocRelation]) {
        guard view.classes.contains(.reaction) else { return }
        let tokens = view.tokens
        guard view.items.contains(where: { $0.type == .person }),
              let v = view.range.first(where: { !tokens[$0].isCapitalised && tokens[$0].isWord && tokens[$0].length >= 4 && tokens[$0].is(.reaction) && view.doc.mentionAt[$0] < 0 }) else { return }
        if view.negated(max(view.range.lowerBound, v - 3), v) { return }
        // The report reacted to.
        var target = view.items.first { $0.type == .report }?.entity
        // Joined only when it decides the target, and when the sentence has the key "response"
        // (keys hold no spaces, so "in response to" in the joined keys has " response " in
        // it: a whole key).
        func mentionsResponse() -> Bool {
            view.range.contains(where: { tokens[$0].key.is("response") })
                && view.keys(view.range.lowerBound, view.range.upperBound).spaceJoined().contains("in response to")
        }
        if target == nil, let t = topic.entity,
           view.range.contains(where: { TopicReport.nouns.contains(tokens[$0].interned) && view.doc.mentionAt[$0] < 0 }) || mentionsResponse() {
            target = t
        }
        guard let target else { return }
        // The speaker: the last person before the verb; bodies between them speak too.
        guard let speakerIndex = view.items.lastIndex(where: { $0.type == .person && $0.last <= v }) else { return }
        let speaker = view.items[speakerIndex]
        guard v - speaker.last <= 14 else { return }
        // "The Nuffield Trust, led by Thea Stein, welcomed the plan": the body speaks, not the
        // person named in its relative clause.
        if let h = VerbRule.relativeHead(view, speakerIndex), view.items[h].type != .person,
           view.keys(speaker.last, v).first == "," {
            out.append(DocRelation(source: view.items[h].entity, predicate: .respondedTo, target: target, sentence: view.index))
            return
        }
        var speakers = [speaker]
        for (i, item) in view.items.enumerated() where item.type != .person && item.type != .report && item.type != .place && item.type != .act {
            if item.first >= speaker.last && item.last <= v { speakers.append(item) }
            if i + 1 == speakerIndex, speaker.first - item.last <= 3 { speakers.append(item) }
        }
        for s in speakers where s.entity != target {
            out.append(DocRelation(source: s.entity, predicate: .respondedTo, target: target, sentence: view.index))
        }
    }
}
