import ReformCore

/// Lineage stated as a transfer of work: "transferred most commissioning from primary care
/// trusts to new clinical commissioning groups", "the agency was abolished, its work passing
/// to Public Health England". The body the work leaves is `replaced_by` the one it goes to.
/// "Y took over (the planning role) from X" and "Y took on the functions of X" say the same.
/// Both must be bodies, and both forms or both named instances.
enum TransferRule {
    private static let transferVerbs: WordSet = [
        "transferred", "transfers", "transferring", "transfer", "moved", "moves", "moving", "passed", "passes",
        "passing", "shifted", "shifts", "shifting", "handed", "hands", "handing", "switched", "migrated",
        // "their functions went to NHS Improvement" (only for the work itself: see ``goesWith``).
        "went", "go", "goes", "going", "gone",
    ]
    /// Verbs of going that move work only with these nouns ("its budget went to X" is spending).
    private static let goVerbs: WordSet = ["went", "go", "goes", "going", "gone"]
    private static let goesWith: WordSet = ["functions", "function", "responsibilities", "responsibility", "duties", "powers", "role", "roles", "work"]
    private static let workNouns: WordSet = [
        "work", "functions", "function", "responsibilities", "responsibility", "duties", "role", "roles", "powers",
        "budget", "budgets", "staff", "commissioning", "planning", "oversight", "regulation", "remit",
        "job", "jobs", "tasks", "services",
    ]
    private static let takeVerbs: WordSet = ["took", "take", "takes", "taking", "assumed", "assume", "assumes", "inherited",
                                                 "inherits", "inherit", "absorbed", "absorbs"]
    private static let bodyTypes = TypeMask(Triggers.bodies.subtracting([.report, .programme]))

    /// Words between the work and its verb ("its functions were then transferred").
    private static let auxiliaries: WordSet = ["are", "were", "is", "was", "have", "has", "had", "been", "being", "will", "would", "be", "now", "to",
                                               "then", "all", "largely", "mostly", "formally", "duly"]

    /// Words of a share of the work ("handed most of their budgets to Y").
    private static let quantities: WordSet = ["most", "all", "some", "much", "many", "part", "parts", "bulk"]

    /// Verbs of sharing work out: "its responsibilities are divided between Y and Z".
    private static let divideVerbs: WordSet = ["divided", "split", "shared", "distributed", "parcelled", "carved", "spread"]

