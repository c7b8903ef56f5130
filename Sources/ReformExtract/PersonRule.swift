import ReformCore

/// People: a title and capitalised names ("Lord Darzi", "Professor the Lord Darzi of Denham",
/// "Dr Jennifer Dixon"); a common given name and a surname ("Thea Stein"); two capitalised
/// words with a role appositive or a verb of speech ("Ann Smith, chief executive of ...",
/// "chief executive Sarah Woolnough", "Ann Smith said"); and initials in references
/// ("S Leatherman", "Marmot, M").
///
/// Words inside a lexicon name, month names and words such as "The" are never names. The
/// canonical name drops titles and a peerage's "of <Place>": "Lord Darzi of Denham" is
/// "Lord Darzi" until a given name is known.
enum PersonRule {
    static func candidates(_ doc: Document, _ covered: [Bool]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        for sentence in doc.sentences where !ProperNameRule.isHeading(tokens, sentence.tokenRange) {
            let end = sentence.lastToken
            var i = sentence.firstToken
            while i < end {
                if let c = titled(doc, i, end, covered) ?? named(doc, i, end, sentence.firstToken, covered)
                    ?? initials(doc, i, end, sentence.firstToken, covered) {
                    out.append(c)
                    i = c.last
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Whether token `k` can be part of a person's name.
    static func nameWord(_ tokens: [Token], _ k: Int, _ covered: [Bool]) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.isCapitalised, !covered[k], t.length >= 2 else { return false }
        if t.has(.upper), t.length > 1, !t.has(.attached) { return false } // acronyms are not names
        if Words.leading.contains(t.key) || Words.months.contains(t.key) || Words.titles.contains(t.key) { return false }
        if ProperNameRule.heads[t.key] != nil { return false }
        return true
    }

    /// Consecutive name words from `k` (hyphenated parts joined), at most `limit`; returns the end.
    private static func nameRun(_ tokens: [Token], _ k: Int, _ end: Int, _ covered: [Bool], limit: Int = 3) -> Int {
        var j = k
        var words = 0
        while j < end, words < limit, nameWord(tokens, j, covered) {
            words += 1
            j += 1
            if tokens[j - 1].has(.possessive) { break }
            // Hyphenated surname: Scott-Samuel.
            while j + 1 < end, tokens[j].key == "-", tokens[j].has(.attached), tokens[j + 1].has(.attached), nameWord(tokens, j + 1, covered) {
                j += 2
            }
        }
        return j
    }

    private static func titled(_ doc: Document, _ i: Int, _ end: Int, _ covered: [Bool]) -> Candidate? {
        let tokens = doc.tokens
        guard Words.titles.contains(tokens[i].key), tokens[i].isCapitalised, !covered[i] else { return nil }
        var j = i + 1
        var titleWords = [tokens[i].key]
        while j < end, (Words.titles.contains(tokens[j].key) && tokens[j].isCapitalised) || tokens[j].key == "the" || tokens[j].key == "." {
            if tokens[j].isWord, tokens[j].key != "the" { titleWords.append(tokens[j].key) }
            j += 1
        }
        let nameStart = j
        let nameEnd = nameRun(tokens, j, end, covered)
        guard nameEnd > nameStart else { return nil }
        var last = nameEnd
        // "of Denham" after a peer's name.
        if titleWords.contains("lord") || titleWords.contains("baroness"), last + 1 < end, tokens[last].key == "of",
           nameWord(tokens, last + 1, covered), !tokens[last - 1].has(.possessive) {
            last += 2
        }
        let name = canonical(doc, nameStart, nameEnd, title: tokens[titleWords.count == 1 ? i : (j - 1)], titleWords: titleWords)
        return Candidate(first: i, last: last, name: name, type: .person, kind: .instance, priority: 2)
    }

    private static func canonical(_ doc: Document, _ s: Int, _ e: Int, title: Token, titleWords: [String]) -> String {
        let names = doc.text(s, e).replacingPossessive()
        if e - s >= 2 || doc.tokens[s..<e].contains(where: { $0.key == "-" }) && e - s >= 3 { return names }
        // Only a surname: keep the rank that tells people apart ("Lord Patel").
        let rank = titleWords.last { ["lord", "baroness", "lady", "sir", "dame"].contains($0) } ?? titleWords.last ?? ""
        let titleText = rank.prefix(1).uppercased() + rank.dropFirst()
        return titleText.isEmpty ? names : titleText + " " + names
    }

    private static let afterNameCues: Set<String> = [",", "said", "says", "added", "told", "argued", "warned", "wrote",
                                                     "commented", "explained", "noted", "stated", "claimed", "insisted"]

    private static func named(_ doc: Document, _ i: Int, _ end: Int, _ sentenceStart: Int, _ covered: [Bool]) -> Candidate? {
        let tokens = doc.tokens
        guard nameWord(tokens, i, covered), !tokens[i].has(.possessive) else { return nil }
        let j = nameRun(tokens, i, end, covered)
        guard j - i >= 2 else { return nil }
        let given = GivenNames.all.contains(tokens[i].key)
        var ok = given
        if !ok {
            // A role before: "chief executive Sarah Woolnough", "MP Andrew Selous".
            if i > sentenceStart, Words.roles.contains(tokens[i - 1].key) { ok = true }
            // A role appositive or a verb of speech after.
            if j + 1 < end, tokens[j].key == ",", Words.roles.contains(tokens[j + 1].key) { ok = true }
            if j < end, Words.speech.contains(tokens[j].key) { ok = true }
        }
        guard ok else { return nil }
        let name = doc.text(i, j).replacingPossessive()
        return Candidate(first: i, last: j, name: name, type: .person, kind: .instance, priority: 1)
    }

    private static func isInitial(_ t: Token) -> Bool {
        t.isWord && t.length == 1 && t.isCapitalised && t.key != "a" && t.key != "i"
    }

    private static func initials(_ doc: Document, _ i: Int, _ end: Int, _ sentenceStart: Int, _ covered: [Bool]) -> Candidate? {
        let tokens = doc.tokens
        let before = i == sentenceStart ? "" : tokens[i - 1].key
        guard before == "" || before == "," || before == "and" || before == "(" || before == "by" || before == "\"" else { return nil }
        func closes(_ k: Int) -> Bool {
            k >= end || [",", "and", "et", ".", ")", "(", ";"].contains(tokens[k].key)
        }
        // "S Leatherman"
        if isInitial(tokens[i]), i + 1 < end, !covered[i], nameWord(tokens, i + 1, covered), closes(i + 2) {
            let name = doc.text(i, i + 2)
            return Candidate(first: i, last: i + 2, name: name, type: .person, kind: .instance, priority: 1)
        }
        // "Marmot, M" / "Allen J"
        if nameWord(tokens, i, covered) {
            var k = i + 1
            if k < end, tokens[k].key == "," { k += 1 }
            if k < end, isInitial(tokens[k]), !covered[k], closes(k + 1), k + 1 < end || before == "," {
                let name = doc.text(k, k + 1) + " " + doc.text(i, i + 1)
                return Candidate(first: i, last: k + 1, name: name, type: .person, kind: .instance, priority: 1)
            }
        }
        return nil
    }
}

extension String {
    /// The name without a final possessive (`'s`, `’s`, `s'`).
    func replacingPossessive() -> String {
        for suffix in ["'s", "\u{2019}s"] where hasSuffix(suffix) { return String(dropLast(2)) }
        for suffix in ["s'", "s\u{2019}"] where hasSuffix(suffix) { return String(dropLast(1)) }
        return self
    }
}
