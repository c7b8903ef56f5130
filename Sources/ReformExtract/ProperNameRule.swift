import ReformCore

/// Names of organisations, acts and reports that the lexicon does not know, found as runs of
/// capitalised words ending in a telling word: "<Place> CCG", "NHS <Place> ICB",
/// "<Name> NHS Foundation Trust", "<Name> Hospital", "<Name> Act 2012", "<Name> Bill",
/// "<Name> Council", "<Name> Review", "<Name> Institute", "Royal College of <X>"...
///
/// A run may hold "and", "&", "of", "for", "on", hyphens and commas of a list between
/// capitalised words. It ignores sentences written in capitals (headings), drops leading
/// words such as "The", "In", "Many", and is cut after any lexicon name inside it that is not
/// a place (so "NHS England Chief Executive" is not a name). When the run ends in a lexicon
/// form ("CCG", "Integrated Care System", "NHS Trust") it is an instance of that form.
enum ProperNameRule {
    /// The type a name ending before token `last` has by its head word; "Ambulance Service"
    /// names an NHS trust ("London Ambulance Service", "North West Ambulance Service").
    static func headType(_ tokens: [Token], _ last: Int) -> EntityType? {
        let key = tokens[last - 1].key
        if key.is("service") || key.is("services"), last >= 2, tokens[last - 2].key.is("ambulance") { return .trust }
        return heads[tokens[last - 1].interned]
    }

    /// "Minister for Health and Social Services", "Minister of Health", "Cabinet Secretary for
    /// Health and Wellbeing", "Director General for Health and Social Services": an office named
    /// by its title and portfolio over the run `start..<end` (a national body, as the lexicon's
    /// offices are), unless the run holds a known body's name.
    private static func office(_ doc: Document, _ start: Int, _ end: Int, _ matches: [LexiconMatcher.Match], _ matchAt: [Int32],
                               _ lexicon: CompiledLexicon) -> Candidate? {
        let tokens = doc.tokens
        var first = start, last = end
        while first < last, tokens[first].isPunct || Words.leading.contains(tokens[first].interned) { first += 1 }
        // (The title's first word is tested before anything else: most runs are no office.)
        guard first < last, officeTitles.contains(tokens[first].interned) else { return nil }
        while last > first, !startsRun(tokens[last - 1]) { last -= 1 }
        guard last - first >= 3, matchAt[first] < 0, let link = officeLink(tokens, first, last), link + 1 < last else { return nil }
        // "Minister for Health and Social Services Vaughan Gething announced": the holder's name
        // after the portfolio is no part of the office's.
        if let g = (link + 2..<last).first(where: { GivenNames.all.contains(tokens[$0].interned) && $0 + 1 < last && tokens[$0 + 1].isCapitalised }) {
            last = g
        }
        guard last - link >= 2,
              !(first..<last).contains(where: { matchAt[$0] >= 0 && lexicon.kind(matches[Int(matchAt[$0])].value.entry) == .instance
                  && lexicon.type(matches[Int(matchAt[$0])].value.entry) != .place }) else { return nil }
        return Candidate(first: first, last: last, name: cleanName(doc.text(first, last), lastToken: tokens[last - 1]),
                         type: .nationalBody, kind: .instance, priority: 0)
    }

    /// The first words of the offices ``office(_:_:_:_:_:_:)`` reads.
    private static let officeTitles: WordSet = ["minister", "cabinet", "director"]

    /// Where "of"/"for" follows an office's title at the start of a run ("Minister for",
    /// "Cabinet Secretary for", "Director General of"), or nil.
    private static func officeLink(_ tokens: [Token], _ first: Int, _ last: Int) -> Int? {
        let a = tokens[first].key
        var k = first + 1
        if a.is("cabinet") || a.is("director") {
            guard k < last, tokens[k].key == (a.is("cabinet") ? "secretary" : "general") else { return nil }
            k += 1
        } else if !a.is("minister") {
            return nil
        }
        guard k < last, tokens[k].key.is("for") || tokens[k].key.is("of") else { return nil }
        return k
    }

    /// The nations whose national bodies are named "<what they do> <nation>".
    private static let nations: WordSet = ["england", "wales", "scotland"]
    /// Words that make "<words> <nation>" a national body's name.
    private static let nationalBodyWords: WordSet = [
        "health", "healthcare", "care", "medical", "medicines", "nursing", "audit", "education", "improvement",
        "digital", "informatics", "inspectorate", "social", "public", "clinical", "ambulance", "blood", "transplant",
    ]

    /// Head words and the type they give, for heads that are not lexicon forms.
    static let heads: WordMap<EntityType> = [
        "hospital": .trust, "hospitals": .trust, "hospice": .trust, "infirmary": .trust,
        "council": .localAuthority, "councils": .localAuthority,
        "bill": .act, "act": .act, "regulations": .act, "order": .act,
        "review": .report, "report": .report, "plan": .report, "strategy": .report, "paper": .report,
        "inquiry": .report, "investigation": .report, "manifesto": .report, "view": .report,
        "constitution": .report, "concordat": .report, "guidance": .report, "mandate": .report,
        "institute": .thinkTank, "foundation": .thinkTank, "fund": .thinkTank,
        "association": .association, "confederation": .association, "union": .association,
        "campaign": .association, "network": .organisation, "alliance": .organisation,
        "society": .association, "federation": .association, "congress": .association,
        "committee": .committee, "panel": .committee, "group": .committee, "board": .committee,
        "commission": .nationalBody, "agency": .nationalBody, "office": .nationalBody,
        "authority": .nationalBody, "department": .nationalBody, "ministry": .nationalBody,
        "inspectorate": .nationalBody, "observatory": .organisation, "service": .nationalBody,
        "programme": .programme, "initiative": .programme, "scheme": .programme, "project": .programme,
        "university": .organisation, "school": .organisation, "centre": .organisation, "center": .organisation,
        "party": .party, "ltd": .company, "limited": .company, "plc": .company, "llp": .company,
        "trust": .trust, "college": .organisation, "framework": .programme, "team": .organisation,
        "document": .report,
        // "Air Accidents Investigation Branch", "Accelerated Access Collaborative", "Northern
        // Ireland Assembly".
        "branch": .nationalBody, "collaborative": .organisation,
        "assembly": .organisation,
    ]

