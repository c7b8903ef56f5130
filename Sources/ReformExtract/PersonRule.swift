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
    /// `starts` are the capitalised words and acronyms, in order (``EntityFinder/RuleCues``):
    /// every pattern starts with a capitalised word, so only they are read.
    static func candidates(_ doc: Document, _ covered: [Bool], starts: [Int]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        var memo = NameWordMemo(count: tokens.count)
        // Read once, not on every word (each read of a global is a runtime call).
        let titles = Words.titles, plurals = pluralTitleWords, openers = initialsOpeners
        var cursor = EntityFinder.StartCursor(starts)
        for sentence in doc.sentences where !sentence.isHeading {
            let end = sentence.lastToken
            var i = sentence.firstToken
            cursor.enter(i)
            while let k = cursor.next(from: i, before: end) {
                i = k
                // Every pattern starts with a capitalised word.
                guard tokens[i].isCapitalised, tokens[i].isWord, !covered[i] else { i += 1; continue }
                if plurals.contains(tokens[i].interned) {
                    let several = pluralTitled(doc, i, end, covered, &memo)
                    if let lastOne = several.last { out += several; i = lastOne.last; continue }
                }
                if let c = person(at: i, doc, end, sentence.firstToken, covered, &memo, titles: titles, openers: openers) {
                    // "the Paul Hamlyn Chair of Surgery": a name before a post named after it.
                    let post = c.last + 1 < end && postWords.contains(tokens[c.last].interned)
                        && tokens[c.last].isCapitalised && (tokens[c.last + 1].key.is("of") || tokens[c.last + 1].key.is("in"))
                    if !post { out.append(c) }
                    i = c.last
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The first pattern that reads a person at capitalised word `i`. Each pattern is asked
    /// only when its first test passes here (most capitalised words start none): a title; a
    /// name word and another after it (or a hyphen); a sentence's start, punctuation or a word
    /// of ``initialsOpeners`` before. (Returned as found: an optional variable assigned by each
    /// pattern in turn was destroyed, by an outlined call, at every assignment.)
    private static func person(at i: Int, _ doc: Document, _ end: Int, _ sentenceStart: Int, _ covered: [Bool],
                               _ memo: inout NameWordMemo, titles: WordSet, openers: WordSet) -> Candidate? {
        let tokens = doc.tokens
        if titles.contains(tokens[i].interned), let c = titled(doc, i, end, covered, &memo) { return c }
        if !tokens[i].has(.possessive), i + 1 < end, memo.at(doc, i, covered),
           memo.at(doc, i + 1, covered) || tokens[i + 1].key.is("-"),
           let c = named(doc, i, end, sentenceStart, covered, &memo) {
            return c
        }
        if i == sentenceStart || tokens[i - 1].key.isEmpty || openers.contains(tokens[i - 1].interned)
            || tokens[i - 1].isPunct && !tokens[i - 1].key.is("-") {
            return initials(doc, i, end, sentenceStart, covered, &memo)
        }
        return nil
    }

    /// Posts named after a person: "the Paul Hamlyn Chair of Surgery".
    private static let postWords: WordSet = ["chair", "professor", "professorship", "fellowship", "lecture", "lecturer", "prize", "award"]

    /// ``nameWord(_:_:_:)`` of each token of one document, found once: the patterns ask the
    /// same words several times (`named`, `nameRun` and `initials` all read the word they
    /// start at and the one after).
    private struct NameWordMemo {
        /// 0 not yet known, 1 no, 2 yes.
        private var known: [UInt8]
        init(count: Int) { known = [UInt8](repeating: 0, count: count) }
        @inline(__always)
        mutating func at(_ doc: Document, _ k: Int, _ covered: [Bool]) -> Bool {
            let v = known[k]
            if v != 0 { return v == 2 }
            let r = PersonRule.nameWord(doc, k, covered)
            known[k] = r ? 2 : 1
            return r
        }
    }

    /// Whether token `k` can be part of a person's name.
    static func nameWord(_ doc: Document, _ k: Int, _ covered: [Bool]) -> Bool {
        let tokens = doc.tokens
        let t = tokens[k]
        guard t.isWord, t.isCapitalised, !covered[k], t.length >= 2 else { return false }
        if t.has(.upper), t.length > 1, !t.has(.attached) { return false } // acronyms are not names
        if notNameWords.contains(t.interned) { return false }
        // Months only inside a name ("Theresa May"), never before a number ("May 2024").
        if Words.months.contains(t.interned) {
            if k == 0 || !tokens[k - 1].isCapitalised || !tokens[k - 1].isWord || tokens[k - 1].has(.possessive) { return false }
            if k + 1 < tokens.count, tokens[k + 1].has(.number) { return false }
        }
        // Internal capitals ("FREng", "McKinsey") are not surnames, except Mc/Mac/O' names.
        var capitals = 0
        for b in doc.bytes[Int(t.start)..<Int(t.end)] where b >= 0x41 && b <= 0x5A { capitals += 1 }
        if capitals > 1, !t.key.hasPrefix("mc"), !t.key.hasPrefix("mac"), !t.key.hasPrefix("o") { return false }
        return true
    }

    /// Words that are never part of a person's name: leading words, titles, roles, role nouns
    /// and name heads, in one set so that a word is hashed once, not five times.
    static let notNameWords: WordSet = Words.leading.union(Words.titles).union(Words.roles).union(roleNames)
        .union(ProperNameRule.heads.keys)

    /// Role nouns that make a following capitalised pair a name ("chief executive Sarah
    /// Woolnough") and are never names themselves.
    static let roleNames: WordSet = [
        "executive", "ceo", "chair", "chairman", "chairwoman", "director", "secretary", "minister", "mp", "member",
        "leader", "president", "professor", "adviser", "advisor", "officer", "spokesperson", "spokesman",
        "spokeswoman", "founder", "editor", "author", "economist", "surgeon", "consultant", "fellow", "commissioner",
        "governor", "head", "manager", "analyst", "researcher", "lecturer", "colleague", "chancellor", "mayor",
        "councillor", "reporter", "correspondent", "campaigner", "gp", "nurse", "doctor", "trustee", "boss",
    ]

    /// Consecutive name words from `k` (hyphenated parts joined), at most `limit`; returns the end.
    private static func nameRun(_ doc: Document, _ k: Int, _ end: Int, _ covered: [Bool], _ memo: inout NameWordMemo, limit: Int = 3) -> Int {
        let tokens = doc.tokens
        var j = k
        var words = 0
        while j < end, words < limit, memo.at(doc, j, covered), !(words >= 2 && GivenNames.all.contains(tokens[j].interned)) {
            words += 1
            j += 1
            if tokens[j - 1].has(.possessive) { break }
            // Hyphenated surname: Scott-Samuel.
            while j + 1 < end, tokens[j].key.is("-"), tokens[j].has(.attached), tokens[j + 1].has(.attached), memo.at(doc, j + 1, covered) {
                j += 2
            }
        }
        return j
    }

    private static let pluralTitles = ["lords": "Lord", "baronesses": "Baroness", "professors": "Professor", "drs": "Dr", "sirs": "Sir"]
    /// The keys of ``pluralTitles``, tested by a token's interned key (one bit) before the
    /// dictionary is hashed: nearly every capitalised word is no plural title.
    private static let pluralTitleWords = WordSet(pluralTitles.keys)

    /// "the Lords Ribeiro and Kakkar": a plural title before coordinated surnames gives each
    /// the singular title.
    private static func pluralTitled(_ doc: Document, _ i: Int, _ end: Int, _ covered: [Bool], _ memo: inout NameWordMemo) -> [Candidate] {
        let tokens = doc.tokens
        guard pluralTitleWords.contains(tokens[i].interned), let title = pluralTitles[tokens[i].key] else { return [] }
        var out: [Candidate] = []
        var k = i + 1
        while k < end, memo.at(doc, k, covered) {
            out.append(Candidate(first: k, last: k + 1, name: title + " " + doc.text(k, k + 1), type: .person, kind: .instance, priority: 2))
            k += 1
            if k + 1 < end, tokens[k].key.is("and") || tokens[k].key.is(",") { k += 1 } else { break }
        }
        return out.count >= 2 ? out : []
    }

    private static func titled(_ doc: Document, _ i: Int, _ end: Int, _ covered: [Bool], _ memo: inout NameWordMemo) -> Candidate? {
        let tokens = doc.tokens
        guard Words.titles.contains(tokens[i].interned), tokens[i].isCapitalised, !covered[i] else { return nil }
        var j = i + 1
        var titleWords = [tokens[i].key]
        while j < end, (Words.titles.contains(tokens[j].interned) && tokens[j].isCapitalised) || tokens[j].key.is("the") || tokens[j].key.is(".") {
            if tokens[j].isWord, !tokens[j].key.is("the") { titleWords.append(tokens[j].key) }
            j += 1
        }
        let nameStart = j
        let nameEnd = nameRun(doc, j, end, covered, &memo)
        guard nameEnd > nameStart else { return nil }
        var last = nameEnd
        // "of Denham" after a peer's name.
        if titleWords.contains("lord") || titleWords.contains("baroness"), last + 1 < end, tokens[last].key.is("of"),
           memo.at(doc, last + 1, covered), !tokens[last - 1].has(.possessive) {
            last += 2
        }
        let name = canonical(doc, nameStart, nameEnd, title: tokens[titleWords.count == 1 ? i : (j - 1)], titleWords: titleWords)
        return Candidate(first: i, last: last, name: name, type: .person, kind: .instance, priority: 2)
    }

    private static func canonical(_ doc: Document, _ s: Int, _ e: Int, title: Token, titleWords: [String]) -> String {
        let names = doc.text(s, e).replacingPossessive()
        if e - s >= 2 || doc.tokens[s..<e].contains(where: { $0.key.is("-") }) && e - s >= 3 { return names }
        // Only a surname: keep the rank that tells people apart ("Lord Patel").
        let rank = titleWords.last { ["lord", "baroness", "lady", "sir", "dame"].containsKey($0) } ?? titleWords.last ?? ""
        let titleText = rank.prefix(1).uppercased() + rank.dropFirst()
        return titleText.isEmpty ? names : titleText + " " + names
    }

    private static let afterNameCues: WordSet = [",", "said", "says", "added", "told", "argued", "warned", "wrote",
                                                     "commented", "explained", "noted", "stated", "claimed", "insisted"]

    private static func named(_ doc: Document, _ i: Int, _ end: Int, _ sentenceStart: Int, _ covered: [Bool],
                              _ memo: inout NameWordMemo) -> Candidate? {
        let tokens = doc.tokens
        guard memo.at(doc, i, covered), !tokens[i].has(.possessive) else { return nil }
        let j = nameRun(doc, i, end, covered, &memo)
        guard j - i >= 2 else { return nil }
        let given = GivenNames.all.contains(tokens[i].interned)
        var ok = given
        if !ok {
            // A role before: "chief executive Sarah Woolnough", "MP Andrew Selous".
            if i > sentenceStart, roleNames.contains(tokens[i - 1].interned) { ok = true }
            // "Senior Development Officer of Integration, Mar Sánchez Fernández".
            if i > sentenceStart + 1, tokens[i - 1].key.is(","),
               (max(sentenceStart, i - 6)..<(i - 1)).contains(where: { roleNames.contains(tokens[$0].interned) }) { ok = true }
            // A role appositive or a verb of speech after.
            // ("Ann Smith, the chair of ...", "Ann Smith, a former director of ...").
            if j + 1 < end, tokens[j].key.is(",") {
                var r = j + 1
                // ("Navina Evans, who had been chief executive of ...": a relative clause.)
                if r + 1 < end, tokens[r].key.is("who") {
                    r += 1
                    while r < end, r < j + 6, ["had", "has", "have", "been", "was", "is", "then", "once", "previously", "formerly"].containsKey(tokens[r].key) { r += 1 }
                }
                while r < end, r < j + 8, ["the", "a", "an", "former", "then", "its", "now"].containsKey(tokens[r].key) { r += 1 }
                if r < end, Words.roles.contains(tokens[r].interned) { ok = true }
            }
            if j < end, Words.speech.contains(tokens[j].interned) { ok = true }
        }
        guard ok else { return nil }
        let name = doc.text(i, j).replacingPossessive()
        return Candidate(first: i, last: j, name: name, type: .person, kind: .instance, priority: 1)
    }

    private static func isInitial(_ t: Token) -> Bool {
        t.isWord && t.length == 1 && t.isCapitalised && !t.key.is("a") && !t.key.is("i")
    }

    /// The words after which ``initials(_:_:_:_:_:_:)`` reads a name (besides a sentence's
    /// start and other punctuation than a hyphen).
    private static let initialsOpeners: WordSet = [",", "and", "(", "by", "\""]
    /// The words that may follow a name with initials.
    private static let initialsClosers: WordSet = [",", "and", "et", ".", ")", "(", ";"]

    private static func initials(_ doc: Document, _ i: Int, _ end: Int, _ sentenceStart: Int, _ covered: [Bool],
                                 _ memo: inout NameWordMemo) -> Candidate? {
        let tokens = doc.tokens
        // (Tested by the word's interned key: most capitalised words follow another word.)
        if i > sentenceStart {
            let b = tokens[i - 1]
            guard b.key.isEmpty || initialsOpeners.contains(b.interned) || b.isPunct && !b.key.is("-") else { return nil }
        }
        // Both patterns need a one-letter word (``isInitial(_:)``) at `i`, after it, or after
        // it and a comma: tested first by length, as most words read here (a sentence's first,
        // say) have none near them.
        guard tokens[i].length == 1 || i + 1 < end && (tokens[i + 1].length == 1
            || i + 2 < end && tokens[i + 1].key.is(",") && tokens[i + 2].length == 1) else { return nil }
        let afterComma = i > sentenceStart && tokens[i - 1].key.is(",")
        func closes(_ k: Int) -> Bool {
            k >= end || initialsClosers.contains(tokens[k].interned)
        }
        // "S Leatherman"
        if isInitial(tokens[i]), i + 1 < end, !covered[i], memo.at(doc, i + 1, covered), closes(i + 2) {
            let name = doc.text(i, i + 2)
            return Candidate(first: i, last: i + 2, name: name, type: .person, kind: .instance, priority: 1)
        }
        // "Marmot, M" / "Allen J"
        if memo.at(doc, i, covered) {
            var k = i + 1
            if k < end, tokens[k].key.is(",") { k += 1 }
            if k < end, isInitial(tokens[k]), !covered[k], closes(k + 1), k + 1 < end || afterComma {
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
        // Most names have no possessive: every suffix below ends in the byte s (0x73), ' (0x27)
        // or the last byte of ’ (0x99), and "'s"/"’s" need ' or ’ right before the s.
        // Anything else is answered without building suffix strings.
        let u = utf8
        guard let last = u.last, last == 0x73 || last == 0x27 || last == 0x99 else { return self }
        if last == 0x73, u.count >= 2 {
            let before = u[u.index(u.endIndex, offsetBy: -2)]
            if before != 0x27, before != 0x99 { return self }
        }
        for suffix in ["'s", "\u{2019}s"] where hasSuffix(suffix) { return String(dropLast(2)) }
        for suffix in ["s'", "s\u{2019}"] where hasSuffix(suffix) { return String(dropLast(1)) }
        return self
    }
}
