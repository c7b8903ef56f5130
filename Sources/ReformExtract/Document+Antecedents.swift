import ReformCore

extension Document {
    /// Whether mention `m` is written in the plural: "CCGs", "strategic health authorities";
    /// not "NHS" (an acronym's plural s is written in lower case), and never a report's or an
    /// act's title ("Working for Patients" is one paper).
    func isPlural(_ m: Mention) -> Bool {
        let e = entities.resolved(m.entity)
        guard entities[e].type != .report, entities[e].type != .act else { return false }
        let last = tokens[m.last - 1]
        return last.has(.acronym) ? bytes[Int(last.end) - 1] == 0x73 : Vocabulary.singular(last.key, acronymPlural: false) != last.key
    }

    /// The nearest mention before token `before`, back to the start of the sentence two before
    /// `sentence`, whose resolved entity `accept` takes (given whether the mention is plural),
    /// as a sentence item: what a pronoun may stand for.
    func antecedent(before: Int, sentence: Int, where accept: (_ entity: Int, _ plural: Bool) -> Bool) -> SentenceView.Item? {
        let start = sentences[max(0, sentence - 2)].firstToken
        var k = before - 1
        while k >= start {
            guard mentionAt[k] >= 0 else { k -= 1; continue }
            let m = mentions[Int(mentionAt[k])]
            defer { k = min(k, m.first) - 1 }
            guard m.entity >= 0 else { continue }
            let e = entities.resolved(m.entity)
            if accept(e, isPlural(m)) {
                return SentenceView.Item(first: m.first, last: m.last, entity: e, type: entities[e].type, kind: entities[e].kind)
            }
        }
        return nil
    }
}
