import ReformCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One document being extracted: its text, sentences, tokens, mentions and entities.
struct Document {
    /// A sentence: byte range and token range, and what its tokens hold together.
    struct Sentence {
        var start: Int
        var end: Int
        var firstToken: Int
        var lastToken: Int
        /// The union of its tokens' flags: a rule that needs a quotation mark or a year can
        /// pass over a sentence without one at once.
        var flags: Token.Flags = []
        /// The union of its tokens' word classes (see ``SentenceView/classes``).
        var classes: WordClass = []
        /// Whether it is a heading (two words or more, at least 70 % in capitals), found once
        /// here for the several entity rules that skip headings.
        var isHeading = false
        var tokenRange: Range<Int> { firstToken..<lastToken }
    }

    let name: String
    let bytes: [UInt8]
    var sentences: [Sentence] = []
    var tokens: [Token] = []
    /// Emphasised byte ranges (Markdown `*...*`), candidate titles.
    var emphasis: [Range<Int>] = []
    /// Mentions sorted by first token, not overlapping.
    var mentions: [Mention] = []
    var entities = DocumentEntities()
    /// Acronyms the document defines (lower-case letters) and the entity each stands for.
    var definedAcronyms: [String: Int] = [:]
    /// For each token, the index of the mention covering it, or -1.
    var mentionAt: [Int32] = []
    /// Entities a mention stands for besides its own, by the mention's first token: "the two
    /// trusts" is one mention of the trust named last and, through this, of the one before.
    /// ``SentenceView`` makes one item per entity over the same words, so items can share a
    /// span: a rule that reads the words between `items[i].last` and `items[i + 1].first` must
    /// allow the second to start before the first ends (``SentenceView``'s grouping counts such
    /// items as coordinated).
    var alsoMeans: [Int: [Int]] = [:]

    init(name: String, text: String, markup: Bool, lexicon: CompiledLexicon) {
        var tokenizer = Tokenizer()
        self.init(name: name, text: text, markup: markup, lexicon: lexicon, tokenizer: &tokenizer)
    }

    /// Reads a document with a tokenizer kept from document to document (it must have been
    /// used with this lexicon's vocabulary only: its memo holds vocabulary ids).
    init(name: String, text: String, markup: Bool, lexicon: CompiledLexicon, tokenizer: inout Tokenizer) {
        self.init(name: name, utf8: Array(text.utf8), markup: markup, lexicon: lexicon, tokenizer: &tokenizer)
    }

