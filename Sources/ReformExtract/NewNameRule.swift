import ReformCore

/// A body's new name, when nothing else knows it: "The Innovation Agency became Health
/// Innovation North West Coast", "the Agency was renamed the Health Research Authority",
/// "NHS Direct was relaunched as NHS Choices Online". A run of two or more capitalised words
/// right after a verb of renaming or becoming, whose subject is a body, names a body of the
/// subject's type. (The relation itself is then read by ``VerbRule``.)
enum NewNameRule {
    /// The verbs, with the words that may follow them before the new name.
    static let verbs: WordSet = ["became", "becomes", "becoming", "renamed", "rebranded", "relaunched", "reconstituted",
                                         // Operating names: "began trading as NHS Resolution", "now trades as NHS Golden Jubilee".
                                         "trading", "trades", "traded"]
    private static let afterVerb: WordSet = ["as", "to", "the", "itself"]
    /// Words between the subject and the verb.
    private static let auxiliaries: WordSet = [
        "was", "were", "has", "have", "had", "been", "is", "are", "then", "later", "formally", "officially", "duly",
        "soon", "eventually", "subsequently", "in", "effect", "simply", "itself", ",",
        // "X, which now trades as Y", "X began trading as Y".
        "which", "now", "since", "began", "started",
    ]
    /// Words inside a name between its capitalised words.
    private static let connectors: WordSet = ["and", "of", "for", "&", "-", "on", "in"]

    /// `verbs`, when given, are the lower-case tokens whose keys are ``verbs``
    /// (``EntityFinder/RuleCues``), in order: only they are read.
    static func candidates(_ doc: Document, _ found: [Candidate], verbs cues: [Int]? = nil) -> [Candidate] {
        let tokens = doc.tokens
        // Read once, not on every token (each read of a global is a runtime call).
        let verbs = Self.verbs, auxiliaries = Self.auxiliaries
        var out: [Candidate] = []
        // Built once a document has one of the verbs: the longest body name ending at each
        // token (its index in `found`, -1 for none: an array by token, not a dictionary hashed
        // for every candidate), and the tokens names cover.
        // (Both lent by ``TokenScratch``, and cleared of the candidates' tokens at the end.)
        var longestEnding: [Int32] = []
        var covered: [Bool] = []
        var prepared = false
        // (The arrays are filled and cleared as locals: the closures' captured variables were
        // checked for exclusive access at every write.)
        defer {
            if prepared {
                var ends: [Int32] = [], marked: [Bool] = []
                swap(&ends, &longestEnding)
                swap(&marked, &covered)
                for i in found.indices {
                    ends[found[i].last] = -1
                    for t in found[i].first..<found[i].last { marked[t] = false }
                }
                TokenScratch.giveBack(&ends)
                TokenScratch.giveBack(&marked)
            }
        }
        func prepare() {
            prepared = true
            var ends = TokenScratch.marks(tokens.count + 1)
            var marked = TokenScratch.flags(tokens.count)
            // (Fields read in place: a copy of each candidate retained and released its name.)
            for i in found.indices {
                let first = found[i].first, last = found[i].last
                for t in first..<last { marked[t] = true }
                guard found[i].kind == .instance, PeopleRule.isOrg(found[i].type), found[i].type != .report else { continue }
                let old = ends[last]
                if old >= 0, found[Int(old)].length >= last - first { continue }
                ends[last] = Int32(i)
            }
            swap(&ends, &longestEnding)
            swap(&marked, &covered)
        }
        func endingAt(_ t: Int) -> Candidate? {
            let i = longestEnding[t]
            return i < 0 ? nil : found[Int(i)]
        }
        let positions: [Int] = cues ?? Array(tokens.indices)
        var next = 0
        for sentence in doc.sentences where !sentence.isHeading {
            let end = sentence.lastToken
            // The sentence's verbs from its second token to its fourth last (positions ascend).
            while next < positions.count, positions[next] < sentence.firstToken + 1 { next += 1 }
            while next < positions.count, positions[next] < end - 2 {
                let k = positions[next]
                next += 1
                guard !tokens[k].isCapitalised, verbs.contains(tokens[k].interned) else { continue }
                // An operating name follows "as": "trades as NHS Golden Jubilee".
                if tokens[k].key.hasPrefix("trad"), !tokens[k + 1].key.is("as") { continue }
                // The subject: a body's name ending right before the verb (auxiliaries apart).
                var s = k
                while s > sentence.firstToken, k - s < 4, auxiliaries.contains(tokens[s - 1].interned) { s -= 1 }
                if !prepared { prepare() }
                // "The Scottish Health Council, the patient engagement arm, was renamed X": an
                // appositive of up to nine lower-case words between the subject and the verb.
                if longestEnding[s] < 0, s < k, tokens[s].key.is(","),
                   let open = (max(sentence.firstToken + 1, s - 10)..<s).last(where: { tokens[$0].key.is(",") }),
                   ["the", "a", "an", "its"].containsKey(tokens[open + 1].key),
                   (open + 1..<s).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalised }) {
                    s = open
                }
                guard let subject = endingAt(s) else { continue }
                // The new name: capitalised words (connectors between), two or more.
                var a = k + 1
                while a < end, a < k + 3, afterVerb.contains(tokens[a].interned), !tokens[a].isCapitalised { a += 1 }
                var b = a, capitals = 0
                while b < end, b - a < 10 {
                    let t = tokens[b]
                    if t.isWord && t.isCapitalised { capitals += 1; b += 1; continue }
                    if connectors.contains(t.interned), b + 1 < end, tokens[b + 1].isCapitalised, tokens[b + 1].isWord { b += 1; continue }
                    break
                }
                guard capitals >= 2, !Words.leading.contains(tokens[a].interned) else { continue }
                // Known already (a lexicon or rule name starting there): nothing new. (A bare "NHS"
                // opening the new name, "NHS Golden Jubilee", is no name of it.)
                if covered[a], !(tokens[a].key.is("nhs") && tokens[a].has(.upper) && a + 1 < b && !covered[a + 1]) { continue }
                // Not a person ("became Sir Hugh"), nor a month or a sentence of capitals.
                if Words.titles.contains(tokens[a].interned) || GivenNames.all.contains(tokens[a].interned) || Words.months.contains(tokens[a].interned) { continue }
                out.append(Candidate(first: a, last: b, name: doc.text(a, b), type: subject.type, kind: .instance, priority: 0))
            }
        }
        return out
    }
}
