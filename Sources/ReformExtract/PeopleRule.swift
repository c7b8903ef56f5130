#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// People's roles in organisations, as appositives and titles state them:
/// "Sarah Woolnough, chief executive of The King's Fund" (leads, with the role),
/// "NHS England's chief executive Simon Stevens", "Nuffield Trust CEO, Thea Stein",
/// "Alex Scott-Samuel, Socialist Health Association Chair", "Jennifer Dixon of the Health
/// Foundation", "McKinsey's Tom Kibasi", "the Conservative MP Stephen Dorrell",
/// "Hugh Alderwick, on secondment from PwC" (member_of), "a specialist adviser to"
/// (advises), and offices next to a name ("Secretary of State Hunt": leads).
///
/// Lead roles are chief executive, CEO, chair, director, head, president, leader...; a
/// deputy or vice role, or a director "of" some part of the body, is membership.
enum PeopleRule {
    static let leadRoles: [String] = [
        "chief executive", "ceo", "chair", "chairman", "chairwoman", "chairperson", "director", "head", "president",
        "leader", "general secretary", "secretary general", "chief officer", "principal", "dean", "boss", "runs",
        "led", "leads", "heads", "chairs", "chaired", "headed",
    ]
    /// Functions a director may be of ("medical director", "director of nursing").
    private static let functionWords: WordSet = [
        "medical", "finance", "financial", "nursing", "clinical", "operations", "operating",
        "research", "communications", "commercial", "digital", "workforce", "people", "quality", "planning", "estates",
        "public", "corporate", "transformation", "primary", "cancer", "regional", "programme", "non-executive", "executive",
    ]
    private static let roleNouns: WordSet = Words.roles.union([
        "trustee", "colleague", "employee", "staff", "worker", "representative", "boss", "dean", "principal",
        "secretary", "minister", "mp", "peer", "ceo", "chief", "officer", "runs", "led", "leads", "heads", "chairs",
        "chaired", "headed", "stakeholder", "stakeholders", "affiliate", "affiliates", "members",
        // Occupations: "a clinical pharmacologist at Newcastle University", "a former senior
        // civil servant in the Department of Health" (membership, never the lead).
        "servant", "official", "officials", "pharmacologist", "scientist", "epidemiologist", "statistician", "doctor",
        "psychiatrist", "pharmacist", "midwife", "lawyer", "administrator", "accountant", "historian", "sociologist",
        "expert", "specialist", "clinician", "paediatrician", "cardiologist", "oncologist", "anaesthetist", "dentist",
        "geriatrician", "obstetrician", "psychologist", "manager", "executive",
    ]).subtracting(["former", "then", "now", "national", "regional", "general", "policy", "clinical", "medical",
                    "senior", "acting", "interim", "strategic", "co", "vice", "deputy", "founding", "honorary", "emeritus"])
    private static let leadIn: WordSet = ["who", "is", "was", "became", "becomes", "appointed", "named", "as", "now", "took", "over",
                                              "himself", "herself", "though", "although", "but", "while", "acting",
                                              "serving", "still", "ex",
                                              "then", "formerly", "currently", "the", "a", "an", "former", "its", "also",
                                              "has", "been", "had", "being", "recently", "newly", "acting", "interim", "later"]
    private static let links: WordSet = ["of", "at", "for", "with", "from", "to", "in"]
    /// What a party makes a person ("a Conservative MP", "a Labour peer").
    private static let partyTitles: WordSet = ["mp", "peer", "minister", "politician", "councillor", "mayor", "member", "backbencher"]
    private static let workPhrases: [String] = [
        "working for", "works for", "worked for", "work for", "works at", "working at", "worked at",
        "on secondment from", "secondment from", "employed by", "joined", "joins", "served on the council of",
        "served on", "sat on", "sits on", "a member of", "member of", "members of", "one of the members of",
        "then working for", "now working with", "working with", "now working for", "sat alongside",
        "served on the board of", "serves on the board of", "sits on the board of", "sat on the board of",
        "on the board of", "a board member of", "board member of", "board member at", "a trustee of", "trustee of",
        "served on the council of", "sits on the council of", "sat on the council of", "on the council of",
        "a member of the board of", "worked as a consultant for", "consultant at", "on secondment to",
        "was recruited by", "recruited by", "hired by", "was hired by", "employed at", "went to work for",
        "left to join", "moved to", "a former employee of", "former employee of",
    ]
    /// Words that describe an organisation before its name ("working for US insurance giant
    /// UnitedHealth", "joined the consultancy McKinsey"); dropped after a work phrase.
    private static let descriptors: WordSet = [
        "the", "a", "an", "us", "american", "british", "uk", "global", "private", "insurance", "insurer", "health",
        "healthcare", "consultancy", "consulting", "firm", "company", "giant", "think", "tank", "charity",
        "accountancy", "accounting", "management", "pharmaceutical", "pharmaceuticals", "drug", "drugs",
        "multinational", "international", "lobbying", "investment", "bank", "provider", "campaign", "campaigning",
        "group", "union", "trade", "organisation", "corporation", "corporate", "professional", "body", "firm's",
        "giants", "big", "major", "large", "leading", "influential", "independent", "private-sector", "sector",
        "services", "outsourcing", "technology", "tech", "data", "software", "audit", "law",
    ]
    /// Whether `g` (the keys of a gap between a person and an organisation) ends with a work
    /// phrase, perhaps followed by descriptor words: whether the gap's words joined by spaces
    /// are a work phrase or end with one after a space. Keys hold no spaces, so that is
    /// whether the gap's last words are the phrase's words; they are compared word by word
    /// (`==`), with the phrases that can end the gap picked by its last word (joining the
    /// gap's words into a string for each test was most of this rule's cost).
    static func endsWithWorkPhrase<Keys: BidirectionalCollection>(_ g: Keys) -> Bool where Keys.Element == String, Keys.SubSequence == Keys {
        // (The tables read in place: local copies retained and released every array in them.)
        var end = g.endIndex
        var dropped = 0
        while end != g.startIndex {
            let last = g.index(before: end)
            if let phrases = workPhrasesByLast[g[last]] {
                for p in phrases where endsWith(g, end, p) { return true }
            }
            guard dropped < 4, descriptors.contains(g[last]) else { return false }
            end = last; dropped += 1
        }
        return false
    }

