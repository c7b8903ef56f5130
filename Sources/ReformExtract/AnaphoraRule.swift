import ReformCore

/// Names a document uses again in short: definite descriptions and "its".
///
/// - "the Fund", "the Working Group", "the Lords", "the Act" (an act's name without its
///   year counts; "the Act" alone is the act named most often so far): "the" and one or two
///   capitalised words (not themselves a name) that end the name of a body, act or report
///   named earlier in the document refer to the most recent such entity.
/// - "the bill" (lower case) refers to the last bill named; "the review", "the
///   investigation" to the last report named as one (not "the review of ...").
/// - "the agency", "the new partnership", "the board" (lower case, a noun that ends a body's
///   name) refer to the body named last, in the last five sentences, whose name ends so.
/// - "the committee" (lower case) and "<person>'s committee" refer to the last committee
///   named; "the inquiry" to the last inquiry named as such, else the last committee.
/// - "the ICB" (a form's singular acronym) after a named ICB refers to that ICB.
/// - "its" before a role, a membership word or a report's title ("its chairman", "its
///   members", "its ‘Reducing Admissions’ report") refers to the body that is the subject of
///   the sentence, else the body named last before it in the sentence, else the subject of
///   the most recent of the last three sentences that began with a body.
///
/// Each becomes a mention of that entity (no new surface form), so the relation rules read
/// "The Fund promotes X" as they read the full name. People are left to the person rules.
enum AnaphoraRule {
    private static let roleAfterIts: WordSet = [
        "chairman", "chair", "chairwoman", "chairperson", "chief", "director", "president", "members", "member",
        "membership", "head", "leader", "founder", "board", "trustees", "secretary", "ceo", "affiliates",
        "general", "medical", "managing", "executive", "deputy", "vice", "national", "clinical", "finance", "nursing",
    ]
    /// Lower-case heads: "the committee"; "the inquiry" is the last committee's (committees
    /// hold inquiries: "an adviser to the inquiry" advises the committee). Both give a
    /// committee; tested with two compares, not a dictionary, as it runs after every "the".
    private static func lowerHead(_ key: String) -> EntityType? {
        key.sameKey("committee") || key.sameKey("inquiry") ? .committee : nil
    }

    static func apply(_ doc: inout Document) {
        let (added, retarget, alsoMeans) = references(doc)
        for (mi, e) in retarget { doc.mentions[mi].entity = e }
        doc.alsoMeans = alsoMeans
        guard !added.isEmpty || !retarget.isEmpty else { return }
        doc.mentions += added
        doc.indexMentions()
    }

    /// The word lists the searches after "the" read, read once per document: a `static let`
    /// is read through a runtime call, and these searches run after nearly every "the".
    private struct Lists {
        let headAdjectives = AnaphoraRule.headAdjectives
        let bodyHeads = AnaphoraRule.bodyHeads
        let documentNouns = AnaphoraRule.documentNouns
        let months = Words.months
        let phraseEnders = VerbRule.phraseEnders
        let lowerDescriptions = AnaphoraRule.lowerDescriptions
        let countWords = AnaphoraRule.countWords
    }

