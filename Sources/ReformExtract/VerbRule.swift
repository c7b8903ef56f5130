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
    private static let preVerbs: WordMap<(Set<String>, Predicate)> = [
        "replaced": (["with", "by"], .replacedBy), "replace": (["with", "by"], .replacedBy),
        "replacing": (["with", "by"], .replacedBy), "replaces": (["with", "by"], .replacedBy),
        "abolished": (["in favour of"], .replacedBy), "abolish": (["in favour of"], .replacedBy),
        "abolishing": (["in favour of"], .replacedBy), "scrapped": (["in favour of"], .replacedBy),
        "renamed": (["as", "to"], .renamedTo), "renaming": (["as", "to"], .renamedTo), "rebranded": (["as"], .renamedTo),
        "renames": (["as", "to"], .renamedTo), "rename": (["as", "to"], .renamedTo), "rebrands": (["as"], .renamedTo),
        "merged": (["into", "with", "to form"], .mergedInto), "merging": (["into", "with", "to form"], .mergedInto),
        "merge": (["into", "with", "to form"], .mergedInto), "turned": (["into"], .evolvedInto),
        "transformed": (["into"], .evolvedInto), "converted": (["into"], .evolvedInto),
    ]

    /// Nouns of change before "of X" and the link before the new body.
    private static let preNouns: WordMap<(Set<String>, Predicate)> = [
        "replacement": (["by", "with"], .replacedBy), "merger": (["into", "with"], .mergedInto),
        "merging": (["into", "with"], .mergedInto), "conversion": (["into", "to"], .evolvedInto),
        "transformation": (["into"], .evolvedInto), "evolution": (["into"], .evolvedInto),
        "renaming": (["as", "to"], .renamedTo), "absorption": (["into", "by"], .mergedInto),
    ]

    /// "successor to X was Y" (X was replaced by Y) and "predecessor of X was Y" (Y by X).
    private static let successionNouns: WordMap<Trigger.Direction> = [
        "successor": .forward, "successors": .forward, "predecessor": .backward, "predecessors": .backward,
    ]
    private static let copulas: Set<String> = ["was", "is", "were", "are", "became", "becomes", "will be", "would be"]

    /// The interned keys of the words ``apply(_:gaps:into:)`` looks for in a gap, compared by
    /// identity: an interned key is the same pointer for the same bytes, and these ASCII words
    /// have no other spelling that `is` (canonical equivalence) would match. (A scan of a gap
    /// compared each key's string with each word: some 10 M instructions on the 10 MB subset.)
    private struct GapWords {
        let comma = KeyInterner.shared.intern(",")
        let them = KeyInterner.shared.intern("them"), it = KeyInterner.shared.intern("it")
        let these = KeyInterner.shared.intern("these"), they = KeyInterner.shared.intern("they")
        let the = KeyInterner.shared.intern("the"), all = KeyInterner.shared.intern("all")
        let its = KeyInterner.shared.intern("its"), their = KeyInterner.shared.intern("their")
        let joined = KeyInterner.shared.intern("joined")
        let existing = KeyInterner.shared.intern("existing")

        /// Whether `key` is "the", "all", "its", "their" or "existing".
        @inline(__always) func isDeterminer(_ key: KeyInterner.Key) -> Bool {
            key == the || key == all || key == its || key == their || key == existing
        }
    }
    private static let gapWords = GapWords()

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        var gaps: Gap = []
        apply(view, gaps: &gaps, into: &out)
    }

    /// ``apply(_:into:)``, with the gaps read into `gaps`'s storage (see
    /// ``content(_:_:_:into:)``): the extractor hands the same array to every sentence.
    static func apply(_ view: SentenceView, gaps: inout Gap, into out: inout [DocRelation]) {
        let groups = view.groups()
        guard groups.count >= 2 else { return }
        let tokens = view.tokens
        let words = Self.gapWords
        for gi in 0..<(groups.count - 1) {
            var left = groups[gi]
            var right = groups[gi + 1]
            // Where the words between the groups start (after an appositive, below).
            var gapStart: Int?
            // "Digital Health and Care Wales, also a special health authority, replaced X": a
            // form in an appositive after a body stands for the body.
            // (Cheap tests first: this runs for every pair whose left side is a form.)
            if left.count == 1, gi > 0, view.items[left[0]].kind == .form, left[0] > 0,
               view.items[left[0]].last < view.range.upperBound, tokens[view.items[left[0]].last].key.is(",") {
                let form = view.items[left[0]], body = view.items[left[0] - 1]
                let between = form.first - body.last <= 6 ? view.keys(body.last, form.first).filter { !appositiveFillers.contains($0) } : []
                if body.kind == .instance, PeopleRule.isOrg(body.type), between.count == 2, between[0] == ",", (between[1].is("a") || between[1].is("an") || between[1].is("the")) {
                    left = [left[0] - 1]
                    gapStart = form.last
                }
            }
            // "merge to form a new foundation trust, Essex Partnership University NHS Foundation
            // Trust": a form named before a body of it in apposition stands for that body.
            if right.count == 1, view.items[right[0]].kind == .form, gi + 2 < groups.count {
                let form = view.items[right[0]], next = view.items[groups[gi + 2][0]]
                if next.kind == .instance, next.type == form.type, next.first == form.last + 1, tokens[form.last].key.is(",") {
                    right = [groups[gi + 2][0]]
                }
            }
            if placeAside(view, left, right), gi + 2 < groups.count { right = groups[gi + 2] }
            let a = gapStart ?? view.items[left.last!].last, b = view.items[right.first!].first
            // "Workforce development confederations, created in 2001 to plan and buy training
            // for NHS staff in each area, were merged into ...": a relative or founding clause set
            // off by commas may stand longer between the subject and its verb.
            let aside = b - a > 16 && b - a <= 32 && tokens[a].key.is(",") && a + 1 < b
                && ((tokens[a + 1].key.is("which") || tokens[a + 1].key.is("who")) || foundingClause(tokens, a + 1, b))
            guard b - a <= 16 || aside, !view.negated(a, b) else { continue }
            var asideRemoved = false
            // "Unlike the King's Fund, the Nuffield Trust opposed X": the contrasted body is no subject.
            if left.count > 1, view.items[left[0]].first > view.range.lowerBound,
               (view.tokens[view.items[left[0]].first - 1].key.is("unlike") || view.tokens[view.items[left[0]].first - 1].key.is("except") || view.tokens[view.items[left[0]].first - 1].key.is("besides"))
                || view.items[left[0]].first > view.range.lowerBound + 1 && view.tokens[view.items[left[0]].first - 1].key.is("the")
                && (view.tokens[view.items[left[0]].first - 2].key.is("unlike") || view.tokens[view.items[left[0]].first - 2].key.is("except") || view.tokens[view.items[left[0]].first - 2].key.is("besides")) {
                left.removeFirst()
            }
            // "Neither X nor Y supported Z".
            let leftStartToken = view.items[left.first!].first
            if leftStartToken > view.range.lowerBound, view.tokens[leftStartToken - 1].key.is("neither")
                || leftStartToken > view.range.lowerBound + 1 && view.tokens[leftStartToken - 2].key.is("neither") { continue }
            content(view, a, b, into: &gaps)
            var gap = gaps
            // Verb before the left group: "replaced CCGs with ICBs".
            let leftStart = view.items[left.first!].first
            var pre = leftStart - 1
            while pre >= view.range.lowerBound, words.isDeterminer(tokens[pre].interned) { pre -= 1 }
            // "the replacement of PCTs by CCGs": a noun of change and "of" before the left group.
            if pre > view.range.lowerBound, tokens[pre].key.is("of"), let (links, predicate) = preNouns[tokens[pre - 1].interned],
               links.contains(gap.joined(separator: " ")), !view.negated(max(view.range.lowerBound, pre - 4), pre) {
                emit(view, left, right, Trigger(predicate: predicate, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies), pivot: pre, into: &out)
                continue
            }
            // "The successor to Monitor and the TDA was NHS Improvement", "the predecessor of NHS
            // England was the NHS Commissioning Board": the noun names which side came first.
            if pre > view.range.lowerBound, tokens[pre].key.is("of") || tokens[pre].key.is("to"),
               let direction = successionNouns[tokens[pre - 1].interned], copulas.contains(gap.filter { !$0.is("the") }.joined(separator: " ")),
               !view.negated(max(view.range.lowerBound, pre - 4), pre) {
                emit(view, left, right, Trigger(predicate: .replacedBy, direction: direction, sources: Triggers.bodies, targets: Triggers.bodies), pivot: pre, into: &out)
                continue
            }
            // "Proposals to replace CCGs with ICBs were rejected": an intention, not an event.
            let proposed = pre - 2 >= view.range.lowerBound && tokens[pre - 1].key.is("to")
                && (tokens[pre - 2].key.is("proposals") || tokens[pre - 2].key.is("proposal") || tokens[pre - 2].key.is("plans") || tokens[pre - 2].key.is("plan") || tokens[pre - 2].key.is("attempts") || tokens[pre - 2].key.is("attempt") || tokens[pre - 2].key.is("bid") || tokens[pre - 2].key.is("bids") || tokens[pre - 2].key.is("moves") || tokens[pre - 2].key.is("move"))
            if proposed { continue }
            // ("replaced X with the Care Quality Commission", "with a single national body":
            // articles and such adjectives after the link are no part of it.)
            if pre >= view.range.lowerBound, let (links, predicate) = preVerbs[tokens[pre].interned],
               links.contains(gap.filter { !linkFillers.contains($0) }.joined(separator: " ")),
               !view.negated(max(view.range.lowerBound, pre - 3), pre) {
                emit(view, left, right, Trigger(predicate: predicate, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies), pivot: pre, into: &out)
                if predicate == .replacedBy { lawCreates(view, groups, right, pivot: pre, into: &out) }
                continue
            }
            // "... and replaced them with ICBs".
            if let k = gap.firstIndex(where: { $0 == words.them || $0 == words.it || $0 == words.these || $0 == words.they }), k > 0, k + 1 < gap.count,
               let (links, predicate) = preVerbs[gap[k - 1]], links.contains(gap[(k + 1)...].filter({ !linkFillers.contains($0) }).joined(separator: " ")) {
                emit(view, left, right, Trigger(predicate: predicate, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies), pivot: a, into: &out)
                if predicate == .replacedBy { lawCreates(view, groups, right, pivot: a, into: &out) }
                continue
            }
            // "has led the value creation programme, Right Care, within the NHS": a description
            // before a name in apposition is the same thing; the verb's object is the name.
            let rightEnd = view.items[right.last!].last
            var trimmed = gap[...]
            while let l = trimmed.last, l.is("the") { trimmed = trimmed.dropLast() }
            if trimmed.last?.is(",") == true, rightEnd < view.range.upperBound, (tokens[rightEnd].key.is(",") || tokens[rightEnd].key.is(".") || tokens[rightEnd].key.is(";") || tokens[rightEnd].key.is(")")) || rightEnd == view.range.upperBound,
               let det = trimmed.lastIndex(where: { ($0.is("the") || $0.is("a") || $0.is("an") || $0.is("its") || $0.is("their") || $0.is("his") || $0.is("her")) }),
               trimmed.count - det >= 2, trimmed.count - det <= 6, match(Array(gap[..<det])) != nil {
                gap = Array(gap[..<det])
            }
            // "Learning from the NHS Internal Market, a review of the research edited by A",
            // "Next Steps for Integrating Primary Care, a stocktake commissioned by A": a short
            // description in apposition after the left name, then a participle with "by".
            // (The phrase search, which builds strings, comes after the cheap tests.)
            if gap.count >= 4, gap[0].is(","), (gap[1].is("a") || gap[1].is("an") || gap[1].is("the")),
               let by = gap.lastIndex(where: { $0.is("by") }), by >= 3, by == gap.count - 1 || gap[(by + 1)...].allSatisfy({ $0.is("the") }),
               by - 2 <= 7, !gap[2..<by].contains(where: { descriptionStops.contains($0) }),
               let t = match(Array(gap[(by - 1)...])), t.phrase.hasSuffix(" by") || t.phrase == "by" || t.direction == .backward,
               match(gap) == nil {
                gap = Array(gap[(by - 1)...])
            }
            // "created PCTs, and replaced the health authorities with SHAs": the verb's object
            // is the right group, whose own "with" names the replacement (read at the next pair).
            // (The last word that is no article must be the verb: as none of those articles is a
            // verb of ``preVerbs``, the last such verb is then that word itself.)
            if let verb = gap.last(where: { $0 != words.the && $0 != words.all && $0 != words.its && $0 != words.their }), let (links, _) = preVerbs[verb],
               rightEnd < view.range.upperBound, links.contains(where: { link in
                   let words = link.splitOnSpaces().map(String.init)
                   return rightEnd + words.count <= view.range.upperBound && view.keys(rightEnd, rightEnd + words.count) == words }) {
                continue
            }
            // "PCTs, which were abolished in 2013, were replaced by CCGs": a relative clause
            // that names nothing stands between the subject and its verb.
            // Likewise an appositive that names nothing: "Keep Our NHS Public, a campaign group, opposed X".
            // The gap's own trigger, also read at the end below unless the gap changes before.
            let gapTrigger = match(gap)
            var gapChanged = false
            if gapTrigger == nil, let c = gap.firstIndex(of: words.comma), c + 1 < gap.count,
               (gap[c + 1].is("which") || gap[c + 1].is("who")) || (gap[c + 1].is("a") || gap[c + 1].is("an") || gap[c + 1].is("the")) && c == 0
                || c == 0 && aside,
               let close = gap[(c + 2)...].lastIndex(of: words.comma), close + 1 < gap.count,
               gap[c + 1].is("which") || gap[c + 1].is("who") || close - c <= 6 || aside {
                gap = Array(gap[..<c] + gap[(close + 1)...])
                gapChanged = true
                // (A date inside the aside is not the verb's: "set up under the Health Act 1999,
                // was replaced by ..." is dated by the words near the verb, if any.)
                asideRemoved = true
            }
            // "The 2022 Act put ICSs on a statutory footing": the verb's object sits inside the phrase.
            if let v = gap.last, v.is("put") || v.is("puts") || v.is("putting") || v.is("placed") || v.is("places") || v.is("placing"),
               gap.dropLast().allSatisfy({ Triggers.fillers.contains($0) }), rightEnd + 3 < view.range.upperBound,
               view.keys(rightEnd, rightEnd + 4) == ["on", "a", "statutory", "footing"] || view.keys(rightEnd, rightEnd + 4) == ["on", "a", "legal", "footing"]
                || view.keys(rightEnd, rightEnd + 4) == ["on", "a", "statutory", "basis"] {
                emit(view, left, right, Trigger(predicate: .establishedBy, direction: .backward, sources: [], targets: Triggers.laws), pivot: a, into: &out)
                continue
            }
            // "HEE, which trained the NHS workforce, merged with NHS England": the verb after the
            // relative clause is its head's.
            if left.count == 1, let c = gap.lastIndex(of: words.comma), c + 1 < gap.count, let h = relativeHead(view, left[0]),
               let trigger = match(Array(gap[(c + 1)...])), !gap[(c + 1)...].contains(where: { $0.is("which") }), !gap[(c + 1)...].contains(where: { $0.is("who") }) {
                // "NHS Providers and the NHS Confederation, which represent ..., both supported X".
                emit(view, groups.first(where: { $0.contains(h) }) ?? [h], right, trigger, pivot: a, into: &out)
                continue
            }
            // "a National Institute for Health Protection would combine PHE's health protection
            // teams with NHS Test and Trace and the Joint Biosecurity Centre", "NHS North West
            // combined the former Cheshire and Merseyside and Cumbria and Lancashire SHAs": what
            // is combined into the subject merged into it.
            if left.count == 1, PeopleRule.isOrg(view.items[left[0]].type),
               let verb = gap.last(where: { !combineFillers.contains($0) }), combineVerbs.contains(verb),
               gap.allSatisfy({ combineFillers.contains($0) || $0.text == verb.text }) {
                let merger = Trigger(predicate: .mergedInto, direction: .backward, sources: Triggers.bodies, targets: Triggers.bodies)
                let between = gi + 2 < groups.count ? view.keys(view.items[right.last!].last, view.items[groups[gi + 2].first!].first) : view.keys(0, 0)
                // "combine X with Y": both (a body's part, "PHE's teams", is not the body).
                if between.last == "with" || between.suffix(2) == ["with", "the"],
                   gap.allSatisfy({ !($0.is("former") || $0.is(",") || $0.is("for") || $0.is("example") || $0.is("instance")) }),
                   !view.negated(a, view.items[groups[gi + 2].first!].first) {
                    let whole = right.filter { r in
                        let item = view.items[r]
                        return !(view.tokens[item.last - 1].has(.possessive) && item.last < view.range.upperBound && !view.tokens[item.last].isCapitalised)
                    }
                    emit(view, left, whole + groups[gi + 2], merger, pivot: a, into: &out)
                    continue
                }
                // "combined X and Y" with no "with": two or more named bodies.
                let bodies = right.filter { PeopleRule.isOrg(view.items[$0].type) && view.items[$0].kind == .instance }
                if bodies.count >= 2, !between.contains(where: { $0.is("with") }), !view.negated(a, b) {
                    emit(view, left, bodies, merger, pivot: a, into: &out)
                    continue
                }
            }
            // "The 2012 Act pushed further, creating clinical commissioning groups", "The Act
            // abolished PCTs, creating CCGs": a participle set off by a comma is the sentence
            // subject's.
            if let c = gap.lastIndex(of: words.comma), c + 1 < gap.count, gap[c + 1].text.characterCount > 4, gap[c + 1].text.hasSuffix("ing"),
               let subject = groups.first, view.items[subject.first!].first <= view.range.lowerBound + 1, gi > 0 || c > 0,
               let trigger = match(Array(gap[(c + 1)...])), !view.negated(view.items[subject.last!].last, b) {
                emit(view, subject, right, trigger, pivot: a, into: &out)
                continue
            }
            // "The five strategic health authorities of London became NHS London": a place after
            // "of" names where the body is; the body is the subject.
            if left.count == 1, view.items[left[0]].type == .place, let h = ofHead(view, left[0], forms: true), !gap.contains(where: { $0.is(",") }) || gap.last?.is(",") == true {
                left = [h]
            }
            // "the Healthcare Commission, the inspectorate that took over from the Commission for
            // Health Improvement": a short description of a body, then "that"/"which" and the verb.
            if left.count == 1, PeopleRule.isOrg(view.items[left[0]].type), gap.count >= 5, gap[0].is(","), (gap[1].is("a") || gap[1].is("an") || gap[1].is("the")),
               let w = gap.firstIndex(where: { $0.is("that") || $0.is("which") }), w >= 3, w <= 5, !gap[2..<w].contains(where: { $0.is(",") }), w + 1 < gap.count,
               let t = match(Array(gap[(w + 1)...])), t.direction == .backward || t.predicate.isLineage {
                emit(view, left, right, t, pivot: a, into: &out)
                continue
            }
            // "Claire Fuller, a GP who led the Surrey Heartlands integrated care system": a
            // short description of a person, then "who" and the verb.
            if left.count == 1, view.items[left[0]].type == .person, gap.count >= 4, gap[0].is(","), gap[1].is("a") || gap[1].is("an"),
               let w = gap.firstIndex(where: { $0.is("who") }), w >= 3, w <= 7, !gap[2..<w].contains(where: { $0.is(",") }), w + 1 < gap.count {
                gap = Array(gap[(w + 1)...])
                gapChanged = true
            }
            // "A joined B to form C": both went into C ("joined" alone is membership).
            // (The bodies and the new one share a type: "Guy's and St Thomas' joined King's College
            // Hospital to form King's Health Partners" makes a partnership, not a merger.)
            if gi + 2 < groups.count, gap.contains(words.joined), gap.filter({ !Triggers.fillers.contains($0) }).map(\.text) == ["joined"] {
                let merging = left + right, formed = groups[gi + 2]
                let type = view.items[formed[0]].type
                if type != .ics, type != .icp, type != .association, type != .organisation,
                   merging.allSatisfy({ view.items[$0].type == type }), formed.allSatisfy({ view.items[$0].type == type }),
                   formsNext(view, view.items[right.last!].last, view.items[formed[0]].first) {
                    emit(view, merging, formed, Trigger(predicate: .mergedInto, direction: .forward, sources: Triggers.bodies, targets: Triggers.bodies),
                         pivot: a, into: &out)
                    continue
                }
            }
            // "Sir Bruce Keogh, NHS England's medical director, commissioned X": the person before
            // a body's possessive and a role is the subject.
            if left.count == 1, let c = gap.firstIndex(of: words.comma), c + 1 < gap.count, possessiveRole(view, left[0], gap[..<c]),
               let h = appositivePerson(view, left[0]), let trigger = match(Array(gap[(c + 1)...])), trigger.direction == .forward {
                emit(view, [h], right, trigger, pivot: a, into: &out)
                continue
            }
            // "The King's Fund, a think tank based in London, criticised X": a place inside a
            // body's appositive is not the subject; the body is.
            if left.count == 1, left[0] > 0, gap.first?.is(",") == true, view.items[left[0]].type == .place {
                let place = view.items[left[0]], body = view.items[left[0] - 1]
                let inner = view.keys(body.last, place.first)
                if PeopleRule.isOrg(body.type), body.kind == .instance, inner.count >= 3, inner.count <= 9, inner[0] == ",",
                   (inner[1].is("a") || inner[1].is("an") || inner[1].is("the")), !inner.dropFirst().contains(","), !inner.contains(where: { $0.is("and") }),
                   (inner[inner.count - 1].is("in") || inner[inner.count - 1].is("at") || inner[inner.count - 1].is("from") || inner[inner.count - 1].is("of")),
                   let trigger = match(Array(gap.dropFirst())), trigger.direction == .forward {
                    emit(view, [left[0] - 1], right, trigger, pivot: a, into: &out)
                    continue
                }
            }
            // "commissioned by Jeremy Hunt, then Secretary of State for Health, and was led by X":
            // an office in a person's appositive is no subject of the verb after it.
            if left.count == 1, gap.first?.is(",") == true, gap.count > 1, gap[1].is("and"), PeopleRule.isOffice(view.items[left[0]], view.doc) { continue }
            if let trigger = gapChanged ? match(gap) : gapTrigger {
                // "X took over its neighbour, Y, and renamed itself Z": "itself" is the clause's
                // subject, X (read with the sentence's subject below), not Y.
                if gi > 0, gap.contains(where: { $0.is("and") }), trigger.phrase.hasSuffix("itself") || trigger.phrase.hasSuffix("itself as") { continue }
                // "Allyson Pollock, a professor at Newcastle University, criticised X": the
                // body inside a person's appositive is not the subject; the person is.
                // ("Secretary of State from 1999 to 2003, championed X": dates may close it.)
                if left.count == 1, gap.contains(where: { $0.is(",") }), gap.prefix(while: { !$0.is(",") }).allSatisfy({ ($0.is("from") || $0.is("to") || $0.is("until") || $0.is("between") || $0.is("and") || $0.is("in") || $0.is("since")) || Int($0.text) != nil }),
                   let h = appositivePerson(view, left[0]), trigger.direction == .forward {
                    emit(view, [h], right, trigger, pivot: a, into: &out)
                    continue
                }
                // "embraced the Conservative 'Private Finance Initiative'": a party or body named
                // right before another name only qualifies it; the verb's object is the next name.
                // "The Health Committee of the House of Commons, chaired by A": a phrase set off by
                // a comma after "X of Y" is about X.
                if left.count == 1, gap.first?.is(",") == true, trigger.direction == .backward, trigger.predicate == .leads,
                   let h = ofHead(view, left[0]) { left = [h] }
                // "X merged with Y to form Z": both went into Z ("Y, its smaller neighbour in North
                // Somerset, to form Z": past an appositive and the places in it).
                if trigger.predicate == .mergedInto, gap.last?.is("with") == true, let g = formedGroup(view, groups, after: gi + 1) {
                    emit(view, left + right, groups[g], trigger, pivot: a, into: &out)
                    continue
                }
                if right.count == 1, gi + 2 < groups.count, qualifies(view, view.items[right[0]], view.items[groups[gi + 2].first!]) {
                    // "the Conservative former health secretary A": titles before the name.
                    var g = gi + 2
                    while groups[g].count == 1, g + 1 < groups.count, qualifies(view, view.items[groups[g][0]], view.items[groups[g + 1].first!]) { g += 1 }
                    emit(view, left, groups[g], trigger, pivot: a, into: &out)
                } else {
                    emit(view, left, right, trigger, pivot: asideRemoved ? b : a, into: &out)
                    // "NHS Digital merged into NHS England on 1 February 2023 and HEE on 1 April
                    // 2023": a second subject with the verb and object left out.
                    if trigger.direction == .forward, let z = gappedSubject(view, view.items[right.last!]) {
                        emit(view, [z], right, trigger, pivot: view.items[z].first, into: &out)
                    }
                }
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
            content(view, a, b, into: &gaps)
            let gap = gaps
            // "welcomed ICSs but criticised the Act": "but" joins verb phrases too.
            guard let and = gap.lastIndex(where: { $0.is("and") || $0.is("but") }), and + 1 < gap.count,
                  let trigger = match(Array(gap[(and + 1)...])), !view.negated(subjectEnd, b) else { continue }
            emit(view, subject, right, trigger, pivot: b, into: &out)
        }
    }

    /// Whether `key` is "the", "all", "its", "their" or "existing" (before a group, between it
    /// and a verb of ``preVerbs``); compared in turn, not by an array made per test.
    @inline(__always)

    /// "He criticised the 2012 Act", "She is a strong supporter of ICSs", "..., he simply
    /// chose to attack X's work": "he" or "she" before a stance, advice or reaction states it
    /// for the person named before the pronoun in the sentence, or else for `lastPerson`.
    /// Only stances, advice and reactions, which a person holds.
    static func pronounSubject(_ view: SentenceView, lastPerson: Int?, into out: inout [DocRelation]) {
        guard view.classes.contains(.heShe) else { return }
        let tokens = view.tokens
        for pk in view.range where tokens[pk].is(.heShe) && view.doc.mentionAt[pk] < 0 {
            guard let fi = view.items.firstIndex(where: { $0.first > pk }) else { return }
            let first = view.items[fi]
            let before = view.items[..<fi].last(where: { $0.type == .person })
            // Not the subject of a relative clause whose object came before ("the plan which he backed").
            guard pk == view.range.lowerBound || !(tokens[pk - 1].key.is("which") || tokens[pk - 1].key.is("whom") || tokens[pk - 1].key.is("who")) else { continue }
            guard let person = pk == view.range.lowerBound ? lastPerson : (before?.entity ?? lastPerson) else { continue }
            let a = pk + 1, b = first.first
            let possessivePerson = first.type == .person && tokens[first.last - 1].has(.possessive)
            guard first.type != .person || possessivePerson else { continue }
            guard b > a, b - a <= 10, !view.negated(a, b), !modifiesNoun(view, first) || possessivePerson else { continue }
            guard let t = match(content(view, a, b)), t.direction == .forward,
                  [.criticised, .supports, .advises, .respondedTo].contains(t.predicate)
                    // "He used to run Newcastle upon Tyne Hospitals NHS Foundation Trust": a post,
                    // when the pronoun opens the sentence and so stands for the person in view.
                    || pk == view.range.lowerBound && t.predicate == .leads && first.kind == .instance && PeopleRule.isOrg(first.type),
                  t.sources.isEmpty || t.sources.contains(.person), t.targets.isEmpty || t.targets.contains(first.type),
                  first.entity != person else { continue }
            // Coordinated objects share the verb.
            var targets = [first]
            if let group = view.groups().first(where: { $0.first == fi }) { targets = group.map { view.items[$0] } }
            for o in targets where (t.targets.isEmpty || t.targets.contains(o.type)) && o.entity != person {
                out.append(DocRelation(source: person, predicate: t.predicate, target: o.entity,
                                       year: view.year(near: b), sentence: view.index))
            }
        }
    }

    /// Whether `right` is one place right after `left` and "in" or "at" ("Calderdale Royal
    /// Hospital in Halifax"): it only says where the left body is, and the verb after it is
    /// read with the next group.
    static func placeAside(_ view: SentenceView, _ left: [Int], _ right: [Int]) -> Bool {
        guard right.count == 1, view.items[right[0]].type == .place, let l = left.last else { return false }
        let k = view.items[right[0]].first
        guard k == view.items[l].last + 1, PeopleRule.isOrg(view.items[l].type) else { return false }
        return view.tokens[k - 1].key.is("in") || view.tokens[k - 1].key.is("at")
    }

    /// Words for a rough count before a number ("about 100").
    private static let roughCounts: WordSet = ["about", "around", "some", "nearly", "almost", "over", "roughly", "approximately", "just"]

    /// Gap keys without adverbs, dates and numbers.
    ///
    /// Runs for every gap between two mentions: each test reads the next token's flags before
    /// comparing keys, as most words fail there (a key compare that fails calls into the runtime).
    ///
    /// The keys are interned ones (``Gap``): an array of them is made and freed with no retain
    /// or release per word, and a ``WordSet`` tests each with one bit.
    static func content(_ view: SentenceView, _ a: Int, _ b: Int) -> Gap {
        var out: Gap = []
        content(view, a, b, into: &out)
        return out
    }

    /// ``content(_:_:_:)`` into `out`, emptied first, its storage kept: a gap read for each
    /// pair of groups allocated and freed an array. (A copy of `out` kept by the caller
    /// shares it until the next read, which then finds it unique again.)
    static func content(_ view: SentenceView, _ a: Int, _ b: Int, into out: inout Gap) {
        out.removeAll(keepingCapacity: true)
        guard b > a else { return }
        let tokens = view.tokens
        // (The run's tokens are read through the buffer below: in bounds, as `a..<b` is.)
        precondition(a >= 0 && b <= tokens.count, "VerbRule.content: run out of the tokens")
        // The words kept are written in place into room made for all of the run's, and the room
        // not used is cut after: appending them one at a time was a runtime call each.
        out.append(contentsOf: repeatElement(tokens[a].interned, count: b - a))
        // The word lists read at every token, read once (each read of a global is a runtime call).
        let months = Words.months, findingsWords = Self.findingsWords, roughCounts = Self.roughCounts
        let kept = out.withUnsafeMutableBufferPointer { kept -> Int in
            tokens.withUnsafeBufferPointer { tokens -> Int in
                // Every token read is at most `b - 1`; `n` stays at most `k - a`, below `b - a`.
                var n = 0
                var k = a
                while k < b {
                    let t = tokens[k]
                    if t.isYear || t.has(.number) || months.contains(t.interned) || t.key.is("-") { k += 1; continue }
                    // "dissolved on the same day under the Act", "at the same time": a time, not a link.
                    // (The rare word "same" is tested first.)
                    if k + 3 < b, tokens[k + 2].key.is("same"), tokens[k + 1].key.is("the"), t.key.is("on") || t.key.is("at") || t.key.is("in"),
                       (tokens[k + 3].key.is("day") || tokens[k + 3].key.is("date") || tokens[k + 3].key.is("time") || tokens[k + 3].key.is("year") || tokens[k + 3].key.is("month")) { k += 4; continue }
                    // "Calderdale Royal Hospital in Halifax are run by ...": a place the lexicon does not
                    // know, after "in" or "at", only says where.
                    if k + 1 < b, tokens[k + 1].isCapitalised, tokens[k + 1].isWord, t.key.is("in") || t.key.is("at"),
                       view.doc.mentionAt[k + 1] < 0, !months.contains(tokens[k + 1].interned) {
                        k += 2
                        while k < b, tokens[k].isCapitalised, tokens[k].isWord, view.doc.mentionAt[k] < 0 { k += 1 }
                        continue
                    }
                    // Likewise a known town: "Calderdale Royal Hospital in Halifax are run by ..." (see
                    // ``placeAside(_:_:_:)``, which lets the pair reach past it).
                    if k + 1 < b, view.doc.mentionAt[k + 1] >= 0, t.key.is("in") || t.key.is("at"),
                       let place = view.items.first(where: { $0.first == k + 1 }), place.type == .place, place.last <= b {
                        k = place.last
                        continue
                    }
                    // "published the findings of its inquiry into X": the inquiry named by its subject is
                    // the work itself.
                    // (One bit test per token; the words kept so far are read only at such a word.)
                    if findingsWords.contains(t.interned), kept[..<n].last(where: { !$0.is("the") }).map({ publishingVerbs.contains($0) }) == true,
                       let skip = findingsOfInquiry(view.tokens, k, b) { k = skip; continue }
                    // "merged into about 100 health authorities": a rough count before a number.
                    if k + 1 < b, tokens[k + 1].has(.number), roughCounts.contains(t.interned) { k += 1; continue }
                    if endsInLy(t.key), !(t.key.is("only") || t.key.is("fully") || t.key.is("early") || t.key.is("family") || t.key.is("supply") || t.key.is("italy") || t.key.is("july") || t.key.is("assembly") || t.key.is("formerly") || t.key.is("previously")) { k += 1; continue }
                    if k + 1 < b, tokens[k + 1].isYear || tokens[k + 1].has(.number) || months.contains(tokens[k + 1].interned),
                       t.key.is("in") || t.key.is("on") || t.key.is("from") || t.key.is("since") || t.key.is("by") && tokens[k + 1].isYear { k += 1; continue }
                    kept[n] = t.interned
                    n += 1
                    k += 1
                }
                return n
            }
        }
        out.removeLast(out.count - kept)
        // "chaired by the economist Andrew Dilnot", "led by a former GP, X": a description of
        // the person named next is no part of the link.
        if b < view.range.upperBound, view.doc.mentionAt[b] >= 0, let last = out.last, describesPerson.contains(last) || Words.roles.contains(last),
           view.items.first(where: { $0.first == b })?.type == .person {
            var n = out.count
            while n > 0, describesPerson.contains(out[n - 1]) || Words.roles.contains(out[n - 1]) || PersonRule.roleNames.contains(out[n - 1]) { n -= 1 }
            if n > 0, n < out.count, (out[n - 1].is("the") || out[n - 1].is("a") || out[n - 1].is("an")) { out.removeSubrange((n - 1)...) }
        }
    }

    /// `key.characterCount > 4 && key.hasSuffix("ly")`, answered by the last two bytes for
    /// nearly every key: a key whose UTF-8 does not end in "ly" has no "ly" Character suffix,
    /// and one of at most four bytes has at most four Characters. Only keys ending in those
    /// bytes are counted and compared as Characters.
    @inline(__always)
    private static func endsInLy(_ key: String) -> Bool {
        let u = key.utf8
        guard u.count > 4 else { return false }
        let bytes = u.withContiguousStorageIfAvailable { $0[$0.count - 2] == 0x6C && $0[$0.count - 1] == 0x79 } ?? true
        return bytes && key.characterCount > 4 && key.hasSuffix("ly")
    }

    /// Lower-case words that describe a person before the name ("the economist Andrew Dilnot").
    private static let describesPerson: WordSet = [
        "economist", "cardiologist", "surgeon", "lawyer", "barrister", "businessman", "businesswoman", "banker",
        "accountant", "broadcaster", "journalist", "academic", "historian", "psychiatrist", "paediatrician",
        "epidemiologist", "pharmacologist", "physician", "scientist", "statistician", "administrator", "politician",
        "retired", "veteran", "former", "american", "british", "scottish", "welsh", "irish", "labour", "conservative",
    ]

    /// Verbs of publishing after which ``findingsOfInquiry(_:_:_:)`` reads the inquiry's title as the object.
    private static let publishingVerbs: WordSet = ["published", "publishes", "publish", "released", "issued"]
    /// Nouns for what an inquiry produced ("the findings of its inquiry into X").
    private static let findingsWords: WordSet = ["result", "results", "findings", "conclusions", "outcome", "report"]
    /// Nouns for an inquiry named by its subject.
    private static let inquiryWords: WordSet = ["inquiry", "review", "investigation", "consultation"]

    /// The end of "result(s)/findings/conclusions/outcome/report of (its/their/the) inquiry/review
    /// into" starting at `k` (before `b`), when a capitalised title follows; or nil.
    private static func findingsOfInquiry(_ tokens: [Token], _ k: Int, _ b: Int) -> Int? {
        guard k + 3 < b, findingsWords.contains(tokens[k].interned), tokens[k + 1].key.is("of") else { return nil }
        var j = k + 2
        if (tokens[j].key.is("its") || tokens[j].key.is("their") || tokens[j].key.is("the") || tokens[j].key.is("an") || tokens[j].key.is("a") || tokens[j].key.is("his") || tokens[j].key.is("her")) { j += 1 }
        guard j + 1 < b, inquiryWords.contains(tokens[j].interned), tokens[j + 1].key.is("into"), j + 2 == b || tokens[j + 2].isCapitalised else { return nil }
        return j + 2
    }

    /// The trigger phrase in `gap` with only filler words around it (longest phrase first).
    static func match(_ gap: Gap) -> Trigger? {
        guard !gap.isEmpty, gap.count <= 12 else { return nil }
        let found = phrases(in: gap)
        // Most gaps hold no phrase at all.
        guard !found.isEmpty else { return nil }
        // The lists read below, read once (each read of a global is a runtime call).
        let triggers = Triggers.triggers, fillers = Triggers.fillers, areaWords = Triggers.areaWords, auxiliaries = Self.auxiliaries
        for length in stride(from: min(7, gap.count), through: 1, by: -1) {
            for (s, phraseLength, i) in found where phraseLength == length {
                // (The trigger's fields are read in place; it is copied only when returned.)
                let predicate = triggers[i].predicate
                let before = gap[..<s], after = gap[(s + length)...]
                // "made the headlines by taking on X": a gerund after "by" states what the subject did.
                let byGerund = before.count <= 6 && before.last?.is("by") == true && gap[s].text.hasSuffix("ing")
                    && (predicate == .criticised || predicate == .supports)
                // "was published in April 2023 and was welcomed by": after "and", fillers only.
                // (Each test is made only when those before it pass: all are plain reads.)
                let fillerBefore = before.allSatisfy { fillers.contains($0) }
                    || (before.count <= 6 && (before.lastIndex(where: { $0.is("and") }).map { before[($0 + 1)...].allSatisfy { fillers.contains($0) } } ?? false))
                    || byGerund
                guard fillerBefore else { continue }
                // "serves a population of 1.9 million people in Kent", "covered the area of
                // Northwich": words for a population or an area may follow a `covers` verb.
                let covers = predicate == .covers
                guard after.allSatisfy({ fillers.contains($0) || covers && areaWords.contains($0) }), !after.contains(where: { $0.is("and") }) else { continue }
                // "Hewitt, who led the review, is a former ...": a comma after the verb's object
                // opens another clause, so the next mention is not the object.
                let newClause = after.firstIndex(where: { $0.is(",") }).map { c in after[c...].contains { auxiliaries.contains($0) } } ?? false
                // "proposed that Royal Bournemouth Hospital should become ...": "that" after the
                // verb opens a clause; the name after it is no object.
                if !newClause, !after.contains(where: { $0.is("that") }) {
                    let t = triggers[i]
                    // "promoted by", "criticised by": an active verb's participle with "by" is passive.
                    // ("was criticised in a report by X").
                    if after.contains(where: { $0.is("by") }), !t.phrase.hasSuffix(" by"), t.phrase != "by" {
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

    /// Every run of `gap` words that is a ``Triggers`` phrase of at most seven words, as its
    /// start, length and index in ``Triggers/triggers``, by start. Each run grows a word at a
    /// time down ``Triggers/trie`` while it is the beginning of some phrase, so most starts
    /// cost one lookup, and no run is joined into a string.
    private static func phrases(in gap: Gap) -> [(start: Int, length: Int, trigger: Int)] {
        // (The trie searches in place: a local copy of it retained and released each of its
        // arrays at every call.)
        Triggers.trie.runs(in: gap)
    }

    /// Irregular past and reporting verbs that open a main clause after a noun phrase.
    static let mainVerbs: WordSet = ["drew", "came", "took", "gave", "made", "said", "says", "went", "began", "grew",
                                         "became", "remains", "appears", "shows", "suggests", "argues", "warns", "means",
                                         "brought", "sought", "meant", "won", "lost", "left", "found", "met", "saw", "set"]

    /// Finite auxiliaries: after a comma they start another clause's verb.
    static let auxiliaries: WordSet = ["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might"]

    /// Words that may follow a noun phrase's head; any other lower-case word after a mention
    /// means the mention only modifies a noun ("the NHS management line").
    static let phraseEnders: WordSet = [
        "in", "on", "at", "by", "for", "to", "of", "from", "with", "and", "or", "but", "as", "which", "that", "who",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", "be", "been", "being", "after", "before", "during", "since", "until", "when",
        "while", "where", "because", "through", "under", "across", "into", "within", "without", "between", "among",
        "than", "then", "so", "if", "also", "only", "nor", "both", "each", "all", "themselves", "itself", "instead",
        "altogether", "entirely", "completely", "formally", "too", "again", "later", "earlier", "today", "now", "yet",
        "throughout", "around", "against", "towards", "toward", "via", "per", "like", "beyond", "alongside", "including",
        "such", "whose", "what", "whether", "despite", "unless", "upon", "over", "onto", "off", "out", "up", "about",
        "above", "below", "near", "once", "there", "here", "nationally", "locally", "along", "together", "plus",
        "amongst", "except", "besides", "outright", "wholesale", "overnight", "immediately",
    ]

    /// The people whose body item `i` is, in "A of X", "A (and B) of X", "A, of X".
    static func peopleOf(_ view: SentenceView, _ i: Int) -> [Int]? {
        let tokens = view.tokens
        var k = view.items[i].first - 1
        if k > view.range.lowerBound, tokens[k].key.is("the") { k -= 1 }
        guard i > 0, k > view.range.lowerBound, (tokens[k].key.is("of") || tokens[k].key.is("from") || tokens[k].key.is("at")) else { return nil }
        k -= 1
        if tokens[k].key.is(",") { k -= 1 }
        let p = view.items[i - 1]
        guard p.type == .person else { return nil }
        if p.last == k + 1 { return [i - 1] }
        if tokens[k].key.is(")"), i > 1, view.items[i - 2].type == .person, p.last == k,
           view.keys(view.items[i - 2].last, p.first).first == "(" { return [i - 2, i - 1] }
        return nil
    }

    /// Whether `a` stands right before `b` with only quotation marks between: "the
    /// Conservative ‘Private Finance Initiative’".
    static func qualifies(_ view: SentenceView, _ a: SentenceView.Item, _ b: SentenceView.Item) -> Bool {
        // "chaired by the former health secretary Stephen Dorrell", "the Conservative MP
        // Stephen Dorrell": an office or party as a title right before a person's name.
        if b.type == .person, b.first >= a.last, b.first - a.last <= 1, a.type == .party || PeopleRule.isOffice(a, view.doc),
           !view.tokens[a.last - 1].has(.possessive),
           (a.last..<b.first).allSatisfy({ titleNouns.contains(view.tokens[$0].interned) }) {
            return true
        }
        // "the Conservative former health secretary A": a party before an office before a name.
        if a.type == .party, b.first > a.last, b.first - a.last <= 1, PeopleRule.isOffice(b, view.doc),
           (a.last..<b.first).allSatisfy({ (view.tokens[$0].key.is("former") || view.tokens[$0].key.is("then") || view.tokens[$0].key.is("ex") || view.tokens[$0].key.is("shadow")) }),
           let c = view.items.first(where: { $0.first >= b.last }), c.type == .person, c.first - b.last <= 1 {
            return true
        }
        guard b.first > a.last, b.first - a.last <= 1, [.party, .nationalBody, .organisation].contains(a.type),
              !view.tokens[a.last - 1].has(.possessive) else { return false }
        return (a.last..<b.first).allSatisfy { view.tokens[$0].has(.quote) }
    }

    /// After an object and a date ("... into Y on 1 February 2023"), "and Z on <date>" closing
    /// the clause: Z, the subject of the same verb and object, left out.
    static func gappedSubject(_ view: SentenceView, _ y: SentenceView.Item) -> Int? {
        let tokens = view.tokens, end = view.range.upperBound
        func afterDate(_ k: Int) -> Int? {
            guard k < end, (tokens[k].key.is("on") || tokens[k].key.is("in") || tokens[k].key.is("from") || tokens[k].key.is("by")) else { return nil }
            var j = k + 1
            var sawYear = false
            while j < end, j - k <= 5, tokens[j].has(.number) || Words.months.contains(tokens[j].interned) || tokens[j].key.is("the") {
                if tokens[j].isYear { sawYear = true }
                j += 1
            }
            return sawYear ? j : nil
        }
        guard let k = afterDate(y.last), k + 1 < end, tokens[k].key.is("and") else { return nil }
        var zFirst = k + 1
        if tokens[zFirst].key.is("the"), zFirst + 1 < end { zFirst += 1 }
        guard let zi = view.items.firstIndex(where: { $0.first == zFirst }), let after = afterDate(view.items[zi].last),
              after >= end || (tokens[after].key.is(".") || tokens[after].key.is(";") || tokens[after].key.is(",") || tokens[after].key.is(")")) else { return nil }
        return zi
    }

    /// "The 2012 Act abolished PCTs and replaced them with CCGs", "The Act replaced X with Y":
    /// a law as the sentence's subject that replaces bodies with others establishes the new ones.
    static func lawCreates(_ view: SentenceView, _ groups: [[Int]], _ created: [Int], pivot: Int, into out: inout [DocRelation]) {
        guard let subject = groups.first, view.items[subject[0]].first <= view.range.lowerBound + 2,
              subject.allSatisfy({ view.items[$0].type == .act }), !subject.contains(where: created.contains),
              !view.negated(view.items[subject.last!].last, pivot) else { return }
        emit(view, created, subject, Trigger(predicate: .establishedBy, direction: .forward, sources: [], targets: Triggers.laws),
             pivot: pivot, into: &out)
    }

    /// Words that end a short description in apposition (a clause or a list begins).
    private static let descriptionStops: WordSet = ["that", "which", "who", ",", "and", "was", "were", "is"]

    /// Words between a body and the form in its appositive ("X (ACR), also a new special health
    /// authority,").
    private static let appositiveFillers: WordSet = ["also", "then", "now", "itself", "later", ")", "new", "single"]

    /// Words after a link that belong to the noun phrase ("with the", "with a single new").
    private static let linkFillers: WordSet = ["the", "a", "an", "new", "single", "one", ","]

    private static let combineVerbs: WordSet = ["combine", "combines", "combined", "combining"]
    /// Words around "combine" in the gap ("would combine", "for example, combined the former").
    private static let combineFillers: WordSet = ["would", "will", "to", "is", "was", "also", "then", "now", "the", "former", ",",
                                                  "for", "example", "instance"]

    /// The group formed after group `r` ("... to form Z"): the next group that ``formsNext``
    /// reaches, passing over groups of places inside an appositive of `r` ("Y, its smaller
    /// neighbour in North Somerset, to form Z").
    static func formedGroup(_ view: SentenceView, _ groups: [[Int]], after r: Int) -> Int? {
        let from = view.items[groups[r].last!].last
        var g = r + 1
        while g < groups.count, g <= r + 3 {
            let to = view.items[groups[g].first!].first
            if formsNext(view, from, to) { return g }
            guard groups[g].allSatisfy({ view.items[$0].type == .place }) else { return nil }
            g += 1
        }
        return nil
    }

    /// Whether the words from token `a` to `b` are "to form (the/a new)", "to create",
    /// "to become": what follows is the body a merger made.
    static func formsNext(_ view: SentenceView, _ a: Int, _ b: Int) -> Bool {
        var words = view.keys(a, b).filter { !$0.is("the") && !$0.is("a") && !$0.is("an") && !$0.is("new") && !$0.is("single") }
        // "Y, its smaller neighbour in North Somerset, to form Z": an appositive of up to eight
        // words set off by commas before the verb (the keys between mentions only: a place
        // inside it is passed over by ``formedGroup``).
        if words.first.map({ $0.is(",") }) == true, let close = words.dropFirst().firstIndex(where: { $0.is(",") }), close <= 9, close + 1 < words.count,
           ["its", "their", "a", "an", "the"].containsKey(view.keys(a, b).dropFirst().first ?? "") {
            words.removeSubrange(0...close)
        }
        // "to form a new organisation, Lewisham and Greenwich NHS Trust": a word for a body in
        // apposition before the name.
        if words.count == 4, words[3] == ",", (words[2].is("organisation") || words[2].is("organization") || words[2].is("body") || words[2].is("trust") || words[2].is("authority") || words[2].is("board") || words[2].is("agency")) {
            words.removeLast(2)
        }
        guard words.count == 2, words[0] == "to" || words[0] == "and" else { return false }
        return (words[1].is("form") || words[1].is("create") || words[1].is("become") || words[1].is("make") || words[1].is("establish") || words[1].is("formed") || words[1].is("created") || words[1].is("became"))
    }

    /// The item `i` is the object of "of" after a body ("the Health Committee of the House of
    /// Commons"): that body.
    static func ofHead(_ view: SentenceView, _ i: Int, forms: Bool = false) -> Int? {
        let item = view.items[i]
        var k = item.first - 1
        if k > view.range.lowerBound, view.tokens[k].key.is("the") { k -= 1 }
        guard i > 0, k > view.range.lowerBound, view.tokens[k].key.is("of") else { return nil }
        let h = view.items[i - 1]
        guard h.last == k, PeopleRule.isOrg(h.type), h.kind == .instance || forms else { return nil }
        return i - 1
    }

    /// Nouns between a party and a name that make the pair a title ("the Labour MP A").
    private static let titleNouns: WordSet = ["mp", "peer", "minister", "politician", "councillor", "mayor", "leader", "grandee", "backbencher"]

    static func modifiesNoun(_ view: SentenceView, _ item: SentenceView.Item) -> Bool {
        guard item.last < view.range.upperBound else { return false }
        if let next = view.items.first(where: { $0.first >= item.last }), qualifies(view, item, next) { return true }
        let t = view.tokens[item.last]
        // "the NHS Commissioner/Service Supplier split": a capitalised word that starts no
        // name of its own continues the noun phrase.
        if t.isWord, t.isCapitalised, !t.has(.upper), view.doc.mentionAt[item.last] < 0 { return true }
        guard t.isWord, !t.isCapitalised, !t.isYear else { return false }
        // "A's attack on the NHS drew protests": the main clause's verb follows the object.
        if t.key.characterCount >= 5 && t.key.hasSuffix("ed") || mainVerbs.contains(t.interned) { return false }
        return !phraseEnders.contains(t.interned) && !(t.key.characterCount > 4 && t.key.hasSuffix("ly"))
    }

    /// Whether "board" (or "management/governing board/body") starts at token `k` and ends the
    /// noun phrase: "the agency's board", "the trust's governing body".
    static func ownBoard(_ view: SentenceView, _ k: Int) -> Bool {
        var j = k
        if j < view.range.upperBound, (view.tokens[j].key.is("management") || view.tokens[j].key.is("governing") || view.tokens[j].key.is("executive") || view.tokens[j].key.is("main") || view.tokens[j].key.is("unitary")) { j += 1 }
        guard j < view.range.upperBound, view.tokens[j].key.is("board") || view.tokens[j].key.is("body") && j > k else { return false }
        j += 1
        return j >= view.range.upperBound || !view.tokens[j].isWord || phraseEnders.contains(view.tokens[j].interned)
    }

    /// Verbs of harm after the subject of a warning ("... would fragment ...").
    static let harmVerbs: WordSet = [
        "damage", "harm", "undermine", "fragment", "destabilise", "destabilize", "fail", "threaten", "weaken", "worsen",
        "erode", "hamper", "jeopardise", "jeopardize", "disrupt", "distract", "privatise", "privatize", "cost", "risk",
        "risks", "lead", "open", "cut", "reduce", "break", "collapse", "struggle", "lose",
    ]

    /// Whether a harmful verb follows the item `i` within a few words ("the Act would fragment").
    static func harmFollows(_ view: SentenceView, _ i: Int) -> Bool {
        let item = view.items[i]
        let end = min(view.range.upperBound, item.last + 5)
        return (item.last..<end).contains { harmVerbs.contains(view.tokens[$0].interned) || harmVerbs.contains(Vocabulary.singular(view.tokens[$0].key, acronymPlural: false)) }
    }

    static func emit(_ view: SentenceView, _ left: [Int], _ right: [Int], _ t: Trigger, pivot: Int, into out: inout [DocRelation]) {
        if t.phrase.hasSuffix(" that"), let r = right.last, !harmFollows(view, r) { return }
        // "attacked Allyson Pollock's work": a stance towards someone's work is towards them.
        // "chaired the agency's board", "led the trust's board": a body's board stands for it.
        if let last = right.last, modifiesNoun(view, view.items[last]),
           !(t.direction == .forward && [.criticised, .supports].contains(t.predicate) && view.items[last].type == .person
             && view.tokens[view.items[last].last - 1].has(.possessive)),
           !(t.direction == .forward && [.leads, .authored].contains(t.predicate) && PeopleRule.isOrg(view.items[last].type)
             && view.tokens[view.items[last].last - 1].has(.possessive) && ownBoard(view, view.items[last].last)) { return }
        for l in left {
            for r in right {
                let (s, o) = t.direction == .forward ? (view.items[l], view.items[r]) : (view.items[r], view.items[l])
                // "Chris Ham (with his colleague Anna Charles) of The King's Fund was an adviser to
                // X": the people advise; their body only says where they work.
                if t.predicate == .advises, t.direction == .forward, PeopleRule.isOrg(s.type), let people = peopleOf(view, l) {
                    for p in people where view.items[p].entity != o.entity {
                        out.append(DocRelation(source: view.items[p].entity, predicate: .advises, target: o.entity, sentence: view.index))
                    }
                    continue
                }
                // "led", "chaired" a body rather than a work: the person leads it.
                if t.predicate == .authored, t.phrase != "by", s.type == .person, PeopleRule.isOrg(o.type) {
                    out.append(DocRelation(source: s.entity, predicate: .leads, target: o.entity, sentence: view.index))
                    continue
                }
                // "Huddersfield Royal Infirmary is run by Calderdale and Huddersfield NHS Foundation
                // Trust": a hospital run by a trust is part of it.
                if t.predicate == .leads, s.type == .trust, o.type == .trust, s.kind == .instance, o.kind == .instance, s.entity != o.entity {
                    out.append(DocRelation(source: o.entity, predicate: .partOf, target: s.entity, sentence: view.index))
                    continue
                }
                // "The Dorset Clinical Services Review, run by NHS Dorset CCG": a review run or
                // headed by someone is their work.
                if t.predicate == .leads, o.type == .report, o.kind == .instance, s.entity != o.entity,
                   s.type == .person || PeopleRule.isOrg(s.type) && s.kind == .instance {
                    out.append(DocRelation(source: s.entity, predicate: .authored, target: o.entity, sentence: view.index))
                    continue
                }
                // "Harold Wilson set up the Royal Commission on the NHS", "the commission,
                // established by the Department of Health": a person or public body that sets up an
                // inquiry's commission or a review commissioned it.
                if t.predicate == .establishedBy, o.type == .person || o.type == .nationalBody, o.kind == .instance, s.type == .committee || s.type == .report, s.kind == .instance,
                   isInquiry(view.doc.entities[s.entity].name) {
                    out.append(DocRelation(source: o.entity, predicate: .commissioned, target: s.entity, year: view.year(near: pivot), sentence: view.index))
                    continue
                }
                // "On 1 February 2023 NHS Digital became part of NHS England": a named body that
                // became part of another merged into it (a hospital that did stays a part).
                if t.predicate == .partOf, t.phrase.hasPrefix("becam") || t.phrase.hasPrefix("becom"), s.kind == .instance, o.kind == .instance,
                   PeopleRule.isOrg(s.type), PeopleRule.isOrg(o.type), s.entity != o.entity, !(s.type == .trust && isHospital(view, s)) {
                    out.append(DocRelation(source: s.entity, predicate: .mergedInto, target: o.entity, year: view.year(near: pivot), sentence: view.index))
                    continue
                }
                // "The State Hospitals Board runs the State Hospital", "the hospital is run by the
                // board", "the trust took on the Princess Royal University Hospital": a body that
                // runs or takes on a hospital has it as a part.
                if o.type == .trust, o.kind == .instance, s.kind == .instance, PeopleRule.isOrg(s.type), s.entity != o.entity,
                   t.predicate == .leads || t.phrase.hasPrefix("took on") || t.phrase.hasPrefix("take on") || t.phrase.hasPrefix("takes on"),
                   isHospital(view, o) {
                    out.append(DocRelation(source: o.entity, predicate: .partOf, target: s.entity, sentence: view.index))
                    continue
                }
                // "the National Care Service (Scotland) Bill was renamed the Care Reform (Scotland)
                // Bill": a bill renamed is a law renamed to a law (and only that).
                let lawRenamed = t.predicate == .renamedTo && s.type == .act && o.type == .act
                guard lawRenamed || t.sources.isEmpty || t.sources.contains(s.type), lawRenamed || t.targets.isEmpty || t.targets.contains(o.type) else { continue }
                guard s.entity != o.entity, s.type != .place || t.predicate == .partOf else { continue }
                if t.predicate == .subtypeOf, s.kind != .form || o.kind != .form { continue }
                if t.predicate == .instanceOf, s.kind != .instance || o.kind != .form || s.type != o.type { continue }
                // "who had run several strategic health authorities": a person heads bodies, not a kind of body.
                if t.predicate == .leads, o.kind == .form { continue }
                // "Each ICS includes an ICB and an ICP": forms of different types that one
                // includes are its parts, not its variants.
                if t.predicate == .subtypeOf, s.type != o.type {
                    out.append(DocRelation(source: s.entity, predicate: .partOf, target: o.entity, sentence: view.index))
                    continue
                }
                // "It grew out of the Accelerated Access Review": a body that grew out of a report
                // was set up on its recommendation.
                if t.predicate == .evolvedInto, s.type == .report, o.type != .report, o.type != .act, PeopleRule.isOrg(o.type) {
                    out.append(DocRelation(source: o.entity, predicate: .establishedBy, target: s.entity, year: view.year(near: pivot), sentence: view.index))
                    continue
                }
                // Lineage joins forms to forms and named bodies to named bodies ("Bradford's three
                // CCGs became NHS Bradford District and Craven CCG" names no form's successor, but
                // the body they became is one of them).
                if t.predicate.isLineage, (s.kind == .form) != (o.kind == .form) {
                    if s.kind == .form, s.type == o.type, [.mergedInto, .evolvedInto, .replacedBy].contains(t.predicate) {
                        out.append(DocRelation(source: o.entity, predicate: .instanceOf, target: s.entity, sentence: view.index))
                    }
                    continue
                }
                // "The Royal Marsden became a foundation trust": one of a kind, not a successor
                // (InstanceRule.stated reads it as instance_of).
                if t.predicate.isLineage, s.kind == .instance, o.kind == .form, o.first > view.range.lowerBound,
                   (view.tokens[o.first - 1].key.is("a") || view.tokens[o.first - 1].key.is("an")) { continue }
                // "Sustainability and Transformation Plans became ... Partnerships": a form that
                // becomes one differing only in its last word was renamed.
                var predicate = t.predicate
                // "called for the Bill to be withdrawn": wanting a thing gone is opposing it.
                if predicate == .supports, t.direction == .forward, removalFollows(view, o) { predicate = .criticised }
                // An advisory panel that "supported" a review advised it.
                if predicate == .supports, s.type == .committee, o.type == .report,
                   view.doc.entities[s.entity].name.lowercasedContains("advisory") { predicate = .advises }
                // "The King's Fund and the Nuffield Trust are members of the NHS Confederation",
                // "the Shelford Group brings together ten trusts": bodies that belong to a
                // membership body (association, committee, party) are its members, not its parts.
                if predicate == .partOf, Triggers.membershipPhrases.contains(t.phrase),
                   [.association, .committee, .party, .thinkTank, .organisation].contains(o.type) { predicate = .memberOf }
                // "Kent County Council and Medway Council are members of the Kent and Medway
                // Integrated Care Partnership": said in so many words, whatever the body.
                if predicate == .partOf, (t.phrase.is("members of") || t.phrase.is("member of") || t.phrase.is("a member of")), o.kind == .instance { predicate = .memberOf }
                // "The Kent and Medway ICS brought together the trust and the council": a
                // partnership brings its members together; it does not absorb them.
                if predicate == .mergedInto, t.phrase == "brought together", [.ics, .icp, .stp].contains(o.type) { predicate = .memberOf }
                if predicate == .evolvedInto, renaming(view.doc.entities[s.entity], view.doc.entities[o.entity]) { predicate = .renamedTo }
                // "chaired by A", "A, who chaired X": A is the chair.
                let role: String? = predicate == .leads && t.phrase.hasPrefix("chair") ? "chair" : nil
                // A post's year is not read from the nearest date ("chaired by A, whose 2014 report").
                out.append(DocRelation(source: s.entity, predicate: predicate, target: o.entity,
                                       year: predicate == .leads ? nil : year(view, t.predicate, o, pivot: pivot), role: role, sentence: view.index))
            }
        }
    }

    /// For a body item closing an appositive about a person ("A, a professor at X,", "A,
    /// then chief executive of X,"), the index of that person.
    static func appositivePerson(_ view: SentenceView, _ i: Int) -> Int? {
        guard i > 0 else { return nil }
        let p = view.items[i - 1], tokens = view.tokens
        guard p.type == .person, p.last < view.items[i].first, tokens[p.last].key.is(",") else { return nil }
        var inner = view.keys(p.last + 1, view.items[i].first)
        if inner.last == "the" { inner.removeLast() }
        // "Sir Bruce Keogh, NHS England's medical director, ...": the body's possessive opens it.
        if inner.isEmpty, tokens[view.items[i].last - 1].has(.possessive) { return i - 1 }
        // "Alan Milburn, Secretary of State for Health from 1999 to 2003, championed X": an
        // office in the person's appositive.
        if PeopleRule.isOffice(view.items[i], view.doc), inner.allSatisfy({ ($0.is("a") || $0.is("an") || $0.is("then") || $0.is("now") || $0.is("former") || $0.is("formerly") || $0.is("once") || $0.is("previously") || $0.is("currently") || $0.is("later")) }) {
            return i - 1
        }
        guard inner.count >= 2, inner.count <= 8, !inner.contains(where: { $0.is(",") }), !inner.contains(where: { $0.is("and") }), !inner.contains(where: { $0.is("said") }),
              let link = inner.last, (link.is("at") || link.is("of") || link.is("for") || link.is("with") || link.is("from") || link.is("to")),
              (inner[0].is("a") || inner[0].is("an") || inner[0].is("the") || inner[0].is("then") || inner[0].is("now") || inner[0].is("former") || inner[0].is("formerly") || inner[0].is("once") || inner[0].is("previously") || inner[0].is("currently") || inner[0].is("its"))
                || Words.roles.contains(inner[0]) else { return nil }
        return i - 1
    }

    /// Whether `words` (after item `i`, up to a comma) are a role after the item's possessive:
    /// "NHS England's national medical director", "the trust's chief executive".
    static func possessiveRole(_ view: SentenceView, _ i: Int, _ words: ArraySlice<KeyInterner.Key>) -> Bool {
        guard (1...5).contains(words.count), view.tokens[view.items[i].last - 1].has(.possessive),
              words.allSatisfy({ Words.roles.contains($0) || PersonRule.roleNames.contains($0) || ($0.is("of") || $0.is("for") || $0.is("and")) }) else { return false }
        return words.last.map { Words.roles.contains($0) || PersonRule.roleNames.contains($0) } ?? false
    }

    /// "Under the Health and Care Act 2022, CCGs were dissolved", "Through the 2012 Act,
    /// NHS England was created": a law named before the clause whose passive verb it causes.
    static func frontedLaw(_ view: SentenceView, into out: inout [DocRelation]) {
        let tokens = view.tokens, items = view.items
        var start = view.range.lowerBound
        // "1996: under the Act, ...", "In 2013, under the Act, ...": a date before it.
        if start + 2 < view.range.upperBound, tokens[start].isYear, tokens[start + 1].key.is(":") || tokens[start + 1].key.is(",") { start += 2 }
        if start + 3 < view.range.upperBound, tokens[start].key.is("in"), tokens[start + 1].isYear, tokens[start + 2].key.is(",") { start += 3 }
        // "Set up under the Health and Social Care Act 2008, the CQC took over ...": a
        // participle of founding before the law; the clause's subject was founded by it.
        var founded = false
        if start + 2 < view.range.upperBound {
            let w = tokens[start].key
            if w.is("set"), tokens[start + 1].key.is("up") { start += 2; founded = true }
            else if (w.is("created") || w.is("established") || w.is("formed") || w.is("founded") || w.is("introduced")) { start += 1; founded = true }
        }
        guard items.count >= 2, start < view.range.upperBound, (tokens[start].key.is("under") || tokens[start].key.is("through") || tokens[start].key.is("by") || tokens[start].key.is("with")),
              let law = items.first, Triggers.laws.contains(law.type), law.first - start <= 2,
              law.last < view.range.upperBound, tokens[law.last].key.is(",") else { return }
        if founded {
            let groups = view.groups()
            let subject = groups[0].count > 1 ? Array(groups[0].dropFirst()) : groups.count > 1 ? groups[1] : []
            guard let first = subject.first, items[first].first - law.last <= 2, !view.negated(law.last, items[subject.last!].last + 3) else { return }
            for i in subject where PeopleRule.isOrg(items[i].type) || items[i].type == .programme {
                out.append(DocRelation(source: items[i].entity, predicate: .establishedBy, target: law.entity,
                                       year: year(view, .establishedBy, law, pivot: law.first), sentence: view.index))
            }
            return
        }
        // The comma after the law also reads as a list link, so the subject may share its group.
        let groups = view.groups()
        let subject = groups[0].count > 1 ? Array(groups[0].dropFirst()) : groups.count > 1 ? groups[1] : []
        guard !subject.isEmpty, items[subject.first!].first == law.last + 1 || items[subject.first!].first == law.last + 2 && tokens[law.last + 1].key.is("the")
        else { return }
        // The clause's subject, and the subject of each later clause after ";" ("...; regional
        // health authorities are abolished"): the law governs them all.
        var subjects = [subject]
        for g in groups where g.first! > subject.last! {
            let f = items[g.first!].first
            var j = f - 1
            if j > law.last, tokens[j].key.is("the") { j -= 1 }
            if j > law.last, tokens[j].key.is(";") { subjects.append(g) }
        }
        for subject in subjects {
            let end = items[subject.last!].last
            var k = end
            while k < view.range.upperBound, Triggers.fillers.contains(tokens[k].interned) || tokens[k].key.hasSuffix("ly") && tokens[k].key.characterCount > 4 { k += 1 }
            guard k < view.range.upperBound, !view.negated(end, k + 1) else { continue }
            var p = tokens[k].key
            if p.is("set"), k + 1 < view.range.upperBound, tokens[k + 1].key.is("up") { p = "set up" }
            let predicate: Predicate
            switch p {
            case "abolished", "dissolved", "scrapped", "disbanded", "wound": predicate = .abolishedBy
            case "established", "created", "set up", "introduced", "formed": predicate = .establishedBy
            default: continue
            }
            for i in subject where items[i].type != .place && items[i].type != .person {
                out.append(DocRelation(source: items[i].entity, predicate: predicate, target: law.entity,
                                       year: year(view, predicate, law, pivot: k), sentence: view.index))
            }
        }
    }

    /// "Responding to the Hewitt Review, NHS Providers said ...", "In response to the plan,
    /// the King's Fund warned ...": the body opening the main clause responded to it.
    /// The first words of the phrases ``frontedResponse(_:into:)`` looks for: a sentence
    /// opening with none of them is passed over before its words are joined.
    /// The interned key "when" (the same for every token whose key is "when").
    private static let whenKey = KeyInterner.shared.intern("when")

    private static let responseOpeners: WordSet = ["responding", "in", "reacting", "commenting", "replying"]

    static func frontedResponse(_ view: SentenceView, into out: inout [DocRelation]) {
        let tokens = view.tokens, items = view.items
        let start = view.range.lowerBound
        guard items.count >= 2, start < view.range.upperBound, responseOpeners.contains(tokens[start].interned) else { return }
        // "In 2013, ...": a lead "in" that is not followed by a word beginning as "response",
        // "reply", "its", "their" or "a" do (the phrases' second words) begins none of the
        // phrases below; tested before their text is joined.
        if tokens[start].key.is("in") {
            guard start + 1 < view.range.upperBound, let c = tokens[start + 1].key.utf8.first,
                  c == 0x72 || c == 0x69 || c == 0x74 || c == 0x61 else { return }
        }
        let lead = view.keys(start, min(view.range.upperBound, start + 4)).joined(separator: " ")
        guard ["responding to", "in response to", "reacting to", "commenting on", "in reply to", "replying to", "in its response to",
               "in their response to", "in a response to", "in its reply to", "in a statement on"].contains(where: { lead.hasPrefix($0) }),
              let r = items.first, r.first - start <= 5, r.last < view.range.upperBound, tokens[r.last].key.is(",") else { return }
        let groups = view.groups()
        let agents = groups[0].count > 1 ? Array(groups[0].dropFirst()) : groups.count > 1 ? groups[1] : []
        guard !agents.isEmpty else { return }
        let first = items[agents.first!]
        guard first.first - r.last <= 2, !view.negated(first.last, min(view.range.upperBound, first.last + 4)) else { return }
        for i in agents where Triggers.agents.contains(items[i].type) && items[i].type != .person && items[i].entity != r.entity {
            out.append(DocRelation(source: items[i].entity, predicate: .respondedTo, target: r.entity, sentence: view.index))
        }
    }

    /// For an item inside a relative clause ("X, which trained the NHS workforce, merged with
    /// Y"), the index of the clause's head X: the item right before ", which"/", who", with no
    /// comma between the clause's start and the item.
    /// Participles that open a reduced relative clause about the name before them ("X,
    /// chaired by A, criticised Y": X criticised).
    private static let reducedRelatives: WordSet = ["chaired", "led", "headed", "run", "founded", "owned", "funded", "backed", "advised"]
    /// Participles of founding that open a reduced relative clause about the body before them.
    private static let foundingParticiples: WordSet = ["created", "formed", "established", "launched", "founded", "introduced", "opened"]
    /// Words after such a participle ("created in 2001 after X", "formed under the Act").
    private static let participleLinks: WordSet = ["in", "after", "under", "by", "as", "from", "on", "following"]

    /// Whether a reduced relative of founding opens at token `k` (after a comma) before `end`:
    /// "created in 2001 ...", "set up in 2019 with ...", "formed under the Act ...".
    static func foundingClause(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        if k + 1 < end, foundingParticiples.contains(tokens[k].interned), participleLinks.contains(tokens[k + 1].interned) { return true }
        return k + 2 < end && tokens[k].key.is("set") && tokens[k + 1].key.is("up") && participleLinks.contains(tokens[k + 2].interned)
    }

    static func relativeHead(_ view: SentenceView, _ i: Int) -> Int? {
        let tokens = view.tokens
        for h in stride(from: i - 1, through: max(0, i - 3), by: -1) {
            let head = view.items[h]
            let k = head.last
            // "X, which ...", "X, who ...", and the reduced "X, chaired by A, ..."
            // ("X, created in 2001 after The NHS Plan, was replaced by Y": a participle of
            // founding and a date or source.)
            // "Claire Fuller, a GP who led X, published Y": a short description before "who".
            let described = head.type == .person && k + 3 < view.items[i].first && tokens[k].key.is(",")
                && (tokens[k + 1].key.is("a") || tokens[k + 1].key.is("an"))
                ? (k + 3..<min(k + 8, view.items[i].first)).first(where: { tokens[$0].key.is("who") }) : nil
            if let w = described, !view.keys(k + 1, w).contains(","), !view.keys(w + 1, view.items[i].first).contains(","),
               view.items[i].first - k <= 14 {
                return h
            }
            guard k + 1 < view.items[i].first, tokens[k].key.is(","),
                  (tokens[k + 1].key.is("which") || tokens[k + 1].key.is("who") || tokens[k + 1].key.is("whose"))
                    || k + 2 < view.items[i].first && reducedRelatives.contains(tokens[k + 1].interned) && tokens[k + 2].key.is("by")
                    || foundingClause(tokens, k + 1, view.items[i].first) else { continue }
            guard !view.keys(k + 2, view.items[i].first).contains(","), view.items[i].first - k <= 12 else { return nil }
            return h
        }
        return nil
    }

    /// Participles of removal after "to be": "called for the Bill to be withdrawn".
    static let removalWords: WordSet = [
        "withdrawn", "scrapped", "abolished", "dropped", "halted", "paused", "repealed", "shelved", "ditched",
        "abandoned", "reversed", "stopped", "axed", "binned", "ended", "overturned", "rejected", "suspended",
    ]

    private static let creationVerbs: WordSet = ["created", "formed", "established", "born", "founded"]
    private static let mergeVerbs: WordSet = ["merged", "combined", "amalgamated"]

    /// "Health authorities were created under the Health Authorities Act 1995 from the old district
    /// health authorities and family health services authorities": the bodies a new one was
    /// created (formed, made) from, past a law it was created under, merged into it.
    static func createdFrom(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items
        guard items.count >= 3 else { return }
        let groups = view.groups()
        guard groups.count >= 3, let subject = groups.first, items[subject[0]].first <= view.range.lowerBound + 1,
              subject.allSatisfy({ PeopleRule.isOrg(items[$0].type) }) else { return }
        let law = groups[1]
        guard law.count == 1, Triggers.laws.contains(items[law[0]].type) else { return }
        let before = content(view, items[subject.last!].last, items[law[0]].first).filter { !$0.is("the") }
        guard let verb = before.firstIndex(where: { creationVerbs.contains($0) || $0.is("made") }), before.last?.is("under") == true || before.last?.is("by") == true,
              before[..<verb].allSatisfy({ Triggers.fillers.contains($0) }), verb + 2 == before.count else { return }
        let from = groups[2]
        let link = view.keys(items[law[0]].last, items[from[0]].first).filter { $0 != "the" && $0 != "old" && $0 != "former" && $0 != "existing" }
        guard link == ["from"], !view.negated(items[subject.last!].last, items[from[0]].first) else { return }
        for m in from where PeopleRule.isOrg(items[m].type) {
            for s in subject where items[s].entity != items[m].entity && items[s].kind == items[m].kind {
                out.append(DocRelation(source: items[m].entity, predicate: .mergedInto, target: items[s].entity,
                                       year: view.year(near: items[from[0]].first), sentence: view.index))
            }
        }
    }

    /// "South London Healthcare NHS Trust was created in April 2009, when A, B and C were
    /// merged": each body of the "when" clause merged into the subject.
    static func createdWhenMerged(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        // ("when" found by its interned key: one pointer compare per token.)
        let whenKey = Self.whenKey
        guard items.count >= 3, view.range.contains(where: { tokens[$0].interned == whenKey }) else { return }
        let groups = view.groups()
        guard groups.count >= 2, let subject = groups.first, items[subject[0]].first <= view.range.lowerBound + 1,
              subject.allSatisfy({ PeopleRule.isOrg(items[$0].type) && items[$0].kind == .instance }) else { return }
        let merged = groups[1]
        let gap = content(view, items[subject.last!].last, items[merged[0]].first).filter { !$0.is(",") && !$0.is("the") }
        guard let when = gap.lastIndex(where: { $0.is("when") }), when == gap.count - 1, when >= 1, creationVerbs.contains(gap[when - 1]),
              gap[..<(when - 1)].allSatisfy({ Triggers.fillers.contains($0) }) else { return }
        let end = items[merged.last!].last
        var k = end
        while k < view.range.upperBound, (tokens[k].key.is("were") || tokens[k].key.is("was") || tokens[k].key.is("had") || tokens[k].key.is("been") || tokens[k].key.is("formally") || tokens[k].key.is("all") || tokens[k].key.is("finally")) { k += 1 }
        guard k < view.range.upperBound, mergeVerbs.contains(tokens[k].interned), !view.negated(items[subject.last!].last, k + 1) else { return }
        // "were merged" ends the clause (or a date, a comma or the sentence follows it); "A
        // merged with B": both.
        var next = k + 1
        var bodies = merged
        if next + 1 < view.range.upperBound, tokens[next].key.is("with"), groups.count > 2 {
            let partner = groups[2]
            let at = items[partner[0]].first
            guard at == next + 1 || at == next + 2 && tokens[next + 1].key.is("the") else { return }
            bodies += partner
            next = items[partner.last!].last
        }
        guard next >= view.range.upperBound || !tokens[next].isWord || (tokens[next].key.is("in") || tokens[next].key.is("on") || tokens[next].key.is("that") || tokens[next].key.is("under") || tokens[next].key.is("by")) else { return }
        for m in bodies where PeopleRule.isOrg(items[m].type) && items[m].kind == .instance {
            for s in subject where items[s].entity != items[m].entity {
                out.append(DocRelation(source: items[m].entity, predicate: .mergedInto, target: items[s].entity,
                                       year: view.year(near: items[s].last), sentence: view.index))
            }
        }
    }

    /// Whether a name is an inquiry's: a commission, review, inquiry or investigation.
    static func isInquiry(_ name: String) -> Bool {
        let words = name.lowercased().splitOnSpaces()
        return words.contains { $0 == "commission" || $0 == "review" || $0 == "inquiry" || $0 == "investigation" || $0 == "taskforce" }
    }

    /// Whether a trust-typed mention names a hospital ("Queen Mary's Hospital", "the State
    /// Hospital"; "Beckenham Beacon" is not known as one), not a trust: its last word.
    static func isHospital(_ view: SentenceView, _ item: SentenceView.Item) -> Bool {
        let key = view.tokens[item.last - 1].key
        return key.is("hospital") || key.is("infirmary") || key.is("hospitals")
    }

    /// Whether "to be <removed>" follows `item` ("the Bill to be withdrawn", "to be scrapped").
    static func removalFollows(_ view: SentenceView, _ item: SentenceView.Item) -> Bool {
        let k = item.last, end = view.range.upperBound
        var j = k
        guard j < end, view.tokens[j].key.is("to") else { return false }
        j += 1
        guard j < end, view.tokens[j].key.is("be") else { return false }
        j += 1
        while j < end, view.tokens[j].key.characterCount > 4, view.tokens[j].key.hasSuffix("ly") { j += 1 }
        return j < end && removalWords.contains(view.tokens[j].interned)
    }

    /// Whether `b` is `a` under another last word with the same initials: two forms of one
    /// type whose names share every word but the last, which starts with the same letter
    /// (Sustainability and Transformation Plan/Partnership are both STPs; a Primary Care
    /// Group that became a Primary Care Trust changed form).
    static func renaming(_ a: DocEntity, _ b: DocEntity) -> Bool {
        guard a.type == b.type, a.kind == .form, b.kind == .form else { return false }
        let x = NameKeyMemo.normalise(a.name).splitOnSpaces(), y = NameKeyMemo.normalise(b.name).splitOnSpaces()
        return x.count >= 3 && x.count == y.count && x.dropLast() == y.dropLast() && x.last != y.last
            && x.last?.first == y.last?.first
    }

    /// "Sustainability and Transformation Plans (now Partnerships)": a form named and, in
    /// brackets after "now", a word that replaces its last word names the form it was renamed
    /// to, when the document knows that form.
    static func nowRenamed(_ view: SentenceView, into out: inout [DocRelation]) {
        let tokens = view.tokens
        for item in view.items where item.kind == .form {
            let k = item.last
            guard k + 3 < view.range.upperBound, tokens[k].key.is("("), tokens[k + 1].key.is("now"), tokens[k + 2].isCapitalised,
                  tokens[k + 3].key.is(")"), view.doc.mentionAt[k + 2] < 0 else { continue }
            let old = view.doc.entities[item.entity]
            var words = old.name.splitOnSpaces().map(String.init)
            guard words.count >= 2 else { continue }
            words[words.count - 1] = view.doc.text(k + 2, k + 3)
            guard let n = view.doc.entities.find(words.joined(separator: " "), old.type) else { continue }
            let e = view.doc.entities.resolved(n)
            guard e != item.entity else { continue }
            out.append(DocRelation(source: item.entity, predicate: .renamedTo, target: e, year: view.year(near: k), sentence: view.index))
        }
    }

    static func year(_ view: SentenceView, _ p: Predicate, _ target: SentenceView.Item, pivot: Int) -> Int? {
        if let y = view.year(near: pivot) { return y }
        if p == .establishedBy || p == .abolishedBy, target.type == .act {
            let name = view.doc.entities[target.entity].name
            if let last = name.splitOnSpaces().last, last.count == 4, let y = Int(last), y > 1800 { return y }
        }
        // "CCGs were abolished by the Health and Care Act 2022 and replaced by ICBs": a lineage
        // step in a sentence about one dated act takes the act's year.
        if p.isLineage {
            let acts = view.items.filter { $0.type == .act }.map { view.doc.entities[$0.entity].name }
            let years = Set(acts.compactMap { $0.splitOnSpaces().last.flatMap { $0.count == 4 ? Int($0) : nil } }.filter { $0 > 1800 })
            if years.count == 1 { return years.first }
        }
        return nil
    }
}

/// The words of a gap between two mentions (``VerbRule/content(_:_:_:)``), as the tokens'
/// interned keys: plain pointers, so a gap is made, copied and freed with no retain or
/// release per word (an array of `String`s retained and released each), and tested against
/// a ``WordSet`` or ``WordMap`` with one bit.
typealias Gap = [KeyInterner.Key]

extension KeyInterner.Key {
    /// The key's text, read in place.
    var text: String {
        @inline(__always) unsafeAddress { pointer }
    }

    /// Whether the key is `word` (``Swift/String/is(_:)``).
    @inline(__always) func `is`(_ word: String) -> Bool { text.is(word) }
}

extension Collection where Element == KeyInterner.Key {
    /// The keys' texts joined with `separator`.
    func joined(separator: String) -> String { map(\.text).joined(separator: separator) }
}
