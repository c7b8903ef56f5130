import ReformCore

/// Writes GraphML that is valid against the GraphML 1.0 XSD and loads in networkx, igraph,
/// Gephi, yEd and Cytoscape with typed values.
///
/// - Every attribute has a key declared per domain (`for="node"` / `"edge"` / `"graph"`,
///   never `"all"`, which igraph drops) with its `attr.type`: node `name`, `type`, `kind`,
///   `aliases`, `mentions` (int), `documents`; edge `predicate`, `lineage` (boolean),
///   `year` (int, when known), `role` (when known), `evidence_count` (int), `document` and
///   `sentence` of the first evidence, and `evidence`, every evidence as a JSON list, so the
///   importer restores the graph exactly. Lists (`aliases`, `documents`) are JSON arrays.
/// - Ids are synthetic (`n0`, `e0`... in export order): names are not NMTOKENs.
/// - Edges are directed and keep their ids; parallel edges (two predicates between the same
///   pair) stay separate edges.
/// - Output is streamed: memory does not grow with the graph beyond one position per entity.
///
/// Not supported: characters XML 1.0 cannot hold (C0 controls such as ESC) are written as
/// U+FFFD, so a name holding one does not survive a round trip.
public struct GraphMLExporter: GraphExporter {
    /// Formatting choices (``ExportOptions/yEdStyling``).
    public var options: ExportOptions
    /// Imported attributes to write back (see ``GraphMLImporter``).
    public var extras: ExtraAttributes

    public init(options: ExportOptions = ExportOptions(), extras: ExtraAttributes = ExtraAttributes()) {
        self.options = options
        self.extras = extras
    }