    /// What ``apply(_:)`` changes: the mentions added, those retargeted, and the bodies a
    /// counted mention also means. (The document is borrowed, not `inout`: each search it is
    /// handed to took a copy of an `inout` one.)
    private static func references(_ doc: Document) -> (added: [Mention], retarget: [(Int, Int)], alsoMeans: [Int: [Int]]) {
        let tokens = doc.tokens, mentionAt = doc.mentionAt
        let lists = Lists()
        var added: [Mention] = []
        var retarget: [(Int, Int)] = []
        var alsoMeans: [Int: [Int]] = [:]
        // The normalised last words of each entity's names, computed once (by entity index).
        var nameWords = NameTails(doc.entities.count)
        // Non-person, non-place entities in order of their latest mention.
        var recent: [Int] = []
        // Whether each entity is in `recent`.
        var inRecent = [Bool](repeating: false, count: doc.entities.count)
        var lastSubject: (entity: Int, sentence: Int)?
        // How often each act has been named so far: "the Act" means the act the text is about.
        var actCounts: [Int: Int] = [:]
        // The sentence each body was last named in (by entity index; -9 when never): "the
        // agency" reaches back a few sentences only. An array, not a dictionary: the searches
        // below read it for each recent body after nearly every "the".
        var lastSeen = [Int](repeating: -9, count: doc.entities.count)
        for s in doc.sentences.indices {
            let r = doc.sentences[s].tokenRange
            var subjectHere: Int?
            // What an earlier "its" of this sentence stood for: a second "its" means the same.
            var itsHere: Int?
            var clauseSubject: Int?
            // "In 2023 the Health Services Safety Investigations Body began work": the subject may
            // follow an opening date.
            let subjectStart = Self.afterOpeningDate(tokens, r)
            var k = r.lowerBound
            while k < r.upperBound {
                // Every reading below starts at a mention or at one of the words of
                // ``WordClass/anaphoraCue``; the other tokens (most) are passed over.
                k = nextStop(tokens, mentionAt, from: k, to: r.upperBound)
                guard k < r.upperBound else { break }
                // Mentions starting here update the recency list.
                if mentionAt[k] >= 0 {
                    let mention = doc.mentions[Int(doc.mentionAt[k])]
                    if mention.entity >= 0 {
                        let e = doc.entities.resolved(mention.entity)
                        let type = doc.entities[e].type
                        if type != .person, type != .place {
                            noteNamed(e, type, s, &recent, &inRecent, &lastSeen, &actCounts)
                            // A subject coordinated with another body ("Monitor and the TDA
                            // began ...") is plural: "its" does not stand for it.
                            if subjectHere == nil, mention.first <= subjectStart + 1, PeopleRule.isOrg(type),
                               !coordinated(doc, mention.last, r.upperBound) { subjectHere = e }
                            // "..., and NHS Greater Manchester Integrated Care, which is ...,
                            // took over": the subject of a later main clause is what a next
                            // sentence's "Its chair" is about.
                            if mention.first >= r.lowerBound + 2, PeopleRule.isOrg(type), doc.entities[e].kind == .instance,
                               (tokens[mention.first - 1].key.is("and") || tokens[mention.first - 1].key.is("but")) && tokens[mention.first - 2].key.is(",")
                                || tokens[mention.first - 1].key.is(";"),
                               !coordinated(doc, mention.last, r.upperBound), clauseVerbFollows(doc, mention.last, r.upperBound) {
                                clauseSubject = e
                            }
                            // "the two trusts merged to form University Hospitals Dorset NHS
                            // Foundation Trust. Its chief executive ...": the body a merger formed
                            // is what the next sentence is about.
                            if PeopleRule.isOrg(type), doc.entities[e].kind == .instance, formedBefore(tokens, mention.first, r.lowerBound) {
                                clauseSubject = e
                            }
                        }
                    }
                    k = max(mention.last, k + 1)
                    continue
                }
                // (A cue word, then.)
                let key = tokens[k].key
                // Most cue words are "the": tested once, and the other words only when it is not.
                let isThe = key.sameKey("the")
                // "Sarah Wollaston's committee": a person's committee is the last one named.
                if !isThe, key.sameKey("committee"), k > r.lowerBound, tokens[k - 1].has(.possessive), doc.mentionAt[k - 1] >= 0,
                   doc.entities[doc.entities.resolved(doc.mentions[Int(doc.mentionAt[k - 1])].entity)].type == .person,
                   let e = recent.last(where: { doc.entities[$0].type == .committee }) {
                    added.append(Mention(first: k, last: k + 1, entity: e))
                    k += 1
                    continue
                }
                // "the two trusts", "both trusts", "the three foundation trusts": the bodies named last.
                // (For "the", whether a count word follows is tested here first, by one bit:
                // nearly every "the" fails it, and the call cost more than the test.)
                if !isThe && key.sameKey("both") || isThe && k + 1 < r.upperBound && lists.countWords.contains(tokens[k + 1].interned),
                   let c = counted(doc, k, r.upperBound, recent, lastSeen, s, &nameWords) {
                    if let mi = c.mention { retarget.append((mi, c.entities[0])) } else {
                        added.append(Mention(first: c.first, last: c.last, entity: c.entities[0]))
                    }
                    alsoMeans[c.first] = Array(c.entities.dropFirst())
                    k = c.last
                    continue
                }
                // "the ICB" (singular acronym of a form) after a named ICB is that ICB.
                if isThe, k + 1 < r.upperBound, doc.mentionAt[k + 1] >= 0, tokens[k + 1].has(.upper),
                   !endsInS(doc, k + 1) {
                    let mi = Int(doc.mentionAt[k + 1])
                    let m = doc.mentions[mi]
                    let f = m.entity >= 0 ? doc.entities.resolved(m.entity) : -1
                    if m.first == k + 1, m.last == k + 2, f >= 0, doc.entities[f].kind == .form,
                       let e = recent.last(where: { doc.entities[$0].type == doc.entities[f].type && doc.entities[$0].kind == .instance }) {
                        retarget.append((mi, e))
                    }
                }
                // "The same Act created X", "the same report": what "the Act", "the report" would
                // mean (the mention covers "same" too).
                if isThe, k + 2 < r.upperBound, tokens[k + 1].key.is("same"), doc.mentionAt[k + 1] < 0, doc.mentionAt[k + 2] < 0,
                   let (e, last) = definite(doc, k + 2, r.upperBound, recent, &nameWords, actCounts, lastSeen, s, lists) {
                    added.append(Mention(first: k + 1, last: last, entity: e))
                    k = last
                    continue
                }
                if isThe, k + 1 < r.upperBound, doc.mentionAt[k + 1] < 0 {
                    if let (e, last) = definite(doc, k + 1, r.upperBound, recent, &nameWords, actCounts, lastSeen, s, lists)
                        ?? headNoun(doc, k + 1, r.upperBound, recent, lastSeen, s, &nameWords, lists) {
                        added.append(Mention(first: k + 1, last: last, entity: e))
                        k = last
                        continue
                    }
                } else if !isThe, key.sameKey("those") || key.sameKey("these"), k + 1 < r.upperBound, doc.mentionAt[k + 1] < 0,
                          let (e, last) = pluralForm(doc, k + 1, r.upperBound, recent, lastSeen, s, &nameWords) {
                    // "it abolished those groups": the form named lately whose name ends in the noun.
                    added.append(Mention(first: k + 1, last: last, entity: e))
                    k = last
                    continue
                } else if !isThe, key.sameKey("its"), k + 1 < r.upperBound {
                    // "its first chief executive", "its new chair".
                    var n = k + 1
                    while n + 1 < r.upperBound, (tokens[n].key.is("first") || tokens[n].key.is("new") || tokens[n].key.is("interim") || tokens[n].key.is("permanent") || tokens[n].key.is("acting") || tokens[n].key.is("next") || tokens[n].key.is("founding") || tokens[n].key.is("current")) { n += 1 }
                    let next = tokens[n]
                    let quoted = next.has(.quote) || doc.mentionAt[k + 1] >= 0
                        && doc.entities[doc.entities.resolved(doc.mentions[Int(doc.mentionAt[k + 1])].entity)].type == .report
                    if roleAfterIts.contains(next.interned) || quoted {
                        // The sentence's subject; else what an earlier "its" here meant; else the body
                        // named last in this sentence ("named A as its chair" after "it would be
                        // called X"); else a recent sentence's subject.
                        let antecedent = subjectHere ?? itsHere ?? latestBody(doc, r.lowerBound, k)
                            ?? lastSubject.flatMap { s - $0.sentence <= 3 ? $0.entity : nil }
                        if let a = antecedent { added.append(Mention(first: k, last: k + 1, entity: a)); itsHere = a }
                    }
                }
                k += 1
            }
            if let e = clauseSubject ?? subjectHere { lastSubject = (e, s) }
            // A sentence whose subject is no named body but which names another body ("On 1
            // October 2020 the two trusts merged to form X") has moved on from the last subject.
            else if subjectStart > r.lowerBound, let last = lastSubject,
                    r.contains(where: { doc.mentionAt[$0] >= 0 && doc.mentions[Int(doc.mentionAt[$0])].entity >= 0
                        && doc.entities.resolved(doc.mentions[Int(doc.mentionAt[$0])].entity) != last.entity
                        && PeopleRule.isOrg(doc.entities[doc.entities.resolved(doc.mentions[Int(doc.mentionAt[$0])].entity)].type) }) {
                lastSubject = nil
            }
        }
        return (added, retarget, alsoMeans)
    }

