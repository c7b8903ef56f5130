#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Finds the entity mentions of one document: lexicon names, the rules for names the lexicon
/// does not know, acronyms the document defines, and people named again by surname.
///
/// Overlapping candidates are settled longest first (then by rule priority, then leftmost),
/// so "NHS Ealing Clinical Commissioning Group" beats the form name inside it.
enum EntityFinder {
    static func run(_ doc: inout Document, _ lexicon: CompiledLexicon) {
        let matches = LexiconMatcher.matches(in: doc, lexicon: lexicon)
        let cues = RuleCues(doc.tokens)
        var candidates: [Candidate] = matches.map { m in
            let e = lexicon.entry(m.value.entry)
            return Candidate(first: m.first, last: m.last, name: e.name, type: e.type, kind: e.kind,
                             lexicon: m.value.entry, priority: 3)
        }
        candidates += ProperNameRule.candidates(doc, matches, lexicon, starts: cues.starts)
        candidates += ActRule.candidates(doc, lexicon)
        candidates += CueNameRule.candidates(doc, matches)
        candidates += TitleCueRule.candidates(doc, matches)
        let shared = DistributiveRule.candidates(doc, matches, lexicon, heads: cues.heads)
        if !shared.isEmpty {
            // "the Bradford City, Bradford Districts and Airedale CCGs" is three bodies, not one
            // long name: a rule's name over two or more of a list's names gives way.
            candidates.removeAll { c in c.lexicon < 0 && overlapsTwo(c.first, c.last, shared) }
            candidates += shared
        }
        let short = ShortNameRule.candidates(doc, candidates, lexicon, heads: cues.heads)
        if !short.isEmpty {
            // As for shared-out lists: a rule's name over two of the short names gives way.
            candidates.removeAll { c in c.lexicon < 0 && overlapsTwo(c.first, c.last, short) }
            candidates += short
        }
        candidates += NewNameRule.candidates(doc, candidates, verbs: cues.verbs)
        var covered = TokenScratch.flags(doc.tokens.count)
        for m in matches where lexicon.entry(m.value.entry).type != .person && !surname(doc, m, lexicon) {
            for t in m.first..<m.last { covered[t] = true }
        }
        candidates += PersonRule.candidates(doc, covered, starts: cues.starts)
        for m in matches { for t in m.first..<m.last { covered[t] = false } }
        TokenScratch.giveBack(&covered)
        candidates += sentenceInitialNames(doc, matches, lexicon)
        settle(&doc, candidates, lexicon)
        AcronymRule.apply(&doc, lexicon, acronyms: cues.acronyms)
        PersonResolver.resolve(&doc)
        SurnameRule.apply(&doc, starts: cues.starts)
    }

    /// The lower-case words several rules look for over a whole document, found in one pass
    /// over its tokens (each rule passed over every token for its own few words).
    struct RuleCues {
        /// Tokens from the third whose key is a head of ``ShortNameRule`` or ``DistributiveRule``
        /// ("trust(s)", "board(s)", "ambulance", "hospitals"), in order.
        var heads: [Int] = []
        /// Tokens whose key is one of ``NewNameRule``'s verbs, in order.
        var verbs: [Int] = []
        /// Tokens that may start a name (``ProperNameRule/startsRun(_:)``: capitalised words and
        /// acronyms), in order: the rules that look only at capitalised words read these, not
        /// every token.
        var starts: [Int] = []
        /// Words of two or more bytes with the acronym or upper-case flag, in order: the words
        /// ``AcronymRule`` reads as acronyms.
        var acronyms: [Int] = []

        private static let headWords: WordSet = ["trust", "trusts", "board", "boards", "ambulance", "hospitals"]
        /// One bit per ``KeyInterner`` key number, set for the head words and the verbs: the
        /// pass tests each token with one bit of a local table.
        private static let allBits: [UInt64] = {
            var bits: [UInt64] = []
            for w in headWords.union(NewNameRule.verbs) {
                let id = KeyInterner.shared.intern(w).id
                if id >> 6 >= bits.count { bits += repeatElement(0, count: (id >> 6) + 1 - bits.count) }
                bits[id >> 6] |= 1 << UInt64(id & 63)
            }
            return bits
        }()

