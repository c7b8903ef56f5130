import ReformCore

/// One sentence as the relation rules see it: its mentions in order, with types, and
/// helpers to read the words between two mentions.
struct SentenceView {
    struct Item {
        var first: Int
        var last: Int
        var entity: Int
        var type: EntityType
        var kind: EntityKind
    }

    /// A document shared by the views of its sentences, so that a view holds one reference
    /// instead of a copy of the ``Document`` (a copy retained and released its nine arrays and
    /// tables each time a view was made, copied or dropped: some 2 % of a corpus build).
    final class Shared {
        let doc: Document
        init(_ doc: Document) { self.doc = doc }
    }

    private let shared: Shared
    var doc: Document { shared.doc }
    let index: Int
    /// (Every change of the items, ``prepending(_:)`` and ``inserting(_:)``, regroups them.)
    private(set) var items: [Item]
    /// ``groups()``, made once per view: several rules ask for the groups of each sentence
    /// (four times on average), and making them was about 2 % of a corpus build.
    private var coordinatedGroups: [[Int]] = []
    /// The word classes of the sentence's tokens, together: a rule that needs a class of word
    /// can skip a sentence without one.
    let classes: WordClass
    var tokens: [Token] { doc.tokens }
    var range: Range<Int> { doc.sentences[index].tokenRange }

    /// The view of sentence `index` of `doc` (a copy of the document, shared by nothing else).
    init(_ doc: Document, _ index: Int) {
        self.init(Shared(doc), index)
    }

    /// The view of sentence `index` of a shared document (see ``Shared``).
    init(_ shared: Shared, _ index: Int) {
        self.init(shared, index, from: shared.doc.sentences[index].firstToken)
    }

    /// The view of sentence `index` of a shared document, when no token of the sentence
    /// before `start` is in a mention (the caller has already found its first mention: the
    /// walk for the items begins there instead of at the sentence's first token).
    init(_ shared: Shared, _ index: Int, from start: Int) {
        var buffer: [Item] = []
        self.init(shared, index, from: start, reusing: &buffer)
    }

    /// ``init(_:_:from:)``, with its items made in `buffer`'s storage (emptied first; left
    /// empty): see ``recycleItems()``.
    init(_ shared: Shared, _ index: Int, from start: Int, reusing buffer: inout [Item]) {
        Self.items(&buffer, shared, index, from: max(start, shared.doc.sentences[index].firstToken))
        self.shared = shared
        self.index = index
        self.items = buffer
        buffer = []
        self.classes = shared.doc.sentences[index].classes
        coordinatedGroups = makeGroups()
    }

