import ReformCore

/// Reports named after the person who led them: "the Wade-Gery review", "the Griffiths
/// report", "the Wanless Review". When the document names the person, the report's author is
/// that person; written with a lower-case noun and unknown to the lexicon, "<Surname> review"
/// becomes a report of its own (the surname is no longer read as the person).
enum EponymousReportRule {
    static let nouns: WordSet = ["review", "report", "inquiry", "stocktake", "investigation"]

    /// The name's last word between spaces when it has more than one Character:
    /// `splitOnSpaces().last` with `count > 1`, read from the bytes of an ASCII name without a
    /// carriage return (there each byte is a Character) without splitting the whole name.
    private static func lastWord(_ name: String) -> String? {
        var text = name
        let ascii: String?? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var b = u.count
            while b > 0, u[b - 1] == 0x20 { b -= 1 }
            var a = b
            while a > 0, u[a - 1] != 0x20 { a -= 1 }
            guard b - a > 1 else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self))
        }
        if let ascii { return ascii }
        guard let last = name.splitOnSpaces().last, last.count > 1 else { return nil }
        return String(last)
    }

    /// Words before an eponymous report's surname ("the Griffiths report"): a word set, not an
    /// array literal made for each noun.
    private static let determiners: WordSet = ["the", "a", "his", "her", "this", "that", "its"]

    static func apply(_ doc: inout Document, into out: inout [DocRelation]) {
        var added: [Mention] = []
        var changed = false
        let tokens = doc.tokens
        // The nouns' positions first, in a loop of their own: with the body below in the same
        // loop, the test of each token cost some twenty instructions (registers spilled).
        // Only sentences holding such a noun are read: a sentence's classes are the union of
        // its tokens', and the sentences cover the tokens in order.
        var nouns: [Int] = []
        for sentence in doc.sentences where !sentence.classes.isDisjoint(with: .eponymNoun) {
            for t in sentence.firstToken..<sentence.lastToken where t >= 2 && tokens[t].is(.eponymNoun) { nouns.append(t) }
        }
        // Whether the `n` tokens before noun `k` could be a surname ("the Griffiths report",
        // "the Wade - Gery review"): tested on the tokens, before any surname is looked up.
        let determiners = Self.determiners
        func surnameSlot(_ k: Int, _ n: Int) -> Bool {
            let first = k - n
            guard first >= 1 else { return false }
            if n == 3, !(tokens[first + 1].key.is("-") && tokens[first + 1].has(.attached)) { return false }
            return tokens[first].isCapitalised && (determiners.contains(tokens[first - 1].interned) || tokens[first - 1].isPunct)
        }
        // Only the nouns with such a slot (the others add nothing below), found first: a
        // document without one needs no surnames.
        nouns.removeAll { !surnameSlot($0, 1) && !surnameSlot($0, 3) }
        guard !nouns.isEmpty else { return }
        // Surnames of the people the document names (the last word of the name).
        var bySurname: [String: Int] = [:]
        // (Sized once for all the people: grown insert by insert, it was rehashed many times.)
        var people = 0
        for e in 0..<doc.entities.count where doc.entities[e].type == .person && doc.entities[e].mergedInto < 0 { people += 1 }
        bySurname.reserveCapacity(people)
        for e in 0..<doc.entities.count where doc.entities[e].type == .person && doc.entities[e].mergedInto < 0 {
            if let last = lastWord(doc.entities[e].name) { bySurname[last] = e }
        }
        guard !bySurname.isEmpty else { return }
        for k in nouns {
            // The surname: one word, or three tokens of a hyphenated one ("Wade - Gery").
            for n in [1, 3] where k - n >= 1 {
                let first = k - n
                // (The words are tested before the surname's text is made and looked up.)
                guard surnameSlot(k, n),
                      let person = bySurname[doc.text(first, k)],
                      doc.sentence(ofToken: first) == doc.sentence(ofToken: k) else { continue }
                let s = doc.sentence(ofToken: k)
                let at = doc.mentionAt[first]
                if at >= 0 {
                    let m = doc.mentions[Int(at)]
                    guard m.entity >= 0 else { break }
                    let e = doc.entities.resolved(m.entity)
                    if doc.entities[e].type == .report, m.first == first, m.last == k + 1 {
                        // A known report written out ("the Wanless Review").
                        out.append(DocRelation(source: person, predicate: .authored, target: e, sentence: s))
                        break
                    }
                    guard doc.entities[e].type == .person, m.first == first, m.last == k, !tokens[k].isCapitalised else { break }
                } else if tokens[k].isCapitalised || (first..<k).contains(where: { doc.mentionAt[$0] >= 0 }) || doc.mentionAt[k] >= 0 {
                    break
                }
                let name = doc.text(first, k + 1)
                let report = doc.entities.ruleEntity(name, .report)
                doc.entities[report].mentions += 1
                if !doc.entities[report].aliases.contains(name) { doc.entities[report].aliases.append(name) }
                if at >= 0 {
                    doc.entities[person].mentions -= 1
                    doc.mentions[Int(at)] = Mention(first: first, last: k + 1, entity: report)
                } else {
                    added.append(Mention(first: first, last: k + 1, entity: report))
                }
                out.append(DocRelation(source: person, predicate: .authored, target: report, sentence: s))
                changed = true
                break
            }
        }
        if changed {
            doc.mentions += added
            doc.indexMentions()
        }
    }
}
