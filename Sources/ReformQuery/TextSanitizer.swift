/// Makes untrusted text (entity names, sentences) safe to print on a terminal.
///
/// Control characters (C0, DEL, C1, which include ESC and so ANSI sequences), bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and line or
/// paragraph separators are replaced by a visible `\u{…}` escape, so a name can neither move
/// the cursor, recolour the screen nor reorder the text around it. Tabs and newlines become
/// spaces.
public enum TextSanitizer {
    /// The text with every unsafe scalar neutralised.
    ///
    /// - Complexity: O(n); returns `text` itself when nothing needs changing.
    public static func neutralise(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\t" || s == "\n" || s == "\r" {
                out.append(" ")
            } else if isUnsafe(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// True for scalars that must not reach a terminal as they are.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The number of terminal columns `text` takes (wide East Asian and emoji count 2,
    /// combining marks 0). Text is assumed neutralised.
    public static func displayWidth(_ text: String) -> Int {
        var w = 0
        for ch in text {
            guard let first = ch.unicodeScalars.first else { continue }
            w += width(of: first)
        }
        return w
    }

    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch v {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth(text) <= width { return text }
        var out = ""
        var w = 0
        for ch in text {
            let cw = ch.unicodeScalars.first.map(self.width(of:)) ?? 0
            if w + cw > width - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }
}
