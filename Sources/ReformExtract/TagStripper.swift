/// A last-resort HTML reader: removes tags byte by byte, for documents libxml2 gave up on.
///
/// Tags become spaces, block tags (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`) blank lines,
/// `script` and `style` contents are dropped, and the five common entities are decoded.
/// It never recurses and runs in O(n), so it copes with any nesting and any length.
enum TagStripper {
    private static let blockTags: Set<[UInt8]> = Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section", "article", "blockquote", "title"].map { Array($0.utf8) })

    static func text(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        func space() { if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) } }
        func boundary() {
            while out.last == 0x20 { out.removeLast() }
            if out.isEmpty || out.last == 0x0A && out.count >= 2 && out[out.count - 2] == 0x0A { return }
            out.append(0x0A); if out.count < 2 || out[out.count - 2] != 0x0A { out.append(0x0A) }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x3C { // <
                var j = i + 1
                if j < n, bytes[j] == 0x2F { j += 1 }
                var name: [UInt8] = []
                while j < n, name.count < 16, isNameByte(bytes[j]) { name.append(bytes[j] | 0x20); j += 1 }
                guard let close = bytes[j...].firstIndex(of: 0x3E) else { break } // unterminated tag: stop
                let isClosing = bytes[i + 1] == 0x2F
                if !isClosing, name == Array("script".utf8) || name == Array("style".utf8) {
                    // Skip to the matching end tag (or the end of the file).
                    let endTag = Array("</".utf8) + name
                    var k = close + 1
                    var found = n
                    while k + endTag.count <= n {
                        if bytes[k] == 0x3C, bytes[(k + 1)...].prefix(endTag.count - 1).map({ $0 | 0x20 }) == Array(endTag.dropFirst()).map({ $0 | 0x20 }) { found = k; break }
                        k += 1
                    }
                    i = found < n ? (bytes[found...].firstIndex(of: 0x3E).map { $0 + 1 } ?? n) : n
                    continue
                }
                if blockTags.contains(name) { boundary() } else { space() }
                i = close + 1
                continue
            }
            if b == 0x26, let (decoded, length) = entity(bytes, i) { // &
                out.append(contentsOf: decoded); i += length; continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { space(); i += 1; continue }
            out.append(b)
            i += 1
        }
        while out.last == 0x20 || out.last == 0x0A { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    private static let entities: [([UInt8], [UInt8])] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func entity(_ bytes: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        for (name, value) in entities where bytes[i...].starts(with: name) { return (value, name.count) }
        return nil
    }
}

extension String {
    /// The string without trailing line breaks (libxml2 messages end in one).
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