    /// Reads a document from its text as valid UTF-8 bytes (no String in between).
    init(name: String, utf8: consuming [UInt8], markup: Bool, lexicon: CompiledLexicon, tokenizer: inout Tokenizer) {
        self.name = name
        var raw = consume utf8
        var hardBreaks: [Int] = []
        if markup {
            // Consumed, so the cleaner blanks markup in the caller's array, not in a copy.
            let cleaned = MarkupCleaner(consume raw)
            raw = cleaned.bytes
            hardBreaks = cleaned.hardBreaks
            emphasis = cleaned.emphasis
        }
        bytes = raw
        let spans = SentenceSplitter.split(bytes, hardBreaks: hardBreaks)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(spans.count)
        let a = Self.keyA
        let tokens = bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, spans: spans, vocabulary: lexicon.vocabulary) { k, first, new in
                let span = spans[k]
                var sentence = Sentence(start: span.start, end: span.end, firstToken: first, lastToken: first + new.count)
                // The unions and the heading test in one pass over the new tokens: a heading has
                // two words or more, at least 70 % of them in capitals (one-letter words count
                // only when they are "a"/"A", tested by the interned key).
                // (Words are counted from the flag's bit, with no branch per token: this runs
                // for every token of the corpus.)
                var flags: Token.Flags = [], classes: WordClass = []
                var words = 0, upper = 0
                let wordShift = Token.Flags.word.rawValue.trailingZeroBitCount
                let upperWord: Token.Flags = [.word, .upper]
                for t in new {
                    flags.formUnion(t.flags)
                    classes.formUnion(t.classes)
                    words &+= Int(t.flags.rawValue &>> wordShift) & 1
                    if t.flags.isSuperset(of: upperWord), t.end &- t.start > 1 || t.interned == a { upper &+= 1 }
                }
                sentence.flags = flags
                sentence.classes = classes
                sentence.isHeading = words >= 2 && upper * 10 >= words * 7
                sentences.append(sentence)
            }
        }
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The interned key "a" (``init(name:utf8:markup:lexicon:tokenizer:)``).
    private static let keyA = KeyInterner.shared.intern("a")

    /// The original text of a token range (bytes of the first to the last token).
    func text(_ first: Int, _ last: Int) -> String {
        guard last > first else { return "" }
        return Self.folded(bytes[Int(tokens[first].start)..<Int(tokens[last - 1].end)])
    }

    /// The sentence text with white space folded to single spaces.
    func sentenceText(_ s: Int) -> String { Self.folded(bytes[sentences[s].start..<sentences[s].end]) }

    static func folded(_ slice: ArraySlice<UInt8>) -> String {
        slice.withUnsafeBufferPointer { p in
            // Written straight into the String's storage (never longer than the slice), which
            // validates it as String(decoding:) did, without an intermediate array.
            String(unsafeUninitializedCapacity: p.count) { out in
                guard let to = out.baseAddress else { return 0 }
                return fold(p, into: to)
            }
        }
    }

    /// Copies `p` to `to` with each run of white space (space, tab, line break, no-break
    /// space) made one space and none at the start, and returns the bytes written: the
    /// white space rule of ``folded(_:)``. `to` must have room for `p.count` bytes.
    static func fold(_ p: UnsafeBufferPointer<UInt8>, into to: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let count = p.count
        var n = 0
        var space = false
        var i = 0
        let raw = UnsafeRawPointer(base)
        // (The repeated-byte vectors are locals on purpose: written inline in the compares,
        // the compiler made byte loops of them.)
        let blank = SIMD16<UInt8>(repeating: 0x20), control = SIMD16<UInt8>(repeating: 0x0E)
        let lead = SIMD16<UInt8>(repeating: 0xC2)
        while i < count {
            // Sixteen bytes copied as they are when, read with the byte after them, they hold
            // no line break, tab or other control byte, no 0xC2 (which may open a no-break
            // space) and no two spaces in a row, and do not open with a space to drop or
            // join to a pending one (most of a sentence: words with single spaces between).
            // The output never runs ahead of the input (`n <= i`, a pending space included),
            // so sixteen bytes at `n` fit.
            if i &+ 17 <= count {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let after = raw.loadUnaligned(fromByteOffset: i &+ 1, as: SIMD16<UInt8>.self)
                let stop = (v .< control) .| (after .< control) .| (v .== lead) .| (after .== lead)
                    .| ((v .== blank) .& (after .== blank))
                if !any(stop), base[i] != 0x20 || (n > 0 && !space) {
                    if space, n > 0 { to[n] = 0x20; n &+= 1 }
                    space = false
                    UnsafeMutableRawPointer(to + n).storeBytes(of: v, as: SIMD16<UInt8>.self)
                    n &+= 16; i &+= 16
                    continue
                }
            }
            #if _endian(little)
            // Bytes that are no kind of space, up to eight a step, copied at once: the
            // output never runs ahead of the input (`n <= i` here, a pending space
            // included), so eight bytes at `n` fit.
            if i &+ 8 <= count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let s = Self.spaceBytes(w)
                let k = s == 0 ? 8 : s.trailingZeroBitCount >> 3
                if k > 0 {
                    if space, n > 0 { to[n] = 0x20; n &+= 1 }
                    space = false
                    UnsafeMutableRawPointer(to + n).storeBytes(of: w, as: UInt64.self)
                    n &+= k; i &+= k
                    if k == 8 { continue }
                }
            }
            #endif
            let b = base[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = true
            } else if b == 0xC2, i + 1 < count, base[i + 1] == 0xA0 {
                space = true; i += 1
            } else {
                if space, n > 0 { to[n] = 0x20; n += 1 }
                space = false
                to[n] = b; n += 1
            }
            i += 1
        }
        return n
    }

    /// The high bit of the first byte of `w` (in memory order, little-endian) that may be white
    /// space for ``folded(_:)`` (below 0x0E, 0x20, or 0xC2 that may open a no-break space), and
    /// possibly of later bytes: 0 when there is none. The lowest bit set is exact (a borrow
    /// only runs from a byte that matched to the bytes after it).
    @inline(__always)
    private static func spaceBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x }
        return ((w &- ones &* 0x0E) & ~w | zero(w ^ (ones &* 0x20)) | zero(w ^ (ones &* 0xC2))) & highs
    }

    /// Rebuilds ``mentionAt`` after ``mentions`` changed.
    ///
    /// Each entry is written once, in place when the token count is unchanged (it is called
    /// several times per document): the stretches between mentions get -1 and each mention's
    /// tokens its index, a later mention over an earlier one's tokens winning, as filling the
    /// whole array with -1 first and then every mention's tokens in order would leave it.
    mutating func indexMentions() {
        mentions.removeAll { $0.entity < 0 }
        Self.sortByFirst(&mentions)
        let n = tokens.count
        mentions.withUnsafeBufferPointer { mentions in
            if mentionAt.count == n {
                mentionAt.withUnsafeMutableBufferPointer { Self.index(mentions, into: $0) }
            } else {
                mentionAt = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
                    Self.index(mentions, into: buffer)
                    count = n
                }
            }
        }
    }

    /// Sorts `mentions` by first token, stably, as `sort` does.
    ///
    /// Rules append the mentions they find after the ones kept, so the array is a sorted run
    /// followed by a few more: only those are sorted, and merged in from the back, a kept
    /// mention going before a new one with the same first token (what a stable sort of the
    /// whole array leaves), instead of sorting the whole array again.
    private static func sortByFirst(_ mentions: inout [Mention]) {
        // (Read through the buffer: indexed through the array, each step paid two bounds checks.)
        let p = mentions.withUnsafeBufferPointer { m in
            var p = 1
            while p < m.count, m[p].first >= m[p &- 1].first { p &+= 1 }
            return p
        }
        guard p < mentions.count else { return }
        var tail = Array(mentions[p...])
        tail.sort { $0.first < $1.first }
        mentions.withUnsafeMutableBufferPointer { m in
            var i = p - 1, j = tail.count - 1, w = m.count - 1
            while j >= 0 {
                if i >= 0, m[i].first > tail[j].first {
                    m[w] = m[i]
                    i -= 1
                } else {
                    m[w] = tail[j]
                    j -= 1
                }
                w -= 1
            }
        }
    }

    /// Writes every entry of `out`: the index of the last of `mentions` (sorted by first token)
    /// covering it, or -1.
    private static func index(_ mentions: UnsafeBufferPointer<Mention>, into out: UnsafeMutableBufferPointer<Int32>) {
        var filled = 0
        for i in mentions.indices {
            let m = mentions[i]
            precondition(m.first >= 0 && m.first <= m.last && m.last <= out.count, "mention outside the document's tokens")
            var t = filled
            while t < m.first { out[t] = -1; t += 1 }
            let index = Int32(i)
            t = m.first
            while t < m.last { out[t] = index; t += 1 }
            filled = max(filled, m.last)
        }
        var t = filled
        while t < out.count { out[t] = -1; t += 1 }
    }

    /// Whether a line break lies between tokens `a` and `b` (exclusive).
    func newline(between a: Int, _ b: Int) -> Bool { Self.newline(between: a, b, tokens: tokens, bytes: bytes) }

    /// ``newline(between:_:)`` over a document's tokens and bytes (for callers holding them
    /// without the whole document).
    static func newline(between a: Int, _ b: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        guard b > a + 1 else { return false }
        let from = Int(tokens[a].end), to = Int(tokens[b - 1].start)
        guard to > from else { return false }
        // `memchr` reads many bytes a step (``SignatureRule`` asks this of every sentence).
        return bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + from, 0x0A, to - from) != nil }
    }

    /// The entities the mentions stand for (merges resolved), in increasing order, each once:
    /// `Set(...).sorted()` without hashing or sorting every mention (one flag per entity).
    func mentionedEntities() -> [Int] {
        var seen = [Bool](repeating: false, count: entities.count)
        var n = 0
        for m in mentions where m.entity >= 0 {
            let e = entities.resolved(m.entity)
            if !seen[e] { seen[e] = true; n += 1 }
        }
        var all: [Int] = []
        all.reserveCapacity(n)
        for e in seen.indices where seen[e] { all.append(e) }
        return all
    }

    /// The sentence index holding token `t` (binary search).
    func sentence(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].firstToken <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