    /// Whether the words of `g` before `end` end with `phrase`.
    @inline(__always)
    private static func endsWith<Keys: BidirectionalCollection>(_ g: Keys, _ end: Keys.Index, _ phrase: [String]) -> Bool where Keys.Element == String {
        var i = end
        for w in phrase.reversed() {
            guard i != g.startIndex else { return false }
            i = g.index(before: i)
            guard g[i].is(w) else { return false }
        }
        return true
    }

    /// The work phrases as words, grouped by their last word.
    private static let workPhrasesByLast: WordMap<[[String]]> = {
        var order: [String] = []
        var groups: [String: [[String]]] = [:]
        for phrase in workPhrases {
            let words = phrase.splitOnSpaces().map(String.init)
            guard let last = words.last else { continue }
            if groups[last] == nil { order.append(last) }
            groups[last, default: []].append(words)
        }
        return WordMap(order.map { ($0, groups[$0]!) })
    }()

    static let officeWords: WordSet = ["secretary", "prime", "chancellor", "minister", "parliamentary", "chief", "cabinet"]

    static func isOffice(_ item: SentenceView.Item, _ doc: Document) -> Bool {
        guard item.type == .nationalBody else { return false }
        // A shadow minister does not hold the office.
        if item.first > 0, doc.tokens[item.first - 1].key.is("shadow") { return false }
        return isOfficeName(doc.entities[item.entity].name)
    }

    /// ``isOffice(_:_:)`` of an item of `view`: the document is read only for a national body
    /// (passing `view.doc` copied the document, retaining its arrays, at every call).
    static func isOffice(_ item: SentenceView.Item, _ view: SentenceView) -> Bool {
        guard item.type == .nationalBody else { return false }
        return isOffice(item, view.doc)
    }

    private static let secretary: [UInt8] = Array("secretary".utf8)