    /// The first token from `k` before `end` that is in a mention or is a cue word
    /// (``WordClass/anaphoraCue``), else `end` (or where either array ends, if before it).
    ///
    /// Most tokens are neither: they are passed over here in a loop of a few instructions a
    /// token, through the arrays' buffers, with `end` clamped to both arrays' bounds once.
    /// (The same test inline in the loop of ``references(_:)`` cost some twenty instructions
    /// a token: bounds checks on both arrays, and registers spilled by the loop's size.)
    @inline(__always)
    private static func nextStop(_ tokens: [Token], _ mentionAt: [Int32], from k: Int, to end: Int) -> Int {
        let stop = min(end, tokens.count, mentionAt.count)
        var j = max(k, 0)
        tokens.withUnsafeBufferPointer { t in
            mentionAt.withUnsafeBufferPointer { m in
                while j < stop, m[j] < 0, !t[j].is(.anaphoraCue) { j += 1 }
            }
        }
        return j
    }

    /// Notes that body `e`, of type `type`, is named in sentence `s`: how often, if an act; the
    /// sentence it was named in last; and its place at the end of `recent`.
    ///
    /// (A function of its own, not inline in the token loop: there the compiler made these
    /// arrays unique again at every sentence, named in or not.)
    @inline(never)
    private static func noteNamed(_ e: Int, _ type: EntityType, _ s: Int, _ recent: inout [Int], _ inRecent: inout [Bool],
                                  _ lastSeen: inout [Int], _ actCounts: inout [Int: Int]) {
        // The last 64 bodies named: references reach back that far at most.
        if type == .act { actCounts[e, default: 0] += 1 }
        lastSeen[e] = s
        // (The body named last again leaves the list as it is; one not in it is not
        // searched for.)
        if recent.last != e {
            if inRecent[e], let at = recent.lastIndex(of: e) { recent.remove(at: at) }
            recent.append(e)
            inRecent[e] = true
            if recent.count > 64 { inRecent[recent.removeFirst()] = false }
        }
    }

    /// `doc.text(k, k + 1).hasSuffix("s")`: a token whose last byte is neither an "s" nor white
    /// space (which the text folds away) does not end in one (its text is its own bytes, an
    /// invalid one repaired to U+FFFD), so only the others are read as a `String`.
    private static func endsInS(_ doc: Document, _ k: Int) -> Bool {
        let end = Int(doc.tokens[k].end)
        if end > 0, end <= doc.bytes.count {
            let b = doc.bytes[end - 1]
            guard b == 0x73 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xA0 else { return false }
        }
        return doc.text(k, k + 1).hasSuffix("s")
    }

