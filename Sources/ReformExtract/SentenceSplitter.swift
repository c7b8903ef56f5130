#if _endian(big)
#error("the vector scans read the first hit with trailingZeroBitCount: little-endian only")
#endif

/// A sentence's half-open byte range in a document's text.
struct SentenceSpan: Equatable, Sendable {
    var start: Int
    var end: Int
}

/// Byte-level sentence segmentation.
///
/// A sentence ends at `.`, `!` or `?` (after any closing quotes or brackets) followed by
/// white space and a capital, digit, opening quote or bracket; at a blank line; and at every
/// hard break (list items, headings, table rows from ``MarkupCleaner``). A full stop does not
/// end a sentence after a known abbreviation (Dr, Prof, St, Mr, e.g., i.e., No. 5, Co.,
/// Ltd., Jan. ...), after a single capital (an initial, "J. Smith"), or inside a number
/// (2.5). A single line break inside a paragraph is a space.
///
/// A "sentence" longer than ``maxSentenceBytes`` (a line of tens of megabytes with no full
/// stop, a minified page, a data blob) is cut at the last space before the limit, or at a
/// character boundary when there is none, so the work per sentence stays bounded.
///
/// - Complexity: O(n) in the text length; no allocation per byte.
enum SentenceSplitter {
    /// The longest sentence kept whole, in bytes. Real sentences are far shorter (the
    /// longest in the evaluation corpus is under 1.5 KB); the extraction rules' work grows
    /// faster than linearly with a sentence's length, so longer runs are cut.
    static let maxSentenceBytes = 4096

    private static let abbreviations: [String] = [
        "dr", "prof", "st", "mr", "mrs", "ms", "mx", "sr", "jr", "rev", "hon", "gen", "col", "capt",
        "lt", "sgt", "cllr", "rt", "vs", "v", "no", "nos", "co", "ltd", "inc", "plc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "cf", "al",
        "fig", "figs", "pp", "vol", "eds", "para", "paras", "ch", "art", "sec", "est", "dept", "govt",
    ]
    /// Abbreviations that precede a number ("No. 5"): before a digit they do not end a sentence.
    private static let numberAbbreviations: [String] = ["no", "nos", "vol", "pp", "para", "fig", "ch", "art", "sec"]

    /// ``abbreviations`` of up to five letters (a longer word ends a sentence whatever it is),
    /// each as ``code(_:_:_:)`` of its letters shifted left by one, with the low bit set for a
    /// ``numberAbbreviations`` word, sorted: ``endsSentence(_:dot:next:_:)`` tests the word
    /// before a full stop by a binary search on integers instead of making a String of it.
    private static let abbreviationCodes: [UInt64] = abbreviations.compactMap { word -> UInt64? in
        let b = Array(word.utf8)
        guard b.count <= 5 else { return nil }
        let number: UInt64 = numberAbbreviations.contains(word) ? 1 : 0
        return b.withUnsafeBufferPointer { code($0, 0, b.count) } << 1 | number
    }.sorted()

    /// The `count` bytes of `bytes` at `s` (at most five ASCII letters), lower-cased, as one
    /// integer (the first in the lowest byte).
    @inline(__always)
    private static func code(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ count: Int) -> UInt64 {
        var c: UInt64 = 0
        var k = count
        while k > 0 {
            k &-= 1
            c = c << 8 | UInt64(bytes[s &+ k] | 0x20)
        }
        return c
    }

