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
    /// The lower-case heads: "trust(s)", and "board(s)" after "health".
    private static let heads: WordSet = ["trust", "trusts", "board", "boards"]

    /// `heads`, when given, are the lower-case tokens from the third whose keys are these heads
    /// or others (``EntityFinder/RuleCues``), in order: only they are read.
    static func candidates(_ doc: Document, _ found: [Candidate], _ lexicon: CompiledLexicon, heads cues: [Int]? = nil) -> [Candidate] {
        let tokens = doc.tokens
        var out: [Candidate] = []
        // The document's instance names in lower case, made once a head is seen.
        var ownNames: [(name: String, lower: String, type: EntityType, entry: Int32)]?
        // Read once, not on every token (each read of a global is a runtime call).
        let heads = Self.heads
        let positions: [Int] = cues ?? Array(2..<max(2, tokens.count))
        for k in positions where heads.contains(tokens[k].interned) && !tokens[k].isCapitalised {
            var type = EntityType.trust
            var headStart = k
            if !tokens[k].key.hasPrefix("trust") {
                guard tokens[k - 1].key == "health", !tokens[k - 1].isCapitalised else { continue }
                type = .sha
                headStart = k - 1
            }
            guard tokens[headStart - 1].isCapitalised else { continue }
            let sentence = doc.sentences[doc.sentence(ofToken: k)]
            let start = sentence.firstToken
            var names: [Range<Int>] = DistributiveRule.conjuncts(doc, before: headStart, start: start) ?? []
            if names.isEmpty {
                var s = headStart
                while s > start, headStart - s < 3, tokens[s - 1].isWord, tokens[s - 1].isCapitalised,
                      !Words.leading.contains(tokens[s - 1].interned) { s -= 1 }
                guard s < headStart, s > start, openers.contains(tokens[s - 1].interned) else { continue }
                names = [s..<headStart]
            }
            // Each name's full names, then a shared ending to settle the ambiguous ones.
            let words = names.map { doc.text($0.lowerBound, $0.upperBound).lowercased() + " " }
            if ownNames == nil {
                ownNames = found.filter { $0.kind == .instance && !$0.partial && ShortNameRule.targetTypes.contains($0.type) }
                    .map { ($0.name, $0.name.lowercased(), $0.type, $0.lexicon) }
            }
            var options = words.map { fullNames($0, type, ownNames ?? [], lexicon) }
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
    private static func fullNames(_ words: String, _ type: EntityType, _ own: [(name: String, lower: String, type: EntityType, entry: Int32)],
                                  _ lexicon: CompiledLexicon) -> [(name: String, entry: Int32)] {
        var found: [(name: String, entry: Int32)] = []
        for c in own where c.type == type && c.lower.utf8.count > words.utf8.count && c.lower.hasPrefix(words)
            && !found.contains(where: { $0.name == c.name }) {
            found.append((c.name, c.entry))
        }
        if !found.isEmpty { return found }
        return (lexicon.shortNameTargets[type] ?? []).filter { $0.name.hasPrefix(words) }.map { (lexicon.name($0.entry), $0.entry) }
    }
}
