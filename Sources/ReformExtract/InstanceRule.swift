#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// `instance_of`: a named body found by its form word ("West Cheshire CCG", "Dudley Shadow
/// MCP") is an instance of that form; so is a known body whose name, as written, ends in a
/// form's name of its type ("Cambridgeshire and Peterborough Integrated Care System",
/// "Imperial College Healthcare NHS Trust"). The evidence is the sentence of its first mention.
enum InstanceRule {
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, into out: inout [DocRelation]) {
        // The entities done, by index (a `Set<Int>` hashed each mention's entity twice).
        // (Marked in the loop itself: a local function that changed it made every mark a
        // dynamically checked access.)
        var done = [Bool](repeating: false, count: doc.entities.count)
        // This thread's memo for the lexicon, found once per document.
        let memo = FormEndingMemo.memo(for: lexicon)
        for m in doc.mentions {
            let e = doc.entities.resolved(m.entity)
            guard e < 0 || e >= done.count || !done[e] else { continue }
            var form = doc.entities[e].form
            if form < 0, doc.entities[e].kind == .instance, doc.entities[e].lexicon >= 0 {
                // (The mention's bytes: `doc.text(m.first, m.last)` is them with white space folded.)
                let bytes = m.last > m.first ? doc.bytes[Int(doc.tokens[m.first].start)..<Int(doc.tokens[m.last - 1].end)] : []
                form = memo.formEnding(bytes, type: doc.entities[e].type, lexicon)
            }
            if PlaceCover.isType(doc.entities[e].type), doc.entities[e].kind == .instance,
               let place = PlaceCover.place(in: doc.entities[e].name, lexicon),
               let p = doc.entities.existingLexiconEntity(place), doc.entities[p].mentions > 0 {
                // Only a place the document names on its own: no entity is made up here.
                if p != e { out.append(DocRelation(source: e, predicate: .covers, target: p, sentence: doc.sentence(ofToken: m.first))) }
            }
            if e >= done.count { done += repeatElement(false, count: e + 1 - done.count) }
            done[e] = true
            guard form >= 0 else { continue }
            let f = doc.entities.lexiconEntity(form, lexicon)
            guard f != e else { continue }
            out.append(DocRelation(source: e, predicate: .instanceOf, target: f, sentence: doc.sentence(ofToken: m.first)))
        }
    }

    /// The form of `type` whose name or alias ends `surface` (longest first), or -1
    /// (``FormEndingMemo`` remembers it).
    fileprivate static func findFormEnding(_ surface: String, type: EntityType, _ lexicon: CompiledLexicon) -> Int32 {
        let key = NameKeyMemo.normalise(surface)
        // Counted once, and by bytes for ASCII keys (``Swift/String/characterCount``).
        let keyCount = key.characterCount
        var best: (Int32, Int) = (-1, 0)
        guard let forms = lexicon.formKeysByType[type] else { return -1 }
        var keyBytes = key
        let asciiKey = keyBytes.withUTF8 { u in u.allSatisfy { $0 < 0x80 } }
        for (f, k) in forms {
            let count = k.characterCount
            guard count > best.1 && keyCount > count else { continue }
            if asciiKey ? endsWithSpaced(&keyBytes, k) : key.hasSuffix(" " + k) { best = (f, count) }
        }
        return best.0
    }

    /// `key.hasSuffix(" " + k)` for an ASCII `key`, by bytes when `k` is ASCII too (there every
    /// byte is a Character, the suffix starts with a space, and equal ASCII bytes are equal
    /// Characters); without making the string `" " + k` (most of this rule's cost).
    private static func endsWithSpaced(_ key: inout String, _ k: String) -> Bool {
        var form = k
        let answer: Bool? = form.withUTF8 { v in
            guard v.allSatisfy({ $0 < 0x80 }) else { return nil }
            return key.withUTF8 { u in
                guard u.count > v.count, u[u.count - v.count - 1] == 0x20 else { return false }
                return UnsafeBufferPointer(rebasing: u[(u.count - v.count)...]).elementsEqual(v)
            }
        }
        return answer ?? key.hasSuffix(" " + k)
    }
}

