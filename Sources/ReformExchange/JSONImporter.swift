import ReformCore

/// Reads the schema's JSON exchange format into a graph: our own exports, the gold files
/// (relations name their ends by entity name) and `nx_graph.py --dump-json` files.
///
/// A streaming, byte-level reader that knows the format's shape: it never builds a generic
/// tree, so a million-node file loads in bounded extra memory. Unknown keys are skipped.
/// Entities keep their order, so export → import → export gives the same bytes.
/// Errors name the file and line: `g.json:12: unknown entity type 'thinktank'`.
public enum JSONImporter {
    /// What an import found besides the graph.
    public struct Result {
        public var graph: KnowledgeGraph
        /// The string id of each entity, by EntityID index (as in the file).
        public var ids: [String]
        /// Named lists of entity ids under a top-level `queries` object (bench files), resolved.
        public var queries: [String: [EntityID]]
    }

    public static func read(path: String) throws -> Result {
        try read(try AtomicFile.read(path), path: path)
    }

    public static func read(_ bytes: [UInt8], path: String) throws -> Result {
        try bytes.withUnsafeBufferPointer { buf in
            var s = JSONScanner(bytes: buf, path: path)
            return try parseDocument(&s)
        }
    }

    private struct PendingRelation {
        var source: String, target: String, predicate: String, year: Int?, role: String?
        var evidence: [(document: String, sentence: String, start: Int, end: Int)]
        var line: Int
    }

    private static func parseDocument(_ s: inout JSONScanner) throws -> Result {
        var g = KnowledgeGraph()
        var ids: [String] = []
        var byID: [String: EntityID] = [:]
        var pending: [PendingRelation] = []
        var rawQueries: [String: [String]] = [:]
        var defaultDocument: String?
        try s.object { key, s in
            switch key {
            case "document": defaultDocument = try s.string()
            case "entities":
                try s.array { s in
                    _ = s.peek()
                    let line = s.line
                    var id: String?, name: String?, type: String?, kind = "instance"
                    var aliases: [String] = [], mentions = 0, documents: [String] = []
                    try s.object { k, s in
                        switch k {
                        case "id": id = try s.string()
                        case "name": name = try s.string()
                        case "type": type = try s.string()
                        case "kind": kind = try s.string()
                        case "aliases": aliases = try s.stringArray()
                        case "mentions": mentions = try s.int()
                        case "documents": documents = try s.stringArray()
                        default: try s.skipValue()
                        }
                    }
                    guard let name else { throw s.error("an entity has no \"name\"", line: line) }
                    guard let typeName = type else { throw s.error("entity '\(name)' has no \"type\"", line: line) }
                    guard let t = EntityType(rawValue: typeName) else {
                        throw s.error("unknown entity type '\(typeName)' (known: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))", line: line)
                    }
                    guard let k = EntityKind(rawValue: kind) else { throw s.error("unknown kind '\(kind)' (form or instance)", line: line) }
                    let key = id ?? name
                    if byID[key] != nil { throw s.error("duplicate entity id '\(key)'", line: line) }
                    let eid = g.appendEntity(name: name, type: t, kind: k, aliases: aliases)
                    if mentions > 0 || !documents.isEmpty {
                        g.setOccurrences(of: eid, mentions: mentions, documents: documents.map { g.addDocument($0) })
                    }
                    byID[key] = eid
                    ids.append(key)
                }
            case "relations":
                try s.array { s in
                    _ = s.peek()
                    var r = PendingRelation(source: "", target: "", predicate: "", year: nil, role: nil, evidence: [], line: s.line)
                    try s.object { k, s in
                        switch k {
                        case "source": r.source = try s.string()
                        case "target": r.target = try s.string()
                        case "predicate": r.predicate = try s.string()
                        case "year": r.year = try s.optionalInt()
                        case "role": r.role = try s.optionalString()
                        case "evidence":
                            try s.array { s in
                                var doc = defaultDocument ?? "", sentence = "", start = 0, end = 0
                                try s.object { k, s in
                                    switch k {
                                    case "document": doc = try s.string()
                                    case "sentence": sentence = try s.string()
                                    case "start": start = try s.int()
                                    case "end": end = try s.int()
                                    default: try s.skipValue()
                                    }
                                }
                                r.evidence.append((doc, sentence, start, end))
                            }
                        default: try s.skipValue()
                        }
                    }
                    pending.append(r)
                }
            case "queries":
                try s.object { name, s in
                    // A list of ids, or of lists of ids (pairs for shortest-path queries), flattened.
                    guard s.peek() == UInt8(ascii: "[") else { try s.skipValue(); return }
                    var list: [String] = []
                    try s.array { s in
                        if s.peek() == UInt8(ascii: "[") { list += try s.stringArray() } else { list.append(try s.string()) }
                    }
                    rawQueries[name] = list
                }
            default: try s.skipValue()
            }
        }
        // Names as a fallback for ends (gold files name ends by entity name).
        var byName: [String: EntityID] = [:]
        for e in g.entities where byName[e.name] == nil { byName[e.name] = e.id }
        for r in pending {
            guard let src = byID[r.source] ?? byName[r.source] else { throw s.error("relation source '\(r.source)' is not an entity", line: r.line) }
            guard let dst = byID[r.target] ?? byName[r.target] else { throw s.error("relation target '\(r.target)' is not an entity", line: r.line) }
            let p = Predicate(r.predicate)
            guard p.isWellFormed else { throw s.error("predicate '\(r.predicate)' is not a wire name (lower-case letters, digits, _)", line: r.line) }
            let evidence = r.evidence.map { Evidence(document: g.addDocument($0.document), sentence: $0.sentence, start: $0.start, end: $0.end) }
            // Relations are kept as the file has them: parallel edges and self-loops included,
            // so a multigraph (nx_graph.py) keeps its edge count and our exports round-trip.
            g.addRelation(src, p, dst, year: r.year, role: r.role, evidence: evidence, parallel: true, allowSelfLoop: true)
        }
        var queries: [String: [EntityID]] = [:]
        for (name, list) in rawQueries { queries[name] = list.compactMap { byID[$0] } }
        return Result(graph: g, ids: ids, queries: queries)
    }
}

