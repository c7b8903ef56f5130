/// Normalised lookup keys for names.
///
/// Two surface forms of one name get the same key: case, curly vs straight quotes,
/// "&" vs "and", hyphens and dashes vs spaces, a leading "the", a possessive `'s` and the
/// plural of the last word are all folded ("The King’s Fund" = "kings fund"? no — "king fund";
/// "Integrated Care Boards" = "integrated care board"; "CCGs" = "ccg").
/// An all-capitals token (an acronym such as "NHS") is never de-pluralised; "CCGs"
/// (capitals then a lower-case `s`) is.
public enum NameKey {
    /// The normalised key of `name`. Empty when the name has no letters or digits.
    ///
    /// - Complexity: O(n) in the length of `name`.
    public static func normalise(_ name: String) -> String {
        // ASCII names (nearly all) take a flat-buffer path with the same result.
        if let key = name.utf8.withContiguousStorageIfAvailable({ u -> String? in
            u.allSatisfy { $0 < 0x80 } ? normaliseASCII(u) : nil
        }), let key { return key }
        return normaliseScalars(name)
    }

    /// ``normalise(_:)`` for ASCII text: the same steps on stack buffers (token ranges into
    /// one byte buffer) instead of an array per token.
    static func normaliseASCII(_ u: UnsafeBufferPointer<UInt8>) -> String {
        let n = u.count
        // "&" becomes three bytes, so neither the characters nor the cleaned tokens need more
        // than 3n bytes; the key adds at most one space per token (4n bytes). Token bounds are
        // Int32 so that names of up to ~60 bytes keep both buffers on the stack.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10 * n + 16) { bytes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * n + 8) { bounds in
                let chars = bytes.baseAddress!, cleaned = chars + 3 * n + 4, key = cleaned + 3 * n + 4
                let ranges = bounds.baseAddress!, tokens = ranges + 2 * n + 4
                // The words' bytes (`clean`) and their ranges (`tokens`).
                let clean: UnsafePointer<UInt8>
                var tokenCount = 0
                if let base = u.baseAddress, u.allSatisfy({ $0 == 0x20 || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) {
                    // Only letters, digits and spaces (most names): the words are the runs
                    // between spaces, read where they are. The steps below would copy the same
                    // bytes and find the same runs (no apostrophe, "&" or other mark to handle).
                    var k = 0
                    while k < n {
                        while k < n, u[k] == 0x20 { k += 1 }
                        let s = k
                        while k < n, u[k] != 0x20 { k += 1 }
                        if k > s { tokens[2 * tokenCount] = Int32(s); tokens[2 * tokenCount + 1] = Int32(k); tokenCount += 1 }
                    }
                    clean = base
                } else {
                    var c = 0, rangeCount = 0, current = 0
                    @inline(__always) func flush() {
                        if c > current { ranges[2 * rangeCount] = Int32(current); ranges[2 * rangeCount + 1] = Int32(c); rangeCount += 1 }
                        current = c
                    }
                    for b in u {
                        switch b {
                        case 0x27, 0x60:
                            chars[c] = 0x27; c += 1
                        case 0x26:
                            flush()
                            chars[c] = 0x61; chars[c + 1] = 0x6E; chars[c + 2] = 0x64; c += 3
                            flush()
                        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                            chars[c] = b; c += 1
                        default:
                            flush()
                        }
                    }
                    flush()
                    // Clean apostrophes: possessive 's and s' dropped, others removed; empty tokens go.
                    var k2 = 0
                    for r in 0..<rangeCount {
                        var s = Int(ranges[2 * r]), e = Int(ranges[2 * r + 1])
                        while s < e, chars[s] == 0x27 { s += 1 }
                        while e > s, chars[e - 1] == 0x27 { e -= 1 }
                        if e - s >= 3, chars[e - 2] == 0x27, chars[e - 1] | 0x20 == 0x73 { e -= 2 }
                        let start = k2
                        var k = s
                        while k < e { if chars[k] != 0x27 { cleaned[k2] = chars[k]; k2 += 1 }; k += 1 }
                        if k2 > start { tokens[2 * tokenCount] = Int32(start); tokens[2 * tokenCount + 1] = Int32(k2); tokenCount += 1 }
                    }
                    clean = UnsafePointer(cleaned)
                }
                var first = 0
                if tokenCount > 1, tokens[1] - tokens[0] == 3 {
                    let f = Int(tokens[0])
                    if clean[f] | 0x20 == 0x74, clean[f + 1] | 0x20 == 0x68, clean[f + 2] | 0x20 == 0x65 { first = 1 }
                }
                guard tokenCount > first else { return "" }
                // The singular of the last token (see ``singular(_:)``): its new end, and a "y".
                let ls = Int(tokens[2 * (tokenCount - 1)]), le = Int(tokens[2 * (tokenCount - 1) + 1])
                var end = le, addY = false
                let len = le - ls
                @inline(__always) func upperOrDigit(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
                @inline(__always) func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
                if len >= 3, clean[le - 1] == 0x73 || clean[le - 1] == 0x53 {
                    var stemCaps = true
                    for k in ls..<(le - 1) where !upperOrDigit(clean[k]) { stemCaps = false; break }
                    if clean[le - 1] == 0x73, stemCaps {
                        end = le - 1
                    } else if stemCaps && upperOrDigit(clean[le - 1]) {
                        // all capitals: left alone
                    } else if len >= 4 {
                        let p = lower(clean[le - 2])
                        if p == 0x73 || p == 0x75 || p == 0x69 {
                            // -ss, -us, -is
                        } else if lower(clean[le - 3]) == 0x69, p == 0x65, len >= 5 {
                            end = le - 3; addY = true
                        } else {
                            end = le - 1
                        }
                    }
                }
                // The key is written to the buffer and made a String once: for a short key
                // (most) `String(decoding:as:)` makes a small string directly, where
                // `String(unsafeUninitializedCapacity:)` cost several hundred instructions.
                var o = 0
                for t in first..<tokenCount {
                    if t > first { key[o] = 0x20; o += 1 }
                    let e = t == tokenCount - 1 ? end : Int(tokens[2 * t + 1])
                    var k = Int(tokens[2 * t])
                    while k < e { key[o] = lower(clean[k]); o += 1; k += 1 }
                }
                if addY { key[o] = 0x79; o += 1 }
                return String(decoding: UnsafeBufferPointer(start: key, count: o), as: UTF8.self)
            }
        }
    }