/// `covers`: a local body named after its area ("West Cheshire CCG", "NHS Kent and Medway
/// ICB", "North East London ICS") serves that area, when the lexicon knows the area as a place
/// and the document names the place on its own too.
enum PlaceCover {
    static let types: Set<EntityType> = [.ccg, .icb, .ics, .icp, .stp, .aco, .pct, .sha, .localAuthority]

    /// `types.contains(t)`, as a switch (no lazy global or hashing in a per-mention loop).
    @inline(__always) static func isType(_ t: EntityType) -> Bool {
        switch t {
        case .ccg, .icb, .ics, .icp, .stp, .aco, .pct, .sha, .localAuthority: return true
        default: return false
        }
    }

    /// The lexicon place that the name begins with (after a leading "NHS"), longest first.
    static func place(in name: String, _ lexicon: CompiledLexicon) -> Int32? {
        if let fast = FormEndingMemo.place(in: name, lexicon) { return fast }
        var words = name.splitOnSpaces().map(String.init)
        if words.first == "NHS" { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            if let p = lexicon.lookup(words[0..<n].joined(separator: " "), type: .place), lexicon.entry(p).type == .place {
                return p
            }
        }
        return nil
    }
}

extension PlaceCover {
    /// ``place(in:_:)`` for a name of ASCII bytes `u`: its words found by bytes (there every
    /// byte is a Character and a space byte is the separator, as `splitOnSpaces` splits).
    fileprivate static func asciiPlace(_ u: UnsafeBufferPointer<UInt8>, _ lexicon: CompiledLexicon) -> Int32? {
        // The words' bounds.
        var bounds: [(Int, Int)] = []
        bounds.reserveCapacity(u.count / 2 + 1)
        var start = 0
        for i in 0...u.count where i == u.count || u[i] == 0x20 {
            if i > start { bounds.append((start, i)) }
            start = i + 1
        }
        var first = 0
        if let b = bounds.first, b.1 - b.0 == 3, u[b.0] == 0x4E, u[b.0 + 1] == 0x48, u[b.0 + 2] == 0x53 { first = 1 } // "NHS"
        guard bounds.count - first >= 2 else { return nil }
        // Without an apostrophe (the one mark after which the tokenizer reads on past a
        // space) each word is tokenized alone as it is inside any prefix of the name: one
        // walk of the trie answers all the prefixes.
        if !u.contains(0x27) { return lexicon.longestPlacePrefix(u, words: bounds[first...]) }
        // Else each prefix is looked up: the words from `first` joined once by single spaces
        // (each prefix is a slice of that), and where each word ends there.
        var joined: [UInt8] = []
        joined.reserveCapacity(u.count)
        var ends: [Int] = []
        ends.reserveCapacity(bounds.count - first)
        for (a, b) in bounds[first...] {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: u[a..<b]))
            ends.append(joined.count)
        }
        for n in stride(from: ends.count - 1, through: 1, by: -1) {
            let prefix = String(decoding: joined[..<ends[n - 1]], as: UTF8.self)
            if let p = lexicon.lookup(prefix, type: .place), lexicon.type(p) == .place { return p }
        }
        return nil
    }
}

extension CompiledLexicon {
    /// The place entry named by the longest run of leading words of the name `bytes` (the
    /// runs of `words`' bounds but the whole, words without spaces or apostrophes), or nil:
    /// for each run what `lookup(run joined by spaces, type: .place)` answers when that is a
    /// place.
    ///
    /// A run's tokens (``tokens(of:)``) are its words' tokens, each word tokenized alone: the
    /// tokenizer starts afresh after a space and, but at an apostrophe, reads no further than
    /// the word. So each word is tokenized once and the trie walked once, until no longer run
    /// can be a name, where looking up each run tokenized and hashed its words again (some
    /// 6,500 instructions a run).
    fileprivate func longestPlacePrefix(_ bytes: UnsafeBufferPointer<UInt8>, words: ArraySlice<(Int, Int)>) -> Int32? {
        // The walk from the root over the tokens so far (punctuation and empty keys dropped, as
        // ``tokens(of:)`` drops them), and over all but the first when that is "the" (dropped
        // from a run of two tokens on); -1 once it fails.
        var plain: Int32 = 0, afterThe: Int32 = 0
        var count = 0
        var firstIsThe = false
        var best: Int32?
        for (a, b) in words.dropLast() {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            for t in Tokenizer.nameWords(word) where !t.flags.contains(.punct) && !t.key.isEmpty {
                let id = trieID(t)
                if count == 0 { firstIsThe = t.key.is("the") } else if firstIsThe, afterThe >= 0 { afterThe = trie.child(afterThe, id) ?? -1 }
                if plain >= 0 { plain = trie.child(plain, id) ?? -1 }
                count += 1
            }
            // The run up to this word (none without tokens); a longer one named later wins.
            let node = count == 0 ? -1 : firstIsThe && count > 1 ? afterThe : plain
            // (`search` answers the first value of the type asked for, else the first value,
            // which is then no place.)
            if node >= 0, let i = (0..<trie.valueCount(node)).first(where: { type(trie.value(node, $0).entry) == .place }) {
                best = trie.value(node, i).entry
            }
            // Once every walk has failed, no longer run is a name.
            if plain < 0, !firstIsThe || afterThe < 0 { break }
        }
        return best
    }
}

