import ReformCore

/// A graph read from GraphML, with what the graph itself has no place for.
public struct ImportedGraph: Sendable {
    /// The rebuilt graph: entities and relations in file order.
    public var graph: KnowledgeGraph
    /// Attributes of unknown keys, to be written back by ``GraphMLExporter/extras``.
    public var extras: ExtraAttributes
    /// What was changed or dropped while reading, one line each, for the user.
    public var warnings: [String]
}

/// Reads GraphML: reformgraph's own exports exactly, and files written by networkx, yEd,
/// Gephi and Cytoscape as well as their content allows.
///
/// **Own files** (keys `n_name`, `e_predicate`... as ``GraphMLExporter`` writes them) are
/// read strictly and losslessly: export → import → export gives the same bytes.
///
/// **Other files**: a node's name is its `name` attribute, else its `label`, else its yEd
/// label, else its id; `type` and `kind` are read when they hold schema values (otherwise
/// `organisation` and `instance`). An edge's predicate is its `predicate` (else `label`)
/// attribute folded to a wire name (`Part of` → `part_of`), else `related_to`; `year`,
/// `role`, `document` and `sentence` are read. Every other attribute is kept in
/// ``ImportedGraph/extras`` with its type. Dropped, with a warning: yEd graphics (shapes,
/// positions), self-loops, edges that repeat another's source, predicate, target and role
/// (their evidence is merged), and the direction of undirected graphs (read source → target).
///
/// **Safety**: no network, no DTD, no entities (a DOCTYPE is refused), a size limit, and
/// libxml2's limits on text size and depth. **Errors** name the file and line:
/// malformed XML, duplicate node or edge ids, edges to missing nodes, undeclared keys, a
/// key used outside its domain, a value that does not parse as its key's `attr.type`
/// (booleans written `True`/`False`, as networkx does, are accepted), nested graphs and
/// hyperedges. Repeated edge ids (networkx writes multigraph keys as ids) only warn: edge
/// ids carry no meaning here.
public struct GraphMLImporter: Sendable {
    /// The largest file read, in bytes.
    public var sizeLimit: Int

    public init(sizeLimit: Int = 1 << 31) { self.sizeLimit = sizeLimit }

    /// Reads the file at `path`.
    public func read(path: String) throws -> ImportedGraph {
        try GraphMLReading(reader: try XMLEventReader(path: path, limit: sizeLimit)).run()
    }

    /// The predicate a foreign edge label becomes: `Part of` → `part_of`; `related_to`
    /// when the label has no letters or digits.
    public static func predicate(fromLabel label: String) -> Predicate { GraphMLReading.wireName(label) }

    /// Reads GraphML held in memory; `name` names it in errors.
    public func read(bytes: [UInt8], name: String = "<memory>") throws -> ImportedGraph {
        if bytes.count > sizeLimit { throw FileError.tooLarge(path: name, limit: sizeLimit) }
        return try GraphMLReading(reader: try XMLEventReader(bytes: bytes, name: name)).run()
    }
}

/// One pass over one file.
private final class GraphMLReading {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// What a key means to the graph, decided per domain.
    enum Role: Equatable {
        case own(GraphMLKey)
        case name, label, type, kind, aliases, mentions, documents     // node
        case predicate, year, role, document, sentence, evidence       // edge
        case derived      // evidence_count, lineage, styling: recomputed on export
        case graphics     // yEd graphics: only its label text is read
        case documentTable
        case extra(Int)
        case ignored
    }

    struct Key {
        var id: String, domain: String, name: String?, type: String, line: Int
        var defaultValue: String?, isGraphics: Bool
    }

    struct Element {
        var id: String, line: Int
        var values: [(key: Int, text: String, line: Int)] = []
        var graphicsLabel: String?
        var source = "", target = ""
    }