        init(_ tokens: [Token]) {
            let headWords = Self.headWords
            // (Filled as locals: appending to the properties from inside the closures cost
            // several times as much.)
            var heads: [Int] = [], verbs: [Int] = [], starts: [Int] = [], acronyms: [Int] = []
            starts.reserveCapacity(tokens.count / 8)
            Self.allBits.withUnsafeBufferPointer { bits in
                tokens.withUnsafeBufferPointer { p in
                    for k in p.indices {
                        // A name's start and an acronym both have one of these flags; most tokens
                        // (lower-case words and punctuation) have none, and skip both tests.
                        if !p[k].flags.isDisjoint(with: [.capitalised, .acronym, .upper]) {
                            if ProperNameRule.startsRun(p[k]) { starts.append(k) }
                            if AcronymRule.mayBeAcronym(p[k]) { acronyms.append(k) }
                            // (A capitalised token's key is not read.)
                            if p[k].isCapitalised { continue }
                        }
                        let id = p[k].interned.id
                        guard id >> 6 < bits.count, bits[id >> 6] & (1 << UInt64(id & 63)) != 0 else { continue }
                        if headWords.contains(p[k].interned) {
                            if k >= 2 { heads.append(k) }
                        } else {
                            verbs.append(k)
                        }
                    }
                }
            }
            self.heads = heads
            self.verbs = verbs
            self.starts = starts
            self.acronyms = acronyms
        }
    }

    /// Steps through ``RuleCues/starts`` sentence by sentence, for a loop that read every token
    /// and went on only at a capitalised word or an acronym.
    struct StartCursor {
        private let starts: [Int]
        private var n = 0

        init(_ starts: [Int]) { self.starts = starts }

        /// Goes back, should a sentence begin before the starts already passed (sentences come
        /// in order, so it does not); ``next(from:before:)`` goes forward.
        mutating func enter(_ first: Int) {
            while n > 0, starts[n - 1] >= first { n -= 1 }
        }

        /// The first start at `i` or after, before `end`, or nil.
        @inline(__always) mutating func next(from i: Int, before end: Int) -> Int? {
            while n < starts.count, starts[n] < i { n += 1 }
            guard n < starts.count, starts[n] < end else { return nil }
            return starts[n]
        }
    }

    /// Whether two or more of `list` overlap tokens `first..<last` (their fields read in
    /// place: a lazy filter's prefix allocated and copied candidates).
    private static func overlapsTwo(_ first: Int, _ last: Int, _ list: [Candidate]) -> Bool {
        var n = 0
        for i in list.indices where list[i].first < last && first < list[i].last {
            n += 1
            if n == 2 { return true }
        }
        return false
    }

    /// Whether a one-word place is a surname: "Tom Bolton", "Dr Preston", "Ms Jane Stafford".
    /// Right after a common given name or a personal title (not a peer's, which takes a place:
    /// "Lord Darzi of Denham") the person rules may read it.
    private static func surname(_ doc: Document, _ m: LexiconMatcher.Match, _ lexicon: CompiledLexicon) -> Bool {
        guard m.last == m.first + 1, m.first > 0, lexicon.entry(m.value.entry).type == .place else { return false }
        let before = doc.tokens[m.first - 1]
        guard before.isCapitalised, before.isWord else { return false }
        return GivenNames.all.contains(before.interned) || personalTitles.contains(before.interned)
    }

    private static let personalTitles: WordSet = ["dr", "mr", "mrs", "ms", "miss", "sir", "dame", "professor", "prof", "cllr", "councillor"]

    /// Verbs and auxiliaries that show a capitalised first word is a subject ("Labour promised").
    private static let clauseWords: WordSet = [
        "also", "has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "did", "does", "then",
        "now", "later", "still", "never", "itself", "promised", "pledged", "said", "says", "argued", "won", "lost",
        "wants", "wanted", "backed", "opposed", "introduced", "announced", "proposed", "embraced",
    ]

    /// Verbs of stance and speech that only a body or person does.
    private static let stanceVerbs: WordSet = [
        "criticised", "criticized", "opposed", "welcomed", "warned", "argued", "urged", "condemned", "backed",
        "attacked", "praised", "insisted", "complained", "lobbied", "campaigned", "responded", "commented",
    ]