extension InstanceRule {
    /// Words before "a/an/the <form>" that say a body is one of that form, longest first:
    /// "X, which is the integrated care board for ...", "X began life as a special health
    /// authority", "X was made a non-departmental public body".
    private static let cues: [[String]] = [
        ["began", "life", "as"], ["started", "life", "as"], ["was", "set", "up", "as"], ["were", "set", "up", "as"],
        ["was", "established", "as"], ["was", "created", "as"], ["was", "made"], ["was", "designated", "as"], ["was", "designated"],
        ["which", "is"], ["which", "was"], ["which", "became"], ["which", "remains"], ["is"], ["was"], ["became"], ["becomes"],
        ["remains"], ["remained"], ["set", "up", "as"], ["established", "as"], ["created", "as"],
    ]

    /// Verbs of founding or starting before "as a <form>".
    private static let foundingVerbs: WordSet = ["opened", "began", "set", "established", "created", "launched", "started",
                                                 "formed", "founded", "operating", "reconstituted", "constituted", "relaunched",
                                                 // "It was later run as a special health authority".
                                                 "run", "ran", "operated", "reestablished", "re-established"]

    /// Whether the comma at `k` closes an appositive: a verb or the end follows, not another
    /// name of a list ("X, a special health authority, was ..." but not "X, an ICB, Y and Z").
    private static func appositiveCloses(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        guard k + 1 < end else { return true }
        let next = tokens[k + 1]
        return !next.isCapitalised && !["and", "or", "the", "a", "an"].containsKey(next.key)
    }

    /// How the words before "a/an/the <form>" say what the body is.
    private enum Cue { case appositive, relative, verb }

    /// The cue ending at `end` (the determiner at `det`, adverbs skipped) and where it starts.
    private static func cue(_ doc: Document, end: Int, det: Int, form f: Mention, in r: Range<Int>) -> (Int, Cue)? {
        let tokens = doc.tokens
        // "the TDA, a special health authority created in 2012": an appositive (not a list:
        // "X, an ICB and Y").
        if end <= det, end > r.lowerBound, tokens[end - 1].key.is(","),
           f.last >= r.upperBound || !["and", "or", ","].containsKey(tokens[f.last].key) || tokens[f.last].key.is(",") && appositiveCloses(tokens, f.last, r.upperBound) {
            return (end - 1, .appositive)
        }
        // "opened on 1 April 2003 as a special health authority", "had been set up in 2001,
        // also as a special health authority": "as" after a verb of founding a few words back.
        if end - 1 > r.lowerBound, tokens[end - 1].key.is("as"),
           let v = (max(r.lowerBound, end - 9)..<(end - 1)).last(where: { foundingVerbs.contains(tokens[$0].interned) }),
           !(v + 1..<(end - 1)).contains(where: { doc.mentionAt[$0] >= 0 }) {
            return (v, .verb)
        }
        guard let c = cues.first(where: { c in
            end - c.count >= r.lowerBound && (0..<c.count).allSatisfy { tokens[end - c.count + $0].key.is(c[$0]) }
        }) else { return nil }
        return (end - c.count, c[0] == "which" ? .relative : .verb)
    }

    private static let counts: WordSet = ["two", "three", "four", "five", "six", "both"]

