import ReformCore

/// Boards, councils and groups named after the body they belong to: "the WEF Steering
/// Board", "World Economic Forum Health Council". The named body is `part_of` its parent (a
/// known body whose name or alias begins the name), and the same board named without the
/// parent in the document ("a Steering Board") is one entity with it.
enum SubBodyRule {
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, into out: inout [DocRelation]) {
        var merged = false
        var done: Set<Int> = []
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard !done.contains(e), doc.entities[e].type == .committee, doc.entities[e].lexicon < 0 else { continue }
            done.insert(e)
            let words = doc.entities[e].name.spaceSeparatedWords()
            guard words.count >= 3, ProperNameRule.subBodyHeads.contains(words.last!.lowercased()) else { continue }
            // The longest leading words that name a known body.
            for n in stride(from: words.count - 2, through: 1, by: -1) {
                guard let entry = lexicon.lookup(words[0..<n].joined(separator: " ")),
                      ProperNameRule.subBodyParents.contains(lexicon.entry(entry).type),
                      let parent = doc.entities.existingLexiconEntity(entry) ?? Optional(doc.entities.lexiconEntity(entry, lexicon)) else { continue }
                out.append(DocRelation(source: e, predicate: .partOf, target: doc.entities.resolved(parent),
                                       sentence: doc.sentence(ofToken: m.first)))
                let rest = words[n...].joined(separator: " ")
                if let short = doc.entities.find(rest, .committee), doc.entities.resolved(short) != e {
                    doc.entities.merge(doc.entities.resolved(short), into: e)
                    merged = true
                }
                break
            }
        }
        if mergeAbbreviatedPrefixes(&doc) { merged = true }
        if mergeSubtitles(&doc) { merged = true }
        if merged {
            for i in doc.mentions.indices where doc.mentions[i].entity >= 0 { doc.mentions[i].entity = doc.entities.resolved(doc.mentions[i].entity) }
        }
    }

    /// "NWL Sustainability and Transformation Plan" and "North West London Sustainability and
    /// Transformation Plan" in one document: a name whose first word is an acronym of the
    /// other's first words is the same body.
    /// "NHS Next Stage Review: Leading Local Change" and "Leading Local Change" in one
    /// document: a report titled after a series and a colon is the report of the subtitle.
    static func mergeSubtitles(_ doc: inout Document) -> Bool {
        var merged = false
        let all = doc.mentionedEntities()
        for a in all where doc.entities[a].type == .report && doc.entities[a].mergedInto < 0 {
            let name = doc.entities[a].name
            // A name without the byte of ":" has no ":" Character (most names): passed over
            // without the Character search, which walked grapheme breaks.
            guard hasByte(name, 0x3A) else { continue }
            guard let colon = lastColon(name) else { continue }
            let subtitle = name[name.index(after: colon)...].trimmingSpaces()
            guard subtitle.splitOnSpaces().count >= 2, let b = doc.entities.find(subtitle, .report) else { continue }
            let r = doc.entities.resolved(b)
            guard r != a else { continue }
            doc.entities.merge(r, into: a)
            merged = true
        }
        return merged
    }

    /// `name.lastIndex(of: ":")`. The last ":" byte with ASCII (or nothing) on either side is a
    /// Character of its own, so the last ":" Character (every one is that byte); read by bytes,
    /// as the Character search walked grapheme breaks through the whole of a long title. Other
    /// names are searched by Characters.
    private static func lastColon(_ name: String) -> String.Index? {
        let at = name.utf8.withContiguousStorageIfAvailable { u -> Int? in
            var i = u.count - 1
            while i >= 0, u[i] != 0x3A { i -= 1 }
            guard i >= 0, i == 0 || u[i - 1] < 0x80, i + 1 == u.count || u[i + 1] < 0x80 else { return nil }
            return i
        }
        if let at, let at { return name.utf8.index(name.utf8.startIndex, offsetBy: at) }
        return name.lastIndex(of: ":")
    }

    /// Whether `name`'s UTF-8 holds byte `byte`.
    private static func hasByte(_ name: String, _ byte: UInt8) -> Bool {
        if let r = name.utf8.withContiguousStorageIfAvailable({ $0.contains(byte) }) { return r }
        return name.utf8.contains(byte)
    }

    /// The byte range of the last space-separated word of `u` when that word is ASCII; nil
    /// when there is no word, `(-1, -1)` when the word is not ASCII.
    @inline(__always)
    private static func asciiLastWord(_ u: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var end = u.count
        while end > 0, u[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, u[start - 1] != 0x20 {
            if u[start - 1] >= 0x80 { return (-1, -1) }
            start -= 1
        }
        return (start, end)
    }

    /// For each of `words`, the entities of `all` (by any of their names, in `all`'s order, an
    /// entity once per name) whose last name word, lower-cased, is that word: what an index of
    /// every name by its lowered last word answers for those words (parallel to `words`, which
    /// are distinct).
    ///
    /// Only the few words asked for are looked for (a document asks for some 18), so a name
    /// whose last word is ASCII is compared by bytes in place; the index of every name made a
    /// lowered `String` and a dictionary entry per name.
    private static func byLastWord(_ doc: Document, _ all: [Int], _ words: [String]) -> [[Int]] {
        var index = [[Int]](repeating: [], count: words.count)
        // Words that are not ASCII are compared as `String`s (canonical equivalence); so is
        // every name when one is.
        let ascii = words.map { w in Array(w.utf8) }
        let allASCII = ascii.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
        func add(_ name: String, _ b: Int) {
            if allASCII, let range = name.utf8.withContiguousStorageIfAvailable({ asciiLastWord($0) }) {
                guard let (start, end) = range else { return }
                if start >= 0 {
                    name.utf8.withContiguousStorageIfAvailable { u in
                        for (i, w) in ascii.enumerated() where w.count == end - start {
                            var same = true
                            var j = 0
                            while j < w.count {
                                let c = u[start + j]
                                if (c &- 0x41 < 26 ? c | 0x20 : c) != w[j] { same = false; break }
                                j += 1
                            }
                            if same { index[i].append(b) }
                        }
                    }
                    return
                }
            }
            if let l = lastWord(name) {
                let key = lowered(l)
                // (The words are distinct: at most one is equal.)
                if let i = words.firstIndex(of: key) { index[i].append(b) }
            }
        }
        for b in all {
            add(doc.entities[b].name, b)
            for name in doc.entities[b].aliases { add(name, b) }
        }
        return index
    }

    /// The last space-separated word of `name` (as `name.splitOnSpaces().last`), found by bytes.
    ///
    /// Scanned in the contiguous UTF-8 buffer (stepping `String.UTF8View` indices back one
    /// byte at a time cost ~600 instructions a name); the bounds then become indices by
    /// offset, the same indices the view's own stepping gives.
    private static func lastWord(_ name: String) -> Substring? {
        let u = name.utf8
        guard let bounds = u.withContiguousStorageIfAvailable({ b -> (Int, Int)? in
            var end = b.count
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            while start > 0, b[start - 1] != 0x20 { start -= 1 }
            return (start, end)
        }) else {
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
            guard end > u.startIndex else { return nil }
            var start = end
            while start > u.startIndex, u[u.index(before: start)] != 0x20 { start = u.index(before: start) }
            return name[start..<end]
        }
        guard let (start, end) = bounds else { return nil }
        return name[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)]
    }

    /// `word.lowercased()`, by bytes when ASCII (nearly every name; for ASCII the two are
    /// the same). `Substring.lowercased()` was most of the cost of indexing names by their
    /// last word.
    private static func lowered(_ word: Substring) -> String {
        let fast = word.utf8.withContiguousStorageIfAvailable { u -> String? in
            var upper = false
            for b in u {
                if b >= 0x80 { return nil }
                if b &- 0x41 < 26 { upper = true }
            }
            guard upper else { return String(word) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count) { out in
                for (i, b) in u.enumerated() { out[i] = b &- 0x41 < 26 ? b | 0x20 : b }
                return String(decoding: UnsafeBufferPointer(out), as: UTF8.self)
            }
        }
        if let fast, let fast { return fast }
        return word.lowercased()
    }

    /// Whether `name` begins with an acronym and has a word after it (the test
    /// ``mergeAbbreviatedPrefixes(_:)`` makes with Characters), for an ASCII name, by bytes: a
    /// first space-separated word of 2–5 capitals A–Z (the only ASCII Characters that are
    /// upper case), then another word. Nil for other names (to be tested by Characters).
    private static func leadsWithAcronym(_ name: String) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            let n = u.count
            var i = 0
            while i < n, u[i] == 0x20 { i += 1 }
            let start = i
            var capitals = true
            while i < n, u[i] != 0x20 {
                if u[i] >= 0x80 { return nil }
                if u[i] &- 0x41 >= 26 { capitals = false }
                i += 1
            }
            let length = i - start
            var second = false
            while i < n {
                if u[i] >= 0x80 { return nil }
                if u[i] != 0x20 { second = true }
                i += 1
            }
            return capitals && length >= 2 && length <= 5 && second
        } ?? nil
    }

    /// A name that may be an abbreviated one ("NWL Sustainability and Transformation Plan"):
    /// its entity, word count, acronym and other words lower-cased (with their bytes when
    /// they and the acronym are ASCII), and the index of its last word in the words looked up.
    private struct Abbreviated {
        let a: Int
        let count: Int
        let acronym: String
        let rest: [String]
        let ascii: (acronym: [UInt8], rest: [[UInt8]])?
        var word = 0
    }

    /// Whether `name` is the full form of `x`: more words, ending in `x`'s other words (each
    /// lower-cased), and the initials of the words before those ("of", "and", "the" and
    /// "NHS" left out) spell the acronym.
    private static func expands(_ name: String, _ x: Abbreviated) -> Bool {
        if let ascii = x.ascii, let r = name.utf8.withContiguousStorageIfAvailable({ asciiExpands($0, x.count, ascii.acronym, ascii.rest) }), let r {
            return r
        }
        let bw = name.spaceSeparatedWords()
        guard bw.count > x.count, bw.suffix(x.rest.count).map({ $0.lowercased() }) == x.rest else { return false }
        let lead = bw.prefix(bw.count - x.rest.count).filter { !($0.is("of") || $0.is("and") || $0.is("the") || $0.is("NHS")) }
        return lead.map({ String($0.prefix(1)) }).joined() == x.acronym
    }

    /// ``expands(_:_:)`` for an ASCII name `u` (nil when it is not ASCII), read by bytes in
    /// place: each byte is a Character, a space byte the separator, and ASCII strings are
    /// equal exactly when their bytes are. (Splitting each candidate name into `String`s and
    /// lowering them was most of the cost of this search.)
    private static func asciiExpands(_ u: UnsafeBufferPointer<UInt8>, _ count: Int, _ acronym: [UInt8], _ rest: [[UInt8]]) -> Bool? {
        var words = 0
        var previous: UInt8 = 0x20
        for b in u {
            if b >= 0x80 { return nil }
            if previous == 0x20, b != 0x20 { words += 1 }
            previous = b
        }
        guard words > count else { return false }
        // The last words, from the end: each equal, lower-cased, to its word of `rest`.
        var end = u.count
        for w in rest.reversed() {
            while end > 0, u[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, u[start - 1] != 0x20 { start -= 1 }
            guard end - start == w.count else { return false }
            for j in 0..<w.count {
                let c = u[start + j]
                if (c &- 0x41 < 26 ? c | 0x20 : c) != w[j] { return false }
            }
            end = start
        }
        // The words before them: each initial, but those of "of", "and", "the" and "NHS", the
        // next byte of the acronym.
        var spelled = 0
        var i = 0
        while i < end {
            if u[i] == 0x20 { i += 1; continue }
            let start = i
            while i < end, u[i] != 0x20 { i += 1 }
            let n = i - start
            let c0 = u[start]
            let skipped = n == 2 && c0 == 0x6F && u[start + 1] == 0x66
                || n == 3 && (c0 == 0x61 && u[start + 1] == 0x6E && u[start + 2] == 0x64
                    || c0 == 0x74 && u[start + 1] == 0x68 && u[start + 2] == 0x65
                    || c0 == 0x4E && u[start + 1] == 0x48 && u[start + 2] == 0x53)
            if skipped { continue }
            guard spelled < acronym.count, acronym[spelled] == c0 else { return false }
            spelled += 1
        }
        return spelled == acronym.count
    }

    static func mergeAbbreviatedPrefixes(_ doc: inout Document) -> Bool {
        var merged = false
        let all = doc.mentionedEntities()
        // Entities by the last word of any of their names, so each abbreviated name is compared
        // only with names that end like it; built when the first abbreviated name needs it
        // (most documents have none).
        // The names that may be abbreviated, read first (their tests read only the names and
        // types, which merging leaves alone), so that the index below is made for their last
        // words only. (It was made, as here, before any merge: as of the first name needing it.)
        var abbreviated: [Abbreviated] = []
        for a in all where doc.entities[a].type != .person && doc.entities[a].type != .place {
            // Cheap pre-test: a name starting with an ASCII byte other than a capital has no acronym first word.
            // So has one starting with a capital and then a lower-case ASCII letter ("North ...").
            var bytes = doc.entities[a].name.utf8.makeIterator()
            if let c = bytes.next() {
                if c < 0x80, c != 0x20, !(c >= 0x41 && c <= 0x5A) { continue }
                if c >= 0x41 && c <= 0x5A, let d = bytes.next(), d >= 0x61 && d <= 0x7A { continue }
            }
            // (An ASCII name is tested by bytes, exactly; the tests by Characters are for others.)
            let lead = leadsWithAcronym(doc.entities[a].name)
            guard lead != false else { continue }
            let aw = doc.entities[a].name.spaceSeparatedWords()
            guard aw.count >= 2, let acronym = aw.first, lead == true || acronym.count >= 2 && acronym.count <= 5 && acronym.allSatisfy({ $0.isUppercase }) else { continue }
            let rest = aw.dropFirst().map { $0.lowercased() }
            let ascii = lead == true && rest.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) ? (Array(acronym.utf8), rest.map { Array($0.utf8) }) : nil
            abbreviated.append(Abbreviated(a: a, count: aw.count, acronym: acronym, rest: rest, ascii: ascii))
        }
        guard !abbreviated.isEmpty else { return false }
        // Entities by the last word of any of their names, for the last words of `abbreviated`.
        var needed: [String] = []
        for i in abbreviated.indices {
            let last = abbreviated[i].rest.last!
            if let w = needed.firstIndex(of: last) { abbreviated[i].word = w } else {
                abbreviated[i].word = needed.count
                needed.append(last)
            }
        }
        // Only entities of a type some abbreviated name has can be its candidates (the search
        // below passes over the others): the rest are not indexed.
        var types: [EntityType] = []
        for x in abbreviated where !types.contains(doc.entities[x.a].type) { types.append(doc.entities[x.a].type) }
        let byLastIndex = byLastWord(doc, all.filter { types.contains(doc.entities[$0].type) }, needed)
        for x in abbreviated where doc.entities[x.a].mergedInto < 0 {
            let a = x.a
            // Each candidate once, in order.
            var candidates = byLastIndex[x.word]
            candidates.sort()
            var previous = -1
            search: for b in candidates where b != previous {
                previous = b
                guard b != a, doc.entities[b].type == doc.entities[a].type, doc.entities[b].mergedInto < 0 else { continue }
                var found = expands(doc.entities[b].name, x)
                if !found {
                    for name in doc.entities[b].aliases where expands(name, x) { found = true; break }
                }
                guard found else { continue }
                doc.entities.merge(a, into: b)
                merged = true
                break search
            }
        }
        return merged
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " { start = index(after: start) }
        while end > start, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[start..<end])
    }
}