    /// "Labour promised to ...": an ambiguous one-word name (matched only mid-sentence) at the
    /// start of a sentence, when the document also names it mid-sentence and a verb follows,
    /// or when another body is named in coordination with it ("Monitor and the TDA ...").
    private static func sentenceInitialNames(_ doc: Document, _ matches: [LexiconMatcher.Match], _ lexicon: CompiledLexicon) -> [Candidate] {
        guard !matches.isEmpty else { return [] }
        // Whether the document matches `entry` anywhere: asked only after the cheaper tests
        // below pass, which few sentences do, so the matches are scanned in place (a set of
        // their entries, built for every document, cost more than all the scans).
        func named(_ entry: Int32) -> Bool { matches.contains { $0.value.entry == entry } }
        var out: [Candidate] = []
        for sentence in doc.sentences where sentence.lastToken - sentence.firstToken >= 3 {
            let k = sentence.firstToken
            let t = doc.tokens[k], next = doc.tokens[k + 1]
            guard t.isCapitalised, !t.has(.upper), CompiledLexicon.ambiguousWords.contains(t.interned), next.isWord || next.key.is(","),
                  !next.isCapitalised, let entry = lexicon.lookup(doc.text(k, k + 1)) else { continue }
            // A verb follows, or another body named in coordination ("Monitor and the NHS Trust
            // Development Authority merged", "Unison, the BMA and the RCN opposed").
            let coordinated = (next.key.is("and") || next.key.is(",")) && matches.contains { m in
                (k + 2...k + 3).contains(m.first) && (m.first == k + 2 || doc.tokens[k + 2].key.is("the"))
                    && lexicon.entry(m.value.entry).kind == .instance && lexicon.entry(m.value.entry).type != .person
            }
            // A verb of stance or speech ("Unison criticised", "Monitor warned") says a body
            // acts even when the document names it nowhere else.
            guard coordinated || stanceVerbs.contains(next.interned)
                || (clauseWords.contains(next.interned) || next.key.count > 4 && next.key.hasSuffix("ed")) && named(entry)
            else { continue }
            let e = lexicon.entry(entry)
            out.append(Candidate(first: k, last: k + 1, name: e.name, type: e.type, kind: e.kind, lexicon: entry, priority: 3))
        }
        return out
    }

    /// A candidate's place in ``settle(_:_:_:)``'s order.
    private struct SettleKey {
        var length: Int
        var priority: Int
        var first: Int
        var index: Int
    }

    /// The candidates' indices longest first, then by priority (highest first), then leftmost,
    /// then in their order.
    private static func settleOrder(_ candidates: [Candidate]) -> [Int] {
        // The four keys packed into one integer, high to low, when they fit (they do for any
        // real document): a sort of plain integers, not of structs by a closure.
        func width(_ n: Int) -> Int { n <= 0 ? 0 : Int.bitWidth - n.leadingZeroBitCount }
        var maxLength = 0, maxFirst = 0, maxPriority = 0, fits = true
        for i in candidates.indices {
            // (The fields read in place: a copy of the candidate retained its name.)
            let first = candidates[i].first, length = candidates[i].last - first, priority = candidates[i].priority
            if length < 0 || first < 0 || priority < 0 || priority > 255 { fits = false; break }
            maxLength = max(maxLength, length)
            maxFirst = max(maxFirst, first)
            maxPriority = max(maxPriority, priority)
        }
        // (The priority takes only the bits its values need: a byte fewer for the sort.)
        let indexBits = width(candidates.count), firstBits = width(maxFirst), lengthBits = width(maxLength)
        let priorityBits = width(maxPriority)
        if fits, lengthBits + priorityBits + firstBits + indexBits <= 63 {
            var packed: [Int] = []
            packed.reserveCapacity(candidates.count)
            for i in candidates.indices {
                let length = candidates[i].last - candidates[i].first
                var key = maxLength - length
                key = key << priorityBits | (maxPriority - candidates[i].priority)
                key = key << firstBits | candidates[i].first
                key = key << indexBits | i
                packed.append(key)
            }
            // (The keys are unique and made in index order: see ``sortPacked(_:from:to:)``.)
            sortPacked(&packed, from: indexBits, to: lengthBits + priorityBits + firstBits + indexBits)
            let indexMask = (1 << indexBits) - 1
            return packed.map { $0 & indexMask }
        }
        var keys: [SettleKey] = []
        keys.reserveCapacity(candidates.count)
        for (i, c) in candidates.enumerated() {
            keys.append(SettleKey(length: c.length, priority: c.priority, first: c.first, index: i))
        }
        keys.sort { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.first != b.first { return a.first < b.first }
            return a.index < b.index
        }
        return keys.map(\.index)
    }