    /// Words that describe a kind of body; a run of only these names none.
    private static let genericWords: WordSet = [
        "district", "general", "county", "city", "borough", "local", "social", "care", "acute", "community", "hospital",
        "hospitals", "council", "councils", "authority", "authorities", "trust", "trusts", "service", "services",
        "primary", "secondary", "mental", "health", "teaching", "foundation", "parish", "town",
        "unitary", "metropolitan", "district's", "provider", "providers", "board", "boards", "group", "groups",
    ]

    /// Types of a body that may have named boards and councils of its own.
    static let subBodyParents: Set<EntityType> = [.organisation, .association, .thinkTank, .company, .nationalBody]
    static let subBodyHeads: WordSet = ["board", "boards", "council", "group", "committee", "panel", "forum", "taskforce"]

    private static let nhsTrustCues: WordSet = [
        "nhs", "hospital", "hospitals", "healthcare", "health", "care", "ambulance", "partnership",
        "community", "teaching", "university", "foundation", "mental", "acute", "infirmary", "primary",
    ]
    /// Heads that need two or more words before them to be a name.
    private static let weakHeads: WordSet = [
        "group", "board", "panel", "service", "office", "plan", "view", "report", "review", "paper",
        "strategy", "guidance", "mandate", "project", "scheme", "order", "fund", "union", "network",
        "campaign", "school", "centre", "center", "constitution", "committee", "inquiry", "investigation",
        "branch", "collaborative", "assembly",
    ]

    /// `starts` are the tokens that start a run (``startsRun(_:)``), in order
    /// (``EntityFinder/RuleCues``): only they are read.
    static func candidates(_ doc: Document, _ matches: [LexiconMatcher.Match], _ lexicon: CompiledLexicon, starts: [Int]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = doc.tokens
        // Lexicon match covering each token (a loan, cleared below of the matches' tokens).
        var matchAt = TokenScratch.marks(tokens.count)
        for (i, m) in matches.enumerated() { for t in m.first..<m.last { matchAt[t] = Int32(i) } }
        defer {
            for m in matches { for t in m.first..<m.last { matchAt[t] = -1 } }
            TokenScratch.giveBack(&matchAt)
        }
        var cursor = EntityFinder.StartCursor(starts)
        // Read once, not in every run (each read of a global is a runtime call).
        let connectors = extendWords
        for sentence in doc.sentences where !sentence.isHeading {
            var i = sentence.firstToken
            let end = sentence.lastToken
            cursor.enter(i)
            while let k = cursor.next(from: i, before: end) {
                i = k
                let runEnd = extend(tokens, i, end, connectors: connectors)
                // `programme` reads a run only before a lower-case word of its cues (most
                // runs are followed by none): tested here by one bit of the word's key.
                if runEnd < end, !tokens[runEnd].isCapitalised, programmeCues.contains(tokens[runEnd].interned),
                   let c = programme(doc, i, runEnd, end, matches, matchAt, lexicon) { out.append(c) }
                // A one-word run names nothing by itself (`classify` needs two words for a
                // head's name and three for an office; a lexicon word is left to the lexicon):
                // most runs are one word, so it is not asked.
                if runEnd - i >= 2 { classify(doc, i, runEnd, matches, matchAt, lexicon, into: &out) }
                i = max(runEnd, i + 1)
            }
        }
        return out
    }

    /// A name as written, without a final possessive, and with an acronym plural made singular
    /// ("West Cheshire CCGs'" is "West Cheshire CCG").
    static func cleanName(_ text: String, lastToken: Token) -> String {
        var name = text.replacingPossessive()
        // "Vale Royal CCGs" names one CCG; "Royal College of GPs" keeps the plural of its object.
        // The cheap tests come first: most names do not end in an acronym plural.
        if lastToken.has(.acronym), name.hasSuffix("s"), let before = name.dropLast().last, before.isUppercase,
           !endsInObject(name) {
            name.removeLast()
        }
        return name
    }

    /// Whether the word before the last is "of", "for" or "on" (any case): "Royal College of GPs".
    private static func endsInObject(_ name: String) -> Bool {
        let words = name.splitOnSpaces()
        return words.count >= 2 && ["of", "for", "on"].containsKey(words[words.count - 2].lowercased())
    }

    /// Every word after a run that ``programme(_:_:_:_:_:_:_:)`` reads: its nouns and the first
    /// words of "city region", "combined authority", "white/green paper", "mandate", "manifesto".
    private static let programmeCues: WordSet = programmeNouns.union(["city", "combined", "white", "green", "mandate", "manifesto"])