    /// Whether "to form", "to create" or "to become" (with "a new organisation," or an article
    /// after it) comes right before token `k`.
    static func formedBefore(_ tokens: [Token], _ k: Int, _ start: Int) -> Bool {
        // (Compares, not array literals: this runs for every body named, and each literal
        // was an array made and freed.)
        var j = k - 1
        if j > start, tokens[j].key.is(",") {
            j -= 1
            guard j > start else { return false }
            let w = tokens[j].key
            if w.is("organisation") || w.is("body") || w.is("trust") || w.is("board") { j -= 1 } else { return false }
        }
        while j > start {
            let w = tokens[j].key
            guard w.is("the") || w.is("a") || w.is("an") || w.is("new") || w.is("single") else { break }
            j -= 1
        }
        guard j > start else { return false }
        let w = tokens[j].key
        return (w.is("form") || w.is("create") || w.is("become")) && tokens[j - 1].key.is("to")
    }

    /// The first token after an opening date ("In 2023", "In April 2013,", "On 1 July 2022"), or
    /// the sentence's first token.
    static func afterOpeningDate(_ tokens: [Token], _ r: Range<Int>) -> Int {
        let k = r.lowerBound
        guard k + 1 < r.upperBound else { return k }
        // (The first word by its interned key: three pointer compares, not three string
        // compares, for every sentence; these ASCII words have no other spelling.)
        let first = tokens[k].interned, openers = dateOpeners
        guard first == openers.in || first == openers.on || first == openers.by else { return k }
        var j = k + 1
        while j < r.upperBound, j < k + 4, tokens[j].has(.number) || Words.months.contains(tokens[j].interned) { j += 1 }
        guard j > k + 1, tokens[j - 1].isYear else { return k }
        if j < r.upperBound, tokens[j].key.is(",") { j += 1 }
        return j
    }

    /// The interned keys of "in", "on" and "by" (``afterOpeningDate(_:_:)``).
    private static let dateOpeners = (in: KeyInterner.shared.intern("in"), on: KeyInterner.shared.intern("on"),
                                      by: KeyInterner.shared.intern("by"))

    /// Nouns that end the names of bodies and are used alone for them ("the agency", "the
    /// new partnership").
    private static let bodyHeads: WordSet = [
        "agency", "partnership", "board", "trust", "council", "institute", "authority", "commission", "forum",
        "centre", "alliance", "network", "foundation", "fund", "directorate", "executive", "regulator", "service",
        // "At the time the infirmary was run by United Bristol Healthcare NHS Trust."
        "hospital", "infirmary",
    ]
    /// Adjectives between "the" and such a noun.
    private static let headAdjectives: WordSet = ["new", "former", "old", "same", "merged", "combined", "national", "statutory", "shadow"]

    /// "the (new) agency" (lower case): the most recent body among `recent` named in the last
    /// five sentences (`lastSeen` within 4 of `sentence`) whose name ends in that noun, when the
    /// noun is not followed by "of" or a name ("the board of X", "the trust Y").
    ///
    /// The sentence window is tested inside the search, after the cheap word tests: this runs
    /// after nearly every "the", and filtering `recent` up front cost a dictionary lookup per
    /// recent body each time (about 7 % of a corpus build).
    private static func headNoun(_ doc: Document, _ k: Int, _ end: Int, _ recent: [Int], _ lastSeen: [Int],
                                 _ sentence: Int, _ tails: inout NameTails, _ lists: Lists) -> (Int, Int)? {
        var j = k
        while j < end, lists.headAdjectives.contains(doc.tokens[j].interned), !doc.tokens[j].isCapitalised { j += 1 }
        guard j < end, !doc.tokens[j].isCapitalised, lists.bodyHeads.contains(doc.tokens[j].interned), doc.mentionAt[j] < 0 else { return nil }
        if j + 1 < end, doc.tokens[j + 1].key.is("of") || doc.tokens[j + 1].isCapitalised && !doc.tokens[j].has(.possessive)
            || doc.tokens[j + 1].has(.possessive) { return nil }
        let head = doc.tokens[j].key
        // The most recent such body.
        for e in recent.reversed() {
            guard sentence - lastSeen[e] <= 4 else { continue }
            guard doc.entities[e].kind == .instance, PeopleRule.isOrg(doc.entities[e].type) else { continue }
            if let word = tails.lastNameWord(e, doc), Vocabulary.singular(word, acronymPlural: false).is(head) { return (e, j + 1) }
        }
        return nil
    }


