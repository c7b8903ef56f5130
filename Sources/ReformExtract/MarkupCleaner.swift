#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if _endian(big)
#error("the vector scans read the first hit with trailingZeroBitCount: little-endian only")
#endif

/// Light Markdown clean-up for `.md` and plain-text files, keeping every byte offset.
///
/// Markup is overwritten with spaces rather than removed, so a byte range in the cleaned
/// text is the same range in the decoded file: heading markers, bullets and numbers of list
/// items, `**`/`__`/`*`/`_` emphasis, backticks, blockquote `>`, table pipes, and the
/// `[`, `](url)` of links and images (the link text stays). Headings, list items and table
/// rows are recorded as hard sentence boundaries; emphasised spans are kept as title hints.
struct MarkupCleaner {
    /// The cleaned bytes (same length as the input).
    var bytes: [UInt8]
    /// Offsets where a sentence must break (start of a list item, heading, table row...).
    var hardBreaks: [Int] = []
    /// Byte ranges that were emphasised (`*Title*`), candidates for titles of works.
    var emphasis: [Range<Int>] = []

    init(_ input: consuming [UInt8]) {
        bytes = input
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            let lineEnd = bytes.withUnsafeBufferPointer { p in Self.lineEnd(p, from: lineStart) }
            cleanLine(lineStart, lineEnd)
            lineStart = lineEnd + 1
        }
    }

    /// The offset of the first line feed at or after `start`, or the end of `p`
    /// (`memchr`, which reads many bytes a step: this pass touches every byte of every file).
    private static func lineEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < p.count, let base = p.baseAddress else { return p.count }
        guard let hit = memchr(base + start, 0x0A, p.count - start) else { return p.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// The high bit of each of the eight bytes of `w` that may be markup for
    /// ``cleanInline(_:_:)``: `!`, `*`, `[` ... `` ` `` (`[` `\` `]` `^` `_` `` ` ``) or `|`. Only
    /// `\` and `^` are false alarms, which the byte-by-byte switch passes over.
    ///
    /// With every byte's high bit cleared (bytes of 0x80 and above, never markup, are dropped
    /// at the end), a byte x has its high bit set in `x + (0x80 - lo)` exactly when x >= lo
    /// and in `x + (0x7F - hi)` exactly when x > hi, with no carry out of the byte.
    @inline(__always)
    private static func markupBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let x = w & ~highs
        @inline(__always) func inRange(_ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 - lo)) & ~(x &+ ones &* (0x7F - hi))
        }
        return (inRange(0x21, 0x21) | inRange(0x2A, 0x2A) | inRange(0x5B, 0x60) | inRange(0x7C, 0x7C)) & ~w & highs
    }

    /// The first offset in `k..<end` whose byte may be markup (see ``markupBytes(_:)``), or
    /// `end`: eight bytes a step while there is room, the rest byte by byte.
    private static func nextMarkup(_ p: UnsafeBufferPointer<UInt8>, from start: Int, _ end: Int) -> Int {
        var k = start
        let raw = UnsafeRawPointer(p.baseAddress!)
        // Sixteen bytes a step (vector compares) while none may be markup; the 8-byte test
        // then finds the first that may.
        // (The repeated-byte vectors are locals on purpose: written inline in the compares, the
        // compiler made a byte-by-byte loop of them.)
        let bang = SIMD16<UInt8>(repeating: 0x21), star = SIMD16<UInt8>(repeating: 0x2A)
        let bar = SIMD16<UInt8>(repeating: 0x7C), bracket = SIMD16<UInt8>(repeating: 0x5B)
        let six = SIMD16<UInt8>(repeating: 6)
        let all = SIMD16<UInt8>(repeating: 0xFF), none = SIMD16<UInt8>(repeating: 0)
        while k &+ 16 <= end {
            let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
            let m = (v .== bang) .| (v .== star) .| (v .== bar) .| ((v &- bracket) .< six)
            if any(m) {
                // The first of them, read from the compare (0xFF at each, as two 8-byte words
                // in memory order): the same byte the 8-byte test would find.
                let hits = unsafeBitCast(none.replacing(with: all, where: m), to: SIMD2<UInt64>.self)
                let lo = hits[0]
                return k &+ (lo != 0 ? lo.trailingZeroBitCount &>> 3 : 8 &+ hits[1].trailingZeroBitCount &>> 3)
            }
            k &+= 16
        }
        while k + 8 <= end {
            let hit = markupBytes(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            if hit != 0 { return k + hit.trailingZeroBitCount >> 3 }
            k += 8
        }
        while k < end {
            switch p[k] {
            case 0x2A, 0x5F, 0x60, 0x21, 0x5B, 0x5D, 0x7C: return k
            default: k += 1
            }
        }
        return k
    }

    private mutating func blank(_ i: Int) { bytes[i] = 0x20 }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    private static func isWord(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    private mutating func cleanLine(_ start: Int, _ end: Int) {
        var i = start
        while i < end, Self.isSpace(bytes[i]) { i += 1 }
        guard i < end else { return }
        let first = bytes[i]
        // Headings.
        if first == 0x23 {
            var j = i
            while j < end, bytes[j] == 0x23 { j += 1 }
            if j - i <= 6, j == end || Self.isSpace(bytes[j]) {
                for k in i..<j { blank(k) }
                hardBreaks.append(start)
                hardBreaks.append(end)
                i = j
            }
        } else if first == 0x3E { // blockquote
            blank(i); i += 1
        } else if (first == 0x2D || first == 0x2A || first == 0x2B), i + 1 < end, Self.isSpace(bytes[i + 1]) {
            // A rule line (--- or ***) is blanked whole; otherwise a bullet.
            if bytes[i..<end].allSatisfy({ $0 == first || Self.isSpace($0) }) {
                for k in i..<end { blank(k) }
                return
            }
            blank(i); hardBreaks.append(start); i += 1
        } else if first == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { // •
            blank(i); blank(i + 1); blank(i + 2); hardBreaks.append(start); i += 3
        } else if first >= 0x30, first <= 0x39 {
            var j = i
            while j < end, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
            if j - i <= 3, j + 1 < end, bytes[j] == 0x2E || bytes[j] == 0x29, Self.isSpace(bytes[j + 1]) {
                for k in i...j { blank(k) }
                hardBreaks.append(start)
                i = j + 1
            }
        } else if first == 0x7C { // table row
            hardBreaks.append(start)
            hardBreaks.append(end)
        } else if bytes[i..<end].allSatisfy({ $0 == 0x2D || $0 == 0x3D || $0 == 0x2A || $0 == 0x5F || Self.isSpace($0) }) {
            for k in i..<end { blank(k) }
            return
        }
        cleanInline(i, end)
    }

    private mutating func cleanInline(_ start: Int, _ end: Int) {
        var i = start
        var openEmphasis: Int?
        var openBracket: Int?
        while i < end {
            let b = bytes[i]
            switch b {
            case 0x2A, 0x5F: // * _
                var j = i
                while j < end, bytes[j] == b { j += 1 }
                let before: UInt8 = i > start ? bytes[i - 1] : 0x20
                let after: UInt8 = j < end ? bytes[j] : 0x20
                // Emphasis markers touch a word on one side only; `_` inside snake_case stays.
                let opens = !Self.isWord(before) && !Self.isSpace(after) && after != b
                let closes = !Self.isSpace(before) && !Self.isWord(after)
                if b == 0x5F, Self.isWord(before), Self.isWord(after) { i = j; continue }
                if opens || closes || j - i >= 2 {
                    for k in i..<j { blank(k) }
                    if opens, openEmphasis == nil { openEmphasis = j }
                    else if closes, let o = openEmphasis { emphasis.append(o..<i); openEmphasis = nil }
                }
                i = j
            case 0x60: // `
                blank(i); i += 1
            case 0x21 where i + 1 < end && bytes[i + 1] == 0x5B: // ![
                blank(i); i += 1
            case 0x5B: // [
                openBracket = i; i += 1
            case 0x5D: // ]
                if let o = openBracket, i + 1 < end, bytes[i + 1] == 0x28,
                   let close = bytes[(i + 1)..<end].firstIndex(of: 0x29) {
                    blank(o)
                    for k in i...close { blank(k) }
                    openBracket = nil
                    i = close + 1
                } else {
                    i += 1
                }
            case 0x7C: // |
                if bytes[start] == 0x7C { blank(i) }
                i += 1
            default:
                // Plain text up to the next byte that can be markup (a false alarm lands here
                // again and goes on from the byte after it).
                i = bytes.withUnsafeBufferPointer { Self.nextMarkup($0, from: i + 1, end) }
            }
        }
    }
}
