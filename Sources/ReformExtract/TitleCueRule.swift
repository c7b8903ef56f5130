import ReformCore

/// Document titles written without quotation marks, found by the words around them:
/// "published Getting Ahead of the Curve", "the white paper Choosing Health", "Healthy Lives,
/// Healthy People, the white paper that ...". The title is a run of capitalised words (with
/// "of", "the", "and", "for", "to", "in", "on", "a" between them, a colon before a subtitle,
/// and a comma between two capitalised halves), at least two words long, that the lexicon does
/// not already name.
enum TitleCueRule {
    /// Verbs after which a title may be the object.
    static let verbs: WordSet = ["published", "publishes", "publishing", "issued", "issues", "released", "launched"]
    /// Nouns for a document right before a title ("the white paper Choosing Health").
    static let nouns: WordSet = ["paper", "report", "strategy", "review", "document", "framework", "consultation", "plan"]
    /// Nouns for a document in an appositive after a title ("X, the white paper that ...").
    private static let appositiveNouns: WordSet = ["paper", "report", "strategy", "review", "document", "plan", "framework",
                                                   "consultation", "letter", "manifesto", "guidance"]
    private static let small: WordSet = ["of", "the", "and", "for", "to", "in", "on", "a", "an", "with", "at", "by", "from", "our", "your", "its"]

    static func candidates(_ doc: Document, _ matches: [LexiconMatcher.Match]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        // Read once, not at every sentence (each read of a global is a runtime call).
        let sets = RunWords(months: Words.months, small: small)
        for sentence in doc.sentences where !sentence.isHeading {
            let start = sentence.firstToken, end = sentence.lastToken
            // A title opening the sentence, then ", the white paper ..." / ", a report ...".
            if let last = run(tokens, start, end, sets), last + 2 < end, tokens[last].key.is(","),
               Self.isDeterminer(tokens[last + 1].key),
               (last + 2..<min(end, last + 5)).contains(where: { appositiveNouns.contains(tokens[$0].interned) }) {
                add(doc, matches, start, last, into: &out)
            }
            // The titles below follow a verb or noun of ``WordClass/titleCue``.
            guard sentence.classes.contains(.titleCue) else { continue }
            // "their inquiry into Integrated Care: organisations, partnerships and systems": after
            // "inquiry into" or "report on", a capitalised head, a colon and a lower-case subtitle
            // running to the end of the sentence are one title. (Without the colon, "an inquiry
            // into Foundation Trusts" names a topic, not a document.)
            var k = start
            while k + 3 < end {
                defer { k += 1 }
                // (The capital first, which `subtitledRun` requires: most words have none.)
                guard tokens[k + 2].isCapitalised, subjectNouns.contains(tokens[k].interned),
                      tokens[k + 1].key.is("into") || tokens[k + 1].key.is("on"),
                      let last = subtitledRun(tokens, k + 2, end) else { continue }
                add(doc, matches, k + 2, last, into: &out)
            }
            // "published a five-year strategy, Delivering fair resolution and learning from harm,
            // at the same time": a document noun, a comma and a sentence-case title.
            k = start
            while k + 3 < end {
                defer { k += 1 }
                // (The capital and the comma first: most words are followed by neither.)
                guard tokens[k + 2].isCapitalised, tokens[k + 1].key.is(","),
                      appositiveNouns.contains(tokens[k].interned) || tokens[k].key.is("response"),
                      (max(start, k - 8)..<k).contains(where: { verbs.contains(tokens[$0].interned) || tokens[$0].key.is("out") && $0 > start && tokens[$0 - 1].key.is("set") }),
                      let last = run(tokens, k + 2, end, sets) ?? sentenceCaseRun(tokens, k + 2, end) else { continue }
                add(doc, matches, k + 2, last, into: &out)
            }
            k = start
            while k + 1 < end {
                defer { k += 1 }
                let t = tokens[k]
                guard t.isWord, !t.isCapitalised, tokens[k + 1].isCapitalised, verbs.contains(t.interned) || nouns.contains(t.interned) else { continue }
                // "the plan", "the report" only after a word for its kind: "white paper", "green
                // paper", "strategy"; the verbs take any title.
                if nouns.contains(t.interned), t.key.is("paper") || t.key.is("plan") {
                    guard k > start, ["white", "green", "command", "discussion", "consultation", "policy", "long-term", "strategic"].containsKey(tokens[k - 1].key) else { continue }
                }
                if let last = run(tokens, k + 1, end, sets) { add(doc, matches, k + 1, last, into: &out) }
                // "published Managing the costs of clinical negligence in trusts, which found ...":
                // a title in sentence case, set off by a comma.
                else if verbs.contains(t.interned), let last = sentenceCaseRun(tokens, k + 1, end) { add(doc, matches, k + 1, last, into: &out) }
            }
        }
        return out
    }

    /// "the", "a", "an", "his", "her", "its" or "their" (compared in place: no array per test).
    private static func isDeterminer(_ k: String) -> Bool {
        k.is("the") || k.is("a") || k.is("an") || k.is("his") || k.is("her") || k.is("its") || k.is("their")
    }

