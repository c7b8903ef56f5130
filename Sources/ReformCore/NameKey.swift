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
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    let folded = foldLatin(scalar)
                    current.append(contentsOf: Array(String(folded).utf8))
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