    /// Adverbs skipped before a determiner, and words that negate a statement, for ``stated(_:into:)``
    /// (word sets, each token tested by its key's bit: array literals were made per test).
    private static let adverbs: WordSet = ["now", "then", "later", "also", "still", "formally", "initially", "originally"]
    private static let negations: WordSet = ["not", "never", "no", "nor"]

    /// "The Clinical Standards Board for Scotland and the Health Technology Board for Scotland,
    /// two small special health boards, were dissolved": a count and a plural form in apposition
    /// after two or more named bodies joined by "and" or commas: those bodies (as many as the
    /// count says), each an instance of the form.
    private static func countedAppositive(_ doc: Document, form f: Mention, in r: Range<Int>) -> [Int]? {
        let tokens = doc.tokens
        var j = f.first - 1
        var adjectives = 0
        while j > r.lowerBound, adjectives < 3, tokens[j].isWord, !tokens[j].isCapitalised, !counts.contains(tokens[j].interned), doc.mentionAt[j] < 0 {
            j -= 1; adjectives += 1
        }
        guard j > r.lowerBound + 1, counts.contains(tokens[j].interned), tokens[j - 1].key.is(","), doc.mentionAt[j - 2] >= 0 else { return nil }
        // (The cheap word tests first: most forms have no count before them.)
        let lastKey = tokens[f.last - 1].key
        let plural = tokens[f.last - 1].has(.acronym) ? lastKey.hasSuffix("s") : Vocabulary.singular(lastKey, acronymPlural: false) != lastKey
        guard plural else { return nil }
        let n: Int
        switch tokens[j].key {
        case "both", "two": n = 2
        case "three": n = 3
        case "four": n = 4
        case "five": n = 5
        default: n = 6
        }
        // The named bodies back from the comma, joined by "and", "," or "and the".
        var bodies: [Int] = []
        var end = j - 1
        while end > r.lowerBound, doc.mentionAt[end - 1] >= 0 {
            let m = doc.mentions[Int(doc.mentionAt[end - 1])]
            guard m.last == end, m.entity >= 0 else { break }
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].kind == .instance, PeopleRule.isOrg(doc.entities[e].type) else { break }
            bodies.append(e)
            var p = m.first
            if p > r.lowerBound, tokens[p - 1].key.is("the") { p -= 1 }
            guard p > r.lowerBound, tokens[p - 1].key.is("and") || tokens[p - 1].key.is(",") else { break }
            end = p - 1
        }
        return bodies.count == n ? bodies : nil
    }

    /// The named body (an organisation's instance) sentence `s` opens with, if any.
    private static func openingBody(_ doc: Document, _ s: Int) -> Mention? {
        let r = doc.sentences[s].tokenRange
        guard let k = r.prefix(2).first(where: { doc.mentionAt[$0] >= 0 }) else { return nil }
        let m = doc.mentions[Int(doc.mentionAt[k])]
        guard m.entity >= 0 else { return nil }
        let e = doc.entities[doc.entities.resolved(m.entity)]
        return e.kind == .instance && PeopleRule.isOrg(e.type) ? m : nil
    }

    /// `instance_of` stated in words: a named body said to be "a"/"the" (singular) form.
    /// The body is the name right before the cue ("NHS Kent and Medway, which is the
    /// integrated care board for Kent") or, when other words stand between, the body the
    /// sentence opens with ("HEE, responsible for training, began life as a special health
    /// authority in 2012 and was made a non-departmental public body"). A body found by a rule
    /// as a plain organisation takes the form's type. Negated statements give nothing.
    static func stated(_ doc: inout Document, into out: inout [DocRelation]) {
        let tokens = doc.tokens
        guard !doc.sentences.isEmpty else { return }
        // The sentences where a mention of a form starts: the walk below acts only on such a
        // mention, so the other sentences are passed over (entity kinds do not change here).
        var formSentences = [Bool](repeating: false, count: doc.sentences.count)
        // Each mention's sentence (`doc.sentence(ofToken:)`, the last sentence starting at or
        // before it) by a cursor that moves forward with the mentions, which come in order;
        // one before the cursor's sentence is searched for. (A search, and a copy of the
        // document passed to it, for every form mention cost more than this whole walk.)
        var cursor = 0
        for m in doc.mentions where m.entity >= 0 && doc.entities[doc.entities.resolved(m.entity)].kind == .form {
            if doc.sentences[cursor].firstToken > m.first {
                cursor = doc.sentence(ofToken: m.first)
            } else {
                while cursor + 1 < doc.sentences.count, doc.sentences[cursor + 1].firstToken <= m.first { cursor += 1 }
            }
            formSentences[cursor] = true
        }
        for s in doc.sentences.indices {
            let r = doc.sentences[s].tokenRange
            guard r.count >= 4, formSentences[s] else { continue }
            // The body the sentence opens with, if any.
            var subject: Mention?
            if let k = r.prefix(2).first(where: { doc.mentionAt[$0] >= 0 }) {
                subject = doc.mentions[Int(doc.mentionAt[k])]
            } else if tokens[r.lowerBound].key.is("it"), s > 0, let previous = openingBody(doc, s - 1) {
                // "The Care Inspectorate was created in 2011. It is a non-departmental public
                // body": "It" is the body the sentence before opened with.
                subject = previous
            }
            var k = r.lowerBound + 2
            while k < r.upperBound {
                guard doc.mentionAt[k] >= 0 else { k += 1; continue }
                let f = doc.mentions[Int(doc.mentionAt[k])]
                defer { k = max(f.last, k + 1) }
                guard f.first == k, f.entity >= 0 else { continue }
                let fe = doc.entities.resolved(f.entity)
                // The form's fields read where needed (a copy of the whole entity, names and
                // aliases retained and released, was made for every mention of the document).
                // (The form itself is never changed below: only bodies other than it are.)
                let formKind = doc.entities[fe].kind
                if formKind == .form, let bodies = countedAppositive(doc, form: f, in: r) {
                    for b in bodies where b != fe {
                        // As below: only a body found by a rule with no telling word takes the form's type.
                        let formType = doc.entities[fe].type
                        if doc.entities[b].type != formType {
                            guard doc.entities[b].lexicon < 0, doc.entities[b].form < 0, doc.entities[b].type == .organisation else { continue }
                            doc.entities[b].type = formType
                        }
                        out.append(DocRelation(source: b, predicate: .instanceOf, target: fe, sentence: s))
                    }
                    continue
                }
                guard formKind == .form, tokens[k - 1].key.is("a") || tokens[k - 1].key.is("an") || tokens[k - 1].key.is("the") else { continue }
                // Singular: "a foundation trust", not "the CCGs".
                let lastKey = tokens[f.last - 1].key
                if tokens[f.last - 1].has(.acronym) ? lastKey.hasSuffix("s") : Vocabulary.singular(lastKey, acronymPlural: false) != lastKey { continue }
                let det = k - 1
                // Which cue ends right before the determiner (adverbs such as "now" skipped).
                var end = det
                while end > r.lowerBound, adverbs.contains(tokens[end - 1].interned) { end -= 1 }
                guard let (cueStart, cue) = cue(doc, end: end, det: det, form: f, in: r) else { continue }
                if (max(r.lowerBound, cueStart - 3)..<det).contains(where: { negations.contains(tokens[$0].interned) }) { continue }
                // The body: right before the cue (through a comma), else the sentence's subject
                // for a verb cue ("and was made a ...").
                var x: Mention?
                var before = cueStart
                if cue != .appositive, before > r.lowerBound, tokens[before - 1].key.is(",") { before -= 1 }
                // "the NHS Litigation Authority (NHSLA), a special health authority": past the
                // bracketed acronym to the name.
                if cue == .appositive, before >= r.lowerBound + 4, tokens[before - 1].key.is(")"), tokens[before - 3].key.is("("),
                   tokens[before - 2].has(.upper) || tokens[before - 2].has(.acronym) {
                    before -= 3
                }
                if before > r.lowerBound, doc.mentionAt[before - 1] >= 0 {
                    let m = doc.mentions[Int(doc.mentionAt[before - 1])]
                    if m.last == before { x = m }
                } else if cue != .relative, let subject, subject.last < cueStart,
                          // (Only this sentence's words: "It" may stand for the previous one's subject.)
                          !(max(subject.last, r.lowerBound + 1)..<cueStart).contains(where: { t in
                              doc.mentionAt[t] >= 0 && doc.mentions[Int(doc.mentionAt[t])].entity >= 0
                                  && doc.entities[doc.entities.resolved(doc.mentions[Int(doc.mentionAt[t])].entity)].kind == .instance
                          }) {
                    x = subject
                }
                guard let x, x.entity >= 0 else { continue }
                let xe = doc.entities.resolved(x.entity)
                guard xe != fe, doc.entities[xe].kind == .instance, PeopleRule.isOrg(doc.entities[xe].type) else { continue }
                let formType = doc.entities[fe].type
                if doc.entities[xe].type != formType {
                    // Only a body found by a rule with no telling word takes the form's type.
                    guard doc.entities[xe].lexicon < 0, doc.entities[xe].form < 0, doc.entities[xe].type == .organisation else { continue }
                    doc.entities[xe].type = formType
                }
                if doc.entities[xe].form < 0, doc.entities[xe].lexicon < 0 { doc.entities[xe].form = doc.entities[fe].lexicon }
                out.append(DocRelation(source: xe, predicate: .instanceOf, target: fe, sentence: s))
            }
        }
    }
}

