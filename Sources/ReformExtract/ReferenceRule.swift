import ReformCore

/// References and citations: "NHS Confederation (2020), Mental health services and
/// COVID-19: preparing for the rising tide" (published), "Marmot, M et al (2021),
/// Building Back Fairer ..." (authored), and emphasised titles with their authors and
/// publishers: "S Leatherman and K Sutherland, *The Quest for Quality*, Nuffield Trust,
/// May 2008". The title becomes a report; the year is the one cited.
enum ReferenceRule {
    static func apply(_ doc: inout Document, into out: inout [DocRelation]) {
        var added = false
        for s in doc.sentences.indices {
            // (Each rule's first test made before the call: most sentences pass neither.)
            if doc.sentences[s].flags.contains(.year) && parenthesised(&doc, s, into: &out)
                || vancouverMayStart(&doc, s) && vancouver(&doc, s, into: &out) { added = true }
        }
        for span in doc.emphasis where emphasised(&doc, span, into: &out) { added = true }
        if added { doc.indexMentions() }
    }

    /// Words a reference's title stops before (a word set: an array literal was made per word).
    private static let titleStops: WordSet = ["available", "accessed", "http", "https", "www", "retrieved"]

    /// "<authors or body> (2020) <Title>"
    private static func parenthesised(_ doc: inout Document, _ s: Int, into out: inout [DocRelation]) -> Bool {
        let sentence = doc.sentences[s]
        // The year in brackets is required: a sentence without a year has no such reference.
        guard sentence.flags.contains(.year) else { return false }
        let tokens = doc.tokens
        let range = sentence.tokenRange
        guard let open = range.first(where: { tokens[$0].isPunct && tokens[$0].key.is("(") }), open > range.lowerBound,
              let close = (open..<min(open + 6, range.upperBound)).first(where: { tokens[$0].key.is(")") }),
              let yearToken = (open..<close).first(where: { tokens[$0].isYear }) else { return false }
        // Everything before the bracket is authors or a body.
        let agents = agentsBefore(doc, range.lowerBound, open)
        guard !agents.isEmpty else { return false }
        var titleStart = close + 1
        while titleStart < range.upperBound, tokens[titleStart].isPunct { titleStart += 1 }
        var titleEnd = range.upperBound
        // The title stops before "available online at", "accessed ...", a web address.
        for k in titleStart..<range.upperBound where titleStops.contains(tokens[k].interned) {
            titleEnd = k
            break
        }
        while titleEnd > titleStart, tokens[titleEnd - 1].isPunct { titleEnd -= 1 }
        guard titleEnd - titleStart >= 2, tokens[titleStart].isCapitalised || tokens[titleStart].has(.number) else { return false }
        let title = titleEntity(&doc, titleStart, titleEnd)
        let year = Int(tokens[yearToken].key)
        for a in agents {
            let p: Predicate = doc.entities[a].type == .person ? .authored : .published
            out.append(DocRelation(source: a, predicate: p, target: title, year: year, sentence: s))
        }
        // "London: Institute of Health Equity." on its own after the title names the publisher.
        if s + 1 < doc.sentences.count, let publisher = placeColonBody(doc, s + 1) {
            out.append(DocRelation(source: publisher, predicate: .published, target: title, year: year, sentence: s + 1))
        }
        return true
    }

