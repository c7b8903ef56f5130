import ReformCore

/// Trusts and health boards called by the first words of their names and a lower-case head:
/// "the Mid Staffordshire trust", "the Belfast trust", "the Belfast, Northern, South Eastern,
/// Southern and Western trusts", "the Betsi Cadwaladr health board".
///
/// The words name the body whose full name begins with them: one the document names in full
/// (any rule's or the lexicon's name), else the one lexicon body of that kind whose name
/// begins so. When several begin so, a list settles it by the ending its other names share
/// ("Health and Social Care Trust" after "Belfast"); otherwise nothing is found.
enum ShortNameRule {
    /// The types whose bodies are called so.
    static let targetTypes: Set<EntityType> = [.trust, .sha]

    /// Words a short name opens after: "the Belfast trust", "its Leeds trust".
    private static let openers: WordSet = ["the", "former", "its", "their", "this", "that"]

    static func candidates(_ doc: Document, _ found: [Candidate], _ lexicon: CompiledLexicon) -> [Candidate] {
        let tokens = doc.tokens
        var out: [Candidate] = []
        for k in 2..<max(2, tokens.count) {
            // (A length test before the compare: nearly every word fails it.)
            let n = tokens[k].key.utf8.count
            guard n == 5 || n == 6, !tokens[k].isCapitalised else { continue }
            let key = tokens[k].key
            var type: EntityType
            var headStart = k
            if key == "trust" || key == "trusts" {
                type = .trust
            } else if key == "board" || key == "boards", tokens[k - 1].key == "health", !tokens[k - 1].isCapitalised {
                type = .sha
                headStart = k - 1
            } else {
                continue
            }
            guard tokens[headStart - 1].isCapitalised else { continue }
            let sentence = doc.sentences[doc.sentence(ofToken: k)]
            let start = sentence.firstToken
            var names: [Range<Int>] = DistributiveRule.conjuncts(doc, before: headStart, start: start) ?? []
            if names.isEmpty {
                var s = headStart
                while s > start, headStart - s < 3, tokens[s - 1].isWord, tokens[s - 1].isCapitalised,
                      !Words.leading.contains(tokens[s - 1].key) { s -= 1 }
                guard s < headStart, s > start, openers.contains(tokens[s - 1].key) else { continue }
                names = [s..<headStart]
            }
            // Each name's full names, then a shared ending to settle the ambiguous ones.
            let words = names.map { doc.text($0.lowerBound, $0.upperBound).lowercased() + " " }
            var options = words.map { fullNames($0, type, found, lexicon) }
            let endings = zip(words, options).compactMap { w, o in o.count == 1 ? String(o[0].name.lowercased().dropFirst(w.count)) : nil }
            if let ending = endings.first, endings.allSatisfy({ $0 == ending }) {
                for i in options.indices where options[i].count > 1 {
                    options[i] = options[i].filter { $0.name.lowercased() == words[i] + ending }
                }
            }
            // "the Causeway, Homefirst and United Hospitals trusts": a list of bodies known by
            // no fuller name are each "<name> Trust" ("<name> Health Board").
            if names.count >= 2, options.allSatisfy(\.isEmpty),
               names.allSatisfy({ r in (r.lowerBound..<r.upperBound).allSatisfy { !tokens[$0].has(.acronym) } }) {
                let suffix = type == .trust ? " Trust" : " Health Board"
                options = names.map { [(doc.text($0.lowerBound, $0.upperBound) + suffix, Int32(-1))] }
            }
            for (i, r) in names.enumerated() where options[i].count == 1 {
                let o = options[i][0]
                let last = i == names.count - 1 ? k + 1 : r.upperBound
                out.append(Candidate(first: r.lowerBound, last: last, name: o.name, type: type, kind: .instance,
                                     lexicon: o.entry, priority: 5, partial: true))
            }
        }
        return out
    }

    /// The distinct full names of `type` that begin with `words` (lower case, with a final
    /// space): the document's own first, else the lexicon's.
    private static func fullNames(_ words: String, _ type: EntityType, _ found: [Candidate], _ lexicon: CompiledLexicon)
        -> [(name: String, entry: Int32)] {
        var own: [(name: String, entry: Int32)] = []
        for c in found where c.type == type && c.kind == .instance && !c.partial && c.name.utf8.count > words.utf8.count
            && c.name.lowercased().hasPrefix(words) && !own.contains(where: { $0.name == c.name }) {
            own.append((c.name, c.lexicon))
        }
        if !own.isEmpty { return own }
        return (lexicon.shortNameTargets[type] ?? []).filter { $0.name.hasPrefix(words) }.map { (lexicon.name($0.entry), $0.entry) }
    }
}
