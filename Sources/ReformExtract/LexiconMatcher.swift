/// Finds lexicon names in a document's tokens with the ``NameTrie``: at each token the
/// longest name wins, then matching resumes after it.
///
/// Acronym names match only capitals; single-word names only capitalised words (and
/// ambiguous words, such as "Reform", not as the first word of a sentence). Hyphens, commas,
/// colons, brackets and slashes inside a name are stepped over.
enum LexiconMatcher {
    struct Match {
        var first: Int
        var last: Int
        var value: NameTrie.Value
    }

    static func matches(in doc: Document, lexicon: CompiledLexicon) -> [Match] {
        var out: [Match] = []
        let tokens = doc.tokens
        let trie = lexicon.trie
        for sentence in doc.sentences {
            var i = sentence.firstToken
            let end = sentence.lastToken
            while i < end {
                guard tokens[i].id >= 0, !tokens[i].isPunct || tokens[i].key.is("and") else { i += 1; continue }
                var node: Int32 = 0
                var j = i
                var best: Match?
                while j < end {
                    let t = tokens[j]
                    if j > i, CompiledLexicon.isSkippable(t) { j += 1; continue }
                    guard let next = trie.child(node, t.id) else { break }
                    node = next
                    j += 1
                    guard trie.hasValues(next) else { continue }
                    for v in 0..<trie.valueCount(next) {
                        let value = trie.value(next, v)
                        guard accepts(value, tokens, i, j, sentenceStart: sentence.firstToken, lexicon) else { continue }
                        best = Match(first: i, last: j, value: value)
                        break
                    }
                }
                if let best {
                    out.append(best)
                    i = best.last
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Compass words that open a region's name ("north Wales", "south London").
    private static let compass: WordSet = ["north", "south", "east", "west", "mid", "central"]

    /// Words before an office's name that make the holder someone else's deputy.
    private static let officeDeputies: WordSet = ["deputy", "assistant", "vice"]

    /// "Health Secretary", "Secretary of State", "Prime Minister", "Chancellor of the Exchequer".
    static func isOfficeName(_ name: String) -> Bool {
        let words = name.lowercased().spaceSeparatedWords()
        return words.contains { $0.is("secretary") || $0.is("minister") || $0.is("chancellor") } || words.first == "chief"
    }

    private static func accepts(_ v: NameTrie.Value, _ tokens: [Token], _ first: Int, _ last: Int,
                                sentenceStart: Int, _ lexicon: CompiledLexicon) -> Bool {
        if v.capitalsOnly {
            for k in first..<last where tokens[k].isWord && !(tokens[k].has(.upper) || tokens[k].has(.acronym)) {
                if tokens[k].key.is("and") { continue }
                return false
            }
        }
        // "Integrated Care: organisations, partnerships and systems" holds no "integrated care
        // organisations": a colon is stepped over only inside a name written with one.
        if last - first > 2, (first + 1..<last - 1).contains(where: { tokens[$0].key.is(":") }),
           !v.nameFacts.contains(.colon) {
            return false
        }
        // A named instance (a report, a body) must begin with a capital: "the health of the nation"
        // is not the report "Health of the Nation". Forms ("integrated care boards") match in any case.
        // Offices are often written in lower case ("the health secretary").
        // ("north Wales": a region of a named place may take a lower-case compass word.)
        if lexicon.entry(v.entry).kind == .instance, !tokens[first].isCapitalised, !tokens[first].has(.number),
           v.nameFacts.contains(.capitalFirst),
           !(lexicon.entry(v.entry).type == .nationalBody && v.nameFacts.contains(.office)),
           !(lexicon.entry(v.entry).type == .place && compass.contains(tokens[first].interned) && first + 1 < last && tokens[first + 1].isCapitalised) {
            return false
        }
        // "a deputy chief medical officer" does not hold the office.
        if first > 0, officeDeputies.contains(tokens[first - 1].interned), lexicon.entry(v.entry).type == .nationalBody,
           v.nameFacts.contains(.office) {
            return false
        }
        if v.needsCapital {
            let t = tokens[first]
            // "the chancellor, Rachel Reeves": a one-word office in lower case after "the" (not
            // "the chancellor of the university").
            let before = first > 0 ? tokens[first - 1].key : ""
            let lowerOffice = !t.isCapitalised && first > 0 && (before.is("the") || before.is("new") || before.is("former") || before.is("then"))
                && !(last < tokens.count && tokens[last].key.is("of")) && lexicon.entry(v.entry).type == .nationalBody
                && v.nameFacts.contains(.office)
            if !t.isCapitalised && !t.has(.number) && !lowerOffice { return false }
            // "Reforms" is not the think tank Reform: a one-word name does not take a plural.
            if !t.has(.acronym), !t.has(.upper), Vocabulary.singular(t.key, acronymPlural: false) != t.key,
               !v.nameFacts.contains(.endsInS) { return false }
            if CompiledLexicon.ambiguousWords.contains(t.interned) {
                if first == sentenceStart { return false }
                if t.has(.upper), !v.capitalsOnly { return false }
            }
        }
        return true
    }
}