/// ``InstanceRule/findFormEnding(_:type:_:)`` and ``PlaceCover/place(in:_:)`` remembered per
/// thread and lexicon: the documents of a corpus name the same known bodies, and each answer
/// normalised the name and compared it with every form name of its type (some 2,500
/// instructions), or looked up each of its leading word runs in the lexicon (some 15,000); a
/// remembered one costs a hash.
///
/// The answer depends on the surface, the type and the lexicon's form names, which are fixed
/// when the lexicon is compiled (and a place on the name and the lexicon); the memo belongs to one lexicon (told by its ``LookupMemo``,
/// made anew with each compiled lexicon and kept alive here, so no other can share its
/// identity) and starts again for another. Form endings are found by the bytes of the
/// mention in the document text (the surface is those bytes with white space folded, so the
/// same bytes are the same surface); only ASCII names are remembered as places (two ASCII
/// strings are equal exactly when their bytes are; they are kept by their bytes). One memo per
/// thread (as ``NameKeyMemo``); its tables start again when they grow past their limit.
final class FormEndingMemo {
    private var owner: LookupMemo?
    /// Form endings by the mention's bytes, with the type asked for (a surface asked again
    /// with another type is worked out again).
    @exclusivity(unchecked) private var forms = ByteKeyedTable<(type: EntityType, form: Int32)>()
    /// Places by the name's bytes (-1: none).
    @exclusivity(unchecked) private var places = ByteKeyedTable<Int32>()

