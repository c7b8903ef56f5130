import ReformCore

#if _endian(big)
#error("the vector scans read the first hit with trailingZeroBitCount: little-endian only")
#endif

/// Splits text into ``Token``s at the byte level.
///
/// Words are runs of letters and digits with internal apostrophes (`King's`, `O'Sullivan`);
/// hyphens and slashes are tokens of their own (marked ``Token/Flags/attached``), which the
/// name matcher skips as ``NameKey`` does. Keys are built in a reused buffer; words of up to
/// 15 bytes fit Swift's small-string storage, so most tokens allocate nothing.
struct Tokenizer {
    /// Where a word's folded key is built (grown on demand; see ``tokenize(_:_:vocabulary:into:)``).
    private var scratch: [UInt8] = []
    /// Keys and ids of the words seen so far, by folded key.
    private var memo = WordMemo()
    /// Everything the token of a plain ASCII word holds besides its position (key, id,
    /// classes and flags but ``Token/Flags/attached``), by the word's bytes as written: a
    /// word seen before costs finding its end and one lookup, with no folding or scanning
    /// (see ``spelled(_:_:_:attached:vocabulary:key:)``).
    private var spellings = WordMemo()
    /// ``oneByteKeys``, held here so that a mark does not pay for reaching a global.
    private let oneByteMarks = Tokenizer.oneByteKeys

    init() {}

