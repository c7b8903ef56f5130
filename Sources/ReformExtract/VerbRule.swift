import ReformCore

/// Relations stated by a verb or phrase between two groups of mentions, in active or
/// passive voice: "CCGs were replaced by ICBs", "ICBs replaced CCGs", "STPs evolved into
/// ICSs", "The 2012 Act established CCGs", "CCGs and PCTs were abolished by ...".
///
/// The words between the groups, with adverbs and dates dropped, must be one ``Triggers``
/// phrase plus filler words (auxiliaries, "which", articles); coordinated mentions each get
/// the relation. "replaced X with Y", "abolished X in favour of Y" and "... and replaced them
/// with Y" are read with the verb before X. A negation in the gap ("did not abolish", "was
/// never replaced") gives nothing.
enum VerbRule {
    private static let preVerbs: [String: (Set<String>, Predicate)] = [
        "replaced": (["with", "by"], .replacedBy), "replace": (["with", "by"], .replacedBy),
        "replacing": (["with", "by"], .replacedBy), "replaces": (["with", "by"], .replacedBy),
        "abolished": (["in favour of"], .replacedBy), "abolish": (["in favour of"], .replacedBy),
        "abolishing": (["in favour of"], .replacedBy), "scrapped": (["in favour of"], .replacedBy),
        "renamed": (["as", "to"], .renamedTo), "renaming": (["as", "to"], .renamedTo), "rebranded": (["as"], .renamedTo),
        "merged": (["into", "with", "to form"], .mergedInto), "merging": (["into", "with", "to form"], .mergedInto),
        "merge": (["into", "with", "to form"], .mergedInto), "turned": (["into"], .evolvedInto),
        "transformed": (["into"], .evolvedInto), "converted": (["into"], .evolvedInto),
    ]

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let groups = view.groups()
        guard groups.count >= 2 else { return }
        let tokens = view.tokens
        for gi in 0..<(groups.count - 1) {
            let left = groups[gi], right = groups[gi + 1]
            let a = view.items[left.last!].last, b = view.items[right.first!].first
            guard b - a <= 16, !view.negated(a, b) else { continue }
            let gap = content(view, a, b)
            // Verb before the left group: "replaced CCGs with ICBs".
            let leftStart = view.items[left.first!].first
            var pre = leftStart - 1
            while pre >= view.range.lowerBound, ["the", "all", "its", "their", "existing"].contains(tokens[pre].key) { pre -= 1 }
            if pre >= view.range.lowerBound, let (links, predicate) = preVerbs[tokens[pre].key], links.contains(gap.joined(separator: " ")),
               !view.negated(max(view.range.lowerBound, pre - 3), pre) {
                emit(view, left, right, Trigger(predicate: predicate, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies), pivot: pre, into: &out)
                continue
            }
            // "... and replaced them with ICBs".
            if let k = gap.firstIndex(where: { ["them", "it", "these", "they"].contains($0) }), k > 0, k + 1 < gap.count,
               let (links, predicate) = preVerbs[gap[k - 1]], links.contains(gap[(k + 1)...].joined(separator: " ")) {
                emit(view, left, right, Trigger(predicate: predicate, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies), pivot: a, into: &out)
                continue
            }
            if let trigger = match(gap) {
                emit(view, left, right, trigger, pivot: a, into: &out)
            }
        }
        // "The 2012 Act formalised the split and led to the formation of CCGs": a second verb
        // phrase joined by "and" keeps the sentence's subject.
        guard let subject = groups.first, view.items[subject.first!].first <= view.range.lowerBound + 2 else { return }
        let subjectEnd = view.items[subject.last!].last
        for gi in 2..<max(2, groups.count) {
            let right = groups[gi]
            let b = view.items[right.first!].first
            // Only verb phrases close to the subject: bounded work on very long sentences.
            guard b - subjectEnd <= 40 else { break }
            let a = view.items[groups[gi - 1].last!].last
            guard b - a <= 16 else { continue }
            let gap = content(view, a, b)
            guard let and = gap.lastIndex(of: "and"), and + 1 < gap.count,
                  let trigger = match(Array(gap[(and + 1)...])), !view.negated(subjectEnd, b) else { continue }
            emit(view, subject, right, trigger, pivot: b, into: &out)
        }
    }

    /// "He criticised the 2012 Act", "She is a strong supporter of ICSs": a sentence whose
    /// subject is "he" or "she" states the relation for the last person named before it.
    /// Only stances, advice and reactions, which a person holds.
    static func pronounSubject(_ view: SentenceView, lastPerson: Int?, into out: inout [DocRelation]) {
        guard let person = lastPerson, let first = view.items.first, first.type != .person,
              ["he", "she"].contains(view.tokens[view.range.lowerBound].key) else { return }
        let a = view.range.lowerBound + 1, b = first.first
        guard b > a, b - a <= 10, !view.negated(a, b), !modifiesNoun(view, first) else { return }
        guard let t = match(content(view, a, b)), t.direction == .forward,
              [.criticised, .supports, .advises, .respondedTo].contains(t.predicate),
              t.sources.isEmpty || t.sources.contains(.person), t.targets.isEmpty || t.targets.contains(first.type),
              first.entity != person else { return }
        // Coordinated objects share the verb.
        var targets = [first]
        if let group = view.groups().first, group.first == 0 { targets = group.map { view.items[$0] } }
        for o in targets where (t.targets.isEmpty || t.targets.contains(o.type)) && o.entity != person {
            out.append(DocRelation(source: person, predicate: t.predicate, target: o.entity,
                                   year: view.year(near: b), sentence: view.index))
        }
    }

    /// Gap keys without adverbs, dates and numbers.
    static func content(_ view: SentenceView, _ a: Int, _ b: Int) -> [String] {
        var out: [String] = []
        var k = a
        let tokens = view.tokens
        while k < b {
            let t = tokens[k]
            if t.isYear || t.has(.number) || Words.months.contains(t.key) || t.key == "-" { k += 1; continue }
            if t.key.count > 4, t.key.hasSuffix("ly"), !["only", "fully", "early", "family", "supply", "italy", "july", "assembly"].contains(t.key) { k += 1; continue }
            if (t.key == "in" || t.key == "on" || t.key == "from" || t.key == "since" || t.key == "by" && k + 1 < b && tokens[k + 1].isYear),
               k + 1 < b, tokens[k + 1].isYear || tokens[k + 1].has(.number) || Words.months.contains(tokens[k + 1].key) { k += 1; continue }
            out.append(t.key)
            k += 1
        }
        return out
    }

    /// The trigger phrase in `gap` with only filler words around it (longest phrase first).
    static func match(_ gap: [String]) -> Trigger? {
        guard !gap.isEmpty, gap.count <= 12 else { return nil }
        // Only phrases that start with a trigger's first word are looked up.
        let starts = gap.indices.filter { Triggers.firstWords.contains(gap[$0]) }
        guard !starts.isEmpty else { return nil }
        // Phrases longer than any trigger starting with that word are not looked up.
        let longest = starts.map { Triggers.maxParts[gap[$0]] ?? 0 }
        for length in stride(from: min(7, gap.count), through: 1, by: -1) {
            for (n, s) in starts.enumerated() where s + length <= gap.count && length <= longest[n] {
                let phrase = length == 1 ? gap[s] : gap[s..<(s + length)].joined(separator: " ")
                guard let t = Triggers.table[phrase] else { continue }
                let before = gap[..<s], after = gap[(s + length)...]
                let fillerBefore = before.allSatisfy { Triggers.fillers.contains($0) }
                    || (before.count <= 4 && before.last == "and")
                // "serves a population of 1.9 million people in Kent", "covered the area of
                // Northwich": words for a population or an area may follow a `covers` verb.
                let filler: (String) -> Bool = { Triggers.fillers.contains($0) || t.predicate == .covers && Triggers.areaWords.contains($0) }
                if fillerBefore, after.allSatisfy(filler), !after.contains("and") {
                    // "promoted by", "criticised by": an active verb's participle with "by" is passive.
                    if after.first == "by", !t.phrase.hasSuffix(" by"), t.phrase != "by" {
                        var passive = t
                        passive.direction = t.direction == .forward ? .backward : .forward
                        return passive
                    }
                    return t
                }
            }
        }
        return nil
    }

    /// Words that may follow a noun phrase's head; any other lower-case word after a mention
    /// means the mention only modifies a noun ("the NHS management line").
    static let phraseEnders: Set<String> = [
        "in", "on", "at", "by", "for", "to", "of", "from", "with", "and", "or", "but", "as", "which", "that", "who",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", "be", "been", "being", "after", "before", "during", "since", "until", "when",
        "while", "where", "because", "through", "under", "across", "into", "within", "without", "between", "among",
        "than", "then", "so", "if", "also", "only", "nor", "both", "each", "all", "themselves", "itself", "instead",
        "altogether", "entirely", "completely", "formally", "too", "again", "later", "earlier", "today", "now", "yet",
        "throughout", "around", "against", "towards", "toward", "via", "per", "like", "beyond", "alongside", "including",
        "such", "whose", "what", "whether", "despite", "unless", "upon", "over", "onto", "off", "out", "up", "about",
        "above", "below", "near", "once", "there", "here", "nationally", "locally",
    ]

    static func modifiesNoun(_ view: SentenceView, _ item: SentenceView.Item) -> Bool {
        guard item.last < view.range.upperBound else { return false }
        let t = view.tokens[item.last]
        // "the NHS Commissioner/Service Supplier split": a capitalised word that starts no
        // name of its own continues the noun phrase.
        if t.isWord, t.isCapitalised, !t.has(.upper), view.doc.mentionAt[item.last] < 0 { return true }
        guard t.isWord, !t.isCapitalised, !t.isYear else { return false }
        return !phraseEnders.contains(t.key) && !(t.key.count > 4 && t.key.hasSuffix("ly"))
    }

    static func emit(_ view: SentenceView, _ left: [Int], _ right: [Int], _ t: Trigger, pivot: Int, into out: inout [DocRelation]) {
        if let last = right.last, modifiesNoun(view, view.items[last]) { return }
        for l in left {
            for r in right {
                let (s, o) = t.direction == .forward ? (view.items[l], view.items[r]) : (view.items[r], view.items[l])
                // "led", "chaired" a body rather than a work: the person leads it.
                if t.predicate == .authored, t.phrase != "by", s.type == .person, PeopleRule.isOrg(o.type) {
                    out.append(DocRelation(source: s.entity, predicate: .leads, target: o.entity, sentence: view.index))
                    continue
                }
                guard t.sources.isEmpty || t.sources.contains(s.type), t.targets.isEmpty || t.targets.contains(o.type) else { continue }
                guard s.entity != o.entity, s.type != .place || t.predicate == .partOf else { continue }
                if t.predicate == .subtypeOf, s.kind != .form || o.kind != .form { continue }
                if t.predicate.isLineage, (s.kind == .form) != (o.kind == .form) && s.type != o.type { continue }
                out.append(DocRelation(source: s.entity, predicate: t.predicate, target: o.entity,
                                       year: year(view, t.predicate, o, pivot: pivot), sentence: view.index))
            }
        }
    }

    static func year(_ view: SentenceView, _ p: Predicate, _ target: SentenceView.Item, pivot: Int) -> Int? {
        if let y = view.year(near: pivot) { return y }
        if p == .establishedBy || p == .abolishedBy, target.type == .act {
            let name = view.doc.entities[target.entity].name
            if let last = name.split(separator: " ").last, last.count == 4, let y = Int(last), y > 1800 { return y }
        }
        return nil
    }
}