    /// "those groups", "these authorities" (a plural common noun after a demonstrative): the
    /// most recent form among `recent` whose name ends in the noun's singular ("Clinical
    /// Commissioning Group").
    private static func pluralForm(_ doc: Document, _ k: Int, _ end: Int, _ recent: [Int], _ lastSeen: [Int],
                                   _ sentence: Int, _ tails: inout NameTails) -> (Int, Int)? {
        let t = doc.tokens[k]
        guard t.isWord, !t.isCapitalised, t.key.characterCount > 3 else { return nil }
        let singular = Vocabulary.singular(t.key, acronymPlural: false)
        guard !singular.is(t.key) else { return nil }
        if k + 1 < end, doc.tokens[k + 1].key.is("of") { return nil }
        // The most recent such form.
        for e in recent.reversed() {
            guard sentence - lastSeen[e] <= 3 else { continue }
            guard doc.entities[e].kind == .form, PeopleRule.isOrg(doc.entities[e].type) else { continue }
            if tails.lastNameWord(e, doc)?.is(singular) == true { return (e, k + 1) }
        }
        return nil
    }

    /// How many bodies "the two", "the three", "the four", "the five" count (0: none; "both"
    /// is read by ``counted(_:_:_:_:_:_:)`` itself).
    private static func count(_ key: String) -> Int {
        switch key.utf8.count {
        case 3: return key.is("two") ? 2 : 0
        case 4: return key.is("four") ? 4 : key.is("five") ? 5 : 0
        case 5: return key.is("three") ? 3 : 0
        default: return 0
        }
    }

    /// The words ``count(_:)`` counts by: after "the", one bit test tells whether to read it.
    private static let countWords: WordSet = ["two", "three", "four", "five"]

    /// Nouns besides ``bodyHeads`` that count bodies whose names end in them ("the two hospitals").
    private static let countedHeads: WordSet = ["hospital", "group", "body"]
    /// Nouns that any kind of body can be counted by ("the two organisations").
    private static let anyBody: WordSet = ["organisations", "bodies", "organizations", "providers", "partners"]
    /// Words between the count and the noun ("the two existing trusts").
    private static let countedAdjectives: WordSet = ["existing", "former", "merging", "neighbouring", "separate", "old",
                                                     "partner", "local", "individual", "original"]

    /// "the two trusts", "both trusts", "the three CCGs", "the two foundation trusts" (the
    /// token at `k` is "the" or "both"): the last `n` bodies named in the last five sentences
    /// (`recent`, `lastSeen`) whose names end in the noun's singular ("Poole Hospital NHS
    /// Foundation Trust" for "trusts"), or that are instances of the plural form mentioned
    /// (`mention`, to be retargeted), or any bodies for "organisations". Exactly `n` must be
    /// found; they are returned oldest first.
    private static func counted(_ doc: Document, _ k: Int, _ end: Int, _ recent: [Int], _ lastSeen: [Int],
                                _ sentence: Int, _ tails: inout NameTails) -> (first: Int, last: Int, entities: [Int], mention: Int?)? {
        let tokens = doc.tokens
        var j = k + 1
        var n = tokens[k].key.is("both") ? 2 : 0
        if n == 0 {
            guard j < end else { return nil }
            n = count(tokens[j].key)
            guard n > 0, n != 2 || !tokens[j].key.is("both") else { return nil }
            j += 1
        } else if j < end, tokens[j].key.is("the") { j += 1 }
        while j < end, countedAdjectives.contains(tokens[j].interned) { j += 1 }
        guard j < end, tokens[j].isWord, !tokens[j].isCapitalised || doc.mentionAt[j] >= 0 else { return nil }
        // Which bodies the noun counts: those of a type, any, or those whose name's last word
        // has the noun's singular. (Tested in place by entity, not by a closure over a copy of
        // each entity.)
        enum Accepts { case type(EntityType), any, lastWord(String) }
        let accepts: Accepts
        var mention: Int?
        var last = j + 1
        if doc.mentionAt[j] >= 0 {
            // "the two foundation trusts": a plural form's mention.
            let mi = Int(doc.mentionAt[j])
            let m = doc.mentions[mi]
            guard m.first == j, m.entity >= 0 else { return nil }
            let form = doc.entities[doc.entities.resolved(m.entity)]
            let lastKey = tokens[m.last - 1].key
            guard form.kind == .form, PeopleRule.isOrg(form.type),
                  !Vocabulary.singular(lastKey, acronymPlural: tokens[m.last - 1].has(.acronym)).is(lastKey) else { return nil }
            accepts = .type(form.type)
            mention = mi
            last = m.last
        } else if anyBody.contains(tokens[j].interned) {
            accepts = .any
        } else {
            let singular = Vocabulary.singular(tokens[j].key, acronymPlural: false)
            guard !singular.is(tokens[j].key), bodyHeads.contains(singular) || countedHeads.contains(singular) else { return nil }
            accepts = .lastWord(singular)
        }
        // "the two trusts of Dorset" is read as before; "Both foundation trusts and Monitor
        // were ..." is "both ... and", not two trusts.
        if last < end, tokens[last].key.is("of") || tokens[k].key.is("both") && tokens[last].key.is("and") { return nil }
        var found: [Int] = []
        // (Back 25 sentences: "the two trusts" may be named again paragraphs later.)
        for e in recent.reversed() {
            guard sentence - lastSeen[e] <= 25 else { continue }
            guard doc.entities[e].kind == .instance, PeopleRule.isOrg(doc.entities[e].type) else { continue }
            switch accepts {
            case .type(let type): guard doc.entities[e].type == type else { continue }
            case .any: break
            case .lastWord(let singular):
                guard let word = tails.lastNameWord(e, doc), Vocabulary.singular(word, acronymPlural: false).is(singular) else { continue }
            }
            found.append(e)
            if found.count == n { break }
        }
        guard found.count == n else { return nil }
        return (j, last, found.reversed(), mention)
    }