    static func split(_ bytes: [UInt8], hardBreaks: [Int] = []) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        let n = bytes.count
        // About one sentence per 128 bytes is usual: most documents' spans fit without growing.
        out.reserveCapacity(n / 128 + 16)
        // Read once per document, not once per full stop (a global's access runs a check).
        let abbreviations = Self.abbreviationCodes
        var start = 0
        var breakIndex = 0
        func close(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            s = afterEnumerator(bytes, s, e)
            if e > s { out.append(SentenceSpan(start: s, end: e)) }
            start = end
        }
        var i = 0
        while i < n {
            while breakIndex < hardBreaks.count, hardBreaks[breakIndex] <= i {
                if hardBreaks[breakIndex] == i, i > start { close(i) }
                breakIndex += 1
            }
            // Skip to the next byte that matters (line break or end mark) before the next hard break.
            let limit = breakIndex < hardBreaks.count ? min(hardBreaks[breakIndex], n) : n
            i = bytes.withUnsafeBufferPointer { Self.nextMark($0, from: i, limit) }
            if i >= limit { continue }
            let b = bytes[i]
            if b == 0x0A {
                var k = i + 1
                while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D { k += 1 }
                if k < n, bytes[k] == 0x0A { close(i); i = k; continue }
                i += 1
                continue
            }
            if b == 0x2E || b == 0x21 || b == 0x3F {
                var j = i + 1
                while j < n {
                    let c = bytes[j]
                    if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { j += 1; continue }
                    if c == 0xE2, j + 2 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 || bytes[j + 2] == 0x9D { j += 3; continue }
                    break
                }
                if j >= n { close(n); i = n; break }
                guard isSpace(bytes[j]) || isNBSP(bytes, j) else { i = j; continue }
                var k = j
                while k < n { if isSpace(bytes[k]) { k += 1 } else if isNBSP(bytes, k) { k += 2 } else { break } }
                if k >= n { close(n); i = n; break }
                if b == 0x2E, !endsSentence(bytes, dot: i, next: k, abbreviations) { i = j; continue }
                if startsSentence(bytes, k) { close(j) }
                i = j
                continue
            }
            i += 1
        }
        close(n)
        if out.contains(where: { $0.end - $0.start > maxSentenceBytes }) { return capped(out, bytes) }
        return out
    }

    /// `spans` with every span longer than ``maxSentenceBytes`` cut into pieces.
    private static func capped(_ spans: [SentenceSpan], _ bytes: [UInt8]) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        out.reserveCapacity(spans.count)
        for span in spans {
            var start = span.start
            while span.end - start > maxSentenceBytes {
                let limit = start + maxSentenceBytes
                var cut = limit
                while cut > start, !isSpace(bytes[cut]) { cut -= 1 }
                if cut == start {
                    // No space: cut at a UTF-8 character boundary.
                    cut = limit
                    while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                }
                var end = cut
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
                if end > start { out.append(SentenceSpan(start: start, end: end)) }
                start = cut
                while start < span.end, isSpace(bytes[start]) { start += 1 }
            }
            if start < span.end { out.append(SentenceSpan(start: start, end: span.end)) }
        }
        return out
    }

    /// Whether any byte of `w` is a line break, ".", "!" or "?" (each byte compared at once:
    /// a byte of `w ^ c` is zero where `w` has `c`, and `(x - 0x01…) & ~x & 0x80…` is non-zero
    /// exactly when some byte of `x` is zero).
    @inline(__always) private static func hasMark(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroByte(w ^ (ones &* 0x0A)) | zeroByte(w ^ (ones &* 0x2E)) | zeroByte(w ^ (ones &* 0x21))
            | zeroByte(w ^ (ones &* 0x3F)) != 0
    }

    /// The first offset in `start..<limit` (`limit <= p.count`) holding a line break, ".",
    /// "!" or "?", or `limit`: sixteen bytes a step while none of them is one of the four (most
    /// of the text), the one found read from the compare's result; then eight, then one.
    @inline(__always)
    private static func nextMark(_ p: UnsafeBufferPointer<UInt8>, from start: Int, _ limit: Int) -> Int {
        var k = start
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            // (The repeated-byte vectors are locals on purpose: written inline in the compares,
            // the compiler made a byte-by-byte loop of them.)
            let nl = SIMD16<UInt8>(repeating: 0x0A), dot = SIMD16<UInt8>(repeating: 0x2E)
            let bang = SIMD16<UInt8>(repeating: 0x21), question = SIMD16<UInt8>(repeating: 0x3F)
            let all = SIMD16<UInt8>(repeating: 0xFF), none = SIMD16<UInt8>(repeating: 0)
            while k &+ 16 <= limit {
                let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                let m = (v .== nl) .| (v .== dot) .| (v .== bang) .| (v .== question)
                if any(m) {
                    // 0xFF at each of the four, as two 8-byte words in memory order.
                    let hits = unsafeBitCast(none.replacing(with: all, where: m), to: SIMD2<UInt64>.self)
                    let lo = hits[0]
                    return k &+ (lo != 0 ? lo.trailingZeroBitCount &>> 3 : 8 &+ hits[1].trailingZeroBitCount &>> 3)
                }
                k &+= 16
            }
            while k &+ 8 <= limit, !Self.hasMark(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) { k &+= 8 }
        }
        while k < limit {
            let c = p[k]
            if c == 0x0A || c == 0x2E || c == 0x21 || c == 0x3F { break }
            k &+= 1
        }
        return k
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    @inline(__always) static func isNBSP(_ bytes: [UInt8], _ k: Int) -> Bool { bytes[k] == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xA0 }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Where a sentence starting at `s` really begins when it opens with a paragraph number or
    /// list marker ("5.1 The Act ...", "(a) GP consortia ...", "iv) ...", "- item", "• item"):
    /// the marker is not part of the sentence, and a rule that looks for the subject at its
    /// start would otherwise miss it. A bare number ("2012 saw ...", "40 trusts ...") is
    /// kept; a dotted number only counts when a capital follows ("2.5 million" is kept).
    static func afterEnumerator(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Int {
        var k = s
        guard k < e else { return s }
        let c = bytes[k]
        if c == 0x2D || c == 0x2A || c == 0xE2 && k + 2 < e && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA2 || bytes[k + 2] == 0x93) {
            // "-", "*", "•", "–"
            k += c == 0xE2 ? 3 : 1
        } else if c == 0x28 || isLetter(c) || isDigit(c) {
            // "(a)", "(iv)", "a)", "12)", "(3)"
            // A letter opens a marker only with ")" in the four bytes after it: most sentences
            // open with a word, and are passed over here without reading that word.
            if isLetter(c) {
                var j = k + 1
                let stop = min(e, k + 5)
                while j < stop, bytes[j] != 0x29 { j += 1 }
                if j == stop { return s }
            }
            let open = c == 0x28
            var j = open ? k + 1 : k
            let from = j
            while j < e, j - from < 4, isLetter(bytes[j]) || isDigit(bytes[j]) { j += 1 }
            if j > from, j < e, bytes[j] == 0x29, open || j - from <= 2 || bytes[from..<j].allSatisfy({ "ivxlIVXL".utf8.contains($0) }) {
                k = j + 1
            } else if isDigit(c) {
                // "5.1", "1.2.3", "4." followed by a capital
                j = k
                var dots = 0
                while j < e, isDigit(bytes[j]) || bytes[j] == 0x2E && j + 1 < e && (isDigit(bytes[j + 1]) || isSpace(bytes[j + 1])) {
                    if bytes[j] == 0x2E { dots += 1 }
                    j += 1
                }
                guard dots > 0, j - k <= 8, j + 1 < e, isSpace(bytes[j]) else { return s }
                var n = j
                while n < e, isSpace(bytes[n]) { n += 1 }
                guard n < e, isUpper(bytes[n]) || bytes[n] == 0x28 else { return s }
                k = j
            } else {
                return s
            }
        } else {
            return s
        }
        guard k < e, isSpace(bytes[k]) else { return s }
        while k < e, isSpace(bytes[k]) { k += 1 }
        return k < e ? k : s
    }

    /// Whether the text at `k` can begin a sentence.
    private static func startsSentence(_ bytes: [UInt8], _ k: Int) -> Bool {
        let c = bytes[k]
        if isUpper(c) || isDigit(c) { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x2A || c == 0x5F { return true }
        if c == 0xE2 { return true }    // curly quotes, dashes, superscripts, bullets
        if c >= 0xC2 { return k + 1 < bytes.count && (bytes[k + 1] >= 0x80 && bytes[k + 1] <= 0x9E || c >= 0xC3) }
        return false
    }

    /// Whether the full stop at `dot` ends a sentence, judging by the word before it
    /// (`abbreviations` is ``abbreviationCodes``).
    private static func endsSentence(_ bytes: [UInt8], dot: Int, next: Int, _ abbreviations: [UInt64]) -> Bool {
        // The letters and full stops before `dot` (`s > 0` and `s <= dot < count` keep every
        // read in the buffer), noting whether any is a full stop.
        let (s, dotted) = bytes.withUnsafeBufferPointer { p -> (Int, Bool) in
            var s = dot, dotted = false
            while s > 0 {
                let c = p[s &- 1]
                if isLetter(c) { s &-= 1 } else if c == 0x2E { dotted = true; s &-= 1 } else { break }
            }
            return (s, dotted)
        }
        let wordLength = dot - s
        if wordLength == 0 { return true }
        // Initials and dotted abbreviations: "J.", "e.g.", "i.e.", "U.S."
        if wordLength == 1, isUpper(bytes[s]) { return false }
        if dotted { return false }
        if wordLength > 5 { return true }
        // The word lower-cased (ASCII letters only here), looked up among the abbreviations'
        // codes, whose low bit tells a number abbreviation.
        let word = bytes.withUnsafeBufferPointer { code($0, s, wordLength) } << 1
        var lo = 0, hi = abbreviations.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if abbreviations[mid] < word { lo = mid &+ 1 } else { hi = mid }
        }
        guard lo < abbreviations.count, abbreviations[lo] | 1 == word | 1 else { return true }
        if abbreviations[lo] & 1 == 1 { return !isDigit(bytes[next]) }
        return false
    }
}