    /// Whether a national body's name names an office: its first word (lower-cased) is an
    /// office word, or it ends in "secretary". ASCII names are read by bytes (there
    /// lower-casing is of A-Z alone and each byte is a Character); others as strings.
    private static func isOfficeName(_ name: String) -> Bool {
        var text = name
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
            var a = 0
            while a < u.count, u[a] == 0x20 { a += 1 }
            var b = a
            while b < u.count, u[b] != 0x20 { b += 1 }
            let first = b == a ? "" : String(unsafeUninitializedCapacity: b - a) { out in
                for i in a..<b { out[i - a] = lower(u[i]) }
                return b - a
            }
            if officeWords.contains(first) { return true }
            let suffix = secretary
            guard u.count >= suffix.count else { return false }
            return (0..<suffix.count).allSatisfy { lower(u[u.count - suffix.count + $0]) == suffix[$0] }
        }
        if let ascii { return ascii }
        let first = name.splitOnSpaces().first.map { $0.lowercased() } ?? ""
        return officeWords.contains(first) || name.lowercased().hasSuffix("secretary")
    }

    static func isOrg(_ t: EntityType) -> Bool { t != .person && t != .place && t != .act && t != .report }

    /// The role in `keys` (leading "who is", "former"... dropped), when it names one.
    static func role<Keys: BidirectionalCollection>(_ keys: Keys) -> String? where Keys.Element == String, Keys.SubSequence == Keys {
        var k = keys
        while let f = k.first, leadIn.contains(f) || f.is(",") || f.is("-") || f.is("whose") { k = k.dropFirst() }
        // "whose chief executive is", "chaired by": the role without its link.
        while let l = k.last, l.is("is") || l.is("was") || l.is("by") { k = k.dropLast() }
        if k.count == 1, let only = k.first, let noun = verbRole(only) { return noun }
        guard !k.isEmpty, k.count <= 6, k.contains(where: { roleNouns.contains($0) }),
              !k.contains(where: { $0.is(",") || $0.is("said") || $0.is("and") || $0 == "\"" }) else { return nil }
        return k.spaceJoined()
    }

    /// Verbs of heading a body, as the role they state ("chaired by A": A is its chair):
    /// "chaired", "chairs": "chair"; "led": "leader"; "headed": "head". (Compared inline: a
    /// `[String: String]` hashed the word.)
    static func verbRole(_ word: String) -> String? {
        if word.is("chaired") || word.is("chairs") { return "chair" }
        if word.is("led") { return "leader" }
        if word.is("headed") { return "head" }
        return nil
    }

    private static let leaderBytes: [UInt8] = Array("leader".utf8)

    /// `role.contains("leader")`: for ASCII text by bytes (there each byte is a Character, and
    /// the needle holds no CR or LF to join with one before it); other text as `contains`.
    private static func containsLeader(_ role: String) -> Bool {
        var text = role
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            let n = leaderBytes
            guard u.count >= n.count else { return false }
            return (0...(u.count - n.count)).contains { i in (0..<n.count).allSatisfy { u[i + $0] == n[$0] } }
        }
        return ascii ?? role.contains("leader")
    }

    /// Whether `role` has the word "of": `role.splitOnSpaces().contains("of")`, with the words
    /// as Strings compared inline.
    static func hasWordOf(_ role: String) -> Bool {
        // ASCII text by bytes: a space-bounded "of" is exactly a word "of" of the split.
        var text = role
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            var i = 0
            while i + 1 < u.count {
                if u[i] == 0x6F, u[i + 1] == 0x66, i == 0 || u[i - 1] == 0x20, i + 2 == u.count || u[i + 2] == 0x20 { return true }
                i += 1
            }
            return false
        }
        return ascii ?? role.spaceSeparatedWords().containsKey("of")
    }

    /// What holding `role` states (``RolePredicateMemo`` remembers it).
    static func predicate(forRole role: String, subRole: Bool) -> Predicate {
        RolePredicateMemo.predicate(role, subRole: subRole)
    }

    /// ``predicate(forRole:subRole:)`` worked out.
    fileprivate static func findPredicate(forRole role: String, subRole: Bool) -> Predicate {
        // The words as Strings (`spaceSeparatedWords` is `split(separator: " ")` as Strings),
        // compared inline (`==` of a Substring and a literal went through the generic
        // comparison, some hundred instructions each).
        let words = role.spaceSeparatedWords()
        if words.containsKey("adviser") || words.containsKey("advisor") || words.containsKey("consultant") && words.containsKey("to") { return .advises }
        if subRole || words.containsKey("deputy") || words.containsKey("vice") || words.containsKey("assistant") || words.containsKey("associate") { return .memberOf }
        // "medical director", "finance director", "director of nursing": a director of one
        // function sits on the board; the body's head is its director alone.
        if let d = words.firstIndex(where: { $0.is("director") }), d > 0 || words.count > 2 && words[1].is("of"),
           d > 0 ? functionWords.contains(words[d - 1]) : functionWords.contains(words[2]) { return .memberOf }
        return hasLeadRole(role) ? .leads : .memberOf
    }

    /// The lead roles as bytes, with a space after, before, and on both sides.
    private static let leadRoleBytes: [(whole: [UInt8], first: [UInt8], last: [UInt8], inner: [UInt8])] = leadRoles.map {
        (Array($0.utf8), Array(($0 + " ").utf8), Array((" " + $0).utf8), Array((" " + $0 + " ").utf8))
    }

    /// Whether `role` is a lead role or has one as its first, last or inner words. ASCII text
    /// (always, in practice) is compared byte by byte, where String equality, affixes and
    /// containment of these space-bounded phrases are exactly byte equality; other text takes
    /// the Character-level comparison.
    private static func hasLeadRole(_ role: String) -> Bool {
        var text = role
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Whether `p` is spelled at byte `at` (within bounds).
            func spelled(_ p: [UInt8], at: Int) -> Bool {
                at >= 0 && at + p.count <= u.count && p.withUnsafeBufferPointer { q in memcmp(u.baseAddress! + at, q.baseAddress!, p.count) == 0 }
            }
            guard u.count > 0 else { return leadRoleBytes.contains { $0.whole.isEmpty } }
            return leadRoleBytes.contains { p in
                u.count == p.whole.count && spelled(p.whole, at: 0) || spelled(p.first, at: 0) || spelled(p.last, at: u.count - p.last.count)
                    // (" lead " starts with a space: only a space can start it.)
                    || u.count >= p.inner.count && (0...(u.count - p.inner.count)).contains { u[$0] == 0x20 && spelled(p.inner, at: $0) }
            }
        }
        if let ascii { return ascii }
        return leadRoles.contains { lead in
            role == lead || role.hasPrefix(lead + " ") || role.hasSuffix(" " + lead) || role.contains(" " + lead + " ")
        }
    }

    /// "committee member Luciana Berger", "One member of the committee Andrew Selous",
    /// "Andrew Selous, a member of the committee": "the committee" is the last committee named.
    static func committeeMembers(_ view: SentenceView, lastCommittee: Int?, into out: inout [DocRelation]) {
        let items = view.items
        let tokens = view.tokens
        for (i, p) in items.enumerated() where p.type == .person {
            guard let c = items[..<i].last(where: { $0.type == .committee })?.entity ?? lastCommittee, c != p.entity else { continue }
            let from = max(i > 0 ? items[i - 1].last : view.range.lowerBound, p.first - 5)
            // Every phrase below ends "member" or "committee" before the name (commas left
            // out), or starts "a" or "who" after it (commas dropped): without one of those
            // words there, the words are not gathered.
            var kb = p.first
            while kb > from, tokens[kb - 1].key.is(",") { kb -= 1 }
            let afterEnd = min(view.range.upperBound, p.last + 7)
            var ka = p.last
            while ka < afterEnd, tokens[ka].key.is(",") { ka += 1 }
            guard kb > from && (tokens[kb - 1].key.is("member") || tokens[kb - 1].key.is("committee"))
                    || ka < afterEnd && (tokens[ka].key.is("a") || tokens[ka].key.is("who")) else { continue }
            let before = view.keys(from, p.first).filter { !$0.is(",") }
            let after = Array(view.keys(p.last, min(view.range.upperBound, p.last + 7)).drop { $0.is(",") })
            let member = before.suffix(2) == ["committee", "member"] || before.suffix(4) == ["member", "of", "the", "committee"]
                || before.suffix(4) == ["members", "of", "the", "committee"]
                || after.starts(with: ["a", "member", "of", "the", "committee"]) || after.starts(with: ["who", "sits", "on", "the", "committee"])
                || after.starts(with: ["who", "sat", "on", "the", "committee"])
            if member, !view.negated(from, min(view.range.upperBound, p.last + 7)) {
                out.append(DocRelation(source: p.entity, predicate: .memberOf, target: c, sentence: view.index))
            }
        }
    }

    /// Words of a bracketed aside that joins a companion to a person ("(along with his colleague X)").
    private static let companions: WordSet = ["(", "along", "with", "and", "his", "her", "their", "colleague", "colleagues",
                                              "fellow", "co", "author", "-", "together", "as", "well"]
    /// The gaps that list a body's members before its people ("members include").
    private static let memberLists: WordSet = ["include", "includes", "including", "such as", "members include", "members included", "included", "like",
                                               "members", "members such as", "whose members include"]

    /// Whether token `t` closes an apposition after a name: ",", ")", ".", ";", "-".
    @inline(__always) private static func closesApposition(_ t: Token) -> Bool {
        t.key.is(",") || t.key.is(")") || t.key.is(".") || t.key.is(";") || t.key.is("-")
    }

    /// The types a person can lead when the text puts them "under" the person.
    private static func ledUnder(_ t: EntityType) -> Bool {
        switch t {
        case .party, .nationalBody, .organisation, .thinkTank, .association, .company: return true
        default: return false
        }
    }

    static func apply(_ view: SentenceView, lastPerson: Int?, into out: inout [DocRelation]) {
        let items = view.items
        let tokens = view.tokens
        func emit(_ p: SentenceView.Item, _ pred: Predicate, _ o: SentenceView.Item, role: String?) {
            // People work for bodies, not for a kind of body ("joined the ICB" with no ICB named).
            guard p.entity != o.entity, !(p.type == .person && o.kind == .form) else { return }
            out.append(DocRelation(source: p.entity, predicate: pred, target: o.entity,
                                   role: pred == .leads ? role : nil, sentence: view.index))
        }
        // A gap inside a sentence without a negation is not negated: `negated` is called only
        // when the sentence has one or the gap reaches outside it.
        let negation = view.classes.contains(.negation), range = view.range
        for i in items.indices {
            let a = items[i]
            guard i + 1 < items.count else { break }
            let b = items[i + 1]
            let gap = view.keys(a.last, b.first)
            if negation || a.last < range.lowerBound || b.first > range.upperBound, view.negated(a.last, b.first) { continue }
            // Person then organisation.
            if a.type == .person, isOrg(b.type) || isOffice(b, view) {
                // "Stevens, a former adviser to Blair, joined X": the verb is the appositive's
                // head's (see ``SubjectRule``).
                if gap.first == "," || gap.first == "-", SubjectRule.predicate(gap.dropFirst()) != nil,
                   SubjectRule.appositiveHead(view, i) != nil { continue }
                var g = gap[...]
                while let l = g.last, l.is("the") { g = g.dropLast() }
                if let link = g.last, links.contains(link), let r = role(g.dropLast()) {
                    // "Director of Acute Care at X" style sub-roles hold "of" inside the role.
                    // "director of NHS England's STP programme" heads the programme, not the body.
                    let subRole = PeopleRule.hasWordOf(r) || tokens[b.last - 1].has(.possessive)
                    emit(a, predicate(forRole: r + (link.is("to") ? " to" : ""), subRole: subRole), b, role: r)
                    // The possessed programme or unit is the one the role heads.
                    if tokens[b.last - 1].has(.possessive), i + 2 < items.count, items[i + 2].first == b.last,
                       items[i + 2].type == .programme || items[i + 2].type == .committee || items[i + 2].type == .organisation, !PeopleRule.hasWordOf(r) {
                        emit(a, predicate(forRole: r + (link.is("to") ? " to" : ""), subRole: false), items[i + 2], role: r)
                    }
                    continue
                }
                // Only compared below with words of at most one space, which a gap of more than
                // two keys never joins to: those are not joined.
                let joined = g.count <= 2 ? g.spaceJoined() : "\u{0}"
                if joined.is("of") || joined.is("from") || joined.is(", of") || joined.is(", from") || (joined.is("at") && b.type != .place) {
                    emit(a, .memberOf, b, role: nil); continue
                }
                // "Chris Ham (along with his colleague Anna Charles) of The King's Fund": both
                // people belong to the body.
                if joined.is(") of") || joined.is(") from") || joined.is(") at"), i > 0, items[i - 1].type == .person {
                    let inner = view.keys(items[i - 1].last, a.first)
                    let companions = Self.companions
                    if inner.first == "(", inner.count <= 6, inner.allSatisfy({ companions.contains($0) }) {
                        emit(a, .memberOf, b, role: nil)
                        emit(items[i - 1], .memberOf, b, role: nil)
                        continue
                    }
                }
                if endsWithWorkPhrase(g) {
                    emit(a, .memberOf, b, role: nil); continue
                }
                // "Alex Scott-Samuel, Socialist Health Association Chair".
                if joined.is(","), b.last < view.range.upperBound {
                    var k = b.last
                    var after: [String] = []
                    while k < view.range.upperBound, after.count < 3, tokens[k].isWord { after.append(tokens[k].key); k += 1 }
                    // "Hugh Alderwick, its director of policy": a role "of" something within the body is a sub-role.
                    if let r = role(after[...]), !after.isEmpty { emit(a, predicate(forRole: r, subRole: PeopleRule.hasWordOf(r)), b, role: r); continue }
                }
                // "Andrew Lansley, then Secretary of State", "Wes Streeting was appointed Secretary of State".
                // ("Sajid Javid, by then health secretary").
                // (The office first: the link's words are gathered only for one.)
                if isOffice(b, view) {
                    let link = g.count >= 2 && g.contains(where: { $0.is("by") }) ? g.filter { !$0.is("by") || !g.contains(where: { $0.is("then") }) } : Array(g)
                    if link.count <= 4, link.allSatisfy({ $0.is(",") || leadIn.contains($0) }) {
                        emit(a, .leads, b, role: view.doc.entities[b.entity].name.lowercased()); continue
                    }
                }
            }
            // "then working for US insurance giant UnitedHealth": a place inside the descriptor.
            if a.type == .person, b.type == .place, i + 2 < items.count, isOrg(items[i + 2].type) {
                let c = items[i + 2]
                let g = view.keys(a.last, c.first)[...]
                if g.count <= 12, endsWithWorkPhrase((Array(view.keys(a.last, b.first)) + view.keys(b.last, c.first))[...]),
                   view.keys(b.last, c.first).allSatisfy({ descriptors.contains($0) }), !view.negated(a.last, c.first) {
                    emit(a, .memberOf, c, role: nil)
                }
            }
            // "Sarah Wollaston, a Conservative MP who sat on the Health Committee": the clause
            // after the party's title is the person's.
            if a.type == .person, b.type == .party, i + 2 < items.count, isOrg(items[i + 2].type), gap.first == ",",
               gap.allSatisfy({ $0.is(",") || $0.is("a") || $0.is("an") || $0.is("the") || $0.is("former") || $0.is("then") }) {
                let c = items[i + 2]
                var g2 = view.keys(b.last, c.first)[...]
                while let l = g2.last, l.is("the") { g2 = g2.dropLast() }
                if g2.count >= 3, partyTitles.contains(g2[g2.startIndex]), g2[g2.startIndex + 1] == "who",
                   endsWithWorkPhrase(g2.dropFirst(2)), !view.negated(b.last, c.first) {
                    emit(a, .memberOf, c, role: nil)
                }
            }
            // "Andy Burnham, who had been Labour's health secretary": the person held the office
            // for the party.
            if a.type == .person, b.type == .party, tokens[b.last - 1].has(.possessive), i + 2 < items.count,
               isOffice(items[i + 2], view), items[i + 2].first == b.last, gap.count <= 5,
               gap.allSatisfy({ $0.is(",") || leadIn.contains($0) }), !view.negated(a.last, b.first) {
                emit(a, .leads, items[i + 2], role: view.doc.entities[items[i + 2].entity].name.lowercased())
                emit(a, .memberOf, b, role: nil)
            }
            // "former Lib Dem health minister Norman Lamb", "the Conservative former health
            // secretary A": a party before an office names the office holder's party.
            if a.type == .party, isOffice(b, view), gap.allSatisfy({ $0.is("former") || $0.is("then") || $0.is("ex") || $0.is("shadow") }),
               i + 2 < items.count, items[i + 2].type == .person,
               view.keys(b.last, items[i + 2].first).isEmpty {
                emit(items[i + 2], .memberOf, a, role: nil)
            }
            // Organisation (or office, or party) then person.
            if b.type == .person, isOrg(a.type) || isOffice(a, view) {
                // "the Health Secretary, Wes Streeting, said": an apposition closes after the
                // name; "At the request of the Secretary of State, Lord Darzi conducted" does not.
                let closes = b.last >= view.range.upperBound || closesApposition(tokens[b.last])
                if isOffice(a, view), gap.isEmpty || gap == [","] && closes {
                    emit(b, .leads, a, role: view.doc.entities[a.entity].name.lowercased()); continue
                }
                var g = gap[...]
                if g.last == "," { g = g.dropLast() }
                if g.isEmpty, tokens[a.last - 1].has(.possessive) { emit(b, .memberOf, a, role: nil); continue }
                // "Labour under Jeremy Corbyn": a party or body under a person is led by them
                // (not "under Andrew Lansley's reforms", which names the person's work).
                // (An office "under" a prime minister is held by someone else: "health secretary
                // under Gordon Brown".)
                if g.count == 1, g.first == "under", ledUnder(a.type),
                   !isOffice(a, view),
                   !tokens[b.last - 1].has(.possessive), b.last >= view.range.upperBound || !tokens[b.last].key.is("'") {
                    emit(b, .leads, a, role: a.type == .party ? "leader" : nil); continue
                }
                if let r = role(g), !g.contains(where: { $0.is("of") }) || g.last != "of" {
                    let subRole = PeopleRule.hasWordOf(r)
                    let pred: Predicate = a.type == .party && !containsLeader(r) ? .memberOf : predicate(forRole: r, subRole: subRole)
                    emit(b, pred, a, role: r); continue
                }
            }
        }
        // "signatories from the Labour Party include Liz Kendall, Chuka Umunna and Frank Field".
        let groups = view.groups()
        for gi in 0..<max(0, groups.count - 1) {
            let o = items[groups[gi].last!], people = groups[gi + 1]
            guard isOrg(o.type), items[people.first!].type == .person else { continue }
            // The gap's words but commas and colons, counted, and joined only when short (only
            // compared with phrases of at most two spaces): not gathered into an array.
            let gap = view.keys(o.last, items[people.first!].first).lazy.filter { !$0.is(",") && !$0.is(":") }
            var gapCount = 0
            for _ in gap { gapCount += 1 }
            let joined = gapCount <= 3 ? gap.spaceJoined() : "\u{0}"
            // "former health secretaries Alan Milburn and Stephen Dorrell".
            // (With a comma between, only an apposition that closes after the names.)
            let lastPerson = items[people.last!]
            let closes = lastPerson.last >= view.range.upperBound || closesApposition(tokens[lastPerson.last])
            if isOffice(o, view), gapCount == 0, closes || !view.keys(o.last, items[people.first!].first).contains(",") {
                for p in people { emit(items[p], .leads, o, role: view.doc.entities[o.entity].name.lowercased()) }
                continue
            }
            if memberLists.contains(joined) {
                for p in people { emit(items[p], .memberOf, o, role: nil) }
            }
        }
        // "the chief executive of NHS England, Simon Stevens".
        // (`view.keys(a, b) == [","]`, without making the array: one key, compared with `==`.)
        func onlyComma(_ a: Int, _ b: Int) -> Bool { b - a == 1 && tokens[a].key.is(",") }
        for i in items.indices where i + 1 < items.count && isOrg(items[i].type) {
            let o = items[i]
            var p = items[i + 1]
            // "the former chair of the Health Committee, the Conservative MP Stephen Dorrell":
            // the person's party and title may come between.
            if p.type == .party, i + 2 < items.count, items[i + 2].type == .person, onlyComma(o.last, p.first) || view.keys(o.last, p.first) == [",", "the"] {
                let title = view.keys(p.last, items[i + 2].first)
                guard title.count <= 2, title.allSatisfy({ roleNouns.contains($0) }) else { continue }
                p = items[i + 2]
            } else if p.type != .person {
                continue
            } else {
                guard onlyComma(o.last, p.first) else { continue }
            }
            guard o.first >= 2 else { continue }
            var k = o.first - 1
            // "of the Commons Health Committee": one capitalised word may qualify the body.
            if k > view.range.lowerBound, tokens[k].isCapitalised, view.doc.mentionAt[k] < 0, tokens[k - 1].key.is("the") || tokens[k - 1].key.is("of") { k -= 1 }
            if tokens[k].key.is("the") { k -= 1 }
            guard k >= view.range.lowerBound, tokens[k].key.is("of") else { continue }
            var s = k
            while s > view.range.lowerBound, s > k - 4, tokens[s - 1].isWord, !tokens[s - 1].isCapitalised || roleNouns.contains(tokens[s - 1].interned) { s -= 1 }
            if let r = role(view.keys(s, k)[...]) { emit(p, predicate(forRole: r, subRole: false), o, role: r) }
        }
        // "She ... has served on the council of the BMA": a work phrase before a body, in a
        // sentence whose subject is the last person named.
        if let lastPerson, items.first.map({ isOrg($0.type) }) == true,
           tokens[view.range.lowerBound].is(.heShe) {
            let p = SentenceView.Item(first: 0, last: 0, entity: lastPerson, type: .person, kind: .instance)
            for (i, o) in items.enumerated() where isOrg(o.type) {
                if i > 0, items[i - 1].type == .person { break }
                let from = max(i > 0 ? items[i - 1].last : view.range.lowerBound, o.first - 10)
                let g = view.keys(from, o.first)[...]
                if endsWithWorkPhrase(g), !view.negated(from, o.first) {
                    emit(p, .memberOf, o, role: nil)
                }
                if i > 0 { break }
            }
        }
        // "He is now the CEO of The King's Fund."
        if let lastPerson, let first = items.first, isOrg(first.type), view.range.lowerBound < first.first {
            let lead = tokens[view.range.lowerBound].key
            if lead.is("he") || lead.is("she") {
                var g = view.keys(view.range.lowerBound + 1, first.first)[...]
                while let l = g.last, l.is("the") { g = g.dropLast() }
                if let link = g.last, links.contains(link), let r = role(g.dropLast()) {
                    let p = SentenceView.Item(first: 0, last: 0, entity: lastPerson, type: .person, kind: .instance)
                    emit(p, predicate(forRole: r, subRole: false), first, role: r)
                }
            }
        }
    }
}

