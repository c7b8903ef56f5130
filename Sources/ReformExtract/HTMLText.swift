internal import CLibXML2

/// Extracts readable text from HTML with libxml2's forgiving HTML parser.
///
/// Drops `script`, `style`, `nav`, `header`, `footer`, `aside`, `form`, `noscript`,
/// `template` (and `head`) with everything inside; block elements (`p`, `li`, `h1`–`h6`,
/// `div`, `tr`, `br`, ...) become blank lines, so they are sentence boundaries. The tree is
/// walked iteratively through parent/sibling links, so deep nesting cannot overflow the
/// stack. The network is never used and entities are not expanded from DTDs.
enum HTMLText {
    private static let dropped: WordSet = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
        "head", "svg", "iframe", "object", "button", "select",
    ]
    private static let blocks: WordSet = [
        "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div",
        "tr", "td", "th", "table", "br", "hr", "section", "article", "main", "blockquote",
        "pre", "figure", "figcaption", "caption", "address", "body", "title", "summary", "details",
    ]

    /// The text of an HTML document (UTF-8 `text`), with block boundaries as blank lines.
    static func extract(_ text: String) -> String { extractWithWarnings(text).text }

    /// The text of an HTML document and warnings about anything that could not be read.
    ///
    /// libxml2 is asked for `XML_PARSE_HUGE` (which its HTML parser honours), so neither its nesting limit (256 elements)
    /// nor its 10 MB text-node limit silently cut the document short: the tree is walked
    /// iteratively and freed iteratively by libxml2, so depth costs memory, not stack. If the
    /// parser still stops early (it halts on a fatal error and keeps only what it had), the
    /// document's text is read again by stripping tags, and a warning says so.
    static func extractWithWarnings(_ text: String) -> (text: String, warnings: [String]) {
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { return ("", []) }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
                            | XML_PARSE_HUGE.rawValue)
        guard let ctxt = htmlNewParserCtxt() else { return (TagStripper.text(utf8), ["HTML parser unavailable; text read by stripping tags"]) }
        defer { htmlFreeParserCtxt(ctxt) }
        let doc: htmlDocPtr? = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(ctxt, $0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        let halted = ctxt.pointee.disableSAX != 0 || utf8.count > Int(Int32.max)
        guard let doc, !halted else {
            let reason = ctxt.pointee.lastError.message.map { String(cString: $0).trimmingTrailingNewlines() } ?? "parser stopped early"
            return (TagStripper.text(utf8), ["HTML could not be parsed completely (\(reason)); text read by stripping tags"])
        }
        guard let root = xmlDocGetRootElement(doc) else { return ("", []) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        walk(root, into: &out)
        return (String(decoding: out, as: UTF8.self), [])
    }

    private static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    private static func walk(_ root: xmlNodePtr, into out: inout [UInt8]) {
        var node: xmlNodePtr? = root
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = name(current)
                if dropped.contains(tag) { break }
                if blocks.contains(tag) { boundary(&out) }
                descend = current.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { appendFolded(content, to: &out) }
            default:
                break
            }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            // Move to the next sibling, climbing up (and closing blocks) as needed.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb {
                if c != current, c.pointee.type == XML_ELEMENT_NODE, blocks.contains(name(c)) { boundary(&out) }
                if c == root { break }
                if let next = c.pointee.next { node = next; break }
                climb = c.pointee.parent
            }
        }
    }

    private static func boundary(_ out: inout [UInt8]) {
        while out.last == 0x20 { out.removeLast() }
        if out.isEmpty { return }
        if out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { return }
        if out.last == 0x0A { out.append(0x0A) } else { out.append(contentsOf: [0x0A, 0x0A]) }
    }

    private static func appendFolded(_ content: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        var p = content
        while p.pointee != 0 {
            let b = p.pointee
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
            } else {
                out.append(b)
            }
            p += 1
        }
    }
}
