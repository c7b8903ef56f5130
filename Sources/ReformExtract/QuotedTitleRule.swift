import ReformCore

/// Titles in quotation marks next to a word for a document: "the report, ‘The Long-Term
/// Sustainability of the NHS’", "‘One Person, One Team, One System’ report". The quoted
/// words (two to sixteen, starting with a capital, mostly capitalised) become a report.
enum QuotedTitleRule {
    private static let nouns: WordSet = ["report", "reports", "review", "paper", "document", "strategy", "plan",
                                             "manifesto", "study", "inquiry", "guidance", "white", "green", "framework"]

    private static let programmeNouns: WordSet = ["campaign", "programme", "initiative", "scheme", "pilot"]

    static func apply(_ doc: inout Document) {
        var added = false
        // (The tokens read from one local array: the rule changes only mentions and entities,
        // and each read through the `inout` document was checked and reloaded.)
        let tokens = doc.tokens, bytes = doc.bytes
        // Only sentences with a quotation mark can hold a quoted title.
        for s in doc.sentences.indices where doc.sentences[s].flags.contains(.quote) {
            let range = doc.sentences[s].tokenRange
            var k = range.lowerBound
            // From quotation mark to quotation mark: the marks found by a scan of the slice (a
            // tight loop; the walk token by token was most of this rule's cost).
            while k < range.upperBound, let q = tokens[k..<range.upperBound].firstIndex(where: { $0.has(.quote) }) {
                k = q
                defer { k += 1 }
                // "‘Reducing Emergency Admissions’ report": a closing quote after a final s reads as
                // a plural possessive; the word then ends the title.
                guard let end = ((k + 1)..<min(range.upperBound, k + 18)).first(where: {
                    tokens[$0].has(.quote) || tokens[$0].has(.possessive) && tokens[$0].key.hasSuffix("s") && closesQuote(bytes, tokens[$0])
                }) else { continue }
                let close = tokens[end].has(.quote) ? end : end + 1
                let first = k + 1, last = close
                guard last - first >= 2, tokens[first].isCapitalised else { continue }
                // The long words and the capitalised among them, counted (not gathered into
                // arrays; ``Swift/String/characterCount`` is `count`, by bytes for ASCII keys).
                var wordCount = 0, caps = 0
                for t in first..<last where tokens[t].isWord && tokens[t].key.characterCount > 3 {
                    wordCount += 1
                    if tokens[t].isCapitalised { caps += 1 }
                }
                guard caps >= 2, caps * 3 >= wordCount * 2 else { continue }
                let before = (max(range.lowerBound, k - 3)..<k).contains { nouns.contains(tokens[$0].interned) }
                let next = tokens[end].has(.quote) ? close + 1 : close
                let after = next < range.upperBound && nouns.contains(tokens[next].interned)
                // "a nationwide ‘Reduce Your Risk’ campaign" names a programme.
                let programme = next < range.upperBound && programmeNouns.contains(tokens[next].interned)
                guard before || after || programme else { continue }
                // Already one mention exactly: keep it.
                if doc.mentionAt[first] >= 0, doc.mentions[Int(doc.mentionAt[first])].first == first,
                   doc.mentions[Int(doc.mentionAt[first])].last == last { continue }
                var name = doc.text(first, last)
                while let l = name.last, l == "\u{2019}" || l == "'" { name.removeLast() }
                for t in first..<last where doc.mentionAt[t] >= 0 { doc.mentions[Int(doc.mentionAt[t])].entity = -1 }
                let e = doc.entities.ruleEntity(name, programme && !after ? .programme : .report)
                doc.mentions.append(Mention(first: first, last: last, entity: e))
                doc.entities.noteSurface(name, of: e)
                for t in first..<last { doc.mentionAt[t] = Int32(doc.mentions.count - 1) }
                added = true
                k = close
            }
        }
        if added { doc.indexMentions() }
    }

    /// Whether token `t` (of the document of `bytes`) ends in a closing quotation mark written as an apostrophe.
    private static func closesQuote(_ bytes: [UInt8], _ t: Token) -> Bool {
        let end = Int(t.end)
        guard end >= 3 else { return false }
        return bytes[end - 1] == 0x27 || (bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99)
    }
}