extension PeopleRule {
    private static let successionWords: WordSet = [
        "succeeded", "succeeds", "succeeding", "succeed", "replaced", "replaces", "replacing", "following", "follows",
        "followed", "from",
    ]

    /// "A succeeded B as chief executive of X", "A became chief executive of X in 2024,
    /// succeeding B", "A took over from B as chair of X": one post held by two people in turn,
    /// so a post either holds in the sentence (`found`, this sentence's relations so far) is
    /// the other's too.
    /// Words dropped from the gap before a successor (a word set, not an array literal per word).
    private static let successionFillers: WordSet = [",", "the", "who", "had", "has", "was", "then", "in", "as"]

    static func succession(_ view: SentenceView, found: ArraySlice<DocRelation>, into out: inout [DocRelation]) {
        let items = view.items
        // (Most sentences have no lead found: then nothing is gathered.)
        guard found.contains(where: { $0.predicate == .leads && $0.sentence == view.index }) else { return }
        let leads = found.filter { $0.predicate == .leads && $0.sentence == view.index }
        guard !leads.isEmpty else { return }
        for (i, b) in items.enumerated() where i > 0 && b.type == .person {
            let prevEnd = items[i - 1].last
            var gap = view.keys(prevEnd, b.first).filter { !successionFillers.contains($0) && Int($0) == nil }
            guard let last = gap.popLast(), successionWords.contains(last) else { continue }
            // "took over from", "taking over from": "from" only after "over".
            if last.is("from") { guard gap.suffix(2) == ["took", "over"] || gap.suffix(2) == ["taking", "over"] || gap.suffix(2) == ["takes", "over"] else { continue } }
            guard let a = items[..<i].last(where: { $0.type == .person && $0.entity != b.entity }),
                  !view.negated(a.last, b.first) else { continue }
            for r in leads {
                if r.source == a.entity, !leads.contains(where: { $0.source == b.entity && $0.target == r.target }) {
                    out.append(DocRelation(source: b.entity, predicate: .leads, target: r.target, role: r.role, sentence: view.index))
                } else if r.source == b.entity, !leads.contains(where: { $0.source == a.entity && $0.target == r.target }) {
                    out.append(DocRelation(source: a.entity, predicate: .leads, target: r.target, role: r.role, sentence: view.index))
                }
            }
        }
    }
}

