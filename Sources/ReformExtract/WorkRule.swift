import ReformCore

/// Who wrote and who commissioned a report, when the report is named by a noun rather
/// than its title: "Lord Darzi's report", "Darzi's diagnosis", "Lord Darzi conducted an
/// urgent independent review", "the Secretary of State commissioned Lord Darzi to conduct an
/// investigation", "At the request of the Secretary of State, ...". The report is one named
/// in the sentence, or else the document's topic report. A named report right after a
/// possessive ("Simon Stevens' Five Year Forward View") is authored by the person, or
/// published by the body.
enum WorkRule {
    private static let makeVerbs: WordSet = ["conducted", "led", "wrote", "authored", "undertook", "carried", "produced", "penned", "chaired"]
    private static let proposalVerbs: WordSet = ["introduce", "establish", "create", "set", "launch", "pilot",
                                                     "piloting", "introducing", "establishing", "creating", "launching"]
    private static let commissionVerbs: WordSet = ["commissioned", "asked", "appointed", "invited", "tasked"]

    /// Types of body whose name before a report's names its publisher, as a switch (an array
    /// literal tested at every item was made and freed each time).
    @inline(__always) private static func publishingBody(_ t: EntityType) -> Bool {
        switch t {
        case .nationalBody, .thinkTank, .association, .committee, .organisation, .company: return true
        default: return false
        }
    }

    /// Quotation marks before a proposed body's name, tested by the key's bit (the curly ones
    /// are no small ASCII strings, so each compare with them called the runtime). Each has no
    /// other canonically equivalent spelling, so byte equality is `==` here.
    private static let quoteMarks: WordSet = ["'", "\"", "\u{2018}", "\u{201C}"]

    private static let manifestoBytes: [UInt8] = Array(" manifesto".utf8)