    /// "Marmot M, Allen J. COVID-19: exposing and amplifying inequalities. J Epidemiol
    /// Community Health 2020;74:681-2": authors written surname-then-initials, a full stop,
    /// then the title, up to the next full stop or the journal's capitalised name before the
    /// year.
    /// (Called only for a sentence that passes ``vancouverMayStart(_:_:)``.)
    private static func vancouver(_ doc: inout Document, _ s: Int, into out: inout [DocRelation]) -> Bool {
        let tokens = doc.tokens
        let range = doc.sentences[s].tokenRange
        var k = range.lowerBound
        // A reference number ("12." or "[12]") may lead.
        // (Word tests written out: an array literal here was made and freed for each sentence.)
        while k < range.upperBound, tokens[k].has(.number) || tokens[k].key.is("[") || tokens[k].key.is("]") || tokens[k].key.is(".") || tokens[k].key.is(")") { k += 1 }
        var authors: [Int] = []
        while k < range.upperBound {
            var mi = doc.mentionAt[k]
            // "Smith R," that no rule took (a line's first word): a person named by surname and initials.
            if mi < 0, k + 2 < range.upperBound, tokens[k].isWord, tokens[k].isCapitalised, !tokens[k].has(.upper), tokens[k].length >= 2,
               tokens[k + 1].isWord, tokens[k + 1].has(.upper), tokens[k + 1].length <= 3, tokens[k + 2].key.is(",") || tokens[k + 2].key.is("."),
               doc.mentionAt[k + 1] < 0 {
                let name = doc.text(k + 1, k + 2) + " " + doc.text(k, k + 1)
                let e = doc.entities.ruleEntity(name, .person)
                doc.mentions.append(Mention(first: k, last: k + 2, entity: e))
                doc.entities.noteSurface(doc.text(k, k + 2), of: e)
                doc.mentionAt[k] = Int32(doc.mentions.count - 1)
                doc.mentionAt[k + 1] = Int32(doc.mentions.count - 1)
                mi = doc.mentionAt[k]
            }
            guard mi >= 0 else { break }
            let m = doc.mentions[Int(mi)]
            let e = doc.entities.resolved(m.entity)
            // Surname then initials: the mention ends in a short all-capitals word.
            guard doc.entities[e].type == .person, m.last - m.first >= 2, tokens[m.last - 1].has(.upper), tokens[m.last - 1].length <= 3,
                  !tokens[m.first].has(.upper) else { return false }
            authors.append(e)
            k = m.last
            if k < range.upperBound, tokens[k].key.is(",") { k += 1; continue }
            if k + 1 < range.upperBound, tokens[k].key.is("et"), tokens[k + 1].key.is("al") { k += 2 }
            break
        }
        guard !authors.isEmpty, k < range.upperBound, tokens[k].key.is(".") else { return false }
        let titleStart = k + 1
        guard titleStart < range.upperBound, tokens[titleStart].isCapitalised || tokens[titleStart].has(.upper) else { return false }
        // The year: in the sentence, or in the journal line that follows the title's full stop.
        var yearToken = (titleStart..<range.upperBound).first(where: { tokens[$0].isYear })
        if yearToken == nil, s + 1 < doc.sentences.count {
            let next = doc.sentences[s + 1].tokenRange
            yearToken = next.prefix(10).first(where: { tokens[$0].isYear })
        }
        guard let yearToken else { return false }
        let stop = min(yearToken, range.upperBound)
        var titleEnd = (titleStart..<stop).first(where: { tokens[$0].key.is(".") }) ?? stop
        if titleEnd == yearToken {
            // The journal: capitalised words right before the year.
            while titleEnd > titleStart + 1, tokens[titleEnd - 1].isWord, tokens[titleEnd - 1].isCapitalised || tokens[titleEnd - 1].has(.upper) { titleEnd -= 1 }
        }
        while titleEnd > titleStart, tokens[titleEnd - 1].isPunct { titleEnd -= 1 }
        guard titleEnd - titleStart >= 2 else { return false }
        let title = titleEntity(&doc, titleStart, titleEnd)
        let year = Int(tokens[yearToken].key)
        for a in authors {
            out.append(DocRelation(source: a, predicate: .authored, target: title, year: year, sentence: s))
        }
        return true
    }