extension PeopleRule {
    /// "Mr Lansley was replaced as Secretary of State by Jeremy Hunt", "Simon Stevens was
    /// succeeded as chief executive of NHS England by Amanda Pritchard": the person after "by"
    /// took the post named after "as" (and the person before held it).
    /// Words between a person and "replaced"/"succeeded" (a word set: an array literal was made
    /// for each word tested).
    private static let passiveAuxiliaries: WordSet = ["was", "were", "had", "been", "has", "is", "being", "later", "then", "eventually"]

    static func passiveSuccession(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        for (i, a) in items.enumerated() where a.type == .person {
            var k = a.last
            while k < view.range.upperBound, passiveAuxiliaries.contains(tokens[k].interned) { k += 1 }
            guard k + 1 < view.range.upperBound, tokens[k].key.is("replaced") || tokens[k].key.is("succeeded"), tokens[k + 1].key.is("as"),
                  !view.negated(max(view.range.lowerBound, a.first - 1), k) else { continue }
            let asAt = k + 1
            // The post: items between "as" and "by <person>".
            guard let bi = items[(i + 1)...].firstIndex(where: { $0.type == .person }), bi > i + 1,
                  items[bi].first >= 2, tokens[items[bi].first - 1].key.is("by") else { continue }
            let b = items[bi]
            let post = items[i + 1]
            guard post.first > asAt, bi == i + 2 || items[(i + 2)..<bi].allSatisfy({ !isOrg($0.type) && !isOffice($0, view) }) else { continue }
            let words = view.keys(asAt + 1, post.first).filter { !$0.is("the") }
            let target: (Predicate, String?)
            if isOffice(post, view), words.isEmpty {
                target = (.leads, view.doc.entities[post.entity].name.lowercased())
            } else if isOrg(post.type), words.last == "of", let r = role(words.dropLast()[...]) {
                let p = predicate(forRole: r, subRole: false)
                target = (p, p == .leads ? r : nil)
            } else { continue }
            for person in [a, b] where !out.contains(where: { $0.sentence == view.index && $0.source == person.entity && $0.target == post.entity && $0.predicate == target.0 }) {
                out.append(DocRelation(source: person.entity, predicate: target.0, target: post.entity, role: target.1, sentence: view.index))
            }
        }
    }
}