    /// Whether `name`'s bytes end in " manifesto" (nil when its bytes are not at hand).
    private static func endsInManifestoBytes(_ name: String) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { u in
            u.count >= manifestoBytes.count && u[(u.count - manifestoBytes.count)...].elementsEqual(manifestoBytes)
        }
    }

    static func apply(_ view: SentenceView, _ topic: TopicReport, into out: inout [DocRelation]) {
        let tokens = view.tokens
        let end = view.range.upperBound
        let named = view.items.first { $0.type == .report }?.entity
        func reportNoun(from k: Int, within n: Int) -> Bool {
            var j = k
            while j < min(end, k + n) {
                if TopicReport.nouns.contains(tokens[j].interned), view.doc.mentionAt[j] < 0 { return true }
                if tokens[j].isPunct, !tokens[j].key.is("-"), !tokens[j].key.is(",") { return false }
                j += 1
            }
            return false
        }
        func add(_ s: Int, _ p: Predicate, _ o: Int, _ pivot: Int) {
            guard s != o else { return }
            out.append(DocRelation(source: s, predicate: p, target: o, year: view.year(near: pivot), sentence: view.index))
        }
        // "the Labour Party manifesto": the party named in it published it, when the document
        // names the party on its own too. (A mandate or white paper named after a body is
        // addressed to it, not published by it.)
        // (The one noun tested directly: a one-word array literal was made for every report.)
        let manifesto = " manifesto"
        for item in view.items where item.type == .report {
            let name = view.doc.entities[item.entity].name
            // (Bytes that do not end in "manifesto" end in no Characters equal to " manifesto":
            // these letters have no other spelling. Most names are answered so.)
            if endsInManifestoBytes(name) != false, name.hasSuffix(manifesto) {
                let body = String(name.dropLast(manifesto.count))
                if let b = view.doc.entities.find(body, .party) {
                    let r = view.doc.entities.resolved(b)
                    if view.doc.entities[r].mentions > 0 { add(r, .published, item.entity, item.first) }
                }
            }
        }
        // A window inside the sentence is negated only when the sentence has a negation
        // (`negated` tests that too, after a call and its bounds, at every item).
        let negation = view.classes.contains(.negation)
        for (i, item) in view.items.enumerated() {
            guard !negation || !view.negated(max(view.range.lowerBound, item.first - 3), min(end, item.last + 3)) else { continue }
            // "Imperial College London's Institute for Global Health Innovation": part of it.
            if tokens[item.last - 1].has(.possessive), PeopleRule.isOrg(item.type), i + 1 < view.items.count,
               view.items[i + 1].first == item.last, PeopleRule.isOrg(view.items[i + 1].type),
               [.committee, .organisation, .programme, .thinkTank, .nationalBody].contains(view.items[i + 1].type),
               // ("Labour's health secretary" is an office a party held, not a part of it.)
               !PeopleRule.isOffice(view.items[i + 1], view) {
                add(view.items[i + 1].entity, .partOf, item.entity, item.last)
            }
            // "the NHS England Five Year Forward View Next Steps document": a publishing body's
            // name right before a report's names its publisher.
            if publishingBody(item.type),
               !tokens[item.last - 1].has(.possessive), i + 1 < view.items.count, view.items[i + 1].first == item.last,
               view.items[i + 1].type == .report, item.first > view.range.lowerBound,
               ["the", "a", "an"].containsKey(tokens[item.first - 1].key) || tokens[item.first - 1].isYear || Words.months.contains(tokens[item.first - 1].interned) {
                // A committee's inquiry is its own work.
                let inquiry = item.type == .committee && view.doc.entities[view.items[i + 1].entity].name.lowercasedContains("inquiry")
                add(item.entity, inquiry ? .authored : .published, view.items[i + 1].entity, item.last)
            }
            // "Kent's integrated care board", "Ealing's CCG": a local body of a place covers it.
            if item.type == .place, tokens[item.last - 1].has(.possessive), i + 1 < view.items.count,
               view.items[i + 1].first == item.last, PlaceCover.isType(view.items[i + 1].type), view.items[i + 1].kind == .instance {
                add(view.items[i + 1].entity, .covers, item.entity, item.last)
            }
            // Possessives.
            // "its ‘Reducing Emergency Admissions’ report": "its" stands for a body (see ``AnaphoraRule``).
            let pronoun = item.last == item.first + 1 && (tokens[item.first].key.is("its") || tokens[item.first].key.is("their"))
            if tokens[item.last - 1].has(.possessive) || pronoun, item.type == .person || PeopleRule.isOrg(item.type) {
                let p: Predicate = item.type == .person ? .authored : .published
                // "Sarah Wollaston's committee": the committee a person is named for is theirs to lead.
                if item.type == .person, i + 1 < view.items.count, view.items[i + 1].type == .committee, view.items[i + 1].first == item.last,
                   view.items[i + 1].last == view.items[i + 1].first + 1, !tokens[view.items[i + 1].first].isCapitalised {
                    add(item.entity, .leads, view.items[i + 1].entity, item.last)
                }
                if i + 1 < view.items.count, view.items[i + 1].type == .report, view.items[i + 1].first - item.last <= 2 {
                    add(item.entity, p, view.items[i + 1].entity, item.last)
                } else if item.type == .person, reportNoun(from: item.last, within: 4), let t = named ?? topic.entity {
                    add(item.entity, p, t, item.last)
                }
            }
            // "<person> conducted an urgent independent review".
            if item.type == .person, item.last < end, makeVerbs.contains(tokens[item.last].interned),
               !(i + 1 < view.items.count && view.items[i + 1].first <= item.last + 2),
               reportNoun(from: item.last + 1, within: 6), let t = named ?? topic.entity {
                add(item.entity, .authored, t, item.last)
            }
            // "<body> commissioned <person> to conduct an investigation" / "commissioned a review".
            if item.type != .person, item.type != .report, item.last < end, commissionVerbs.contains(tokens[item.last].interned),
               reportNoun(from: item.last + 1, within: 16) || named != nil, let t = named ?? topic.entity {
                add(item.entity, .commissioned, t, item.last)
            }
        }
        // A report's own proposals: "A new National Quality Board will ...", "we will introduce
        // X", "by piloting new X" create bodies and programmes that the topic report establishes.
        if let t = topic.entity, !view.items.contains(where: { $0.type == .report || $0.type == .act }) {
            // (The sentence's tokens read in place, each key compared inline.)
            // Whether the sentence says "will" or "shall", looked for once and only when a
            // proposal's other words are there (most sentences' bodies have none).
            var futureFound: Bool?
            func future() -> Bool {
                if let futureFound { return futureFound }
                let found = view.range.contains { tokens[$0].key.is("will") } || view.range.contains { tokens[$0].key.is("shall") }
                futureFound = found
                return found
            }
            for item in view.items where PeopleRule.isOrg(item.type) && item.type != .party {
                var k = item.first - 1
                while k >= view.range.lowerBound, quoteMarks.contains(tokens[k].interned) { k -= 1 }
                guard k >= view.range.lowerBound else { continue }
                let w = tokens[k].key
                let prev = k > view.range.lowerBound ? tokens[k - 1].key : ""
                let proposes = w.is("new") && (prev.is("a") && future() || proposalVerbs.contains(prev))
                    || proposalVerbs.contains(w) && future() && k > view.range.lowerBound && ["will", "we"].containsKey(prev)
                    || proposalVerbs.contains(w) && prev.is("to") && future()
                guard proposes, !view.negated(max(view.range.lowerBound, k - 4), item.first) else { continue }
                add(item.entity, .establishedBy, t, item.first)
            }
        }
        // "At the request of <body>, <person> conducted ...".
        // (The first word tested before the phrase is: most sentences do not open with "at".)
        if view.range.lowerBound < end, tokens[view.range.lowerBound].key.is("at"),
           view.keys(view.range.lowerBound, min(end, view.range.lowerBound + 5)).starts(with: ["at", "the", "request", "of"]), let body = view.items.first, body.type != .person,
           reportNoun(from: body.last, within: 20), let t = named ?? topic.entity {
            add(body.entity, .commissioned, t, body.last)
        }
    }
}