    /// Whether sentence `s` passes the first author test of ``vancouver(_:_:into:)`` (the same
    /// tests, read without changing the document): a sentence that does not gives no reference,
    /// and most sentences are answered here without the rule's set-up.
    /// (`inout`, though it changes nothing: the document is read in place, where passing it by
    /// value copied it for every sentence.)
    private static func vancouverMayStart(_ doc: inout Document, _ s: Int) -> Bool {
        let range = doc.sentences[s].tokenRange
        var k = range.lowerBound
        // (A word is never a number nor one of these marks: most sentences stop at once.)
        while k < range.upperBound, !doc.tokens[k].isWord, doc.tokens[k].has(.number) || doc.tokens[k].key.is("[") || doc.tokens[k].key.is("]")
                || doc.tokens[k].key.is(".") || doc.tokens[k].key.is(")") { k += 1 }
        guard k < range.upperBound else { return false }
        let mi = doc.mentionAt[k]
        if mi < 0 {
            // "Smith R,": a person the rule will add.
            return k + 2 < range.upperBound && doc.tokens[k].isWord && doc.tokens[k].isCapitalised && !doc.tokens[k].has(.upper)
                && doc.tokens[k].length >= 2 && doc.tokens[k + 1].isWord && doc.tokens[k + 1].has(.upper) && doc.tokens[k + 1].length <= 3
                && (doc.tokens[k + 2].key.is(",") || doc.tokens[k + 2].key.is(".")) && doc.mentionAt[k + 1] < 0
        }
        let m = doc.mentions[Int(mi)]
        let e = doc.entities.resolved(m.entity)
        return doc.entities[e].type == .person && m.last - m.first >= 2 && doc.tokens[m.last - 1].has(.upper)
            && doc.tokens[m.last - 1].length <= 3 && !doc.tokens[m.first].has(.upper)
    }

