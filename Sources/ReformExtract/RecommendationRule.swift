import ReformCore

/// "Matt Hancock accepted the review's proposals", "Jeremy Hunt approved its recommendations",
/// "The Government endorsed the Francis report's recommendations": accepting what a report or
/// programme recommends is supporting it (`supports`). The report is the possessor before the
/// noun ("the review's", "the Francis report's"), or for "its"/"their" the report or programme
/// named last in this sentence or the previous two (`lastWork`). The supporter is the person or
/// body named last before the verb, with nothing but an appositive between.
enum RecommendationRule {
    private static let verbs: WordSet = [
        "accepted", "accepts", "accept", "accepting", "approved", "approves", "approve", "approving", "endorsed",
        "endorses", "endorse", "endorsing", "adopted", "adopts", "adopt", "adopting", "implemented", "implements",
        "implement", "implementing", "welcomed", "welcomes", "welcome", "backed", "backs", "back", "embraced", "embraces",
    ]
    private static let nouns: WordSet = ["recommendations", "recommendation", "proposals", "proposal", "findings", "conclusions"]
    /// Words between the verb and the possessor ("accepted all of the review's proposals").
    private static let between: WordSet = ["the", "all", "of", "most", "many", "some", "great", "majority", "main", "key",
                                           "its", "their", "in", "full", "every", "one", "both", "two", "three", "central"]

    static func apply(_ view: SentenceView, lastWork: Int?, into out: inout [DocRelation]) {
        // The possessor is "its"/"their" or a possessive mention: a sentence with neither (its
        // word classes and flags are the union of its tokens') states nothing here.
        guard view.classes.contains(.possessivePronoun) || view.doc.sentences[view.index].flags.contains(.possessive) else { return }
        let tokens = view.tokens, items = view.items, start = view.range.lowerBound
        // (The nouns' set read once, each token then tested by its key's bit.)
        let nouns = Self.nouns
        for k in view.range where nouns.contains(tokens[k].interned) && view.doc.mentionAt[k] < 0 {
            // The possessor right before the noun (after up to two adjectives).
            var p = k - 1
            while p > start, p >= k - 2, !tokens[p].has(.possessive), view.doc.mentionAt[p] < 0,
                  !["its", "their"].containsKey(tokens[p].key), tokens[p].isWord, !tokens[p].isCapitalised { p -= 1 }
            guard p > start else { continue }
            let work: Int
            if ["its", "their"].containsKey(tokens[p].key) {
                guard let w = items.last(where: { $0.last <= p && [.report, .programme].contains($0.type) })?.entity ?? lastWork else { continue }
                work = w
            } else if view.doc.mentionAt[p] >= 0, tokens[p].has(.possessive),
                      let w = items.last(where: { $0.first <= p && $0.last > p }), [.report, .programme].contains(w.type) {
                work = w.entity
                p = w.first
            } else { continue }
            // The verb before the possessor.
            var v = p - 1
            while v > start, between.contains(tokens[v].interned) { v -= 1 }
            guard v > start, verbs.contains(tokens[v].interned), !view.negated(max(start, v - 3), v + 1) else { continue }
            // The subject: the last person or body before the verb, followed only by an
            // appositive set off by commas ("Matt Hancock, then Secretary of State, accepted").
            guard let si = items.lastIndex(where: { $0.last <= v }) else { continue }
            var subject = items[si]
            if tokens[v - 1].key.is(","), let open = (start..<subject.first).last(where: { tokens[$0].key.is(",") }),
               let head = items.last(where: { $0.last == open }) {
                subject = head
            } else if subject.last != v && !(subject.last + 1 == v && ["has", "had", "have", "then", "also", "duly", "later"].containsKey(tokens[subject.last].key)) {
                continue
            }
            guard subject.type == .person || PeopleRule.isOrg(subject.type), subject.entity != work else { continue }
            out.append(DocRelation(source: subject.entity, predicate: .supports, target: work, year: view.year(near: v), sentence: view.index))
        }
    }
}