extension PeopleRule {
    private static let partyAppositiveWords: WordSet = ["a", "an", "the", "former", "senior", "veteran", "leading",
                                                            "prominent", "then", "one", "time", "ex"]
    private static let politicianWords: WordSet = [
        "mp", "mps", "peer", "minister", "politician", "councillor", "secretary", "health", "member", "leader",
        "candidate", "shadow", "backbencher", "grandee", "chancellor", "spokesman", "spokeswoman", "spokesperson",
        "adviser", "advisor", "activist", "donor", "lord", "baroness", "deputy", "prime", "cabinet",
    ]

    /// "Alan Milburn, a former Labour health secretary, ...", "Norman Lamb, the Liberal
    /// Democrat MP, ...": a party in a person's appositive, before a politician's title, is
    /// the person's party.
    static func partyAppositive(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        for i in items.indices.dropLast() where items[i].type == .person && items[i + 1].type == .party {
            let p = items[i], party = items[i + 1]
            let inner = view.keys(p.last, party.first)
            guard inner.first == ",", inner.count <= 4, inner.dropFirst().allSatisfy({ partyAppositiveWords.contains($0) }),
                  !view.negated(p.last, party.first) else { continue }
            let next = party.last < view.range.upperBound ? tokens[party.last].key : ""
            let office = i + 2 < items.count && items[i + 2].first == party.last && isOffice(items[i + 2], view)
            guard office || politicianWords.contains(next) else { continue }
            out.append(DocRelation(source: p.entity, predicate: .memberOf, target: party.entity, sentence: view.index))
        }
    }
}