    /// "PHE no longer exists. From today its responsibilities are divided between UKHSA and
    /// OHID", "its functions were transferred to Y": the body whose work it was (named
    /// earlier in the sentence, or `previous`, the subject of a recent sentence) is
    /// `replaced_by` each body the work goes to.
    static func ownWork(_ view: SentenceView, previous: Int?, into out: inout [DocRelation]) {
        guard view.classes.contains(.possessivePronoun) else { return }
        let items = view.items, tokens = view.tokens
        let end = view.range.upperBound
        // A class bit per token, not two string compares (this loop sees every token).
        for k in view.range where tokens[k].is(.possessivePronoun) {
            guard view.doc.mentionAt[k] < 0 else { continue }
            var j = k + 1
            // "its health protection functions": up to three words qualify the work.
            while j < end, j - k <= 4, !workNouns.contains(tokens[j].interned), tokens[j].isWord, view.doc.mentionAt[j] < 0 { j += 1 }
            guard j < end, workNouns.contains(tokens[j].interned) else { continue }
            let noun = j
            j += 1
            while j < end, auxiliaries.contains(tokens[j].interned) { j += 1 }
            guard j + 1 < end else { continue }
            let verb = tokens[j].key
            let divided = divideVerbs.contains(verb) && ["between", "among", "amongst"].containsKey(tokens[j + 1].key)
            let moved = transferVerbs.contains(verb) && tokens[j + 1].key.is("to")
                && (!goVerbs.contains(tokens[j].interned) || goesWith.contains(tokens[noun].interned))
            // "its payment work was taken on by the NHS Business Services Authority" (the taker
            // replaces the owner); "its headquarters functions were absorbed into the Department"
            // (the owner merged into it).
            let taken = j + 2 < end && (verb == "taken" || verb == "picked") && ["on", "over", "up"].containsKey(tokens[j + 1].key) && tokens[j + 2].key.is("by")
            let absorbed = ["absorbed", "folded", "subsumed", "merged"].containsKey(verb) && tokens[j + 1].key.is("into")
            guard divided || moved || taken || absorbed, !view.negated(max(view.range.lowerBound, k - 3), j + 1) else { continue }
            // (The preposition ends at j + 1; "taken on by" at j + 2.)
            if taken { j += 1 }
            // Whose work: the last body before "its" in this sentence, else the recent subject.
            var ownerIndex = items.lastIndex(where: { $0.last <= k && bodyTypes.contains($0.type) })
            // "The NHS Executive, which had managed the service ..., was wound up and its
            // functions ...": a body inside the subject's relative clause is not whose work it is.
            if let i = ownerIndex, i > 0, bodyTypes.contains(items[0].type), items[0].first <= view.range.lowerBound + 1,
               items[0].last + 1 < items[i].first, tokens[items[0].last].key.is(","), ["which", "who"].containsKey(tokens[items[0].last + 1].key) {
                ownerIndex = 0
            }
            let owner = ownerIndex.map { items[$0].entity } ?? previous
            guard let owner, view.doc.entities[owner].type != .person else { continue }
            let ownerKind = view.doc.entities[owner].kind
            // "A and B were dissolved and their functions went to C": "their" is each body of the
            // subject's group.
            var owners = [owner]
            if tokens[k].key.is("their"), let i = ownerIndex, let g = view.groups().first(where: { $0.contains(i) }), g.count >= 2,
               items[g[0]].first <= view.range.lowerBound + 2 {
                owners = g.filter { bodyTypes.contains(items[$0].type) && items[$0].kind == ownerKind }.map { items[$0].entity }
            }
            // The bodies the work goes to: the group right after the preposition.
            // ("split between two new GP-led bodies, A and B": a description set off by a comma.)
            guard let first = items.firstIndex(where: { $0.first > j + 1 }) else { continue }
            let lead = view.keys(j + 2, items[first].first)
            guard lead.count <= 1 || lead.count <= 7 && lead.last == "," && !lead.dropLast().contains(",") else { continue }
            let group = view.groups().first(where: { $0.contains(first) }) ?? [first]
            for owner in owners {
                for g in group where bodyTypes.contains(items[g].type) && items[g].entity != owner && items[g].kind == ownerKind {
                    out.append(DocRelation(source: owner, predicate: absorbed ? .mergedInto : .replacedBy, target: items[g].entity, year: view.year(near: items[g].first),
                                           sentence: view.index))
                }
            }
        }
    }

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        // (The word sets read where used: a local copy of a set was copied again, each of its
        // arrays retained, into every closure that tested a word with it.)
        let bodyTypes = Self.bodyTypes
        // "CCGs ceased to exist in 2022, when ICBs took over their functions": the body that
        // takes over "its"/"their" work replaces the sentence's subject.
        // ("On 1 July 2022 the ten CCGs were dissolved, and X took over their duties": a date may
        // open the sentence, and the bodies a form's plural stands for may be taken over by one.)
        if let x = items.first, bodyTypes.contains(x.type),
           x.first <= view.range.lowerBound + 1 || (view.range.lowerBound..<x.first).allSatisfy({ Words.isSubjectOpener(tokens[$0]) }) {
            for y in items.dropFirst() where bodyTypes.contains(y.type) && y.entity != x.entity
                && (y.kind == x.kind || x.kind == .form && y.type != x.type) {
                // Both readings below need a verb of taking among these words ("took", "take"...
                // are such verbs): without one, the words are not gathered.
                guard (y.last..<max(y.last, min(view.range.upperBound, y.last + 9))).contains(where: { Self.takeVerbs.contains(tokens[$0].interned) }) else { continue }
                var after = view.keys(y.last, min(view.range.upperBound, y.last + 9)).filter { !$0.is("the") && !$0.is("all") }
                // "192 district health authorities (DHAs) took their place": a bracketed acronym.
                if after.first == "(", let close = after.firstIndex(where: { $0.is(")") }), close <= 3 { after.removeSubrange(0...close) }
                // "... were abolished and Y took their place".
                if after.count >= 3, ["took", "take", "takes", "taking"].containsKey(after[0]), ["its", "their"].containsKey(after[1]), after[2] == "place",
                   !view.negated(x.last, min(view.range.upperBound, y.last + 8)) {
                    out.append(DocRelation(source: x.entity, predicate: .replacedBy, target: y.entity, year: view.year(near: y.first),
                                           sentence: view.index))
                    break
                }
                guard let v = after.firstIndex(where: { Self.takeVerbs.contains($0) }), v <= 1, v + 2 < after.count,
                      ["over", "on"].containsKey(after[v + 1]) || ["its", "their"].containsKey(after[v + 1]) else { continue }
                let rest = after[(v + 1)...].drop { $0.is("over") || $0.is("on") }
                guard let own = rest.first, ["its", "their"].containsKey(own), rest.count > 1, Self.workNouns.contains(rest[rest.startIndex + 1]),
                      !view.negated(x.last, min(view.range.upperBound, y.last + 4)) else { continue }
                out.append(DocRelation(source: x.entity, predicate: .replacedBy, target: y.entity, year: view.year(near: y.first),
                                       sentence: view.index))
                break
            }
        }
        for i in items.indices.dropLast() {
            let x = items[i], y = items[i + 1]
            guard bodyTypes.contains(x.type), bodyTypes.contains(y.type), x.entity != y.entity,
                  x.kind == y.kind,
                  // Every reading below needs "to" or a verb of transfer or taking between the
                  // two: without one, the words are not gathered.
                  (x.last..<max(x.last, y.first)).contains(where: { tokens[$0].key.is("to") || Self.transferVerbs.contains(tokens[$0].interned) || Self.takeVerbs.contains(tokens[$0].interned) }),
                  !view.negated(max(view.range.lowerBound, x.first - 8), y.first) else { continue }
            // The gap's keys but "the", "new", "a", as interned keys: copied without reference
            // counting, and tested against the word sets by their bits (the sets' string
            // lookups of an array of key strings were most of this rule's cost).
            var gap: [KeyInterner.Key] = []
            if y.first > x.last {
                gap.reserveCapacity(y.first - x.last)
                for k in x.last..<y.first where !(tokens[k].key.is("the") || tokens[k].key.is("new") || tokens[k].key.is("a")) {
                    gap.append(tokens[k].interned)
                }
            }
            var transfer = false
            // "... transferred (most) commissioning from X to Y".
            if gap.count == 1, gap[0].is("to") {
                var k = x.first - 1
                if k > view.range.lowerBound, ["the", "new", "existing"].containsKey(tokens[k].key) { k -= 1 }
                if k > view.range.lowerBound, tokens[k].key.is("from") {
                    transfer = (max(view.range.lowerBound, k - 6)..<k).contains { Self.transferVerbs.contains(tokens[$0].interned) }
                }
            }
            // "X was abolished, its work passing to Y".
            // ("its health protection work moved to Y": a few words may qualify the work).
            if let its = gap.lastIndex(where: { $0.is("its") || $0.is("their") }), gap.last?.is("to") == true, gap.count - its >= 4, gap.count - its <= 7,
               Self.transferVerbs.contains(gap[gap.count - 2]), gap[(its + 1)..<(gap.count - 2)].contains(where: { Self.workNouns.contains($0) }),
               !gap[(its + 1)..<(gap.count - 2)].contains(where: { $0.is(",") }) {
                transfer = true
            }
            // "abolished X, transferring their functions to Y".
            // ("handed most of their budgets to Y").
            if let v = gap.firstIndex(where: { Self.transferVerbs.contains($0) }), v + 2 < gap.count,
               Self.quantities.contains(gap[v + 1]), gap[v + 2].is("of") {
                gap.removeSubrange((v + 1)...(v + 2))
            }
            if gap.last?.is("to") == true, let v = gap.firstIndex(where: { Self.transferVerbs.contains($0) }), v + 2 < gap.count,
               gap[v + 1].is("its") || gap[v + 1].is("their"), gap.count - v <= 5,
               gap[(v + 2)..<(gap.count - 1)].contains(where: { Self.workNouns.contains($0) }), gap[..<v].allSatisfy({ $0.is(",") || $0.is("and") }) {
                transfer = true
            }
            // "ICBs took on the commissioning functions of CCGs": the later body is the first.
            if let v = gap.firstIndex(where: { Self.takeVerbs.contains($0) }), gap.last?.is("of") == true, gap.count - v <= 5,
               gap[(v + 1)..<(gap.count - 1)].contains(where: { Self.workNouns.contains($0) }), !gap[..<v].contains(where: { $0.is(",") }) {
                out.append(DocRelation(source: y.entity, predicate: .replacedBy, target: x.entity, year: view.year(near: x.first),
                                       sentence: view.index))
                continue
            }
            // "NHS England took over responsibility for commissioning from the Department of
            // Health", "Y took over the planning role from X": the body the work came from.
            if let v = gap.firstIndex(where: { Self.takeVerbs.contains($0) }), gap.last?.is("from") == true, gap.count - v <= 10, v + 1 < gap.count - 1,
               gap[(v + 1)..<(gap.count - 1)].contains(where: { $0.is("over") || Self.workNouns.contains($0) }), !gap[..<v].contains(where: { $0.is(",") }) {
                out.append(DocRelation(source: y.entity, predicate: .replacedBy, target: x.entity, year: view.year(near: x.first),
                                       sentence: view.index))
                continue
            }
            guard transfer else { continue }
            // "abolished PCTs and SHAs, and handed their budgets to CCGs": the whole list.
            let group = view.groups().first(where: { $0.contains(i) }) ?? [i]
            for g in group where bodyTypes.contains(items[g].type) && items[g].kind == y.kind && items[g].entity != y.entity {
                out.append(DocRelation(source: items[g].entity, predicate: .replacedBy, target: y.entity, year: view.year(near: x.first),
                                       sentence: view.index))
            }
        }
    }
}