extension WorkRule {
    private static let relativeVerbs: WordMap<Predicate> = [
        "published": .published, "issued": .published, "released": .published, "launched": .published,
        "wrote": .authored, "authored": .authored, "drafted": .authored, "drew": .authored, "produced": .authored,
        "commissioned": .commissioned, "ordered": .commissioned,
    ]

    /// "Healthy Lives, Healthy People, the white paper that Andrew Lansley published in 2010":
    /// a report described in an appositive whose relative clause has someone else as subject:
    /// that subject published (wrote, commissioned) it.
    static func objectRelative(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens, end = view.range.upperBound
        for (i, report) in items.enumerated() where report.type == .report && i + 1 < items.count {
            var k = report.last
            guard k + 2 < end, tokens[k].key.is(",") || tokens[k].key.is("the") || tokens[k].key.is("a") else { continue }
            if tokens[k].key.is(",") { k += 1 }
            // "the white paper", "a report", "the strategy" (up to four words), then "that"/"which".
            guard ["the", "a", "an"].containsKey(tokens[k].key) else { continue }
            let limit = min(end, k + 6)
            // ("the document" may itself read as a mention of the report: that is the same thing.)
            guard let rel = (k + 1..<limit).first(where: { tokens[$0].key.is("that") || tokens[$0].key.is("which") }),
                  !(k + 1..<rel).contains(where: { t in
                      tokens[t].key.is(",") || view.doc.mentionAt[t] >= 0
                          && view.doc.entities.resolved(view.doc.mentions[Int(view.doc.mentionAt[t])].entity) != report.entity
                  }),
                  let agent = items[(i + 1)...].first(where: { $0.first > rel }) else { continue }
            guard agent.first == rel + 1 || agent.first == rel + 2 && tokens[rel + 1].key.is("the"), agent.type == .person || PeopleRule.isOrg(agent.type) else { continue }
            var v = agent.last
            while v < end, ["had", "has", "have", "then", "later", "first", "himself", "herself", "itself"].containsKey(tokens[v].key) { v += 1 }
            guard v < end, let p = relativeVerbs[tokens[v].interned], !view.negated(agent.last, v + 1) else { continue }
            out.append(DocRelation(source: agent.entity, predicate: p, target: report.entity, year: view.year(near: v), sentence: view.index))
        }
    }
}

extension WorkRule {
    /// Document nouns after "his"/"her" and the predicate they give the person: a minister's
    /// white paper is published by them, a report or book is their work.
    private static let ownWorks: WordMap<Predicate> = [
        "paper": .published, "report": .authored, "review": .authored, "book": .authored, "history": .authored,
        "essay": .authored, "study": .authored, "strategy": .published, "plan": .published, "letter": .authored,
    ]

    /// Words between "his"/"her" and a document noun ("his 1985 essay", "her final report").
    private static let ownWorkAdjectives: WordSet = ["white", "green", "final", "first", "second", "own", "famous"]

    /// "His white paper Partnership for Care, published in February 2003, ...", "Her report
    /// Securing Good Health for the Whole Population ...": a work given as a person's by "his"
    /// or "her" is theirs: the person the pronoun stands for (the last person named in this
    /// sentence before it, else `lastPerson`, the last one named in the sentences before).
    static func possessiveWork(_ view: SentenceView, lastPerson: Int?, into out: inout [DocRelation]) {
        let tokens = view.tokens, items = view.items
        for (i, work) in items.enumerated() where work.type == .report && work.first >= view.range.lowerBound + 2 {
            // "his white paper", "her report", "his 1985 essay": the noun right before the title.
            var k = work.first - 1
            guard let predicate = ownWorks[tokens[k].interned] else { continue }
            k -= 1
            while k > view.range.lowerBound, tokens[k].isYear || ownWorkAdjectives.contains(tokens[k].interned) { k -= 1 }
            guard k >= view.range.lowerBound, tokens[k].key.is("his") || tokens[k].key.is("her"), view.doc.mentionAt[k] < 0 else { continue }
            guard let person = items[..<i].last(where: { $0.type == .person && $0.last <= k })?.entity ?? lastPerson else { continue }
            out.append(DocRelation(source: person, predicate: predicate, target: work.entity, year: view.year(near: work.first),
                                   sentence: view.index))
        }
    }
}
