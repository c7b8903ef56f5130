import ReformCore

/// Sentences whose subject is a pronoun for the bodies the previous sentence began with:
/// "Strategic health authorities and primary care trusts ran the local NHS. Both were
/// abolished by the Health and Social Care Act 2012." "Clinical commissioning groups held
/// the budget. They were replaced by integrated care boards." "The Health Protection Agency
/// ... It was replaced by Public Health England."
///
/// "They", "these (bodies)", "the two (bodies)" need a plural antecedent (two or more
/// coordinated bodies, or a form); "both" exactly two; "it" exactly one. "Its/their <work>
/// moved to Y" hands the antecedent's work to Y (see ``TransferRule``). A date may come
/// first ("In 2013 it was abolished ..."). The sentence is then
/// read by ``VerbRule`` with the antecedents standing where the pronoun is, and only the
/// relations that involve them are kept.
enum BodyPronounRule {
    private static let nouns: WordSet = [
        "bodies", "organisations", "organizations", "authorities", "groups", "agencies", "structures", "trusts",
        "boards", "body", "organisation", "organization", "authority", "agency", "regulators", "regulator", "acts",
        "institutions", "of", "them",
    ]

    /// The first coordinated group of mentions, when it opens the sentence (after "The", a
    /// date or a short opening phrase at most), as antecedents for the next sentence.
    static func antecedents(_ view: SentenceView) -> [SentenceView.Item] {
        guard let group = view.groups().first, let first = group.first else { return [] }
        guard view.items[first].first <= view.range.lowerBound + 1 else { return onlyBody(view) }
        // One item (most groups): it alone, made without growing an array.
        if group.count == 1 {
            let item = view.items[first]
            return item.type != .person && item.type != .place ? [item] : []
        }
        // "The Care Quality Commission (CQC), ...": a name and its acronym are one body.
        var items: [SentenceView.Item] = []
        items.reserveCapacity(group.count)
        for i in group where !items.contains(where: { $0.entity == view.items[i].entity }) { items.append(view.items[i]) }
        guard items.allSatisfy({ $0.type != .person && $0.type != .place }) else { return [] }
        return items
    }

    /// "In July 2010 the coalition government established the Commission on Funding of Care
    /// and Support. It was chaired by ...": a sentence whose subject names no body, and which
    /// names exactly one body (an organisation's instance), gives "It" that body.
    private static func onlyBody(_ view: SentenceView) -> [SentenceView.Item] {
        var found: SentenceView.Item?
        for item in view.items where item.type != .person && item.type != .place {
            guard PeopleRule.isOrg(item.type), item.kind == .instance else { return [] }
            if let f = found, f.entity != item.entity { return [] }
            found = item
        }
        // The subject must be words that name nothing ("the coalition government"), not a
        // person ("Andrew Lansley established X" makes "It" ambiguous).
        guard let found, let first = view.items.first, first.type != .person || first.first > view.range.lowerBound + 2 else { return [] }
        // The body is the verb's object: a verb comes before it ("In June 2002 the Scottish
        // Executive bought a hospital. It opened ..." is about the hospital, not the buyer).
        let tokens = view.tokens
        // (The verb set read once, not at every token; its bit first: the "-ed" test reads the key's bytes.)
        let mainVerbs = VerbRule.mainVerbs
        guard (view.range.lowerBound..<found.first).contains(where: {
            tokens[$0].isWord && !tokens[$0].isCapitalised && (mainVerbs.contains(tokens[$0].interned) || endsInEd(tokens[$0].key) && tokens[$0].key.characterCount > 4)
        }) else { return [] }
        return [found]
    }