extension PeopleRule {
    /// The body a document is about: the named body (an organisation's instance) mentioned
    /// most, at least three times and half as often again as any other; nil when none stands out.
    static func topicBody(_ doc: Document) -> Int? {
        // Counted by entity index, and only the top two looked at: the first of the counts
        // ranked by count (then lower index) and the next count down (a dictionary of counts,
        // sorted, did the same).
        var counts = [Int](repeating: 0, count: doc.entities.count)
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].kind == .instance, isOrg(doc.entities[e].type) else { continue }
            if e >= counts.count { counts += repeatElement(0, count: e + 1 - counts.count) }
            counts[e] += 1
        }
        var top = -1
        for e in counts.indices where counts[e] > 0 && (top < 0 || counts[e] > counts[top]) { top = e }
        guard top >= 0, counts[top] >= 3 else { return nil }
        var second = 0, others = 0
        for e in counts.indices where e != top && counts[e] > 0 { others += 1; second = max(second, counts[e]) }
        guard others == 0 || counts[top] * 2 >= second * 3 else { return nil }
        return top
    }

    private static let becameVerbs: WordSet = ["became", "becomes", "appointed", "named", "made", "as"]
    private static let bareRoleLeadIn: WordSet = ["the", "its", "interim", "acting", "new", "permanent", "first", "sole", "substantive", "then"]

    /// "Sam Roberts became chief executive in 2022", "Lawrence Tallon, previously deputy chief
    /// executive of Guy's and St Thomas', became chief executive on 1 April 2025": a lead role
    /// with no body after it, in a sentence that names no body outside the person's
    /// appositive, is a role in `body` (the body a recent sentence opened with, else the body
    /// the document is about: ``topicBody(_:)``).
    static func bareRole(_ view: SentenceView, body: Int?, into out: inout [DocRelation]) {
        guard let body, let p = view.items.first, p.type == .person, p.first <= view.range.lowerBound + 1 else { return }
        let tokens = view.tokens, end = view.range.upperBound
        var k = p.last
        // The person's appositive, set off by commas (its bodies belong to it).
        if k < end, tokens[k].key.is(",") {
            guard let close = (k + 1..<min(end, k + 16)).first(where: { tokens[$0].key.is(",") }) else { return }
            k = close + 1
        }
        // No other body before the verb or after the role: the sentence names the role's body itself.
        guard !view.items.contains(where: { $0.first >= k && $0.type != .person && $0.type != .place }) else { return }
        while k < end, ["has", "had", "was", "is", "been", "then", "later", "formally", "also", "subsequently"].containsKey(tokens[k].key) { k += 1 }
        guard k < end, becameVerbs.contains(tokens[k].interned) else { return }
        k += 1
        if k < end, tokens[k].key.is("as") { k += 1 }
        while k < end, bareRoleLeadIn.contains(tokens[k].interned) { k += 1 }
        var words: [String] = []
        while k < end, words.count < 4, tokens[k].isWord, !tokens[k].isCapitalised, view.doc.mentionAt[k] < 0,
              !["of", "at", "for", "to", "in", "on", "from", "since", "until", "and", "after", "when", "with"].containsKey(tokens[k].key) {
            words.append(tokens[k].key); k += 1
        }
        // "became chief executive of X" names its body; "in 2022", a comma or the end do not.
        guard !words.isEmpty, k >= end || !["of", "at", "for", "to"].containsKey(tokens[k].key),
              let role = role(words[...]), predicate(forRole: role, subRole: false) == .leads,
              !view.negated(p.last, k) else { return }
        out.append(DocRelation(source: p.entity, predicate: .leads, target: body, role: role, sentence: view.index))
    }

    /// Nouns for someone who works for a body, after its name ("a senior Department of Health
    /// official", "a Treasury adviser").
    private static let staffNouns: WordSet = ["official", "officials", "adviser", "advisor", "spokesman", "spokeswoman",
                                              "spokesperson", "economist", "lawyer", "civil", "statistician", "analyst"]
    private static let governmentWords: WordSet = ["government", "administration", "cabinet", "ministry"]

    /// "Matthew Kershaw, a senior Department of Health official," (a body's name before a noun
    /// for its staff, in the person's appositive) and "Harold Wilson's Labour government" (a
    /// person's possessive, a party and "government"): the person is a member.
    static func staffAppositive(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        for i in items.indices.dropLast() where items[i].type == .person {
            let p = items[i], o = items[i + 1]
            // "Harold Wilson's Labour government".
            if o.type == .party, o.first == p.last, tokens[p.last - 1].has(.possessive), o.last < view.range.upperBound,
               governmentWords.contains(tokens[o.last].interned) {
                out.append(DocRelation(source: p.entity, predicate: .memberOf, target: o.entity, sentence: view.index))
                continue
            }
            guard isOrg(o.type), o.kind == .instance, o.last < view.range.upperBound, staffNouns.contains(tokens[o.last].interned) else { continue }
            let inner = view.keys(p.last, o.first)
            guard inner.first == ",", inner.count >= 2, inner.count <= 4, ["a", "an", "the"].containsKey(inner[1]),
                  inner.dropFirst(2).allSatisfy({ ["senior", "former", "junior", "leading", "then", "chief", "top"].containsKey($0) }),
                  !view.negated(p.last, o.last + 1) else { continue }
            out.append(DocRelation(source: p.entity, predicate: .memberOf, target: o.entity, sentence: view.index))
        }
    }

    private static let appointVerbs: WordSet = ["appointed", "appoints", "named", "names", "hired", "hires", "recruited",
                                                    "chose", "selected", "elected", "elects", "installed"]

    /// "NHS Providers appointed Daniel Elkeles as its chief executive", "the Fund named A
    /// as its new chair": a body that appoints a person to a role it has.
    static func appointedBy(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items
        for i in items.indices.dropLast() where isOrg(items[i].type) && items[i + 1].type == .person {
            let o = items[i], p = items[i + 1]
            // The gap must come down to one verb of appointing: without one among its tokens,
            // its words are not gathered.
            let tokens = view.tokens
            guard (o.last..<max(o.last, p.first)).contains(where: { appointVerbs.contains(tokens[$0].interned) }) else { continue }
            let gap = view.keys(o.last, p.first).filter { !["has", "have", "had", "was", "is", "today", "now", "the", "formally"].containsKey($0) }
            guard gap.count == 1, appointVerbs.contains(gap[0]), !view.negated(max(view.range.lowerBound, o.first - 2), p.first) else { continue }
            var k = p.last
            guard k < view.range.upperBound, view.tokens[k].key.is("as") else { continue }
            k += 1
            // "its" before the role is already read as a mention of the body (see AnaphoraRule).
            if k < view.range.upperBound, ["its", "their"].containsKey(view.tokens[k].key) { k += 1 }
            var words: [String] = []
            let stops: Set<String> = ["of", "in", "at", "for", "from", "on", "to", "with", "and", "after", "last", "this", "next"]
            while k < view.range.upperBound, words.count < 6, view.tokens[k].isWord, view.doc.mentionAt[k] < 0, !stops.contains(view.tokens[k].key) {
                words.append(view.tokens[k].key); k += 1
            }
            let role = words.drop { ["its", "their", "the", "new", "next", "interim", "permanent", "first"].containsKey($0) }
            guard let r = PeopleRule.role(role) else { continue }
            let pred = predicate(forRole: r, subRole: false)
            out.append(DocRelation(source: p.entity, predicate: pred, target: o.entity, role: pred == .leads ? r : nil, sentence: view.index))
        }
    }
}