    /// This thread's memo, emptied first if it was another lexicon's.
    static func memo(for lexicon: CompiledLexicon) -> FormEndingMemo {
        let memo = current
        if memo.owner !== lexicon.lookups {
            memo.owner = lexicon.lookups
            memo.forms = ByteKeyedTable()
            memo.places = ByteKeyedTable()
        }
        return memo
    }

    /// ``PlaceCover/place(in:_:)`` of an ASCII name (nil for any other).
    static func place(in name: String, _ lexicon: CompiledLexicon) -> Int32?? {
        var text = name
        return text.withUTF8 { u -> Int32?? in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            let memo = memo(for: lexicon)
            let h = u.byteKeyHash
            if let known = memo.places.find(u, hash: h) { return .some(known >= 0 ? known : nil) }
            let answer = PlaceCover.asciiPlace(u, lexicon)
            memo.places.insert(u, hash: h, answer ?? -1)
            return .some(answer)
        }
    }

    /// The form of `type` ending the surface written by the document bytes `slice` (the
    /// surface is ``Document/folded(_:)`` of them), or -1.
    func formEnding(_ slice: ArraySlice<UInt8>, type: EntityType, _ lexicon: CompiledLexicon) -> Int32 {
        slice.withUnsafeBufferPointer { u in
            let h = u.byteKeyHash
            let known = forms.find(u, hash: h)
            if let known, known.type == type { return known.form }
            let answer = InstanceRule.findFormEnding(Document.folded(slice), type: type, lexicon)
            if known == nil { forms.insert(u, hash: h, (type, answer)) }
            return answer
        }
    }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { FormEndingMemo() }
    private static var current: FormEndingMemo { perThread.current }
}