    /// Whether `bytes[a..<b]` and `bytes[c..<d]` are the same bytes (both ranges within `bytes`).
    private static func sameBytes(_ bytes: [UInt8], _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool {
        guard b - a == d - c, a >= 0, c >= 0, b <= bytes.count, d <= bytes.count, b >= a else { return false }
        return bytes.withUnsafeBufferPointer { p in
            b == a || memcmp(p.baseAddress! + a, p.baseAddress! + c, b - a) == 0
        }
    }

    /// Sorts `keys`, non-negative integers below `1 << high` whose bits below `low` ascend in
    /// the array's order (a position packed in the low bits), as `keys.sort()` would: a radix
    /// sort of bits `low..<high`, a byte a pass, stable, so the low bits keep their order. (A
    /// comparison sort of a document's candidates was some 120,000 instructions; this makes a
    /// few passes over them.)
    static func sortPacked(_ keys: inout [Int], from low: Int, to high: Int) {
        let n = keys.count
        guard n > 32 else { keys.sort(); return }
        var other = [Int](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256)
        var shift = max(0, low)
        while shift < high {
            let moved = keys.withUnsafeBufferPointer { from in
                other.withUnsafeMutableBufferPointer { to in
                    counts.withUnsafeMutableBufferPointer { c -> Bool in
                        for d in 0..<256 { c[d] = 0 }
                        for x in from { c[(x >> shift) & 255] += 1 }
                        // All of one digit: nothing moves.
                        if c[(from[0] >> shift) & 255] == n { return false }
                        // Each digit's first place, from the counts (the sum never passes n, so
                        // every place below is inside `to`).
                        var sum = 0
                        for d in 0..<256 { let k = c[d]; c[d] = sum; sum += k }
                        for x in from {
                            let d = (x >> shift) & 255
                            to[c[d]] = x
                            c[d] += 1
                        }
                        return true
                    }
                }
            }
            if moved { swap(&keys, &other) }
            shift += 8
        }
    }

    /// `indices` sorted by their candidates' first tokens (a stable sort: ties keep their
    /// order in `indices`).
    private static func inTextOrder(_ indices: [Int], _ candidates: [Candidate]) -> [Int] {
        func width(_ n: Int) -> Int { n <= 0 ? 0 : Int.bitWidth - n.leadingZeroBitCount }
        var maxFirst = 0, fits = true
        for i in indices {
            if candidates[i].first < 0 { fits = false; break }
            maxFirst = max(maxFirst, candidates[i].first)
        }
        let positionBits = width(indices.count)
        guard fits, width(maxFirst) + positionBits <= 63 else {
            var kept = indices
            kept.sort { candidates[$0].first < candidates[$1].first }
            return kept
        }
        // Each one's first token and position packed into one integer: a sort of plain
        // integers (sorting the candidates by a closure copied two of them per comparison).
        var packed: [Int] = []
        packed.reserveCapacity(indices.count)
        for (p, i) in indices.enumerated() { packed.append(candidates[i].first << positionBits | p) }
        sortPacked(&packed, from: positionBits, to: width(maxFirst) + positionBits)
        let mask = (1 << positionBits) - 1
        return packed.map { indices[$0 & mask] }
    }

    /// Keeps the best non-overlapping candidates and turns them into mentions.
    private static func settle(_ doc: inout Document, _ candidates: [Candidate], _ lexicon: CompiledLexicon) {
        // Sorted by plain integer keys (sorting the candidates' indices by a closure that read
        // two candidates copied their names, a retain and a release per comparison); the
        // index last keeps equal candidates in their order, as the stable sort did.
        let order = settleOrder(candidates)
        // (Lent by ``TokenScratch``: cleared of the kept candidates' tokens below.)
        var taken = TokenScratch.flags(doc.tokens.count)
        var keptIndices: [Int] = []
        for i in order {
            let first = candidates[i].first, last = candidates[i].last
            if (first..<last).contains(where: { taken[$0] }) { continue }
            for t in first..<last { taken[t] = true }
            keptIndices.append(i)
        }
        // The kept candidates by index, read in place (a copy of each retained its name), with
        // their first tokens beside them: a bare "NHS" before one may join it.
        var kept = inTextOrder(keptIndices, candidates)
        var firsts = kept.map { candidates[$0].first }
        // "NHS Ealing CCG": a bare "NHS" before a known body's name belongs to it.
        // (Positions in `kept`, found in ascending order: an array, not a `Set` hashed for
        // every kept candidate below.)
        var swallowed: [Int] = []
        for i in kept.indices where firsts[i] > 0 && candidates[kept[i]].lexicon >= 0 {
            let p = firsts[i] - 1
            let entry = lexicon.facts(candidates[kept[i]].lexicon)
            guard doc.tokens[p].key.is("nhs"), doc.tokens[p].has(.upper), entry.kind == .instance,
                  entry.type != .nationalBody, entry.type != .place else { continue }
            // The bare "NHS" may itself have been kept as a mention: it is swallowed.
            if taken[p], i > 0, firsts[i - 1] == p, candidates[kept[i - 1]].last == p + 1 { swallowed.append(i - 1) }
            else if taken[p] { continue }
            firsts[i] = p
            taken[p] = true
        }
        // Every taken token is in a kept candidate (a swallowed "NHS" is in the name after it).
        for i in kept.indices { for t in firsts[i]..<candidates[kept[i]].last { taken[t] = false } }
        TokenScratch.giveBack(&taken)
        if !swallowed.isEmpty {
            var keep: [Int] = []
            var s = 0
            for i in kept.indices {
                if s < swallowed.count, swallowed[s] == i { s += 1; continue }
                keep.append(i)
            }
            kept = keep.map { kept[$0] }
            firsts = keep.map { firsts[$0] }
        }
        // Per entity, the byte range of the last surface noted from its tokens (lower bound
        // << 32 | upper bound), or -1: a mention whose bytes repeat it is the same surface,
        // already the name or an alias (names do not change and aliases only grow here), so
        // only its count changes, without folding and comparing the text again.
        var lastSpan: [Int] = []
        for (n, ci) in kept.enumerated() {
            let first = firsts[n], last = candidates[ci].last, type = candidates[ci].type
            let entity: Int
            if candidates[ci].lexicon >= 0 {
                entity = doc.entities.lexiconEntity(candidates[ci].lexicon, lexicon)
            } else if let known = lexicon.lookup(candidates[ci].name, type: type), lexicon.type(known) == type || type == .person {
                entity = doc.entities.lexiconEntity(known, lexicon)
            } else {
                entity = doc.entities.ruleEntity(candidates[ci].name, type, candidates[ci].kind)
                if candidates[ci].form >= 0 { doc.entities[entity].form = candidates[ci].form }
            }
            doc.mentions.append(Mention(first: first, last: last, entity: entity))
            if candidates[ci].partial {
                doc.entities.noteSurface(doc.entities[entity].name, of: entity)
            } else if last > first {
                let lo = Int(doc.tokens[first].start), hi = Int(doc.tokens[last - 1].end)
                if entity >= lastSpan.count { lastSpan += repeatElement(-1, count: entity + 1 - lastSpan.count) }
                let span = lastSpan[entity]
                if span >= 0, sameBytes(doc.bytes, span >> 32, span & 0xFFFF_FFFF, lo, hi) {
                    doc.entities.countMention(of: entity)
                } else {
                    doc.noteSurface(tokens: first, last, of: entity)
                    if lo >= 0, hi >= lo, hi <= 0xFFFF_FFFF { lastSpan[entity] = lo << 32 | hi }
                }
            } else {
                doc.noteSurface(tokens: first, last, of: entity)
            }
            if candidates[ci].lexicon < 0, candidates[ci].name != doc.entities[entity].name {
                doc.entities.noteSurface(candidates[ci].name, of: entity)
            }
        }
        doc.indexMentions()
    }
}