    /// Finite verbs that end a sentence-case title: a clause, not a title, follows.
    private static let clauseWords: WordSet = ["is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "which", "that", "who"]

    /// The end (exclusive) of a title in sentence case starting at `k` ("Managing the costs of
    /// clinical negligence in trusts"): a capitalised word, then three to eleven words (lower case
    /// or capitalised, no punctuation or clause word), ending at a comma or the sentence's end.
    private static func sentenceCaseRun(_ tokens: [Token], _ k: Int, _ end: Int) -> Int? {
        guard k < end, tokens[k].isCapitalised, tokens[k].isWord, !tokens[k].has(.possessive), !tokens[k].has(.upper), !tokens[k].has(.acronym),
              !Words.months.contains(tokens[k].interned),
              !Words.leading.contains(tokens[k].interned) else { return nil }
        var j = k + 1
        while j < end, j - k < 12, tokens[j].isWord, !tokens[j].isYear, !clauseWords.contains(tokens[j].interned), !tokens[j].has(.possessive),
              !Words.months.contains(tokens[j].interned) { j += 1 }
        guard j - k >= 4, j - k < 12, (k + 1..<j).contains(where: { !tokens[$0].isCapitalised }) else { return nil }
        guard j == end || tokens[j].key.is(",") || tokens[j].key.is(".") && j + 1 == end else { return nil }
        return j
    }

    /// Nouns for an inquiry or document named by its subject ("inquiry into X", "report on X").
    static let subjectNouns: WordSet = ["inquiry", "investigation", "review", "report"]

    /// The end (exclusive) of "Capitalised Head: lower-case subtitle" starting at `k`, when the
    /// subtitle (one to ten words, commas and "and" between them) runs to the sentence's end.
    private static func subtitledRun(_ tokens: [Token], _ k: Int, _ end: Int) -> Int? {
        guard k < end, tokens[k].isCapitalised, tokens[k].isWord else { return nil }
        var j = k
        while j < end, tokens[j].isWord, tokens[j].isCapitalised || small.contains(tokens[j].interned) { j += 1 }
        guard j < end, j > k, tokens[j].key.is(":"), j + 1 < end, !tokens[j + 1].isCapitalised else { return nil }
        var last = end
        // A final full stop is not part of the title.
        while last > j + 1, !tokens[last - 1].isWord { last -= 1 }
        let words = (j + 1..<last).filter { tokens[$0].isWord }.count
        guard (1...10).contains(words), (j + 1..<last).allSatisfy({
            tokens[$0].isWord && !tokens[$0].isCapitalised && !tokens[$0].isYear && !clauseWords.contains(tokens[$0].interned)
                && !["it", "they", "we", "there", "he", "she"].containsKey(tokens[$0].key) || tokens[$0].key.is(",")
        }) else { return nil }
        return last
    }

    /// The word sets ``run(_:_:_:_:)`` reads, read from the globals once per document.
    private struct RunWords {
        let months: WordSet
        let small: WordSet
    }

    /// The end (exclusive) of a title starting at `k`, or nil when there is none of two words.
    private static func run(_ tokens: [Token], _ k: Int, _ end: Int, _ sets: RunWords) -> Int? {
        let months = sets.months, small = sets.small
        guard k < end, tokens[k].isCapitalised, tokens[k].isWord, !months.contains(tokens[k].interned) else { return nil }
        var j = k, last = k, words = 0
        while j < end {
            let t = tokens[j]
            if t.isWord && t.isCapitalised && !t.isYear && !months.contains(t.interned) { j += 1; last = j; words += 1; continue }
            // "of the", "of our" between capitalised words ("Getting Ahead of the Curve").
            if small.contains(t.interned) {
                var n = j + 1
                if n < end, small.contains(tokens[n].interned), !tokens[n].isCapitalised { n += 1 }
                if n < end, tokens[n].isCapitalised, tokens[n].isWord, !months.contains(tokens[n].interned) { j = n; continue }
            }
            // "High Quality Care for All: NHS Next Stage Review" and "Healthy Lives, Healthy People".
            // ("Never Again? The Story of ...": a question before a subtitle.)
            if t.key.is(":") || t.key.is(",") || t.key.is("?"), j + 2 < end, tokens[j + 1].isCapitalised, tokens[j + 1].isWord,
               tokens[j + 2].isCapitalised || !t.key.is(",") {
                j += 1; continue
            }
            break
        }
        return words >= 2 && last - k <= 16 ? last : nil
    }

    private static func add(_ doc: Document, _ matches: [LexiconMatcher.Match], _ first: Int, _ last: Int, into out: inout [Candidate]) {
        // Known whole (or a known body, person or place at its start): not a new title.
        if matches.contains(where: { $0.first <= first && $0.last >= last }) { return }
        if let m = matches.first(where: { $0.first == first }), m.last - m.first >= (last - first) / 2 { return }
        if doc.tokens[last - 1].has(.possessive) { return }
        let name = doc.text(first, last)
        out.append(Candidate(first: first, last: last, name: name, type: .report, kind: .instance, priority: 0))
    }
}