    /// The body in a "<Place>: <Body>." sentence, if that is all it says.
    private static func placeColonBody(_ doc: Document, _ s: Int) -> Int? {
        let r = doc.sentences[s].tokenRange
        var items: [Int] = []
        var k = r.lowerBound
        var sawColon = false
        while k < r.upperBound {
            let mi = doc.mentionAt[k]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                items.append(doc.entities.resolved(m.entity))
                k = max(m.last, k + 1)
                continue
            }
            let key = doc.tokens[k].key
            if ["http", "https", "www"].containsKey(key) { break }   // a web address after the publisher
            if key.is(":") { sawColon = true } else if !key.is(".") { return nil }
            k += 1
        }
        guard sawColon, items.count == 2, doc.entities[items[0]].type == .place, PeopleRule.isOrg(doc.entities[items[1]].type) else { return nil }
        return items[1]
    }

    /// Resolved entities of the mentions in `a..<b` when they are all there is (with commas,
    /// "and", "et al", initials).
    private static func agentsBefore(_ doc: Document, _ a: Int, _ b: Int) -> [Int] {
        var out: [Int] = []
        var k = a
        while k < b {
            let mi = doc.mentionAt[k]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                let e = doc.entities.resolved(m.entity)
                let t = doc.entities[e].type
                guard t != .report, t != .place, t != .act else { return [] }
                if !out.contains(e) { out.append(e) }
                k = max(m.last, k + 1)
                continue
            }
            let key = doc.tokens[k].key
            guard [",", "and", "et", "al", ".", "&"].containsKey(key) || (doc.tokens[k].length == 1 && doc.tokens[k].isCapitalised) else { return [] }
            k += 1
        }
        return out
    }

    private static func titleEntity(_ doc: inout Document, _ first: Int, _ last: Int) -> Int {
        // Replace mentions inside the title by the title itself.
        let name = doc.text(first, last)
        // Mentions inside are marked dead (entity -1) so indexes in mentionAt stay valid.
        for k in first..<last where doc.mentionAt[k] >= 0 { doc.mentions[Int(doc.mentionAt[k])].entity = -1 }
        let e = doc.entities.ruleEntity(name, .report)
        doc.mentions.append(Mention(first: first, last: last, entity: e))
        doc.entities.noteSurface(name, of: e)
        for k in first..<last { doc.mentionAt[k] = Int32(doc.mentions.count - 1) }
        return e
    }

    /// "*Title*" in a reference: authors before it, a body and a date after it.
    private static func emphasised(_ doc: inout Document, _ span: Range<Int>, into out: inout [DocRelation]) -> Bool {
        let tokens = doc.tokens
        // Token range of the span.
        guard let first = firstToken(doc, atOrAfter: span.lowerBound), first < tokens.count, Int(tokens[first].start) < span.upperBound else { return false }
        var last = first
        while last < tokens.count, Int(tokens[last].end) <= span.upperBound { last += 1 }
        while last > first, tokens[last - 1].isPunct { last -= 1 }
        // "**Care Quality Commission (CQC)**": a bracketed acronym closing the span is the name's.
        if last - first > 3, tokens[last - 2].key.is("("), tokens[last - 1].has(.upper) || tokens[last - 1].has(.acronym) { last -= 2 }
        guard last - first >= 2, last - first <= 30, tokens[first].isCapitalised || tokens[first].has(.number) else { return false }
        let s = doc.sentence(ofToken: first)
        let range = doc.sentences[s].tokenRange
        guard last <= range.upperBound else { return false }
        // Title case, or a reference shape around it.
        // The long words and the capitalised among them, counted (not gathered into arrays).
        var wordCount = 0, capitalised = 0
        for k in first..<last where tokens[k].isWord && tokens[k].key.characterCount > 3 {
            wordCount += 1
            if tokens[k].isCapitalised { capitalised += 1 }
        }
        var after: Int?
        if last + 1 < range.upperBound, tokens[last].key.is(","), doc.mentionAt[last + 1] >= 0 {
            let m = doc.mentions[Int(doc.mentionAt[last + 1])]
            let e = doc.entities.resolved(m.entity)
            if PeopleRule.isOrg(doc.entities[e].type) { after = e }
        }
        var before: [Int] = []
        var b = first
        while b > range.lowerBound, tokens[b - 1].isPunct, tokens[b - 1].key.is(",") { b -= 1 }
        if b < first {
            var a = b
            while a > range.lowerBound, doc.mentionAt[a - 1] >= 0 || [",", "and", "et", "al", "."].containsKey(tokens[a - 1].key) { a -= 1 }
            before = agentsBefore(doc, a, b)
        }
        // "**North West Ambulance Service NHS Trust**": a body's name in bold is no title.
        if doc.mentionAt[first] >= 0 {
            let m = doc.mentions[Int(doc.mentionAt[first])]
            if m.first == first, m.last == last, m.entity >= 0, doc.entities[doc.entities.resolved(m.entity)].type != .report { return false }
        }
        // "Lord Carter wrote *Operational productivity and performance in English NHS ambulance
        // trusts: unwarranted variations*": after a verb of writing, an emphasised span is the
        // work's title whatever its case.
        let written = first > range.lowerBound && writingVerbs.contains(tokens[first - 1].interned)
        let titleCase = written || capitalised >= 2 && capitalised * 3 >= wordCount * 2 && last - first >= 3
            && !["chapter", "section", "part", "annex", "appendix", "figure", "table"].containsKey(tokens[first].key)
            && !(last < tokens.count && tokens[last].key.is(".") && Int(tokens[last].end) <= span.upperBound + 1)
        guard titleCase || after != nil || !before.isEmpty else { return false }
        let title = titleEntity(&doc, first, last)
        var year: Int?
        for k in last..<min(range.upperBound, last + 8) where tokens[k].isYear { year = Int(tokens[k].key); break }
        if let after { out.append(DocRelation(source: after, predicate: .published, target: title, year: year, sentence: s)) }
        for a in before {
            let p: Predicate = doc.entities[a].type == .person ? .authored : .published
            out.append(DocRelation(source: a, predicate: p, target: title, year: year, sentence: s))
        }
        return true
    }

    /// Verbs after which an emphasised span names a work.
    private static let writingVerbs: WordSet = ["wrote", "writes", "published", "publishes", "authored", "co-authored",
                                                "produced", "issued", "released", "entitled", "titled", "called"]

    private static func firstToken(_ doc: Document, atOrAfter offset: Int) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(doc.tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.tokens.count ? lo : nil
    }
}