    /// Whether a verb follows the mention ending before token `k`, directly or after a
    /// relative clause set off by commas ("X, which is ..., took over").
    private static func clauseVerbFollows(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        var j = k
        if j < end, doc.tokens[j].key.is(","), j + 1 < end, (doc.tokens[j + 1].key.is("which") || doc.tokens[j + 1].key.is("who")) {
            j += 2
            while j < end, !doc.tokens[j].key.is(",") { j += 1 }
            j += 1
        }
        while j < end, (doc.tokens[j].key.is("has") || doc.tokens[j].key.is("have") || doc.tokens[j].key.is("had") || doc.tokens[j].key.is("was") || doc.tokens[j].key.is("were") || doc.tokens[j].key.is("is") || doc.tokens[j].key.is("then") || doc.tokens[j].key.is("also") || doc.tokens[j].key.is("now") || doc.tokens[j].key.is("later")) { j += 1 }
        guard j < end else { return false }
        let t = doc.tokens[j]
        return t.isWord && !t.isCapitalised && (t.key.characterCount > 3 && t.key.hasSuffix("ed") || (t.key.is("took") || t.key.is("became") || t.key.is("made") || t.key.is("began") || t.key.is("set") || t.key.is("won") || t.key.is("ran") || t.key.is("led")))
    }

    /// Whether the mention ending before token `k` is joined by "and" or a comma to another
    /// organisation ("Monitor and the TDA", "Unison, the BMA").
    private static func coordinated(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        guard k + 1 < end, doc.tokens[k].key.is("and") || doc.tokens[k].key.is(",") else { return false }
        var j = k + 1
        if doc.tokens[j].key.is("the"), j + 1 < end { j += 1 }
        guard doc.mentionAt[j] >= 0 else { return false }
        let m = doc.mentions[Int(doc.mentionAt[j])]
        return m.first == j && m.entity >= 0 && PeopleRule.isOrg(doc.entities[doc.entities.resolved(m.entity)].type)
    }

    /// The last organisation mentioned from token `start` up to `end` (exclusive), leaving out
    /// one named inside a relative clause ("A, who had been director of X, became its chief
    /// executive": "its" is not X's).
    private static func latestBody(_ doc: Document, _ start: Int, _ end: Int) -> Int? {
        var k = end - 1
        while k >= start {
            if doc.mentionAt[k] >= 0 {
                let m = doc.mentions[Int(doc.mentionAt[k])]
                if m.entity >= 0 {
                    let e = doc.entities.resolved(m.entity)
                    if PeopleRule.isOrg(doc.entities[e].type), doc.entities[e].kind == .instance, !inRelativeClause(doc, start, m.first),
                       !inPersonAppositive(doc, start, m.first) {
                        return e
                    }
                }
                k = m.first
            }
            k -= 1
        }
        return nil
    }

    /// Whether token `k` is inside an appositive describing a person ("Jon Rouse, a former
    /// civil servant in the Department of Health, became its chief officer": "its" is not the
    /// department's).
    private static func inPersonAppositive(_ doc: Document, _ start: Int, _ k: Int) -> Bool {
        var j = k - 1
        while j > start, !doc.tokens[j].key.is(",") { j -= 1 }
        guard j > start, j + 1 < k, (doc.tokens[j + 1].key.is("a") || doc.tokens[j + 1].key.is("an") || doc.tokens[j + 1].key.is("the") || doc.tokens[j + 1].key.is("former")), doc.mentionAt[j - 1] >= 0 else { return false }
        let m = doc.mentions[Int(doc.mentionAt[j - 1])]
        return m.entity >= 0 && doc.entities[doc.entities.resolved(m.entity)].type == .person
    }

    /// Whether the clause holding token `k` (back to the previous comma) is a relative one.
    private static func inRelativeClause(_ doc: Document, _ start: Int, _ k: Int) -> Bool {
        var j = k - 1
        while j >= start, !doc.tokens[j].key.is(",") {
            if (doc.tokens[j].key.is("who") || doc.tokens[j].key.is("which") || doc.tokens[j].key.is("whose") || doc.tokens[j].key.is("whom")) { return true }
            j -= 1
        }
        return false
    }

    /// The entity a definite description starting at token `k` (after "the") refers to, and
    /// the end of the description.
    /// Nouns for a document that "the <noun>" can name once a report has been named.
    private static let documentNouns: WordSet = ["document", "paper", "letter", "strategy", "proposals", "plan", "report"]
    /// The lower-case words a description read by ``definite(_:_:_:_:_:_:_:_:_:)`` begins
    /// with: "review", "investigation", "white"/"green" (paper), ``documentNouns``, "bill" and
    /// the heads of ``lowerHead(_:)``.
    private static let lowerDescriptions = documentNouns.union(["review", "investigation", "white", "green", "bill", "committee", "inquiry"])