    public func export(_ graph: KnowledgeGraph, selection: GraphSelection?, to out: ByteWriter) throws {
        let sel = selection?.closed(in: graph) ?? GraphSelection.all(of: graph)
        let position = ExportPositions(graph: graph, selection: sel)

        out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
        http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for key in GraphMLKey.allCases where options.yEdStyling || !key.isStyling {
            writeKey(id: key.rawValue, domain: key.domain, name: key.attributeName, type: key.attributeType, to: out)
        }
        for (i, key) in extras.keys.enumerated() {
            writeKey(id: "x\(i)", domain: key.domain.rawValue, name: key.name, type: key.type, to: out)
        }
        out.write("  <graph id=\"G\" edgedefault=\"directed\">\n")

        // The document table keeps document order (and so document ids) through a round trip.
        let documents = selection == nil ? graph.documents.indices.map(DocumentID.init) : referencedDocuments(graph, sel)
        out.write("    ")
        data(.documents, to: out) { w in
            w.write(byte: 0x5B)
            for (i, d) in documents.enumerated() {
                if i > 0 { w.write(", ") }
                JSONText.string(graph.documentName(d), to: w)
            }
            w.write(byte: 0x5D)
        }
        out.write("\n")
        writeExtras(extras.graph, indent: "    ", to: out)

        for id in sel.entities {
            let e = graph[id]
            out.write("    <node id=\"n"); out.write(int: position[id]); out.write("\">\n")
            field(.name, e.name, to: out)
            field(.type, e.type.rawValue, to: out)
            field(.kind, e.kind.rawValue, to: out)
            out.write("      ")
            data(.aliases, to: out) { w in jsonList(e.aliases, to: w) }
            out.write("\n")
            field(.mentions, int: e.mentions, to: out)
            out.write("      ")
            data(.nodeDocuments, to: out) { w in jsonList(e.documents.map(graph.documentName), to: w) }
            out.write("\n")
            if options.yEdStyling {
                let style = TypeStyle.of(e.type)
                field(.shape, style.yEdShape, to: out)
                field(.nodeColour, style.fill, to: out)
                field(.width, Self.width(of: e.name), to: out)
                field(.height, "30.0", to: out)
            }
            writeExtras(extras.nodes[id.index] ?? [], indent: "      ", to: out)
            out.write("    </node>\n")
        }
        for (n, rid) in sel.relations.enumerated() {
            let r = graph[rid]
            out.write("    <edge id=\"e"); out.write(int: n)
            out.write("\" source=\"n"); out.write(int: position[r.source])
            out.write("\" target=\"n"); out.write(int: position[r.target]); out.write("\">\n")
            field(.predicate, r.predicate.rawValue, to: out)
            field(.lineage, r.predicate.isLineage ? "true" : "false", to: out)
            if let year = r.year { field(.year, int: year, to: out) }
            if let role = r.role { field(.role, role, to: out) }
            field(.evidenceCount, int: r.evidence.count, to: out)
            if let first = r.evidence.first {
                field(.document, graph.documentName(first.document), to: out)
                field(.sentence, first.sentence, to: out)
                out.write("      ")
                data(.evidence, to: out) { w in
                    w.write(byte: 0x5B)
                    for (i, ev) in r.evidence.enumerated() {
                        if i > 0 { w.write(", ") }
                        w.write("{\"document\": "); JSONText.string(graph.documentName(ev.document), to: w)
                        w.write(", \"sentence\": "); JSONText.string(ev.sentence, to: w)
                        w.write(", \"start\": "); w.write(int: ev.start)
                        w.write(", \"end\": "); w.write(int: ev.end)
                        w.write(byte: 0x7D)
                    }
                    w.write(byte: 0x5D)
                }
                out.write("\n")
            }
            if options.yEdStyling { field(.edgeColour, TypeStyle.edgeColour(r.predicate), to: out) }
            writeExtras(extras.edges[rid.index] ?? [], indent: "      ", to: out)
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }

    // MARK: Pieces

    private func writeKey(id: String, domain: String, name: String, type: String, to out: ByteWriter) {
        out.write("  <key id=\""); out.write(id)
        out.write("\" for=\""); out.write(domain)
        out.write("\" attr.name=\""); XMLText.escape(name, attribute: true, to: out)
        out.write("\" attr.type=\""); out.write(type); out.write("\"/>\n")
    }

    private func field(_ key: GraphMLKey, _ value: String, to out: ByteWriter) {
        out.write("      <data key=\""); out.write(key.rawValue); out.write("\">")
        XMLText.escape(value, to: out)
        out.write("</data>\n")
    }

    private func field(_ key: GraphMLKey, int value: Int, to out: ByteWriter) {
        out.write("      <data key=\""); out.write(key.rawValue); out.write("\">")
        out.write(int: value)
        out.write("</data>\n")
    }

    /// A `<data>` whose text `body` writes as JSON, then XML-escaped.
    private func data(_ key: GraphMLKey, to out: ByteWriter, _ body: (ByteWriter) -> Void) {
        out.write("<data key=\""); out.write(key.rawValue); out.write("\">")
        let json = ByteWriter()
        body(json)
        try? json.flush()
        json.memory.withUnsafeBufferPointer { XMLText.escape(bytes: $0, to: out) }
        out.write("</data>")
    }

    private func jsonList(_ items: [String], to w: ByteWriter) {
        w.write(byte: 0x5B)
        for (i, s) in items.enumerated() {
            if i > 0 { w.write(", ") }
            JSONText.string(s, to: w)
        }
        w.write(byte: 0x5D)
    }

    private func writeExtras(_ values: [ExtraAttributes.Value], indent: String, to out: ByteWriter) {
        for v in values {
            out.write(indent); out.write("<data key=\"x"); out.write(int: v.key); out.write("\">")
            XMLText.escape(v.text, to: out)
            out.write("</data>\n")
        }
    }

    private func referencedDocuments(_ graph: KnowledgeGraph, _ sel: GraphSelection) -> [DocumentID] {
        var seen = Set<DocumentID>()
        for id in sel.entities { seen.formUnion(graph[id].documents) }
        for r in sel.relations { for ev in graph[r].evidence { seen.insert(ev.document) } }
        return seen.sorted()
    }

    /// A node width for yEd that fits a one-line label: 7 points per character, 60 to 300.
    static func width(of name: String) -> String {
        let w = min(300, max(60, name.count * 7 + 20))
        return "\(w).0"
    }
}

/// The position of each selected entity in export order: the synthetic node numbers.
struct ExportPositions {
    private var table: [UInt32]
    private let identity: Bool

    init(graph: KnowledgeGraph, selection: GraphSelection) {
        identity = selection.entities.count == graph.entityCount
        table = []
        if !identity {
            table = Array(repeating: UInt32.max, count: graph.entityCount)
            for (n, id) in selection.entities.enumerated() { table[id.index] = UInt32(n) }
        }
    }

    subscript(id: EntityID) -> Int { identity ? id.index : Int(table[id.index]) }
}