    /// The view's items array, emptied with its storage kept, for the next sentence's view
    /// (``init(_:_:from:reusing:)``) to fill: a view per sentence allocated and freed an
    /// array each. The view has no items after.
    mutating func recycleItems() -> [Item] {
        var buffer: [Item] = []
        swap(&buffer, &items)
        coordinatedGroups = []
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    /// The items of sentence `index`, into `items` (emptied first). (The document is read
    /// through `shared` in place: a local copy of it retained and released each of its
    /// arrays for every view.)
    private static func items(_ items: inout [Item], _ shared: Shared, _ index: Int, from first: Int) {
        let end = shared.doc.sentences[index].lastToken
        items.removeAll(keepingCapacity: true)
        items.reserveCapacity(8)
        let mentionAt = shared.doc.mentionAt
        var t = nextMention(mentionAt, from: first, to: end)
        while t < end {
            // (A token in a mention: `nextMention` stops only there.)
            let m = shared.doc.mentions[Int(mentionAt[t])]
            let e = shared.doc.entities.resolved(m.entity)
            items.append(Item(first: m.first, last: m.last, entity: e, type: shared.doc.entities[e].type, kind: shared.doc.entities[e].kind))
            // "the two trusts": one item per body meant, over the same words (coordinated).
            if !shared.doc.alsoMeans.isEmpty, let more = shared.doc.alsoMeans[m.first] {
                for o in more {
                    let x = shared.doc.entities.resolved(o)
                    items.append(Item(first: m.first, last: m.last, entity: x, type: shared.doc.entities[x].type, kind: shared.doc.entities[x].kind))
                }
            }
            t = nextMention(mentionAt, from: max(m.last, t + 1), to: end)
        }
    }

    /// The first token from `k` before `end` in a mention (`mentionAt` not negative), else `end`
    /// (or where `mentionAt` ends, if before it). Most tokens are in none: passed over through
    /// the array's buffer, `end` clamped to its bounds once (indexing the array checked each).
    static func nextMention(_ mentionAt: [Int32], from k: Int, to end: Int) -> Int {
        let stop = min(end, mentionAt.count)
        var j = max(k, 0)
        mentionAt.withUnsafeBufferPointer { m in
            while j < stop, m[j] < 0 { j += 1 }
        }
        return j
    }

    /// This sentence with `extra` items (entities a pronoun stands for) placed before its own.
    func prepending(_ extra: [Item]) -> SentenceView {
        var v = self
        v.items = extra + items
        v.coordinatedGroups = v.makeGroups()
        return v
    }

    /// This sentence with `extra` (an entity a pronoun stands for) placed among its own items
    /// by position.
    func inserting(_ extra: Item) -> SentenceView {
        var v = self
        let at = items.firstIndex(where: { $0.first >= extra.last }) ?? items.count
        v.items.insert(extra, at: at)
        v.coordinatedGroups = v.makeGroups()
        return v
    }

    /// Keys of the tokens from `a` to `b` (exclusive), read in place (see ``KeyRun``).
    func keys(_ a: Int, _ b: Int) -> KeyRun {
        KeyRun(tokens, a, b)
    }

    /// Whether any word from `a` to `b` negates ("not", "never", "n't", "no longer").
    func negated(_ a: Int, _ b: Int) -> Bool {
        // (A window reaching past the document's last token ends there.)
        let a = max(a, 0), b = min(b, tokens.count)
        guard b > a else { return false }
        // Most sentences have no negation at all.
        if a >= range.lowerBound, b <= range.upperBound, !classes.contains(.negation) { return false }
        for k in a..<b where tokens[k].is(.negation) {
            // The class holds the negations and "no".
            guard tokens[k].key.is("no") else { return true }
            if k + 1 < b, tokens[k + 1].key.is("longer") { return true }
        }
        return false
    }

    /// Words that negate a statement.
    static let negations: WordSet = [
        "not", "never", "cannot", "neither", "nor", "nt", "dont", "didnt", "doesnt", "wasnt", "werent",
        "isnt", "arent", "wont", "hasnt", "havent", "hadnt", "couldnt", "shouldnt", "wouldnt", "failed", "refused",
    ]

    /// The year the sentence ties to a statement around token `pivot`: the nearest four-digit
    /// year outside any mention.
    func year(near pivot: Int) -> Int? {
        var best: (Int, Int)?
        for k in range where tokens[k].isYear && doc.mentionAt[k] < 0 {
            let d = abs(k - pivot)
            if best == nil || d < best!.1 { best = (Int(tokens[k].key)!, d) }
        }
        return best?.0
    }

    /// Groups of coordinated mentions: consecutive items joined only by ",", "and", "or", "&",
    /// "as well as", "both", "nor" (and "the").
    func groups() -> [[Int]] { coordinatedGroups }

    /// The one-item groups `[0]`, `[1]`, ...: nearly every group has one item, and each view
    /// made and freed an array per group; these are shared (a retain and a release). A group
    /// that grows is copied on its first append, as an array of its own grew before.
    private static let singletons: [[Int]] = (0..<64).map { [$0] }

    /// For each count of items up to 64, the groups when no item joins the one before: each
    /// its own group. Most sentences group so, and share this array instead of making one.
    private static let separateGroups: [[[Int]]] = (0...64).map { n in (0..<n).map { singletons[$0] } }

    /// Whether item `i` joins the group of item `i - 1`, when that group ends with `i - 1`.
    private func joinsPrevious(_ i: Int) -> Bool {
        // "The BMA's Junior Doctors Committee": a possessive right before a name owns it.
        coordinated(items[i - 1].last, items[i].first) && sameFamily(items[i - 1], items[i])
            && !(items[i].first == items[i - 1].last && tokens[items[i - 1].last - 1].has(.possessive))
    }

    private func makeGroups() -> [[Int]] {
        // No item joining the one before: every item its own group (the group before item `i`
        // then always ends with `i - 1`, so this is the test below).
        if items.count <= 64, !(1..<max(1, items.count)).contains(where: { joinsPrevious($0) }) {
            return Self.separateGroups[items.count]
        }
        var out: [[Int]] = []
        out.reserveCapacity(items.count)
        let singletons = Self.singletons
        for i in items.indices {
            if i > 0, let lastGroup = out.last, lastGroup.last == i - 1, joinsPrevious(i) {
                out[out.count - 1].append(i)
            } else {
                out.append(i < singletons.count ? singletons[i] : [i])
            }
        }
        return out
    }

    private func sameFamily(_ a: Item, _ b: Item) -> Bool {
        (a.type == .person) == (b.type == .person) && (a.type == .place) == (b.type == .place)
    }

    /// Whether token `k` (an "as" or "well") is part of "as well as" within `a..<b`.
    private func asWellAs(_ k: Int, _ a: Int, _ b: Int) -> Bool {
        let phrase = ["as", "well", "as"]
        for start in max(a, k - 2)...k where start + 3 <= b {
            if (0..<3).allSatisfy({ tokens[start + $0].key == phrase[$0] }) { return true }
        }
        return false
    }

    /// What a word between two mentions does for ``coordinated(_:_:)``.
    private enum LinkWord { case article, link, alongTogether, preposition, everyOtherAll, asWell }

    private static let linkWords: WordMap<LinkWord> = [
        "the": .article, "a": .article, "an": .article, "\"": .article,
        ",": .link, "and": .link, "or": .link, "&": .link, "both": .link, "nor": .link, "(": .link, ")": .link,
        "along": .alongTogether, "together": .alongTogether,
        "with": .preposition, "to": .preposition, "from": .preposition, "by": .preposition, "against": .preposition, "for": .preposition,
        "every": .everyOtherAll, "other": .everyOtherAll, "all": .everyOtherAll,
        "as": .asWell, "well": .asWell,
    ]

    private func coordinated(_ a: Int, _ b: Int) -> Bool {
        guard b > a else { return true }
        // "the Public Health Laboratory Service, which was wound up, and the Centre for ...":
        // a short relative clause that names nothing before the link.
        if b - a > 4, b - a <= 16, tokens[a].key.is(","), a + 1 < b, tokens[a + 1].key.is("which") || tokens[a + 1].key.is("who"),
           let close = (a + 2..<b).first(where: { tokens[$0].key.is(",") }), !(a..<close).contains(where: { doc.mentionAt[$0] >= 0 }),
           close + 1 < b, tokens[close + 1].key.is("and") || tokens[close + 1].key.is("or") {
            return coordinated(close + 1, b)
        }
        if b - a > 4 { return false }
        var sawLink = false
        for k in a..<b {
            // One table lookup per word (a `switch` over the words compared the key with each
            // case in turn, a runtime call per failed compare).
            switch Self.linkWords[tokens[k].interned] {
            // Articles and quotation marks go with a link but are none on their own
            // ("the Conservative ‘Private Finance Initiative’" is one noun phrase).
            case .article?: continue
            case .link?: sawLink = true
            // "X along with (every other) Y", "X together with Y".
            case .alongTogether?:
                guard k + 1 < b, tokens[k + 1].key.is("with") else { return false }
                sawLink = true
            // "with Monitor and with the SHA", "to X and to Y": a repeated preposition.
            case .preposition?:
                guard k > a, (tokens[k - 1].key.is("along") || tokens[k - 1].key.is("together") || tokens[k - 1].key.is("and") || tokens[k - 1].key.is("or")),
                      tokens[k].key.is("with") || tokens[k - 1].key.is("and") || tokens[k - 1].key.is("or") else { return false }
            case .everyOtherAll?:
                guard k > a, (tokens[k - 1].key.is("with") || tokens[k - 1].key.is("other") || tokens[k - 1].key.is("every")) else { return false }
            // "as" links only in "as well as" ("renamed X as Y" names one body twice over).
            case .asWell?:
                guard asWellAs(k, a, b) else { return false }
                sawLink = true
            case nil:
                // "ACSs, ACPs, MCPs": an unknown acronym between commas is another list member.
                let t = tokens[k]
                guard t.isWord, t.has(.upper) || t.has(.acronym), t.length <= 6, doc.mentionAt[k] < 0, k > a, k + 1 < b,
                      tokens[k - 1].key.is(","), (tokens[k + 1].key.is(",") || tokens[k + 1].key.is("and") || tokens[k + 1].key.is("or")) else { return false }
            }
        }
        return sawLink
    }
}

/// The keys of a run of tokens, what `(a..<b).map { tokens[$0].key }` holds, read from the
/// tokens in place: the relation rules ask for the words between two mentions several times
/// per sentence, and an array of their keys cost an allocation, a retain and a release per
/// key and a free each time.
///
/// Indices count from 0 at the run's first token, as the array's did; a slice is a
/// `KeyRun` too and keeps its indices, as an `ArraySlice` does.
struct KeyRun: RandomAccessCollection, Equatable {
    private let tokens: [Token]
    /// The token of index 0.
    private let origin: Int
    let startIndex: Int
    let endIndex: Int

    /// The keys of `tokens[a..<b]` (none when `b <= a`).
    init(_ tokens: [Token], _ a: Int, _ b: Int) {
        self.init(tokens, origin: a, b > a ? 0..<(b - a) : 0..<0)
    }

    private init(_ tokens: [Token], origin: Int, _ range: Range<Int>) {
        self.tokens = tokens
        self.origin = origin
        startIndex = range.lowerBound
        endIndex = range.upperBound
    }

    subscript(i: Int) -> String {
        precondition(i >= startIndex && i < endIndex, "KeyRun index out of range")
        return tokens[origin + i].key
    }

    subscript(r: Range<Int>) -> KeyRun {
        precondition(r.lowerBound >= startIndex && r.upperBound <= endIndex, "KeyRun range out of range")
        return KeyRun(tokens, origin: origin, r)
    }

    /// Whether the run holds the keys of `words`, in order (`==` of the keys' array).
    static func == (run: KeyRun, words: [String]) -> Bool { run.elementsEqual(words) }
    static func == (a: KeyRun, b: KeyRun) -> Bool { a.elementsEqual(b) }
}
