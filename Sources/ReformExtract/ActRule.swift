import ReformCore

/// Legislation: "<Name> Act <year>", "<Name> Act of <year>", "the <year> <Name> Act",
/// "<Name> Bill", "<Name> (Northern Ireland) Order <year>". The name is capitalised words (with "and", "of", "(", ")" between) before
/// "Act" or "Bill"; a year given before or after is written after the name, so all three
/// spellings of one act meet on "Health and Social Care Act 2012".
enum ActRule {
    /// Adjectives that begin the names of acts though they begin few other names.
    private static let nameAdjectives: WordSet = ["local", "new", "national", "further", "general", "other"]

    static func candidates(_ doc: Document, _ lexicon: CompiledLexicon) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        for sentence in doc.sentences where sentence.classes.contains(.actHead) && !sentence.isHeading {
            let s0 = sentence.firstToken, end = sentence.lastToken
            // "act"/"bill" as a word class: a bit test per token, not two string compares.
            for k in s0..<end where tokens[k].isCapitalised && tokens[k].is(.actHead) {
                var s = k
                while s > s0 {
                    let t = tokens[s - 1]
                    // "Andrew Lansley's Health and Social Care Act": a possessive owner is no part of the name.
                    if t.has(.possessive) { break }
                    // "Local Government and Public Involvement in Health Act", "New Towns Act": a
                    // capitalised adjective may begin the name; an article or preposition may not.
                    if t.isWord && t.isCapitalised && (!Words.leading.contains(t.interned) || nameAdjectives.contains(t.interned)) { s -= 1; continue }
                    if t.key.is("in"), s - 2 >= s0, tokens[s - 2].isCapitalised, !Words.leading.contains(tokens[s - 2].interned) { s -= 1; continue }
                    if (t.key.is("and") || t.key.is("of") || t.key.is("-") || t.key.is("(") || t.key.is(")")), s - 2 >= s0,
                       tokens[s - 2].isCapitalised || tokens[s - 2].key.is(")") { s -= 1; continue }
                    break
                }
                guard s < k else { continue }
                // "Health and Personal Social Services (Northern Ireland) Order 1972": an order
                // in council is legislation when a year follows it and capitalised words precede.
                let isOrder = tokens[k].key == "order"
                if isOrder, !(k + 1 < end && tokens[k + 1].isYear) { continue }
                var name = doc.text(s, k + 1)
                var first = s, last = k + 1
                // "Health and Social Care (Reform) Act (Northern Ireland) 2009": the nation in
                // brackets between "Act" and the year is part of the name.
                if !isOrder, last + 3 < end, tokens[last].key == "(",
                   let close = (last + 2...min(last + 4, end - 2)).first(where: { tokens[$0].key == ")" }),
                   (last + 1..<close).allSatisfy({ tokens[$0].isCapitalised && tokens[$0].isWord }), tokens[close + 1].isYear {
                    name = doc.text(s, close + 1)
                    last = close + 1
                }
                if last < end, tokens[last].isYear {
                    name += " " + tokens[last].key; last += 1
                } else if last + 1 < end, tokens[last].key.is("of"), tokens[last + 1].isYear {
                    name += " " + tokens[last + 1].key; last += 2
                } else if first > s0, tokens[first - 1].isYear {
                    name += " " + tokens[first - 1].key; first -= 1
                }
                out.append(Candidate(first: first, last: last, name: name, type: .act, kind: .instance, priority: 2))
            }
        }
        return out
    }
}