    /// `key.hasSuffix("ed")`: a key whose bytes do not end in "ed" has no such suffix (no other
    /// spelling is canonically "e" or "d"), so most keys are answered by their last two bytes.
    /// Bytes that end in "ed" after nothing or after an ASCII byte do end in those two
    /// Characters (an ASCII scalar before "e" is never joined to it: only CR-LF joins ASCII,
    /// and "e" is no combining mark); after other bytes `hasSuffix` decides.
    @inline(__always) private static func endsInEd(_ key: String) -> Bool {
        let tail: Bool?? = key.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard u.count >= 2, u[u.count - 2] == 0x65, u[u.count - 1] == 0x64 else { return false }
            return u.count == 2 || u[u.count - 3] < 0x80 ? true : nil
        }
        if let known = tail ?? nil { return known }
        return key.hasSuffix("ed")
    }

    /// Words that open an adverbial of time before a pronoun subject.
    private static let timeOpeners: WordSet = ["for", "since", "by", "after", "within", "over", "until", "later", "now", "from",
                                               "today", "soon", "then", "eventually", "meanwhile", "ever"]

    /// The end of a pronoun subject opening the sentence, and how many antecedents it takes
    /// (nil: two or more, or one form).
    static func pronoun(_ view: SentenceView) -> (end: Int, count: Int?)? {
        let tokens = view.tokens
        // A date may open the sentence: "In 2013 it was abolished", "In April 2013, they ...",
        // "On 1 April 2020 it merged with ...".
        var a = AnaphoraRule.afterOpeningDate(tokens, view.range)
        // "For many years now it has called itself X", "Since then they have ...": a short
        // adverbial opener of time before "it"/"they".
        if a == view.range.lowerBound, timeOpeners.contains(tokens[a].interned),
           let p = (a + 1..<min(view.range.upperBound, a + 7)).first(where: { tokens[$0].key.is("it") || tokens[$0].key.is("they") }),
           (a..<p).allSatisfy({ view.doc.mentionAt[$0] < 0 && (tokens[$0].isWord && !tokens[$0].isCapitalised || $0 == a || tokens[$0].isYear
                || tokens[$0].key.is(",") || Words.months.contains(tokens[$0].interned)) }),
           !(a + 1..<p).contains(where: { endsInEd(tokens[$0].key) && tokens[$0].key.characterCount > 4 }) {
            a = p
        }
        guard a < view.range.upperBound, view.doc.mentionAt[a] < 0 else { return nil }
        var k = a + 1
        let count: Int?
        // (Compared inline, as the `switch` over these words did with `==` one case at a time.)
        let word = tokens[a].key
        if word.is("it") { count = 1 }
        else if word.is("they") || word.is("these") { count = nil }
        else if word.is("both") { count = 2 }
        // "Its health protection work moved to the UK Health Security Agency."
        else if word.is("its") { count = 1; return (k, count) }
        else if word.is("their") { count = nil; return (k, count) }
        else if word.is("the"), a + 1 < view.range.upperBound, tokens[a + 1].key.is("two") { count = 2; k += 1 }
        else { return nil }
        // "Both of them", "these bodies", "the two organisations".
        while k < view.range.upperBound, k < a + 4, nouns.contains(tokens[k].interned) { k += 1 }
        // "Both foundation trusts and Monitor were ...": a determiner before a name, no pronoun.
        if k < view.range.upperBound, view.doc.mentionAt[k] >= 0, ["both", "these", "the"].containsKey(tokens[a].key) { return nil }
        return (k, count)
    }

    static func apply(_ view: SentenceView, antecedents: [SentenceView.Item], into out: inout [DocRelation]) {
        guard !antecedents.isEmpty, let (end, count) = pronoun(view) else { return }
        if let count {
            guard antecedents.count == count else { return }
        } else {
            guard antecedents.count >= 2 || antecedents[0].kind == .form else { return }
        }
        // The pronoun stands for the antecedents; nothing else comes between it and its verb.
        guard let first = view.items.first, first.first >= end else { return }
        let start = end - 1  // the pronoun's last word
        // "Its"/"their" stays in the words after the antecedent, where the transfer rule reads it.
        let possessive = ["its", "their"].containsKey(view.tokens[start].key)
        let stand = antecedents.map {
            SentenceView.Item(first: start, last: possessive ? start : end, entity: $0.entity, type: $0.type, kind: $0.kind)
        }
        let v = view.prepending(stand)
        var found: [DocRelation] = []
        if !possessive { VerbRule.apply(v, into: &found) }
        // "In 2013 it was abolished and its functions passed to Public Health England".
        TransferRule.apply(v, into: &found)
        let mine = Set(stand.map(\.entity))
        // ("it merged with B to form C": B went into C along with the body "it" stands for.)
        let formed = Set(found.filter { mine.contains($0.source) && $0.predicate == .mergedInto }.map(\.target))
        out += found.filter { mine.contains($0.source) || mine.contains($0.target) || $0.predicate == .mergedInto && formed.contains($0.target) }
        // "From April 2013 it was called the National Institute for Health and Care Excellence":
        // a name given from a date on is a new name.
        if stand.count == 1, !possessive, view.tokens[view.range.lowerBound].key.is("from"), let y = view.items.first(where: { $0.first >= end }),
           y.entity != stand[0].entity, y.type == stand[0].type, y.kind == stand[0].kind,
           ["was called", "was known as", "became known as", "was renamed", "was named"].contains(view.keys(end, y.first).filter { $0 != "the" }.spaceJoined()) {
            out.append(DocRelation(source: stand[0].entity, predicate: .renamedTo, target: y.entity, year: view.year(near: end), sentence: view.index))
        }
    }
}