/// A minimal byte-level JSON reader with line tracking for errors.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    var i = 0
    var line = 1
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) { self.bytes = bytes; self.path = path }

    func error(_ reason: String, line: Int? = nil) -> FileError { .malformed(path: path, line: line ?? self.line, reason: reason) }

    mutating func ws() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 } else if b != 0x20 && b != 0x09 && b != 0x0D { return }
            i += 1
        }
    }

    mutating func peek() -> UInt8? { ws(); return i < bytes.count ? bytes[i] : nil }

    mutating func expect(_ c: UInt8) throws {
        ws()
        guard i < bytes.count else { throw error("unexpected end of file, expected '\(Character(Unicode.Scalar(c)))'") }
        guard bytes[i] == c else { throw error("expected '\(Character(Unicode.Scalar(c)))', found '\(Character(Unicode.Scalar(bytes[i])))'") }
        i += 1
    }

    mutating func object(_ body: (String, inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        depth += 1
        defer { depth -= 1 }
        if depth > 512 { throw error("nesting deeper than 512 levels") }
        if peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try body(key, &self)
            ws()
            guard i < bytes.count else { throw error("unexpected end of file inside an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return }
            throw error("expected ',' or '}' in an object")
        }
    }

    mutating func array(_ body: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        depth += 1
        defer { depth -= 1 }
        if depth > 512 { throw error("nesting deeper than 512 levels") }
        if peek() == UInt8(ascii: "]") { i += 1; return }
        while true {
            try body(&self)
            ws()
            guard i < bytes.count else { throw error("unexpected end of file inside an array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return }
            throw error("expected ',' or ']' in an array")
        }
    }

    mutating func stringArray() throws -> [String] {
        var out: [String] = []
        try array { s in out.append(try s.string()) }
        return out
    }

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
            if bytes[i] < 0x20 { throw error("control character inside a string") }
            i += 1
        }
        guard i < bytes.count else { throw error("unterminated string") }
        if bytes[i] == 0x22 {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { throw error("control character inside a string") }
            if b != 0x5C { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]; i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var v = try hex4()
                if v >= 0xD800 && v < 0xDC00, i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let lo = try hex4()
                    v = 0x10000 + ((v - 0xD800) << 10) + (lo &- 0xDC00)
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]; i += 1
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("bad hex digit in a \\u escape")
            }
            v = v << 4 | d
        }
        return v
    }

    mutating func int() throws -> Int {
        ws()
        var neg = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { neg = true; i += 1 }
        var v = 0, digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
            if o1 || o2 { throw error("number too large") }
            v = a; i += 1; digits += 1
        }
        guard digits > 0 else { throw error("expected a whole number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") {
            throw error("expected a whole number, found a fraction")
        }
        return neg ? -v : v
    }

    mutating func optionalInt() throws -> Int? {
        if peek() == UInt8(ascii: "n") { try literal("null"); return nil }
        return try int()
    }

    mutating func optionalString() throws -> String? {
        if peek() == UInt8(ascii: "n") { try literal("null"); return nil }
        return try string()
    }

    mutating func literal(_ word: StaticString) throws {
        ws()
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw error("unexpected end of file") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw error("unexpected token") }
        i += n
    }

    mutating func skipValue() throws {
        guard let c = peek() else { throw error("unexpected end of file, expected a value") }
        switch c {
        case UInt8(ascii: "{"): try object { _, s in try s.skipValue() }
        case UInt8(ascii: "["): try array { s in try s.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            if i == start { throw error("unexpected character '\(Character(Unicode.Scalar(c)))'") }
        }
    }
}
