/// DOT string escaping, in one place.
public enum DOTText {
    /// The longest quoted string Graphviz 2.43 accepts is 16381 bytes; labels stay well
    /// below it.
    public static let defaultLimit = 4000

    /// Writes `s` as a quoted DOT string for a label or tooltip, at most `limit` bytes
    /// between the quotes.
    ///
    /// `"` becomes `\"` and `\` becomes `\\` (so a name's `\N` or trailing backslash stays
    /// literal), a newline becomes the label line break `\n`, a tab a space. Characters
    /// that Graphviz copies into SVG where they break XML or line-based tools (C0 and C1
    /// controls, DEL, U+2028, U+2029) and bidi controls that could disguise a label are
    /// dropped. A string longer than `limit` is cut at a character boundary and ends in `…`.
    /// Keywords (`node`, `graph`...) need nothing more: they are quoted like any string.
    public static func quoted(_ s: String, limit: Int = defaultLimit, to out: ByteWriter) {
        out.write(byte: 0x22)
        var used = 0
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
        for scalar in s.unicodeScalars {
            let v = scalar.value
            var piece: [UInt8]
            switch v {
            case 0x22: piece = [0x5C, 0x22]
            case 0x5C: piece = [0x5C, 0x5C]
            case 0x0A: piece = [0x5C, 0x6E]
            case 0x09: piece = [0x20]
            case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
                continue
            case 0..<0x80: piece = [UInt8(v)]
            default: piece = Array(String(scalar).utf8)
            }
            if used + piece.count > limit - ellipsis.count {
                // Room for the ellipsis is kept, so the cut string still fits.
                out.write(bytes: ellipsis)
                break
            }
            out.write(bytes: piece)
            used += piece.count
        }
        out.write(byte: 0x22)
    }

    /// The quoted string as text (tests).
    public static func quotedString(_ s: String, limit: Int = defaultLimit) -> String {
        let w = ByteWriter()
        quoted(s, limit: limit, to: w)
        try? w.flush()
        return w.string
    }
}
