/// XML text escaping for GraphML, in one place.
public enum XMLText {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD] // U+FFFD

    /// Writes `s` as XML character data, or, with `attribute`, as the inside of a
    /// double-quoted attribute value.
    ///
    /// `&`, `<` and `>` (so `]]>` cannot end a section) become entities, and so do `"`,
    /// tab and newline in an attribute (where parsers would otherwise normalise them to
    /// spaces); a carriage return becomes `&#13;` so parsers do not fold it into a newline.
    /// Characters XML 1.0 cannot hold even as references (C0 controls other than tab,
    /// newline and carriage return, U+FFFE, U+FFFF) become U+FFFD. Everything else is
    /// written as UTF-8.
    public static func escape(_ s: String, attribute: Bool = false, to out: ByteWriter) {
        var s = s
        s.withUTF8 { escape(bytes: $0, attribute: attribute, to: out) }
    }

    /// ``escape(_:attribute:to:)`` for UTF-8 bytes.
    public static func escape(bytes: UnsafeBufferPointer<UInt8>, attribute: Bool = false, to out: ByteWriter) {
        var runStart = 0
        var i = 0
        func flushRun() {
            if runStart < i { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
        }
        while i < bytes.count {
            let b = bytes[i]
            var entity: String?
            var skip = 1
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = attribute ? "&quot;" : nil
            case 0x0D: entity = "&#13;"
            case 0x09: entity = attribute ? "&#9;" : nil
            case 0x0A: entity = attribute ? "&#10;" : nil
            case 0x00..<0x20: entity = "\u{FFFD}"
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                entity = "\u{FFFD}"; skip = 3
            default: break
            }
            if let entity {
                flushRun()
                out.write(entity)
                i += skip
                runStart = i
            } else {
                i += 1
            }
        }
        flushRun()
    }

    /// The escaped text as a string (tests).
    public static func escaped(_ s: String, attribute: Bool = false) -> String {
        let w = ByteWriter()
        escape(s, attribute: attribute, to: w)
        try? w.flush()
        return w.string
    }
}