    /// The last words of a name, normalised (``NameKeyMemo/normalise(_:)``, split at spaces):
    /// all that ``definite(_:_:_:_:_:_:_:_:)`` compares, as a description has one or two words.
    /// (It kept every word of every name, an array of strings per name.)
    struct NameTail {
        /// The number of words, counted up to 4 (the tests ask "more than 1", "2" or "3").
        var count: Int
        /// The last, second last and third last words ("" where there are fewer).
        var last: String
        var second: String
        var third: String

        /// The tail of the normalised name `name`.
        init(_ name: String) {
            let fast = name.utf8.withContiguousStorageIfAvailable { u -> NameTail? in
                // ASCII is split at its spaces by bytes (as ``Swift/String/spaceSeparatedWords()`` does).
                var words: (String, String, String) = ("", "", "")
                var count = 0
                var i = u.count
                while i > 0, count < 4 {
                    while i > 0, u[i - 1] == 0x20 { i -= 1 }
                    guard i > 0 else { break }
                    let end = i
                    while i > 0, u[i - 1] != 0x20 {
                        if u[i - 1] >= 0x80 { return nil }
                        i -= 1
                    }
                    if count < 3 {
                        let w = String(decoding: UnsafeBufferPointer(rebasing: u[i..<end]), as: UTF8.self)
                        switch count {
                        case 0: words.0 = w
                        case 1: words.1 = w
                        default: words.2 = w
                        }
                    }
                    count += 1
                }
                // The bytes before the words read must be ASCII too (the split of other text
                // is by Characters).
                while i > 0 {
                    if u[i - 1] >= 0x80 { return nil }
                    i -= 1
                }
                return NameTail(count: count, last: words.0, second: words.1, third: words.2)
            }
            if let fast, let fast { self = fast; return }
            let words = name.spaceSeparatedWords()
            let n = words.count
            self.init(count: min(n, 4), last: n > 0 ? words[n - 1] : "", second: n > 1 ? words[n - 2] : "",
                      third: n > 2 ? words[n - 3] : "")
        }

        init(count: Int, last: String, second: String, third: String) {
            self.count = count
            self.last = last
            self.second = second
            self.third = third
        }

        /// The name without its last word (a year): "the Act" for "Health and Care Act 2022".
        var withoutLast: NameTail { NameTail(count: count - 1, last: second, second: third, third: "") }
    }

    /// The ``NameTail``s of each entity's names (its name, its aliases, then those of them
    /// without a closing year), made when the entity is first asked about, all in one array:
    /// an array per entity was an allocation and a free for each.
    struct NameTails {
        private(set) var store: [NameTail] = []
        /// Per entity, where its tails are in `store` (`start` -1: not made yet).
        private var starts: [Int32]
        private var ends: [Int32]

        init(_ entities: Int) {
            starts = Array(repeating: -1, count: entities)
            ends = Array(repeating: -1, count: entities)
        }

        /// The indices in `store` of entity `e`'s tails.
        mutating func range(_ e: Int, _ doc: Document) -> Range<Int> {
            if starts[e] < 0 {
                let start = store.count
                // (Remembered per thread across documents: ``NameTailMemo``.)
                store.append(NameTailMemo.tail(doc.entities[e].name))
                for alias in doc.entities[e].aliases { store.append(NameTailMemo.tail(alias)) }
                // "the Act" for "Health and Care Act 2022": the name without its year. (A year's
                // four digits are ASCII, so its bytes are counted, not its Characters.)
                for i in start..<store.count where store[i].count > 2 && store[i].last.utf8.count == 4 && Int(store[i].last) != nil {
                    store.append(store[i].withoutLast)
                }
                starts[e] = Int32(start)
                ends[e] = Int32(store.count)
            }
            return Int(starts[e])..<Int(ends[e])
        }

        /// The last word of entity `e`'s name, normalised ("board" for "NHS Kent and Medway
        /// Integrated Care Board"), from the tail of its name (its normalised name's words' last).
        mutating func lastNameWord(_ e: Int, _ doc: Document) -> String? {
            let i = range(e, doc).lowerBound
            return store[i].count > 0 ? store[i].last : nil
        }
    }