    private static let programmeNouns: WordSet = ["programme", "programmes", "project", "projects", "initiative",
                                                      "scheme", "campaign", "pilot", "pilots", "service", "council"]

    /// "the World Class Commissioning programme", "the NHS Reset campaign", "a new NHS Evidence
    /// service": capitalised words before a lower-case word for a programme name a programme
    /// (the name without the noun; the whole as another name). Words that are all one known
    /// name of another kind ("the Labour campaign") are not.
    static func programme(_ doc: Document, _ start: Int, _ runEnd: Int, _ end: Int, _ matches: [LexiconMatcher.Match],
                          _ matchAt: [Int32], _ lexicon: CompiledLexicon) -> Candidate? {
        let tokens = doc.tokens
        // "the Merseyside city region", "the North of Tyne combined authority": a place's
        // devolved authority.
        if runEnd + 1 < end, !tokens[runEnd].isCapitalised,
           tokens[runEnd].key.is("city") && tokens[runEnd + 1].key.is("region") || tokens[runEnd].key.is("combined") && tokens[runEnd + 1].key.is("authority") {
            var first = start
            while first < runEnd, Words.leading.contains(tokens[first].interned) { first += 1 }
            guard first < runEnd, !tokens[runEnd - 1].has(.possessive) else { return nil }
            let inRun = (first..<runEnd).filter { matchAt[$0] >= 0 }.map { lexicon.type(matches[Int(matchAt[$0])].value.entry) }
            guard !inRun.isEmpty, inRun.allSatisfy({ $0 == .place }) else { return nil }
            return Candidate(first: first, last: runEnd + 2, name: doc.text(first, runEnd + 2), type: .localAuthority,
                             kind: .instance, priority: 1)
        }
        // "the NHS England mandate", "the Labour Party manifesto", "the NHS white paper": a
        // body's own policy document, named by the body and the document's noun.
        if runEnd < end, !tokens[runEnd].isCapitalised {
            let noun = tokens[runEnd].key
            let two = runEnd + 1 < end && ["white", "green"].containsKey(noun) && tokens[runEnd + 1].key.is("paper")
            if two || noun.is("mandate") || noun.is("manifesto") {
                var first = start
                while first < runEnd, Words.leading.contains(tokens[first].interned) { first += 1 }
                guard first < runEnd, !tokens[runEnd - 1].has(.possessive) else { return nil }
                let inRun = (first..<runEnd).filter { matchAt[$0] >= 0 }.map { matches[Int(matchAt[$0])] }
                guard let m = inRun.first, m.first == first, m.last == runEnd,
                      [.party, .nationalBody].contains(lexicon.type(m.value.entry)) else { return nil }
                let last = runEnd + (two ? 2 : 1)
                return Candidate(first: first, last: last, name: doc.text(first, last), type: .report, kind: .instance, priority: 1)
            }
        }
        guard runEnd < end, programmeNouns.contains(tokens[runEnd].interned), !tokens[runEnd].isCapitalised else { return nil }
        var first = start
        while first < runEnd, Words.leading.contains(tokens[first].interned) || Words.months.contains(tokens[first].interned) { first += 1 }
        guard first < runEnd, !tokens[runEnd - 1].has(.possessive) else { return nil }
        // "the Social Policy Association service" is the association's, not a programme.
        if let t = heads[tokens[runEnd - 1].interned], t != .programme { return nil }
        if matchAt[first] >= 0 {
            let m = matches[Int(matchAt[first])]
            let e = lexicon.facts(m.value.entry)
            // "NHS England's STP programme": a body form's programme is named with its noun.
            if m.first == first, m.last == runEnd, e.kind == .form, (tokens[runEnd].key.is("programme") || tokens[runEnd].key.is("programmes")) {
                return Candidate(first: first, last: runEnd + 1, name: doc.text(first, runEnd + 1), type: .programme, kind: .instance, priority: 1)
            }
            if m.first <= first, m.last >= runEnd, e.type != .programme { return nil }
        }
        if (first..<runEnd).contains(where: { matchAt[$0] >= 0 && lexicon.type(matches[Int(matchAt[$0])].value.entry) == .person }) { return nil }
        // "East Cheshire council": the council is part of the name.
        if tokens[runEnd].key.is("council") {
            return Candidate(first: first, last: runEnd + 1, name: doc.text(first, runEnd + 1), type: .localAuthority,
                             kind: .instance, priority: 1)
        }
        let name = doc.text(first, runEnd)
        return Candidate(first: first, last: runEnd + 1, name: name, type: .programme, kind: .instance, priority: 1)
    }

    @inline(__always) static func startsRun(_ t: Token) -> Bool {
        (t.isCapitalised && t.isWord) || t.has(.acronym)
    }

    /// "and", "of", "for", "on", "-", "&", "in", "upon" (by byte count first: see ``String/sameKey(_:)``).
    private static func isConnector(_ t: Token) -> Bool {
        let k = t.key
        switch k.utf8.count {
        case 1: return k.is("-") || k.is("&")
        case 2: return k.is("of") || k.is("on") || k.is("in")
        case 3: return k.is("and") || k.is("for")
        // "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Kingston upon Thames".
        case 4: return k.is("upon")
        default: return false
        }
    }

    /// "of", "for" or "on" after a head word: "Royal College of ...", "Institute for ...".
    private static func isObjectLink(_ key: String) -> Bool {
        key.sameKey("of") || key.sameKey("for") || key.sameKey("on")
    }