    let reader: XMLEventReader
    var graph = KnowledgeGraph()
    var extras = ExtraAttributes()
    var warnings: [String] = []
    var keys: [Key] = []
    var keyIndex: [String: Int] = [:]
    var roles: [String: Role] = [:]          // "keyIndex/domain" → role
    var nodeIDs: [String: EntityID] = [:]
    var edgeIDs = Set<String>()
    var edges: [Element] = []
    var counts: [String: Int] = [:]         // warnings by kind
    var directedDefault = true
    var sawGraph = false
    var hasNodeNameKey = false, hasEdgePredicateKey = false

    init(reader: XMLEventReader) { self.reader = reader }

    func fail(_ reason: String, line: Int? = nil) -> FileError { reader.error(reason, line: line) }

    // MARK: Walk

    func run() throws -> ImportedGraph {
        guard case let .start(name, ns, line, isEmpty)? = try reader.next() else { throw fail("no root element") }
        guard name == "graphml", ns == Self.namespace else {
            throw fail("the root element is <\(name)>\(ns.map { " in namespace \($0)" } ?? " with no namespace"), not <graphml> in the GraphML namespace \(Self.namespace)", line: line)
        }
        if !isEmpty {
            while let event = try reader.next() {
                switch event {
                case .end: return try finish()
                case .text: continue
                case let .start(name, ns, line, isEmpty):
                    if ns != Self.namespace { try skip(isEmpty); continue }
                    switch name {
                    case "key": try readKey(line: line, isEmpty: isEmpty)
                    case "graph":
                        if sawGraph { throw fail("a second <graph>: one graph per file is supported", line: line) }
                        sawGraph = true
                        try readGraph(line: line, isEmpty: isEmpty)
                    default: try skip(isEmpty) // desc, graphml-level data (yEd resources)
                    }
                }
            }
        }
        return try finish()
    }