    /// Appends the tokens of `bytes[range]` to `out`, with the ids of `vocabulary` (-1 for all
    /// words when nil).
    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary?, into out: inout [Token]) {
        let span = SentenceSpan(start: range.lowerBound, end: range.upperBound)
        out.append(contentsOf: tokenize(bytes, spans: [span], vocabulary: vocabulary) { _, _, _ in })
    }

    /// The tokens of each of `spans` in turn, as one array, with the ids of `vocabulary` (-1
    /// for all words when nil); `sentence(k, first, tokens)` is called after span `k` with
    /// the index of its first token and its tokens.
    ///
    /// The tokens are written straight into the array's memory, reserved for a token per
    /// four bytes of the spans (about one per five is usual) and grown when that is short:
    /// appending each sentence's tokens cost a uniqueness check, a capacity check and a copy
    /// per sentence, and a buffer copied out at the end a copy of every token.
    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, spans: [SentenceSpan], vocabulary: Vocabulary?,
                           _ sentence: (_ span: Int, _ first: Int, _ tokens: UnsafeBufferPointer<Token>) -> Void) -> [Token] {
        // The folded key of a word never has more bytes than the text it comes from; eight
        // more hold the zero padding the memo reads words with. A span has at most one token
        // per byte. The scratch buffer is taken out of `self` and opened once for as many
        // spans as fit, not once per word (that cost a uniqueness check and two closure calls
        // per word).
        var longest = 0, total = 0
        for span in spans {
            longest = max(longest, span.end - span.start)
            total += span.end - span.start
        }
        let need = longest + 8
        if scratch.count < need { scratch = [UInt8](repeating: 0, count: max(need, 2 * scratch.count, 256)) }
        var held: [UInt8] = []
        swap(&held, &scratch)
        var tokens: [Token] = []
        var n = 0, k = 0
        var capacity = total / 4 + 64
        while k < spans.count {
            capacity = max(capacity, n + spans[k].end - spans[k].start)
            let before = tokens
            tokens = held.withUnsafeMutableBufferPointer { key in
                [Token](unsafeUninitializedCapacity: capacity) { out, count in
                    // The tokens of the spans that did not fit last time's array first.
                    if n > 0 {
                        before.withUnsafeBufferPointer { out.baseAddress!.initialize(from: $0.baseAddress!, count: n) }
                    }
                    count = n
                    while k < spans.count {
                        let span = spans[k]
                        guard n + span.end - span.start <= out.count else { return }
                        // (A token is a plain value, so storing into memory not yet initialized is fine.)
                        let c = tokenize(bytes, span.start..<span.end, vocabulary: vocabulary, key: key.baseAddress!,
                                         into: UnsafeMutableBufferPointer(rebasing: out[n...]))
                        sentence(k, n, UnsafeBufferPointer(rebasing: out[n..<(n + c)]))
                        n += c
                        count = n
                        k += 1
                    }
                }
            }
            capacity *= 2
        }
        swap(&held, &scratch)
        return tokens
    }

    /// ``tokenize(_:_:vocabulary:into:)`` with `key` as the scratch buffer (at least
    /// `range.count + 8` bytes), writing the tokens to `out` (at least `range.count` of them);
    /// returns how many it wrote.
    private mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, vocabulary: Vocabulary?,
                                   key scratchKey: UnsafeMutablePointer<UInt8>, into out: UnsafeMutableBufferPointer<Token>) -> Int {
        var i = range.lowerBound
        let end = range.upperBound
        // Token offsets are Int32: checked once here, so the hot path below converts without
        // a check per token.
        precondition(range.lowerBound >= 0 && end <= Int(Int32.max), "text too long for token offsets")
        var sawSpace = true
        let fast = vocabulary != nil
        // Each token takes at least one byte of the range, so `n` stays below `out.count`.
        var n = 0
        let marks = oneByteMarks
        while i < end {
            // Spaces, words the memo of spellings knows and plain ASCII marks (most tokens) are
            // read by ``fastRun``, with the memo's table opened once; it stops at a token that
            // needs the general path below (which may add to the memo), read one at a time.
            if fast {
                spellings.withProbe { probe in
                    Self.fastRun(bytes, &i, end, &n, &sawSpace, out, probe, marks)
                }
                if i >= end { break }
            }
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { sawSpace = true; i += 1; continue }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { sawSpace = true; i += 2; continue } // nbsp
            let attached: Token.Flags = sawSpace ? [] : .attached
            sawSpace = false
            if Self.letterWidth(bytes, i, end) != nil {
                let t: Token
                if let vocabulary, let known = spelled(bytes, i, end, attached: attached, vocabulary: vocabulary, key: scratchKey) {
                    t = known
                } else {
                    t = word(bytes, i, end, attached: attached, vocabulary: vocabulary, key: scratchKey)
                }
                out[n] = t
                n &+= 1
                i = Int(t.end)
                continue
            }
            // Punctuation: one mark (a UTF-8 sequence counts as one). An ASCII mark other
            // than a quote or "&" is its own key (what ``mark(_:_:_:attached:)`` answers for it).
            if b < 0x80, b != 0x22, b != 0x27, b != 0x60, b != 0x26 {
                out[n] = Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1),
                               interned: oneByteMarks[Int(b)], flags: [.punct, attached])
                n &+= 1
                i &+= 1
                continue
            }
            let mark = Self.mark(bytes, i, end, attached: attached)
            let key: KeyInterner.Key
            switch mark.key {
            case .one(let b): key = oneByteMarks[Int(b)]
            case .fixed(let k): key = k
            case .other(let s): key = KeyInterner.shared.intern(s)
            }
            var t = Token(start: Int32(i), end: Int32(i + mark.length), interned: key, flags: mark.flags)
            // Only "&" has the key "and" here.
            if b == 0x26, let v = vocabulary { t.id = v.id(of: "and") }
            if mark.flags.contains(.word) { t.classes = WordClass.of("and") }
            out[n] = t
            n &+= 1
            i += mark.length
        }
        return n
    }

    /// Reads tokens from `i` into `out` at `n` while they are spaces, words of up to fifteen
    /// ASCII letters and digits found in `probe` (the memo of spellings), or ASCII marks other
    /// than quotes and "&"; stops at `end` or at the first other token, leaving `i` at it.
    @inline(__always)
    private static func fastRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ n: inout Int,
                                _ sawSpace: inout Bool, _ out: UnsafeMutableBufferPointer<Token>,
                                _ probe: WordMemo.Probe, _ marks: [KeyInterner.Key]) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        // Sixteen bytes are read at `i`, so `i` must be at most `last`.
        let last = bytes.count &- 16
        // The sixteen bytes are classified with vector compares. (The repeated-byte vectors are
        // locals on purpose: written inline in the compares, the compiler made byte loops of them.)
        let caseBit = SIMD16<UInt8>(repeating: 0x20), a = SIMD16<UInt8>(repeating: 0x61)
        let letters = SIMD16<UInt8>(repeating: 26), zero = SIMD16<UInt8>(repeating: 0x30)
        let digits = SIMD16<UInt8>(repeating: 10)
        let all = SIMD16<UInt8>(repeating: 0xFF), none = SIMD16<UInt8>(repeating: 0)
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { sawSpace = true; i &+= 1; continue }
            // Non-ASCII bytes go the general way.
            guard b < 0x80, i <= last else { return }
            let attached: Token.Flags = sawSpace ? [] : .attached
            let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            // 0xFF in each byte that is not an ASCII letter or digit (bytes of 0x80 and more
            // included), as two 8-byte words in memory order.
            let alphanumeric = (((v | caseBit) &- a) .< letters) .| ((v &- zero) .< digits)
            let other = unsafeBitCast(all.replacing(with: none, where: alphanumeric), to: SIMD2<UInt64>.self)
            let lo = other[0]
            if lo & 0xFF == 0 {
                // A word of up to fifteen ASCII letters and digits seen before (most words):
                // its length is where the first other byte is, and its 8-byte words are the
                // text's with the bytes from there on zeroed (`(x - 1) & ~x` keeps the bits
                // below the lowest set bit of x).
                let words = unsafeBitCast(v, to: SIMD2<UInt64>.self)
                let head: UInt64, second: UInt64, k: Int
                if lo != 0 {
                    k = lo.trailingZeroBitCount &>> 3
                    head = words[0] & ((lo &- 1) & ~lo)
                    second = 0
                } else {
                    let hi = other[1]
                    guard hi != 0 else { return }
                    k = 8 &+ hi.trailingZeroBitCount &>> 3
                    head = words[0]
                    second = words[1] & ((hi &- 1) & ~hi)
                }
                let wordEnd = i &+ k
                // The byte after the word (0 at the end of the range).
                let next: UInt8 = wordEnd < end ? bytes[wordEnd] : 0
                guard wordEnd <= end, next < 0x80, next != 0x27,
                      let known = probe.find(head: head, second: second, count: k) else { return }
                out[n] = Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: wordEnd),
                               interned: known.key, id: known.id,
                               flags: known.flags.union(attached), classes: known.classes)
                n &+= 1
                // A single space after the word (the usual case) is passed over here.
                if next == 0x20 {
                    i = wordEnd &+ 1
                    sawSpace = true
                } else {
                    i = wordEnd
                    sawSpace = false
                }
                continue
            }
            // An ASCII mark other than a quote or "&" is its own key (what
            // ``mark(_:_:_:attached:)`` answers for it).
            guard b != 0x22, b != 0x27, b != 0x60, b != 0x26 else { return }
            out[n] = Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1),
                           interned: marks[Int(b)], flags: [.punct, attached])
            n &+= 1
            i &+= 1
            sawSpace = false
        }
    }

    /// How many of the eight bytes of `w` (in memory order, little-endian) are ASCII letters
    /// or digits before the first that is not.
    ///
    /// With every byte's high bit cleared (bytes of 0x80 and more are dropped at the end), a
    /// byte x has its high bit set in `x + (0x80 - lo)` exactly when x >= lo, with no carry
    /// out of the byte; letters are tested with 0x20 or'ed in (lower case).
    @inline(__always)
    private static func leadingAlphanumeric(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let x = w & ~highs
        let y = x | (ones &* 0x20)
        let letter = (y &+ ones &* (0x80 - 0x61)) & ~(y &+ ones &* (0x80 - 0x7B))
        let digit = (x &+ ones &* (0x80 - 0x30)) & ~(x &+ ones &* (0x80 - 0x3A))
        let other = ~((letter | digit) & ~w) & highs
        return other == 0 ? 8 : other.trailingZeroBitCount >> 3
    }

    /// The token of the word at `start` from ``spellings`` when it is a plain ASCII word (letters
    /// and digits, no apostrophe, not followed by a non-ASCII letter) of at most 24 bytes with
    /// eight bytes of text readable past its end; nil for any other word, which
    /// ``word(_:_:_:attached:vocabulary:key:)`` reads. A plain word not seen before is read
    /// by ``word(_:_:_:attached:vocabulary:key:)`` once and kept.
    ///
    /// Such a word's token depends only on its bytes: it ends where its letters and digits do,
    /// and its flags (capitals, acronym, number, year) come from its bytes alone.
    @inline(never)
    private mutating func spelled(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, attached: Token.Flags,
                                  vocabulary: Vocabulary, key scratch: UnsafeMutablePointer<UInt8>) -> Token? {
        // The word's bytes, eight at a time, each 8-byte group with the bytes after the word
        // zeroed, copied to `scratch` (this writes at most 24 bytes, and `scratch` holds at
        // least 256).
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var count = 0
        while true {
            guard start &+ count &+ 8 <= bytes.count, count < 24 else { return nil }
            let w = base.loadUnaligned(fromByteOffset: start &+ count, as: UInt64.self)
            let k = Self.leadingAlphanumeric(w)
            let kept: UInt64 = k == 8 ? w : w & ((1 &<< UInt64(truncatingIfNeeded: k &* 8)) &- 1)
            UnsafeMutableRawPointer(scratch + count).storeBytes(of: kept, as: UInt64.self)
            count &+= k
            if k < 8 { break }
        }
        let wordEnd = start &+ count
        guard count > 0, wordEnd <= end else { return nil }
        if wordEnd < end {
            let c = bytes[wordEnd]
            if c == 0x27 { return nil }
            if c >= 0x80, Self.letterWidth(bytes, wordEnd, end) != nil || Self.isApostrophe(bytes, wordEnd, end) > 0 { return nil }
        }
        let spelling = UnsafeBufferPointer(start: UnsafePointer(scratch), count: count)
        if let known = spellings.find(spelling, tag: 0) {
            return Token(start: Int32(start), end: Int32(wordEnd), interned: known.key, id: known.id,
                         flags: known.flags.union(attached), classes: known.classes)
        }
        return firstSpelling(bytes, start, end, count: count, attached: attached, vocabulary: vocabulary, key: scratch)
    }

    /// ``spelled(_:_:_:attached:vocabulary:key:)`` for a plain word it has not kept yet.
    @inline(never)
    private mutating func firstSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, count: Int,
                                        attached: Token.Flags, vocabulary: Vocabulary,
                                        key scratch: UnsafeMutablePointer<UInt8>) -> Token {
        let t = word(bytes, start, end, attached: attached, vocabulary: vocabulary, key: scratch)
        assert(Int(t.end) == start + count)
        // `word` used the scratch buffer: the spelling is copied there again, zero-padded.
        for k in 0..<count { scratch[k] = bytes[start + k] }
        UnsafeMutableRawPointer(scratch + count).storeBytes(of: 0, as: UInt64.self)
        var flags = t.flags
        flags.remove(.attached)
        spellings.insert(UnsafeBufferPointer(start: UnsafePointer(scratch), count: count), tag: 0,
                         WordMemo.Entry(key: t.interned, id: t.id, classes: t.classes, flags: flags))
        return t
    }

    /// A mark's key: a one-byte mark's own byte, one of a few fixed keys, or another.
    private enum MarkKey {
        case one(UInt8)
        case fixed(KeyInterner.Key)
        case other(String)
    }

    /// The punctuation mark at `i` (not a letter, digit or space): its length, key and flags.
    @inline(__always)
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, attached: Token.Flags)
        -> (length: Int, key: MarkKey, flags: Token.Flags) {
        let b = bytes[i]
        var len = 1
        if b >= 0xC0 { len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }
        len = min(len, end - i)
        var flags: Token.Flags = [.punct, attached]
        let key: MarkKey
        switch b {
        case 0x22, 0x27, 0x60: key = .fixed(Fixed.quote); flags.insert(.quote)
        case 0x26: key = .fixed(Fixed.and); flags = [.word, attached]
        case 0xE2 where len == 3 && bytes[i + 1] == 0x80:
            switch bytes[i + 2] {
            case 0x98, 0x99, 0x9C, 0x9D: key = .fixed(Fixed.quote); flags.insert(.quote)
            case 0x93, 0x94, 0x95, 0x92, 0x90, 0x91: key = .fixed(Fixed.dash)
            case 0xA2: key = .fixed(Fixed.bullet)
            case 0xA6: key = .fixed(Fixed.stop)
            default: key = .other(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]), as: UTF8.self))
            }
        default:
            key = len == 1 ? .one(b) : .other(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]), as: UTF8.self))
        }
        return (len, key, flags)
    }

    /// The interned keys marks fold to.
    private enum Fixed {
        static let quote = KeyInterner.shared.intern("\"")
        static let and = KeyInterner.shared.intern("and")
        static let dash = KeyInterner.shared.intern("-")
        static let bullet = KeyInterner.shared.intern("•")
        static let stop = KeyInterner.shared.intern(".")
    }

    /// The interned key of a one-byte mark, `String(UnicodeScalar(b))`, for every byte value,
    /// made once: making it per mark cost a String construction for every comma and full stop.
    private static let oneByteKeys: [KeyInterner.Key] = (0..<256).map {
        KeyInterner.shared.intern(String(UnicodeScalar(UInt8($0))))
    }

    /// The byte width of a letter or digit starting at `i`, or nil.
    @inline(__always)
    static func letterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 {
            let l = b | 0x20
            return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39) ? 1 : nil
        }
        if b == 0xE2 || b == 0xC2 || b == 0xEF { return nil } // punctuation, symbols, nbsp, BOM
        if b < 0xC0 { return nil }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        return i + width <= end ? width : nil
    }

    private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// What scanning a word found: where it ends, its folded key's length in the scratch
    /// buffer, its flags and what the key needs.
    private struct Scanned {
        var end: Int
        var count: Int
        var flags: Token.Flags
        var nonASCII: Bool
        var acronymPlural: Bool
    }

    /// Reads the word at `start`, folding its key into `scratch` (room for the word's bytes
    /// and eight more), and returns its token.
    @inline(never)
    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, attached: Token.Flags,
                               vocabulary: Vocabulary?, key scratch: UnsafeMutablePointer<UInt8>) -> Token {
        let w = Self.scan(bytes, start, end, attached: attached, into: scratch)
        // Zeros after the key up to the next multiple of eight (``WordMemo/lookup(_:tag:_:)``).
        UnsafeMutableRawPointer(scratch + w.count).storeBytes(of: 0, as: UInt64.self)
        let buffer = UnsafeBufferPointer(start: UnsafePointer(scratch), count: w.count)
        // Repeated words (most of them) come from the memo: no String, no hashing of Strings.
        let isUpper = w.flags.contains(.upper)
        let tag: UInt8 = (w.acronymPlural ? 1 : 0) | (isUpper ? 2 : 0)
        let known: WordMemo.Entry
        if let vocabulary {
            known = memo.lookup(buffer, tag: tag) {
                let key = Self.key(buffer, nonASCII: w.nonASCII)
                return (key, vocabulary.id(of: Vocabulary.singular(key, acronymPlural: w.acronymPlural, upper: isUpper)), WordClass.of(key))
            }
        } else {
            // Without a vocabulary nothing is memoised (the memo's ids are a vocabulary's),
            // and words get no classes.
            known = WordMemo.Entry(key: KeyInterner.shared.intern(Self.key(buffer, nonASCII: w.nonASCII)), id: -1, classes: [])
        }
        return Token(start: Int32(start), end: Int32(w.end), interned: known.key, id: known.id, flags: w.flags,
                     classes: known.classes)
    }

    /// The key of a word from its folded bytes.
    private static func key(_ folded: UnsafeBufferPointer<UInt8>, nonASCII: Bool) -> String {
        let key = String(decoding: folded, as: UTF8.self)
        return nonASCII ? NameKey.normalise(key) : key
    }

    /// The words and marks of a name, as ``tokenize(_:_:vocabulary:into:)`` reads them: each
    /// one's key and flags (``CompiledLexicon/tokens(of:)``). Nothing is interned or memoised:
    /// lexicon lookups read names of every kind.
    static func nameWords(_ name: String) -> [(key: String, flags: Token.Flags)] {
        // The name's own bytes and a scratch buffer on the stack: this runs for every name of
        // the lexicon when it is compiled, where two arrays per name were most of the cost.
        var name = name
        var out: [(key: String, flags: Token.Flags)] = []
        out.reserveCapacity(name.utf8.count / 2 + 1)
        name.withUTF8 { buffer in
            let count = buffer.count
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 8) { key in
                var i = 0
                var sawSpace = true
                while i < count {
                    let b = buffer[i]
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { sawSpace = true; i += 1; continue }
                    if b == 0xC2, i + 1 < count, buffer[i + 1] == 0xA0 { sawSpace = true; i += 2; continue }
                    let attached: Token.Flags = sawSpace ? [] : .attached
                    sawSpace = false
                    if letterWidth(buffer, i, count) != nil {
                        let w = scan(buffer, i, count, attached: attached, into: key.baseAddress!)
                        out.append((Self.key(UnsafeBufferPointer(rebasing: key[0..<w.count]), nonASCII: w.nonASCII), w.flags))
                        i = w.end
                        continue
                    }
                    let mark = Self.mark(buffer, i, count, attached: attached)
                    let text: String
                    switch mark.key {
                    case .one(let b): text = String(UnicodeScalar(b))
                    case .fixed(let k): text = k.pointer.pointee
                    case .other(let s): text = s
                    }
                    out.append((text, mark.flags))
                    i += mark.length
                }
            }
        }
        return out
    }

    /// How many of the eight bytes of `w` (in memory order, little-endian) are lower-case
    /// ASCII letters before the first that is not.
    ///
    /// A byte b below 0x80 has its high bit set in `w + 0x1F…` exactly when b >= 0x61, and in
    /// `w + 0x05…` exactly when b >= 0x7B, with no carry out of the byte; `& ~w` drops bytes of
    /// 0x80 and more. Such a byte's own carry can only disturb the bytes after it, which are
    /// past the run counted.
    @inline(__always)
    private static func leadingLowercase(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let lower = (w &+ ones &* 0x1F) & ~(w &+ ones &* 0x05) & ~w & highs
        let other = ~lower & highs
        return other == 0 ? 8 : other.trailingZeroBitCount >> 3
    }

    /// Reads the word starting at `start`, writing its folded bytes to `buf`.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, attached: Token.Flags,
                             into buf: UnsafeMutablePointer<UInt8>) -> Scanned {
        var n = 0
        var i = start
        var upper = 0, lower = 0, digits = 0, nonASCII = false
        var firstCap = false
        var possessive = false
        var letters = 0
        while i < end {
            #if _endian(little)
            // Lower-case letters (most of a word) up to eight a step: the leading ones of the
            // next eight bytes are copied at once (`buf` has room: it holds the text's
            // bytes and eight more).
            if i &+ 8 <= end {
                let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let k = Self.leadingLowercase(w)
                if k > 0 {
                    UnsafeMutableRawPointer(buf + n).storeBytes(of: w, as: UInt64.self)
                    n &+= k; i &+= k; letters &+= k; lower &+= k
                    if k == 8 { continue }
                }
            }
            #endif
            // ASCII letters and digits first, with branch-light range tests.
            let c = bytes[i]
            // Wrapping increments: counts cannot overflow (they are below the text's length),
            // and the overflow checks were a third of this loop's instructions.
            if c &- 0x61 < 26 { lower &+= 1; buf[n] = c; n &+= 1; letters &+= 1; i &+= 1; continue }
            if c &- 0x41 < 26 { upper &+= 1; if letters == 0 { firstCap = true }; buf[n] = c | 0x20; n &+= 1; letters &+= 1; i &+= 1; continue }
            if c &- 0x30 < 10 { digits &+= 1; buf[n] = c; n &+= 1; letters &+= 1; i &+= 1; continue }
            if let w = letterWidth(bytes, i, end) {
                let b = bytes[i]
                if w == 1 {
                    if b >= 0x41 && b <= 0x5A { upper += 1; if letters == 0 { firstCap = true }; buf[n] = b | 0x20 }
                    else if b >= 0x61 { lower += 1; buf[n] = b }
                    else { digits += 1; buf[n] = b }
                    n += 1
                } else {
                    nonASCII = true
                    for k in i..<(i + w) { buf[n] = bytes[k]; n += 1 }
                    lower += 1
                }
                letters += 1
                i += w
                continue
            }
            let a = isApostrophe(bytes, i, end)
            if a > 0 {
                let next = i + a
                if next < end, letterWidth(bytes, next, end) != nil {
                    // 's at the end of the word is possessive; other inner apostrophes vanish.
                    let after = next + 1
                    if bytes[next] | 0x20 == 0x73, after >= end || letterWidth(bytes, after, end) == nil {
                        possessive = true
                        i = after
                        break
                    }
                    i = next
                    continue
                }
                // Trailing apostrophe after s: plural possessive ("Stevens’").
                // Only when a word follows ("Stevens’ Five Year View"); before punctuation it
                // closes a quotation ("... of the NHS’,").
                var after = next
                while after < end, bytes[after] == 0x20 { after += 1 }
                if n > 0, buf[n - 1] == 0x73, letters > 2, after > next, after < end, letterWidth(bytes, after, end) != nil {
                    possessive = true; i = next
                }
                break
            }
            break
        }
        var flags: Token.Flags = [.word, attached]
        if possessive { flags.insert(.possessive) }
        if firstCap || (upper > 0 && lower == 0 && digits == 0 && letters == upper) { flags.insert(.capitalised) }
        if firstCap, !nonASCII { flags.insert(.capitalised) }
        if digits == letters { flags.insert(.number); flags.remove(.word) }
        if upper >= 1, lower == 0, !nonASCII { flags.insert(.upper) }
        let trailingS = n > 0 && buf[n - 1] == 0x73 && i > start && bytes[i - 1] == 0x73 && !possessive
        if upper >= 2, (lower == 0 || (lower == 1 && trailingS)) { flags.insert(.acronym) }
        if digits == 4, letters == 4 {
            let y = (Int(buf[0]) - 48) * 1000 + (Int(buf[1]) - 48) * 100
            if y == 1800 || y == 1900 || y == 2000 { flags.insert(.year) }
        }
        return Scanned(end: i, count: n, flags: flags, nonASCII: nonASCII, acronymPlural: flags.contains(.acronym) && trailingS)
    }
}

