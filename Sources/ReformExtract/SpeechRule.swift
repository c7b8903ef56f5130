import ReformCore

/// The report a document is mostly about: its most mentioned report (first seen on ties).
/// "the report", "this review" and "the investigation" refer to it.
struct TopicReport {
    let entity: Int?

    init(_ doc: Document) {
        // Mentions per entity, by index (a `[Int: Int]` hashed every report mention twice).
        var counts = [Int](repeating: 0, count: doc.entities.count)
        var order: [Int] = []
        var total = 0
        // The first report mentioned (in the mentions' order) in the document's opening lines
        // (its title: before the fourth sentence), and the first in its head (its first 200
        // tokens, past any list of regions or a cover page), found in the same walk.
        let opening = doc.sentences.count > 3 ? doc.sentences[3].firstToken : doc.tokens.count
        let headEnd = min(doc.tokens.count, 200)
        var titled: Int?, head: Int?
        for m in doc.mentions {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].type == .report else { continue }
            if titled == nil, m.first < opening { titled = e }
            if head == nil, m.first < headEnd { head = e }
            if counts[e] == 0 { order.append(e) }
            counts[e] += 1
            total += 1
        }
        // The most mentioned report, if it holds at least half of the document's report
        // mentions (and is named twice, unless it is the only report named); otherwise "the
        // report" is too vague to resolve.
        var best: Int?
        for e in order where best == nil || counts[e] > counts[best!] { best = e }
        // A report named in the document's opening lines (its title) is the topic unless
        // another is named more often; one named in its head and named repeatedly is its
        // title, unless another report is named half as often again.
        if let t = titled, let b = best, counts[t] >= counts[b] {
            entity = t
        } else if let t = head, let b = best, counts[t] >= 3, counts[t] * 3 >= counts[b] * 2 {
            entity = t
        } else if let b = best, counts[b] >= 2 || counts[b] == total, counts[b] * 2 >= total {
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