extension PeopleRule {
    private static let headVerbs: WordSet = ["led", "run", "ran", "chaired", "headed", "founded", "co-founded"]

    /// "Duncan Selbie came from Brighton and Sussex University Hospitals NHS Trust, which he
    /// had led since 2007": a body whose relative clause says "he/she led" it is led by the
    /// person the pronoun stands for (the last person named before it in the sentence).
    static func ledInRelative(_ view: SentenceView, into out: inout [DocRelation]) {
        guard view.classes.contains(.heShe) else { return }
        let items = view.items, tokens = view.tokens, end = view.range.upperBound
        for (i, body) in items.enumerated() where isOrg(body.type) && body.kind == .instance {
            var k = body.last
            guard k + 2 < end, tokens[k].key.is(","), tokens[k + 1].key.is("which"), tokens[k + 2].is(.heShe) else { continue }
            k += 3
            while k < end, ["had", "has", "have", "once", "previously", "formerly", "then", "also", "himself", "herself"].containsKey(tokens[k].key) { k += 1 }
            guard k < end, headVerbs.contains(tokens[k].interned),
                  let person = items[..<i].last(where: { $0.type == .person }) else { continue }
            out.append(DocRelation(source: person.entity, predicate: .leads, target: body.entity, sentence: view.index))
        }
    }

    /// "The House of Commons Health Committee", "the LGA Community Wellbeing Board": a body's
    /// name right before a committee's is the body the committee belongs to.
    static func namedParent(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items
        for i in items.indices.dropLast() {
            let a = items[i], b = items[i + 1]
            guard b.first == a.last, b.type == .committee, b.kind == .instance, a.kind == .instance,
                  [.nationalBody, .organisation, .association, .thinkTank, .company, .localAuthority].contains(a.type) else { continue }
            out.append(DocRelation(source: b.entity, predicate: .partOf, target: a.entity, sentence: view.index))
        }
    }
}

extension Collection where Element == String {
    /// `joined(separator: " ")`: the same bytes, written once into a string of the right size
    /// (a short one is a small string, with no heap buffer). The standard library's `joined`
    /// (not specialised for ``KeyRun`` and its slices) reserved a heap buffer even for the few
    /// bytes of most results, some 1,700 instructions a call.
    func spaceJoined() -> String {
        var total = 0, n = 0
        for w in self { total += w.utf8.count; n += 1 }
        guard n > 0 else { return "" }
        total += n - 1
        return String(unsafeUninitializedCapacity: total) { out in
            var i = 0
            var first = true
            for w in self {
                if !first, i < out.count { out[i] = 0x20; i += 1 }
                first = false
                var word = w
                word.withUTF8 { u in
                    // (Never past the end: `total` counted these very bytes.)
                    let n = Swift.min(u.count, out.count - i)
                    if n > 0 { _ = UnsafeMutableBufferPointer(rebasing: out[i..<(i + n)]).initialize(from: UnsafeBufferPointer(rebasing: u[..<n])) }
                    i += n
                }
            }
            return i
        }
    }
}

/// ``PeopleRule/predicate(forRole:subRole:)`` remembered per thread, by the role's bytes (equal
/// bytes are the same role, so a remembered answer is exactly the one worked out): the roles
/// of a corpus repeat ("chief executive", "chair"), and each answer split the role into words
/// and compared it with every lead role (some 3,000 instructions); a remembered one costs a
/// byte hash and a `memcmp`. One memo per thread (as ``NameKeyMemo``), so workers share
/// nothing; each table empties itself past ``ByteKeyedTable/limit`` roles.
final class RolePredicateMemo {
    @exclusivity(unchecked) private var answers = ByteKeyedTable<Predicate>()
    /// The answers for a sub-role (``PeopleRule/predicate(forRole:subRole:)``'s `subRole`).
    @exclusivity(unchecked) private var subAnswers = ByteKeyedTable<Predicate>()

    static func predicate(_ role: String, subRole: Bool) -> Predicate {
        let remembered: Predicate? = role.utf8.withContiguousStorageIfAvailable { u in
            let memo = perThread.current
            let h = u.byteKeyHash
            if let known = subRole ? memo.subAnswers.find(u, hash: h) : memo.answers.find(u, hash: h) { return known }
            let answer = PeopleRule.findPredicate(forRole: role, subRole: subRole)
            if subRole { memo.subAnswers.insert(u, hash: h, answer) } else { memo.answers.insert(u, hash: h, answer) }
            return answer
        }
        return remembered ?? PeopleRule.findPredicate(forRole: role, subRole: subRole)
    }

    private static let perThread = PerThread { RolePredicateMemo() }
}