    /// ``normalise(_:)`` scalar by scalar (any text).
    static func normaliseScalars(_ name: String) -> String {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { tokens.append(current); current.removeAll(keepingCapacity: true) }
        }
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x2019, 0x2018, 0x02BC, 0x60, 0xB4, 0x27:
                current.append(0x27) // apostrophe
            case 0x26: // &
                flush(); tokens.append(Array("and".utf8))
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                current.append(UInt8(scalar.value))
            case 0x80...:
                // Latin-1 letters (U+00C0...U+00FF but × and ÷) are alphabetic: no property lookup.
                let v = scalar.value
                if (v >= 0xC0 && v <= 0xFF && v != 0xD7 && v != 0xF7) || scalar.properties.isAlphabetic
                    || scalar.properties.numericType != nil {
                    let folded = foldLatin(scalar)
                    if let a = folded.asciiValue { current.append(a) } else { current.append(contentsOf: folded.utf8) }
                } else {
                    flush()
                }
            default:
                flush()
            }
        }
        flush()
        // Clean apostrophes: possessive 's and s' dropped, others removed.
        for i in tokens.indices {
            var t = tokens[i]
            while t.first == 0x27 { t.removeFirst() }
            while t.last == 0x27 { t.removeLast() }
            if t.count >= 3, t[t.count - 2] == 0x27, t[t.count - 1] | 0x20 == 0x73 { t.removeLast(2) }
            t.removeAll { $0 == 0x27 }
            tokens[i] = t
        }
        tokens.removeAll { $0.isEmpty }
        if tokens.count > 1, lowercased(tokens[0]) == Array("the".utf8) { tokens.removeFirst() }
        guard !tokens.isEmpty else { return "" }
        let lastIndex = tokens.count - 1
        tokens[lastIndex] = singular(tokens[lastIndex])
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for (i, t) in tokens.enumerated() {
            if i > 0 { out.append(0x20) }
            out.append(contentsOf: lowercased(t))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The singular of one token (bytes, original case), following the rules above.
    static func singular(_ t: [UInt8]) -> [UInt8] {
        let n = t.count
        guard n >= 3, t[n - 1] == 0x73 || t[n - 1] == 0x53 else { return t }
        let isUpper = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        let stem = t[0..<(n - 1)]
        // Acronym plural: "CCGs", "ICBs".
        if t[n - 1] == 0x73, stem.allSatisfy({ isUpper($0) || ($0 >= 0x30 && $0 <= 0x39) }) { return Array(stem) }
        // All capitals: an acronym such as "NHS", "KONP" is left alone.
        if t.allSatisfy({ isUpper($0) || ($0 >= 0x30 && $0 <= 0x39) }) { return t }
        let lower = lowercased(t)
        guard n >= 4 else { return t }
        let p = lower[n - 2]
        if p == 0x73 || p == 0x75 || p == 0x69 { return t } // -ss, -us, -is
        if lower[n - 3] == 0x69, p == 0x65, n >= 5 { return Array(t[0..<(n - 3)]) + [0x79] } // -ies → -y
        return Array(stem)
    }

    static func lowercased(_ t: [UInt8]) -> [UInt8] {
        t.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
    }

    /// Folds common Latin accented letters to ASCII ("é" → "e"); other scalars pass through lower-cased.
    static func foldLatin(_ s: Unicode.Scalar) -> Character {
        switch s.value {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF: return "y"
        default: return Character(String(s).lowercased())
        }
    }
}