    /// Skips the rest of the current element.
    func skip(_ isEmpty: Bool) throws {
        if isEmpty { _ = try reader.next(); return }
        var depth = 1
        while depth > 0, let event = try reader.next() {
            switch event {
            case let .start(_, _, _, empty): if empty { _ = try reader.next() } else { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    /// The text content of the current element (child elements skipped).
    func text(_ isEmpty: Bool) throws -> String {
        if isEmpty { _ = try reader.next(); return "" }
        var out = ""
        while let event = try reader.next() {
            switch event {
            case let .text(t): out += t
            case let .start(_, _, _, empty): try skip(empty)
            case .end: return out
            }
        }
        return out
    }

    func readKey(line: Int, isEmpty: Bool) throws {
        guard let id = reader.attribute("id") else { throw fail("<key> without an id", line: line) }
        if keyIndex[id] != nil { throw fail("duplicate key id \(id)", line: line) }
        var key = Key(id: id, domain: reader.attribute("for") ?? "all", name: reader.attribute("attr.name"),
                      type: reader.attribute("attr.type") ?? "string", line: line, defaultValue: nil,
                      isGraphics: reader.attribute("yfiles.type") != nil)
        guard ["boolean", "int", "long", "float", "double", "string"].contains(key.type) else {
            throw fail("key \(id) has attr.type=\(key.type); GraphML allows boolean, int, long, float, double, string", line: line)
        }
        if isEmpty {
            _ = try reader.next()
        } else {
            while let event = try reader.next() {
                if case .end = event { break }
                if case let .start(name, ns, dline, empty) = event {
                    if name == "default", ns == Self.namespace {
                        let value = try text(empty)
                        key.defaultValue = try checked(value, type: key.type, what: "the default of key \(id)", line: dline)
                    } else {
                        try skip(empty)
                    }
                }
            }
        }
        keyIndex[id] = keys.count
        keys.append(key)
        if key.name == "name", key.domain == "node" || key.domain == "all" { hasNodeNameKey = true }
        if key.name == "predicate", key.domain == "edge" || key.domain == "all" { hasEdgePredicateKey = true }
    }

    func readGraph(line: Int, isEmpty: Bool) throws {
        // Every key is declared by now: fix the roles (and so the order of kept attributes)
        // in declaration order, whatever order the data comes in.
        for (k, key) in keys.enumerated() where ["graph", "node", "edge"].contains(key.domain) {
            _ = role(k, domain: key.domain)
        }
        if let d = reader.attribute("edgedefault") {
            directedDefault = d != "undirected"
            if !directedDefault { counts["undirected", default: 0] += 1 }
        } else {
            throw fail("<graph> has no edgedefault (directed or undirected)", line: line)
        }
        if isEmpty { _ = try reader.next(); return }
        while let event = try reader.next() {
            switch event {
            case .end: return
            case .text: continue
            case let .start(name, ns, line, isEmpty):
                if ns != Self.namespace { try skip(isEmpty); continue }
                switch name {
                case "node": try readNode(line: line, isEmpty: isEmpty)
                case "edge": try readEdge(line: line, isEmpty: isEmpty)
                case "data":
                    var element = Element(id: "graph", line: line)
                    try readData(into: &element, domain: "graph", line: line, isEmpty: isEmpty)
                    try applyGraphData(element)
                case "hyperedge": throw fail("hyperedges are not supported", line: line)
                default: try skip(isEmpty)
                }
            }
        }
    }

    /// Reads the children of a node or edge: its data; nested graphs are refused.
    func readChildren(of element: inout Element, domain: String, isEmpty: Bool) throws {
        if isEmpty { _ = try reader.next(); return }
        while let event = try reader.next() {
            switch event {
            case .end: return
            case .text: continue
            case let .start(name, ns, line, isEmpty):
                if ns == Self.namespace && name == "data" {
                    try readData(into: &element, domain: domain, line: line, isEmpty: isEmpty)
                } else if ns == Self.namespace && name == "graph" {
                    throw fail("nested graphs (a <graph> inside a \(domain)) are not supported", line: line)
                } else {
                    if ns == Self.namespace && name == "port" { counts["ports", default: 0] += 1 }
                    try skip(isEmpty)
                }
            }
        }
    }

    func readData(into element: inout Element, domain: String, line: Int, isEmpty: Bool) throws {
        guard let keyID = reader.attribute("key") else { throw fail("<data> without a key", line: line) }
        guard let k = keyIndex[keyID] else { throw fail("<data key=\"\(keyID)\"> refers to no declared <key>", line: line) }
        let key = keys[k]
        if key.domain != "all" && key.domain != domain {
            throw fail("<data key=\"\(keyID)\"> on a \(domain), but the key is declared for=\(key.domain)", line: line)
        }
        if element.values.contains(where: { $0.key == k }) {
            throw fail("two <data key=\"\(keyID)\"> on one \(domain)", line: line)
        }
        if key.isGraphics {
            if let label = try graphicsLabel(isEmpty) { element.graphicsLabel = element.graphicsLabel ?? label }
            counts["graphics", default: 0] += 1
            return
        }
        let raw = try text(isEmpty)
        let value = try checked(raw, type: key.type, what: "key \(keyID)", line: line)
        element.values.append((k, value, line))
    }

    /// The first `NodeLabel`/`EdgeLabel` text inside yEd graphics.
    func graphicsLabel(_ isEmpty: Bool) throws -> String? {
        if isEmpty { _ = try reader.next(); return nil }
        var label: String?
        var depth = 1
        while depth > 0, let event = try reader.next() {
            switch event {
            case let .start(name, _, _, empty):
                if label == nil, name == "NodeLabel" || name == "EdgeLabel" {
                    label = try text(empty)
                } else if empty { _ = try reader.next() } else { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
        }
        return label
    }

    /// `value` checked against an `attr.type`; booleans come back as `true`/`false`.
    func checked(_ value: String, type: String, what: String, line: Int) throws -> String {
        let t = value.trimmingSpaces()
        func bad(_ extra: String = "") -> FileError {
            fail("value \"\(value.prefix(60))\" of \(what) is not a valid \(type)\(extra)", line: line)
        }
        switch type {
        case "int": guard Int32(Self.integerText(t)) != nil else { throw bad(Int(t) != nil ? " (out of range)" : "") }
        case "long": guard Int64(Self.integerText(t)) != nil else { throw bad() }
        case "float", "double": guard Self.isXSDDouble(t) else { throw bad() }
        case "boolean":
            switch t.lowercased() {
            case "true", "1": return t == "1" ? "1" : "true"
            case "false", "0": return t == "0" ? "0" : "false"
            default: throw bad(" (true, false, 1 or 0)")
            }
        default: return value
        }
        return value
    }

    static func integerText(_ t: String) -> String {
        let digits = t.hasPrefix("+") ? String(t.dropFirst()) : t
        let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
        return !body.isEmpty && body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? digits : "x"
    }

    static func isXSDDouble(_ t: String) -> Bool {
        let lower = t.lowercased()
        if ["inf", "-inf", "+inf", "nan", "infinity", "-infinity"].contains(lower) { return true }
        var s = Substring(t)
        if s.first == "+" || s.first == "-" { s = s.dropFirst() }
        var mantissa = s, exponent: Substring?
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]; exponent = s[s.index(after: e)...]
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        if var e = exponent {
            if e.first == "+" || e.first == "-" { e = e.dropFirst() }
            guard !e.isEmpty, e.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        }
        return true
    }

    // MARK: Meaning

    func role(_ k: Int, domain: String) -> Role {
        let cacheKey = "\(k)/\(domain)"
        if let r = roles[cacheKey] { return r }
        let key = keys[k]
        var r: Role
        if key.isGraphics {
            r = .graphics
        } else if let own = GraphMLKey.byID[key.id], own.domain == domain, own.attributeName == key.name, own.attributeType == key.type {
            r = .own(own)
        } else {
            switch (domain, key.name ?? "") {
            case ("graph", "documents"): r = .documentTable
            case ("node", "name"): r = .name
            case ("node", "label"), ("node", "Label"): r = hasNodeNameKey ? .ignored : .label
            case ("node", "type"): r = .type
            case ("node", "kind"): r = .kind
            case ("node", "aliases"): r = .aliases
            case ("node", "mentions"): r = .mentions
            case ("node", "documents"): r = .documents
            case ("edge", "predicate"): r = .predicate
            case ("edge", "label"), ("edge", "Label"), ("edge", "Edge Label"): r = hasEdgePredicateKey ? .ignored : .label
            case ("edge", "year"): r = .year
            case ("edge", "role"): r = .role
            case ("edge", "document"): r = .document
            case ("edge", "sentence"): r = .sentence
            case ("edge", "evidence"): r = .evidence
            case ("node", "shape"), ("node", "color"), ("node", "width"), ("node", "height"),
                 ("edge", "color"), ("edge", "lineage"), ("edge", "evidence_count"): r = .derived
            default: r = .ignored
            }
            if r == .ignored, key.name != nil || domain != "graph" {
                let d = ExtraAttributes.Domain(rawValue: domain) ?? .graph
                r = .extra(extras.keys.count)
                extras.keys.append(.init(domain: d, name: extraName(key.name ?? key.id, domain: domain), type: key.type))
            }
        }
        roles[cacheKey] = r
        return r
    }

    /// A kept attribute's name made a valid `attr.name` (an NMTOKEN: `Modularity Class` →
    /// `Modularity_Class`) that no other attribute of its domain, ours included, uses.
    func extraName(_ raw: String, domain: String) -> String {
        var base = ""
        for scalar in raw.unicodeScalars {
            let ok = scalar.isASCII
                ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_:".unicodeScalars.contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            base.unicodeScalars.append(ok ? scalar : "_")
        }
        if base.isEmpty { base = "attribute" }
        let taken = Set(GraphMLKey.allCases.filter { $0.domain == domain }.map(\.attributeName))
            .union(extras.keys.filter { $0.domain.rawValue == domain }.map(\.name))
        var name = base, n = 2
        while taken.contains(name) { name = "\(base)_\(n)"; n += 1 }
        return name
    }

    /// Values with the keys' defaults filled in, each with its role.
    func resolved(_ element: Element, domain: String) -> [(role: Role, text: String, line: Int)] {
        var out = element.values.map { (role($0.key, domain: domain), $0.text, $0.line) }
        for (k, key) in keys.enumerated() where key.defaultValue != nil && (key.domain == domain || key.domain == "all") {
            if !element.values.contains(where: { $0.key == k }) { out.append((role(k, domain: domain), key.defaultValue!, element.line)) }
        }
        return out
    }

    func list(_ text: String, strict: Bool, what: String, line: Int) throws -> [String] {
        if let items = JSONValue.parse(text)?.stringList { return items }
        if strict { throw fail("\(what) is not a JSON list of strings", line: line) }
        return text.isEmpty ? [] : [text]
    }

    func applyGraphData(_ element: Element) throws {
        for (role, text, line) in resolved(element, domain: "graph") {
            switch role {
            case .own(.documents), .documentTable:
                for d in try list(text, strict: role != .documentTable, what: "the document table", line: line) { graph.addDocument(d) }
            case let .extra(i): extras.graph.append(.init(key: i, text: text))
            default: break
            }
        }
    }

    func readNode(line: Int, isEmpty: Bool) throws {
        guard let id = reader.attribute("id") else { throw fail("<node> without an id", line: line) }
        if nodeIDs[id] != nil { throw fail("duplicate node id \(id)", line: line) }
        var element = Element(id: id, line: line)
        try readChildren(of: &element, domain: "node", isEmpty: isEmpty)
        var name: String?, label: String?, type: EntityType?, kind = EntityKind.instance
        var aliases: [String] = [], mentions = 0, documents: [String] = []
        var kept: [ExtraAttributes.Value] = []
        for (role, text, vline) in resolved(element, domain: "node") {
            switch role {
            case .own(.name), .name: name = text
            case .label: label = text
            case .own(.type):
                guard let t = EntityType(rawValue: text) else { throw fail("unknown entity type \"\(text)\"", line: vline) }
                type = t
            case .type:
                type = EntityType(rawValue: text.trimmingSpaces().lowercased().replacingSpaces())
                if type == nil { counts["type", default: 0] += 1 }
            case .own(.kind):
                guard let k = EntityKind(rawValue: text) else { throw fail("unknown kind \"\(text)\" (form or instance)", line: vline) }
                kind = k
            case .kind: kind = EntityKind(rawValue: text.trimmingSpaces().lowercased()) ?? .instance
            case .own(.aliases), .aliases: aliases = try list(text, strict: role != .aliases, what: "aliases", line: vline)
            case .own(.mentions), .mentions: mentions = Int(Double(text.trimmingSpaces()) ?? 0)
            case .own(.nodeDocuments), .documents:
                documents = try list(text, strict: role != .documents, what: "documents", line: vline)
            case let .extra(i): kept.append(.init(key: i, text: text))
            default: break
            }
        }
        let entity = graph.appendEntity(name: name ?? label ?? element.graphicsLabel ?? id,
                                        type: type ?? .organisation, kind: kind, aliases: aliases)
        graph.setOccurrences(of: entity, mentions: max(0, mentions), documents: documents.map { graph.addDocument($0) })
        if !kept.isEmpty { extras.nodes[entity.index] = kept.sorted { $0.key < $1.key } }
        nodeIDs[id] = entity
    }

    func readEdge(line: Int, isEmpty: Bool) throws {
        var element = Element(id: reader.attribute("id") ?? "", line: line)
        guard let source = reader.attribute("source") else { throw fail("<edge> has no source", line: line) }
        guard let target = reader.attribute("target") else { throw fail("<edge> has no target", line: line) }
        if !element.id.isEmpty, !edgeIDs.insert(element.id).inserted {
            counts["edge ids", default: 0] += 1 // networkx writes multigraph keys (0, 1, 0...) as edge ids
        }
        if reader.attribute("directed") == "false" { counts["undirected", default: 0] += 1 }
        element.source = source
        element.target = target
        try readChildren(of: &element, domain: "edge", isEmpty: isEmpty)
        edges.append(element) // added at the end: an edge may name a node declared after it
    }

    func addEdge(_ element: Element) throws {
        guard let s = nodeIDs[element.source] else { throw fail("edge source \(element.source) is not a node id", line: element.line) }
        guard let t = nodeIDs[element.target] else { throw fail("edge target \(element.target) is not a node id", line: element.line) }
        var predicate: Predicate?, year: Int?, role: String?, document: String?, sentence: String?
        var evidence: [Evidence] = []
        var kept: [ExtraAttributes.Value] = []
        for (r, text, vline) in resolved(element, domain: "edge") {
            switch r {
            case .own(.predicate):
                let p = Predicate(text)
                guard p.isWellFormed else { throw fail("predicate \"\(text)\" is not a wire name (lower-case letters, digits, _)", line: vline) }
                predicate = p
            case .predicate, .label: predicate = Self.wireName(text)
            case .own(.year), .year:
                guard let y = Int(text.trimmingSpaces()) ?? Double(text.trimmingSpaces()).flatMap({ $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }) else {
                    throw fail("year \"\(text)\" is not a whole number", line: vline)
                }
                year = y
            case .own(.role), .role: role = text
            case .own(.document), .document: document = text
            case .own(.sentence), .sentence: sentence = text
            case .own(.evidence), .evidence:
                evidence = try evidenceList(text, strict: r != .evidence, line: vline)
            case let .extra(i): kept.append(.init(key: i, text: text))
            default: break
            }
        }
        if predicate == nil, let label = element.graphicsLabel { predicate = Self.wireName(label) }
        if evidence.isEmpty, let document {
            evidence = [Evidence(document: graph.addDocument(document), sentence: sentence ?? "", start: 0, end: 0)]
        }
        let before = graph.relationCount
        guard let rid = graph.addRelation(s, predicate ?? Predicate("related_to"), t, year: year, role: role, evidence: evidence) else {
            counts["loop", default: 0] += 1
            return
        }
        if rid.index < before { counts["merged", default: 0] += 1; return }
        if !kept.isEmpty { extras.edges[rid.index] = kept.sorted { $0.key < $1.key } }
    }

    func evidenceList(_ text: String, strict: Bool, line: Int) throws -> [Evidence] {
        guard case let .array(items)? = JSONValue.parse(text) else {
            if strict { throw fail("evidence is not a JSON list", line: line) }
            return []
        }
        var out: [Evidence] = []
        for item in items {
            guard case let .string(doc)? = item["document"], case let .string(sentence)? = item["sentence"] else {
                if strict { throw fail("an evidence item lacks its document or sentence", line: line) }
                continue
            }
            var start = 0, end = 0
            if case let .int(v)? = item["start"] { start = v }
            if case let .int(v)? = item["end"] { end = v }
            out.append(Evidence(document: graph.addDocument(doc), sentence: sentence, start: start, end: end))
        }
        return out
    }

    /// A foreign edge label as a predicate wire name: `Part of` → `part_of`.
    static func wireName(_ text: String) -> Predicate {
        var out = ""
        var pendingUnderscore = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) {
                if pendingUnderscore && !out.isEmpty { out += "_" }
                pendingUnderscore = false
                out.unicodeScalars.append(Unicode.Scalar(v | ((0x41...0x5A).contains(v) ? 0x20 : 0))!)
            } else {
                pendingUnderscore = true
            }
        }
        return Predicate(out.isEmpty ? "related_to" : out)
    }

    func finish() throws -> ImportedGraph {
        for e in edges { try addEdge(e) }
        edges = []
        let notes: [(String, String)] = [
            ("undirected", "the graph or some edges are undirected; edges were read as directed source → target"),
            ("loop", "self-loop(s) dropped: the graph does not hold them"),
            ("merged", "edge(s) repeated another's source, predicate, target and role and were merged into it (their own attributes dropped)"),
            ("type", "node(s) had a type that is not one of the schema's; read as organisation"),
            ("graphics", "yEd graphics value(s) dropped (shapes, colours, positions); names taken from their labels where needed"),
            ("ports", "port(s) dropped"),
            ("edge ids", "repeated edge id(s) ignored (edges are numbered afresh on export)"),
        ]
        for (key, text) in notes {
            if let n = counts[key], n > 0 { warnings.append(key == "undirected" ? text : "\(n) \(text)") }
        }
        return ImportedGraph(graph: graph, extras: extras, warnings: warnings)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }

    func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
}