    private static func definite(_ doc: Document, _ k: Int, _ end: Int, _ recent: [Int], _ cache: inout NameTails,
                                 _ actCounts: [Int: Int], _ lastSeen: [Int], _ sentence: Int, _ lists: Lists) -> (Int, Int)? {
        let tokens = doc.tokens
        let t = tokens[k]
        guard t.isWord else { return nil }
        if !t.isCapitalised {
            // Each reading below begins at one of ``lowerDescriptions``: other words (nearly
            // every one after "the") are passed over with one bit test, not a dozen compares.
            guard lists.lowerDescriptions.contains(t.interned) else { return nil }
            // "The review, led by A, ...": the last report named as a review (an investigation).
            if t.key.sameKey("review") || t.key.sameKey("investigation"), k + 1 >= end || !(tokens[k + 1].key.is("of") || tokens[k + 1].key.is("into") || tokens[k + 1].key.is("on")),
               let e = recent.last(where: { doc.entities[$0].type == .report && doc.entities[$0].name.lowercasedContains(t.key) }) {
                return (e, k + 1)
            }
            // "the document", "the white paper", "the letter": the report named last, when one
            // was named in the last few sentences (`recentReports`).
            var noun = k
            if tokens[k].key.is("white") || tokens[k].key.is("green"), k + 1 < end, tokens[k + 1].key.is("paper") { noun = k + 1 }
            if lists.documentNouns.contains(tokens[noun].interned), noun + 1 >= end || !(tokens[noun + 1].key.is("of") || tokens[noun + 1].key.is("into") || tokens[noun + 1].key.is("on") || tokens[noun + 1].key.is("to") || tokens[noun + 1].key.is("for") || tokens[noun + 1].key.is("that")),
               !(noun + 1 < end && tokens[noun + 1].isCapitalised),
               let e = recent.last(where: { doc.entities[$0].type == .report && sentence - lastSeen[$0] <= 3 }) {
                return (e, noun + 1)
            }
            // "the bill": the last bill named ("the Health and Social Care Bill").
            if t.key.sameKey("bill"), k + 1 >= end || !tokens[k + 1].isWord || !tokens[k + 1].isCapitalised,
               let e = recent.last(where: { doc.entities[$0].type == .act && doc.entities[$0].name.hasSuffix("Bill") }) {
                return (e, k + 1)
            }
            guard let type = lowerHead(t.key), k + 1 >= end || !tokens[k + 1].isWord || !tokens[k + 1].isCapitalised,
                  let e = recent.last(where: { doc.entities[$0].type == type
                      // An inquiry named as such ("the Francis Inquiry") is the inquiry meant.
                      || t.key.is("inquiry") && doc.entities[$0].type == .report && doc.entities[$0].name.lowercasedContains("inquiry") })
            else { return nil }
            return (e, k + 1)
        }
        guard !t.has(.upper), !lists.months.contains(t.interned) else { return nil }
        // One or two capitalised words, then something that is not a capitalised word.
        var last = k + 1
        if last < end, tokens[last].isWord, tokens[last].isCapitalised, doc.mentionAt[last] < 0, !tokens[last].has(.upper) { last += 1 }
        if last < end, tokens[last].isWord, tokens[last].isCapitalised { return nil }
        // "the Lords inquiry": a capitalised word before a common noun only modifies it.
        // A verb ("the Fund promotes", "the Act abolished") or a function word may follow.
        if last < end, tokens[last].isWord {
            let w = tokens[last].key
            if !lists.phraseEnders.contains(tokens[last].interned), !verbLike(w) { return nil }
        }
        // The description's one or two words and their singulars (`first` is `lastWord` for one).
        let count = last - k
        let firstWord = tokens[k].key, lastWord = tokens[last - 1].key
        let firstSingular = Vocabulary.singular(firstWord, acronymPlural: false)
        let lastSingular = count == 1 ? firstSingular : Vocabulary.singular(lastWord, acronymPlural: false)
        // "the Act" alone: the act named most often so far (the latest of those), when one is
        // named at least twice; otherwise the latest act.
        if count == 1, firstWord.is("act"), let top = actCounts.values.max(), top >= 2,
           let e = recent.last(where: { actCounts[$0] == top && doc.entities[$0].type == .act }) {
            return (e, last)
        }
        // "the Partnerships" (capitalised, plural): a form named before in full, as well as an
        // instance ("the Fund").
        let plural = !lastSingular.is(lastWord)
        for e in recent.reversed() {
            guard doc.entities[e].kind == .instance || plural else { continue }
            for i in cache.range(e, doc) {
                // More words than the description's, ending in them (each as written or singular).
                guard cache.store[i].count > count else { continue }
                // The last words first: most names end otherwise.
                guard cache.store[i].last.is(lastSingular) || cache.store[i].last.is(lastWord) else { continue }
                if count == 2, !(cache.store[i].second.is(firstSingular) || cache.store[i].second.is(firstWord)) { continue }
                return (e, last)
            }
        }
        return nil
    }

    /// "promotes", "abolished", "formerly": four or more letters ending in -ly, -ed or -s.
    /// Lower-case ASCII (nearly every key) is read by bytes; other keys as Characters.
    private static func verbLike(_ w: String) -> Bool {
        let u = w.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else {
            return w.count >= 4 && (w.hasSuffix("ly") || w.hasSuffix("ed") || w.hasSuffix("s"))
        }
        let n = u.count
        guard n >= 4, let z = u.last else { return false }
        if z == 0x73 { return true }
        let y = u[u.index(u.endIndex, offsetBy: -2)]
        return (y == 0x6C && z == 0x79) || (y == 0x65 && z == 0x64)
    }
}
