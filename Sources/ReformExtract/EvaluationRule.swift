import ReformCore

/// Verdicts in reported speech: "He said: ‘The 2012 Act was a calamity’", "X described the
/// reforms as a disaster", "Y called the plan a failure". The speaker (a person or body
/// before the verb of speech, or "he"/"she" for the person the text is about) criticised
/// the thing judged, or supports it when the verdict is praise.
enum EvaluationRule {
    private static let negative: WordSet = [
        "calamity", "disaster", "disastrous", "failure", "failed", "mistake", "catastrophe", "catastrophic", "shambles",
        "fiasco", "flawed", "damaging", "unworkable", "chaotic", "ineffective", "unfit", "wasteful", "bureaucratic",
        "misguided", "botched", "dangerous", "harmful", "unaffordable", "mess", "missed", "backwards", "backward",
        "retrograde", "setback", "distraction", "folly", "blunder", "waste", "inadequate", "unrealistic",
        // "described it as one of the worst and most expensive contracting failures".
        "worst", "tragedy", "scandal", "shameful",
    ]
    private static let positive: WordSet = [
        "success", "triumph", "welcome", "vital", "excellent", "landmark",
    ]
    private static let copulas: WordSet = ["was", "is", "has", "been", "had", "proved", "proves", "remains", "remained", "became", "be", "will", "would"]
    static let speech: WordSet = ["said", "says", "added", "argued", "argues", "told", "claimed", "wrote", "writes", "stated", "described", "called", "branded", "labelled", "labeled", "dubbed"]

    /// Words between a thing and its verdict ("a complete disaster"): a word set, not an array
    /// literal made for each word.
    private static let verdictFillers: WordSet = ["a", "an", "as", "the", "complete", "total", "utter", "unmitigated", "truly", "deeply", "very", "quite",
                                                  "largely", "\"", "huge", "major", "serious", "big", "step", "costly", "one", "of"]

    static func apply(_ view: SentenceView, pronoun: Int?, into out: inout [DocRelation]) {
        guard view.classes.contains(.verdictSpeech) else { return }
        let tokens = view.tokens, items = view.items
        guard let v = view.range.first(where: { tokens[$0].is(.verdictSpeech) && view.doc.mentionAt[$0] < 0 }) else { return }
        // The speaker.
        var speaker: Int?
        if let p = items.last(where: { $0.last <= v && ($0.type == .person || PeopleRule.isOrg($0.type)) }), v - p.last <= 4 {
            speaker = p.entity
        } else if v > view.range.lowerBound, tokens[v - 1].is(.heShe) {
            speaker = pronoun
        }
        guard let speaker else { return }
        for item in items where item.first > v && item.entity != speaker && item.type != .person && item.type != .place {
            // "described X as a disaster", "called X a failure", "X was a calamity".
            let end = min(view.range.upperBound, item.last + 5)
            var k = item.last
            var verdict: Predicate?
            while k < end {
                let w = tokens[k].key
                if negative.contains(w) { verdict = .criticised; break }
                if positive.contains(w) { verdict = .supports; break }
                guard copulas.contains(w) || verdictFillers.contains(tokens[k].interned) else { break }
                k += 1
            }
            guard let verdict, k > item.last, !VerbRule.modifiesNoun(view, item), !view.negated(v, k + 1) else { continue }
            out.append(DocRelation(source: speaker, predicate: verdict, target: item.entity, sentence: view.index))
        }
    }

    /// "Accountable care organisations are NHS England's chosen engines": a thing that is a
    /// body's chosen, preferred or flagship means has that body's support.
    static func preferred(_ view: SentenceView, into out: inout [DocRelation]) {
        let tokens = view.tokens, items = view.items
        // The thing judged is the sentence's subject; the verb comes right before the body.
        guard let x = items.first, x.first <= view.range.lowerBound + 1 else { return }
        for y in items.dropFirst() {
            guard PeopleRule.isOrg(y.type) || y.type == .person, tokens[y.last - 1].has(.possessive), y.last < view.range.upperBound,
                  ["chosen", "preferred", "favoured", "favored", "favourite", "flagship"].containsKey(tokens[y.last].key) else { continue }
            let gap = view.keys(x.last, y.first).filter { !$0.is(",") && $0 != "\"" }
            guard let last = gap.last, ["is", "are", "was", "were", "remains", "remain", "became", "become"].containsKey(last),
                  gap.count <= 16, !view.negated(x.last, y.first), x.entity != y.entity else { continue }
            out.append(DocRelation(source: y.entity, predicate: .supports, target: x.entity, sentence: view.index))
        }
    }
}

