import ReformCore

/// Names introduced by a common noun for their kind: "the think tank Civitas", "the
/// campaign group Cure the NHS", "the consultancy Carnall Farrar", "the charity Healthwatch
/// Kirklees". The capitalised words after the noun (with "the", "of", "and", "for", "our"
/// between them) name a body of the noun's type. A name the lexicon already knows whole is
/// left to the lexicon.
enum CueNameRule {
    /// The noun (its last word) and the word before it when the cue has two.
    static let cues: WordMap<(before: String?, type: EntityType)> = [
        "tank": ("think", .thinkTank), "thinktank": (nil, .thinkTank),
        "group": ("campaign", .association), "charity": (nil, .association), "union": ("trade", .association),
        "consultancy": (nil, .company), "firm": ("consultancy", .company), "regulator": (nil, .nationalBody),
    ]
    /// "pressure group", "lobby group", "patient group", "campaigning group" take the same type.
    private static let groupWords: WordSet = ["campaign", "pressure", "lobby", "patient", "patients", "campaigning", "protest"]
    private static let inner: WordSet = ["the", "of", "and", "for", "our", "on", "&", "+"]

    static func candidates(_ doc: Document, _ matches: [LexiconMatcher.Match]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        // Every name here follows a cue noun: sentences without one are passed over.
        for sentence in doc.sentences where sentence.classes.contains(.nameCue) {
            let end = sentence.lastToken
            var k = sentence.firstToken
            while k + 1 < end {
                defer { k += 1 }
                let t = tokens[k]
                // Cheap tests first: a lower-case word followed by a capitalised one.
                guard t.isWord, !t.isCapitalised, tokens[k + 1].isCapitalised, tokens[k + 1].isWord || tokens[k + 1].has(.acronym),
                      let cue = cues[t.interned] else { continue }
                if let before = cue.before {
                    guard k > sentence.firstToken else { continue }
                    let b = tokens[k - 1].key
                    guard b == before || t.key.is("group") && groupWords.contains(b) else { continue }
                }
                // The name: capitalised words, with function words between them.
                var j = k + 1
                var last = j
                while j < end {
                    let w = tokens[j]
                    if w.isCapitalised && (w.isWord || w.has(.acronym)) || w.has(.acronym) { j += 1; last = j; continue }
                    if inner.contains(w.interned), j + 1 < end, tokens[j + 1].isCapitalised { j += 1; continue }
                    break
                }
                guard last > k + 1 else { continue }
                // The lexicon knows it whole (or more): nothing to add.
                if matches.contains(where: { $0.first <= k + 1 && $0.last >= last }) { continue }
                // A person ("the think tank's director Sally Warren") is not a body name.
                if k + 2 < last, Words.titles.contains(tokens[k + 1].interned) { continue }
                let name = ProperNameRule.cleanName(doc.text(k + 1, last), lastToken: tokens[last - 1])
                out.append(Candidate(first: k + 1, last: last, name: name, type: cue.type, kind: .instance, priority: 1))
            }
        }
        return out
    }
}