    /// The keys of connectors and commas: the words other than a run's own that ``extend(_:_:_:connectors:)``
    /// may read on past (`&` has the key "and").
    private static let extendWords: WordSet = ["-", "&", "of", "on", "in", "and", "for", "upon", ","]

    /// The end (exclusive) of the run of capitalised words starting at `i` (`connectors` is
    /// ``extendWords``, read once by the caller).
    static func extend(_ tokens: [Token], _ i: Int, _ end: Int, connectors: WordSet) -> Int {
        var j = i
        var last = i
        // Whether the run holds "<head word> in/at": a name and where it is, complete.
        var placed = false
        while j < end {
            let t = tokens[j]
            // "Social Services and Well-being Act": a lower-case word hyphened to a capitalised one.
            // (The attached flag first: most tokens are not attached.)
            if j > i, t.has(.attached), t.key.sameKey("-"), j + 1 < end, tokens[j + 1].has(.attached), tokens[j + 1].isWord,
               !tokens[j + 1].isCapitalised, startsRun(tokens[j - 1]), j + 2 < end, startsRun(tokens[j + 2]) {
                j += 2
                last = j
                continue
            }
            if startsRun(t) || (t.has(.number) && j > i && t.length <= 4 && !t.isYear) || (t.isYear && j > i && tokens[j - 1].key.sameKey("act")) {
                last = j + 1
                j += 1
                // "Planned Care Citizens’ Panel": a plural possessive inside a name does not end it.
                // "St George's Healthcare NHS Trust": a saint's possessive does not end it either.
                // "King's College Hospital", "Queen Mary's Sidcup NHS Trust", "Birmingham Children's
                // Hospital": a royal or patron's possessive, or "Children's"/"Women's", neither.
                if t.has(.possessive), !(t.key.hasSuffix("s") && j < end && startsRun(tokens[j]) && isPluralPossessive(t)),
                   !(j < end && startsRun(tokens[j]) && j >= i + 2 && (tokens[j - 2].key.is("st") || tokens[j - 2].key.is("saint"))),
                   !(j < end && namePossessives.contains(t.interned)
                     && (startsRun(tokens[j]) || j + 1 < end && tokens[j].key.is("and") && startsRun(tokens[j + 1]))) { break }
                continue
            }
            // Only the words of ``extendWords`` may continue a run past a word that does not
            // start one (the tests below all break for any other word): one bit of its key.
            guard connectors.contains(t.interned) else { break }
            // The word's key compared once for the tests below.
            let isIn = t.key.sameKey("in"), isAnd = t.key.sameKey("and"), isComma = t.key.sameKey(",")
            // "the NHS Long Term Plan in January 2019": a date after "in"/"on" is no part of a name.
            if isIn || t.key.sameKey("on") || t.key.sameKey("of"), j + 1 < end, Words.months.contains(tokens[j + 1].interned) { break }
            // "Coventry City Council and Warwickshire County Council" are two names; so are "the
            // Princess Royal University Hospital in Farnborough and Queen Mary's Hospital".
            if isAnd || isComma, j > i, heads[tokens[j - 1].interned] != nil || tokens[j - 1].has(.acronym) || placed { break }
            if isIn || t.key.sameKey("at"), j > i, heads[tokens[j - 1].interned] != nil { placed = true }
            // "Royal College of Emergency Medicine and Ealing Council": a complete "<cue> of X" name ends at "and".
            // ("Centre for Applied Microbiology and Research at ...": words after "and" with no
            // head word of their own finish the one name.)
            if isAnd || isComma, (i..<j).contains(where: { $0 + 1 < j && isObjectLink(tokens[$0 + 1].key) && heads[tokens[$0].interned] != nil }),
               !(isAnd && remainderIsHeadless(tokens, j + 1, end)) { break }
            // "NHS Providers and the NHS Confederation": "and the" joins two names, not the
            // words of one.
            if isAnd, j > i, j + 1 < end, tokens[j + 1].key.sameKey("the") { break }
            if isConnector(t) || (isComma && listContinues(tokens, j, end)) {
                // Connectors must lead (maybe through "the") to another capitalised word.
                var k = j + 1
                if k < end, tokens[k].key.sameKey("the") { k += 1 }
                if k < end, startsRun(tokens[k]), !(t.key.sameKey("-") && !tokens[k].has(.attached)) {
                    j = k
                    continue
                }
            }
            break
        }
        return last
    }

    /// Whether the capitalised words from `k` (a run's continuation after "and") hold no head
    /// word and are at most two words ("and Research", "and Development"), so they end the
    /// name before them rather than start another.
    private static func remainderIsHeadless(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        var j = k
        var words = 0
        while j < end {
            let t = tokens[j]
            if startsRun(t), !t.has(.acronym) {
                if heads[t.interned] != nil || t.has(.possessive) { return false }
                words += 1
                j += 1
                continue
            }
            // "Patient and Public Involvement in Health": "in"/"of" between capitalised words.
            if (t.key.is("in") || t.key.is("of")), words > 0, j + 1 < end, startsRun(tokens[j + 1]), !tokens[j + 1].has(.acronym) { j += 1; continue }
            break
        }
        return words > 0 && words <= 4 && (j >= end || !isConnector(tokens[j]))
    }

    /// Number words that count bodies ("Thirteen LETBs").
    private static let countWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "hundred", "dozen", "several", "many", "some", "all", "both",
    ]

    /// Possessives that stay inside a hospital's or trust's name.
    private static let namePossessives: WordSet = ["king", "queen", "mary", "guy", "children", "women", "kings", "queens", "marys", "guys"]

    /// A possessive written after a plural s ("Citizens’"): the token ends in an apostrophe.
    private static func isPluralPossessive(_ t: Token) -> Bool {
        // The key drops the apostrophe; a plural possessive keeps its final s ("citizens").
        t.key.characterCount > 3 && !t.key.hasSuffix("ss")
    }

    /// A comma inside a list of names: "Barking, Havering and Redbridge ...".
    private static func listContinues(_ tokens: [Token], _ j: Int, _ end: Int) -> Bool {
        var k = j + 1
        var sawAnd = false
        while k < end, k < j + 8 {
            let t = tokens[k]
            if t.key.sameKey("and") { sawAnd = true; k += 1; continue }
            // "In Bristol, Bristol North PCT and ...": a complete name (ending in a head word or
            // an acronym) before "and" is a name of its own, not a list of places.
            if !sawAnd, t.has(.acronym) || heads[t.interned] != nil { return false }
            if startsRun(t) { if sawAnd { return true }; k += 1; continue }
            if t.key.sameKey(",") { k += 1; continue }
            return false
        }
        return false
    }

    /// Words a name does not begin with (dropped from the front of a run): leading words,
    /// months, titles, role nouns and plural posts, in one set so a word is hashed once.
    private static let notFirstWords: WordSet = Words.leading.union(Words.months).union(Words.titles)
        .union(PersonRule.roleNames).union(["chief", "executives", "directors", "members", "chairs"])
        // "Out of Hospital services", "Within Hospital care": a preposition opens a phrase, not a name.
        .union(["out", "inside", "outside", "within", "beyond", "across", "into", "through", "towards", "upon", "without"])

    private static func classify(_ doc: Document, _ start: Int, _ end: Int, _ matches: [LexiconMatcher.Match],
                                 _ matchAt: [Int32], _ lexicon: CompiledLexicon, depth: Int = 0, into out: inout [Candidate]) {
        let tokens = doc.tokens
        var first = start
        var last = end
        // (Before the titles are dropped from the front: "Minister" opens an office's name.)
        if depth == 0, let c = office(doc, start, end, matches, matchAt, lexicon) {
            out.append(c)
            return
        }
        // Trailing possessive ends the name: "Imperial College London's" keeps its words.
        while first < last, tokens[first].isPunct || notFirstWords.contains(tokens[first].interned)
            || (tokens[first].key.sameKey("of") && first > start) { first += 1 }
        while last > first, !startsRun(tokens[last - 1]) && !tokens[last - 1].has(.number) { last -= 1 }
        // "2. The Review of Public Administration" then "2.1 The Review ..." on the next line: a
        // section number after a line break is no part of the heading's name.
        while last - first >= 2, tokens[last - 1].has(.number), doc.newline(between: last - 2, last) {
            last -= 1
            while last > first, !startsRun(tokens[last - 1]) && !tokens[last - 1].has(.number) { last -= 1 }
        }
        guard last - first >= 1 else { return }
        // "THE LONG VIEW: INTERVIEWS ON NHS STRUCTURES": a heading in capitals is no name
        // (two or more words of four letters or more, every word in capitals, none known).
        if last - first >= 2, (first..<last).allSatisfy({ !tokens[$0].isWord || tokens[$0].has(.upper) }),
           (first..<last).filter({ tokens[$0].isWord && tokens[$0].key.count >= 4 }).count >= 2,
           !(first..<last).contains(where: { matchAt[$0] >= 0 }) { return }
        // "Michael McGimpsey of the Ulster Unionist Party": a person's name and "of" before a
        // body's; the body's name starts after the link (the person rules read the person).
        if first + 3 < last, GivenNames.all.contains(tokens[first].interned), tokens[first + 1].isCapitalised,
           let link = (first + 2...min(first + 3, last - 2)).first(where: { tokens[$0].key == "of" }),
           (first + 1..<link).allSatisfy({ tokens[$0].isCapitalised && tokens[$0].isWord }) {
            first = link + 1
            while first < last, Words.leading.contains(tokens[first].key) { first += 1 }
            guard first < last else { return }
        }
        // "APPG on Health": a form's name followed by "on", "for" or "of" and a subject.
        if matchAt[first] >= 0 {
            let m = matches[Int(matchAt[first])]
            let e = lexicon.facts(m.value.entry)
            // "CCGs of Greater Manchester" (a plural) are the form's members there, not one body.
            // (Found last: few runs pass the tests before it.)
            func plural() -> Bool {
                tokens[m.last - 1].has(.acronym) ? tokens[m.last - 1].key.hasSuffix("s")
                    : Vocabulary.singular(tokens[m.last - 1].key, acronymPlural: false) != tokens[m.last - 1].key
            }
            if e.kind == .form, m.first == first, m.last + 1 < last, (tokens[m.last].key.is("on") || tokens[m.last].key.is("for") || tokens[m.last].key.is("of")), !plural() {
                out.append(Candidate(first: first, last: last, name: Self.cleanName(doc.text(first, last), lastToken: tokens[last - 1]), type: e.type, kind: .instance,
                                     form: m.value.entry, priority: 1))
                return
            }
        }
        // "Association of Community Health Councils for England and Wales", "Royal College of
        // General Practitioners": a head word and "of"/"for" opening the run name one body
        // about what follows, even when what follows holds a known form.
        if depth == 0, first + 2 < last, heads[tokens[first].interned] != nil
            || first + 3 < last && (tokens[first].key.is("royal") || tokens[first].key.is("independent")) && heads[tokens[first + 1].interned] != nil,
           let link = (first + 1...first + 2).first(where: { isObjectLink(tokens[$0].key) }), heads[tokens[link - 1].interned] != nil,
           !(first..<last).contains(where: { matchAt[$0] >= 0 && lexicon.kind(matches[Int(matchAt[$0])].value.entry) == .instance
               && lexicon.type(matches[Int(matchAt[$0])].value.entry) != .place }),
           matchAt[first] < 0, let type = heads[tokens[link - 1].interned],
           // ("University Hospital of South Manchester NHS Foundation Trust" ends in its form.)
           !(matchAt[last - 1] >= 0 && lexicon.kind(matches[Int(matchAt[last - 1])].value.entry) == .form
             && matches[Int(matchAt[last - 1])].last == last) {
            // "the Royal Commission on Long Term Care", "the Independent Commission on Adult Social
            // Care": a commission "on" a subject is an inquiry's panel, a committee.
            // "the Council for the Regulation of Health Care Professionals": a council for a subject
            // is a national body; a council of a place ("Council of the Isles of Scilly") governs it.
            let councilFor = tokens[link - 1].key.is("council") && !(link + 1..<last).contains(where: {
                matchAt[$0] >= 0 && lexicon.type(matches[Int(matchAt[$0])].value.entry) == .place })
            let t: EntityType = tokens[first].key.is("royal") && tokens[link - 1].key.is("college") ? .association
                : tokens[link - 1].key.is("commission") && tokens[link].key.is("on") ? .committee
                : councilFor ? .nationalBody : type
            out.append(Candidate(first: first, last: last, name: Self.cleanName(doc.text(first, last), lastToken: tokens[last - 1]), type: t,
                                 kind: .instance, priority: 0))
            return
        }
        // Cut after lexicon names that are not places (or the bare NHS) inside the run.
        let headMatch = matchAt[last - 1] >= 0 ? matches[Int(matchAt[last - 1])] : nil
        let headType: EntityType? = headMatch.flatMap { lexicon.kind($0.value.entry) == .form ? lexicon.type($0.value.entry) : nil }
            ?? Self.headType(tokens, last)
        var k = first
        while k < last {
            let mi = matchAt[k]
            if mi >= 0 {
                let m = matches[Int(mi)]
                if let headMatch, m.first == headMatch.first { break }
                let e = lexicon.facts(m.value.entry)
                // "Sustainability and Transformation Partnerships Inquiry": a form's name right
                // before a report's head word is the report's subject, part of its name.
                if e.kind == .form, m.first >= first, m.last == last - 1, heads[tokens[last - 1].interned] == .report { break }
                // "Five Year Forward View Next Steps": more capitalised words after a report's
                // title make a longer title.
                let continuesReport = e.type == .report && m.first >= first && m.last < last && heads[tokens[last - 1].interned] == nil
                    && !doc.newline(between: m.first, last) && !(m.last..<last).contains(where: { matchAt[$0] >= 0 })
                    && !(m.last..<last).contains(where: { tokens[$0].has(.number) })
                if continuesReport {
                    out.append(Candidate(first: m.first, last: last, name: Self.cleanName(doc.text(m.first, last), lastToken: tokens[last - 1]), type: .report,
                                         kind: .instance, priority: 1))
                    return
                }
                // "Royal Marsden Hospital NHS Foundation Trust": a known body of the head's own
                // type, extended, is one longer name.
                // A bare acronym ("NHS") before more words is not that body written out in full:
                // "NHS Race and Health Observatory" is another body.
                let bareAcronym = m.last == m.first + 1 && tokens[m.first].has(.upper)
                let sameBody = e.type == headType && e.kind == .instance && m.first == first && !bareAcronym
                // "NHS Wales Informatics Service": a known body's name, then words ending in a head
                // word that is no form's name, names another body (one of its services).
                if sameBody, headMatch == nil, m.last < last, e.type != .trust, PeopleRule.isOrg(e.type), !doc.newline(between: m.last - 1, last),
                   (m.last..<last).allSatisfy({ tokens[$0].isCapitalised || isConnector(tokens[$0]) }), let type = heads[tokens[last - 1].interned] {
                    out.append(Candidate(first: first, last: last, name: Self.cleanName(doc.text(first, last), lastToken: tokens[last - 1]), type: type,
                                         kind: .instance, priority: 1))
                    return
                }
                if sameBody, m.last < last, !doc.newline(between: m.last - 1, last) || e.type == .trust {
                    // The known body, written out in full: one more name for it.
                    out.append(Candidate(first: first, last: last, name: lexicon.name(m.value.entry), type: e.type, kind: .instance,
                                         lexicon: m.value.entry, priority: 1))
                    return
                }
                // "the WEF Steering Board", "World Economic Forum Health Council": a known body's
                // name, then capitalised words ending in a committee's head, names a body of it.
                if m.first >= first, m.last + 1 < last, subBodyParents.contains(e.type), !bareAcronym || !lexicon.isNamed(m.value.entry, "National Health Service"),
                   subBodyHeads.contains(tokens[last - 1].interned), !(m.last..<last).contains(where: { matchAt[$0] >= 0 }),
                   (m.last..<last).allSatisfy({ tokens[$0].isCapitalised || isConnector(tokens[$0]) }) {
                    out.append(Candidate(first: m.first, last: last, name: Self.cleanName(doc.text(m.first, last), lastToken: tokens[last - 1]),
                                         type: .committee, kind: .instance, priority: 1))
                    return
                }
                // "Aneurin Bevan University Health Board": a body named after a person.
                let namedAfter = e.type == .person && m.first == first && headMatch.map { lexicon.kind($0.value.entry) == .form } == true
                if !sameBody, !namedAfter, e.type != .place && !lexicon.isNamed(m.value.entry, "National Health Service") || m.first < first {
                    first = m.last
                }
                k = m.last
                continue
            }
            k += 1
        }
        while first < last, Words.leading.contains(tokens[first].interned) || tokens[first].isPunct { first += 1 }
        guard first < last else { return }
        // Built only for a run that becomes a candidate (most runs do not).
        func name() -> String { Self.cleanName(doc.text(first, last), lastToken: tokens[last - 1]) }
        // "Health and Social Care Alliance Scotland": a telling word before a closing place name.
        if let headMatch, lexicon.type(headMatch.value.entry) == .place, headMatch.first > first + 1,
           let type = heads[tokens[headMatch.first - 1].interned], headMatch.last == last {
            out.append(Candidate(first: first, last: last, name: name(), type: type, kind: .instance, priority: 1))
            return
        }
        // "Health Education and Improvement Wales", "Digital Health and Care Wales", "Audit
        // Wales", "Healthcare Improvement Scotland": words of health, care or audit before a
        // nation's name make a national body of that nation.
        if let headMatch, headMatch.last == last, headMatch.first > first, nations.contains(tokens[headMatch.first].interned),
           !(tokens[headMatch.first - 1].key.is("of") || tokens[headMatch.first - 1].key.is("in") || tokens[headMatch.first - 1].key.is("for") || tokens[headMatch.first - 1].key.is("and") || tokens[headMatch.first - 1].key.is("to") || tokens[headMatch.first - 1].key.is("across") || tokens[headMatch.first - 1].key.is("throughout")),
           (first..<headMatch.first).contains(where: { nationalBodyWords.contains(tokens[$0].interned) }),
           (first..<headMatch.first).allSatisfy({ tokens[$0].isCapitalised || isConnector(tokens[$0]) }),
           matchAt[first] < 0 || first + 1 == headMatch.first
            // "NHS Quality Improvement Scotland": the bare NHS opening such a name.
            || tokens[first].key.is("nhs") && tokens[first].has(.upper) && matches[Int(matchAt[first])].last == first + 1 && matchAt[first + 1] < 0 {
            out.append(Candidate(first: first, last: last, name: name(), type: .nationalBody, kind: .instance, priority: 1))
            return
        }
        if let headMatch {
            let e = lexicon.facts(headMatch.value.entry)
            // "the Health Technology Board for Scotland", "the Mental Welfare Commission for
            // Scotland": a body's head word, "for" and a nation are one national body's name.
            if e.type == .place, headMatch.first == last - 1, nations.contains(tokens[headMatch.first].interned), headMatch.first >= first + 2,
               tokens[headMatch.first - 1].key.is("for"), let type = heads[tokens[headMatch.first - 2].interned], PeopleRule.isOrg(type),
               (first..<headMatch.first - 1).allSatisfy({ (tokens[$0].isCapitalised || isConnector(tokens[$0])) && (matchAt[$0] < 0 || $0 == first && tokens[$0].key.is("nhs")) }) {
                out.append(Candidate(first: first, last: last, name: name(), type: type == .committee ? .nationalBody : type, kind: .instance, priority: 1))
                return
            }
            // "the Selbie Report for the North East": the name ends before the connector.
            if e.kind != .form, headMatch.first > first, let cut = (first..<headMatch.first).last(where: { (tokens[$0].key.is("for") || tokens[$0].key.is("of") || tokens[$0].key.is("on") || tokens[$0].key.is("in") || tokens[$0].key.is("and")) }),
               cut > first, depth == 0 {
                classify(doc, first, cut, matches, matchAt, lexicon, depth: 1, into: &out)
                return
            }
            guard headMatch.last == last else { return }
            // The whole run is the lexicon name (or it reaches back before the run): leave it.
            if headMatch.first <= first { return }
            // "NHS Cheshire and Merseyside": the NHS body of a place (an ICB's short name).
            if e.type == .place, headMatch.first == first + 1, tokens[first].key.is("nhs"), tokens[first].has(.upper) {
                out.append(Candidate(first: first, last: last, name: name(), type: .organisation, kind: .instance, priority: 1))
                return
            }
            guard e.kind == .form else { return }
            // The words before a form's name must name a place or body: not "Map of", "Surely
            // for the", nor a bare "NHS".
            // "University Hospitals of Leicester NHS Trust": "of" right after a head word
            // ("Hospital", "University") between capitalised words is part of the name.
            let prefix = (first..<headMatch.first).map { tokens[$0].key }
            let namedOf = { (j: Int) -> Bool in
                let k = first + j
                return k > first && (prefix[j].is("of") || prefix[j].is("for")) && heads[tokens[k - 1].interned] != nil
                    && tokens[k - 1].isCapitalised && k + 1 < headMatch.first && tokens[k + 1].isCapitalised
                    // "Heart of England NHS Foundation Trust": one capitalised word, "of" and a name
                    // before a trust form (no role: not "Chair of Kent NHS Trust").
                    || e.type == .trust && j == 1 && prefix[j] == "of" && tokens[first].isCapitalised && k + 1 < headMatch.first
                        && tokens[k + 1].isCapitalised && !Words.roles.contains(tokens[first].interned)
                        && !PersonRule.roleNames.contains(tokens[first].interned) && !Words.titles.contains(tokens[first].interned)
                        // (A sentence's capitalised first word may be any noun: "Map of Kent NHS Trust sites".)
                        && doc.sentences[doc.sentence(ofToken: first)].firstToken != first
            }
            if prefix.indices.contains(where: { (prefix[$0].is("of") || prefix[$0].is("for") || prefix[$0].is("on") || prefix[$0].is("the") || prefix[$0].is("in")) && !namedOf($0) }) || prefix == ["nhs"] { return }
            // "Social Care Local Authorities": words for a kind of body name no instance.
            if prefix.allSatisfy({ genericWords.contains($0) }) { return }
            // "The 14 RHAs", "Thirteen LETBs": a count before a form names no instance.
            if (first..<headMatch.first).allSatisfy({ tokens[$0].has(.number) || countWords.contains(tokens[$0].interned) }) { return }
            out.append(Candidate(first: first, last: last, name: name(), type: e.type, kind: .instance,
                                 form: headMatch.value.entry, priority: 1))
            return
        }
        // "NHS Greater Manchester Integrated Care": the statutory name of an integrated care
        // board (NHS, the place, "Integrated Care").
        if last - first >= 4, tokens[first].key.is("nhs"), tokens[first].has(.upper), tokens[last - 2].key.is("integrated"),
           tokens[last - 1].key.is("care"), matchAt[first + 1] >= 0,
           lexicon.type(matches[Int(matchAt[first + 1])].value.entry) == .place,
           matches[Int(matchAt[first + 1])].last == last - 2, let icb = lexicon.lookup("Integrated Care Board", type: .icb) {
            out.append(Candidate(first: first, last: last, name: name(), type: .icb, kind: .instance, form: icb, priority: 1))
            return
        }
        let headToken = tokens[last - 1]
        var head = headToken.key
        // `head`'s interned key, for the word tables (one bit, not a hash of the string).
        var headKey = headToken.interned
        var actYear: Int?
        if headToken.isYear, last - first >= 3, tokens[last - 2].key.is("act") || tokens[last - 2].key.is("bill") {
            head = tokens[last - 2].key
            headKey = tokens[last - 2].interned
            actYear = Int(head)
        }
        _ = actYear
        // "Institute for Global Health Innovation", "Royal College of Emergency Medicine".
        if heads[headKey] == nil, let cue = (first..<(last - 1)).first(where: {
            isObjectLink(tokens[$0 + 1].key) && heads[tokens[$0].interned] != nil }), cue <= first + 2 {
            head = tokens[cue].key
            headKey = tokens[cue].interned
        }
        // "Calderdale Royal Hospital in Halifax": a place the lexicon does not know after "in"
        // or "at" follows the name; the name ends before it.
        if heads[headKey] == nil, depth == 0, let cut = (first..<last).last(where: { tokens[$0].key.is("in") || tokens[$0].key.is("at") }), cut > first + 1 {
            classify(doc, first, cut, matches, matchAt, lexicon, depth: 1, into: &out)
            return
        }
        // ("London Ambulance Service": the name's own last words may say more than its head.)
        guard heads[headKey] != nil, var type = head == headToken.key ? Self.headType(tokens, last) : heads[headKey] else { return }
        let words = last - first
        if words < 2 { return }
        // "District General Hospitals", "County Council": only words for a kind of body is no name.
        if (first..<last).allSatisfy({ genericWords.contains(tokens[$0].interned) || isConnector(tokens[$0]) }) { return }
        if weakHeads.contains(headKey), words < 2 { return }
        if head.is("trust") {
            let hasCue = (first..<last).contains { nhsTrustCues.contains(tokens[$0].interned) }
            type = hasCue ? .trust : .thinkTank
        }
        if head.is("college"), tokens[first].key.is("royal") { type = .association }
        // "National Consumer Council", "General Medical Council", "Medical Research Council": a
        // council with no place or local-government word in its name is a national body.
        if head.is("council") || head.is("councils"), type == .localAuthority,
           !(first..<last).contains(where: { matchAt[$0] >= 0 && lexicon.type(matches[Int(matchAt[$0])].value.entry) == .place }),
           !(first..<last).contains(where: { (tokens[$0].key.is("county") || tokens[$0].key.is("city") || tokens[$0].key.is("borough") || tokens[$0].key.is("district") || tokens[$0].key.is("parish") || tokens[$0].key.is("town") || tokens[$0].key.is("metropolitan") || tokens[$0].key.is("london")) }),
           (tokens[first].key.is("national") || tokens[first].key.is("general") || tokens[first].key.is("medical") || tokens[first].key.is("british") || tokens[first].key.is("royal") || tokens[first].key.is("uk") || tokens[first].key.is("health") || tokens[first].key.is("nursing") || tokens[first].key.is("research") || tokens[first].key.is("english") || tokens[first].key.is("social")) {
            type = .nationalBody
        }
        // "National Institute for Health Protection", "National Institute for Health Research":
        // a national institute in English health policy is a public body, not a think tank.
        if head.is("institute"), tokens[first].key.is("national") { type = .nationalBody }
        if head.is("act") || head.is("bill"), words < 2 { return }
        out.append(Candidate(first: first, last: last, name: name(), type: type, kind: .instance, priority: 0))
    }
}
