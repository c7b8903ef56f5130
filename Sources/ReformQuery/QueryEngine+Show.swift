import ReformCore

extension QueryEngine {
    /// `show ENTITY`: type, kind, aliases, documents, counts, and relations in and out.
    func show(_ id: EntityID) -> QueryResult {
        let e = graph[id]
        let out = graph.outgoing(id), inc = graph.incoming(id)
        let detail: JSONValue = .object([
            ("name", .string(e.name)), ("type", .string(e.type.rawValue)), ("kind", .string(e.kind.rawValue)),
            ("aliases", .array(e.aliases.map { .string($0) })),
            ("documents", .array(e.documents.map { .string(graph.documentName($0)) })),
            ("mentions", .int(e.mentions)), ("out", .int(out.count)), ("in", .int(inc.count)),
        ])
        var result = QueryResult(command: "show", fields: [("entity", detail)])
        result.line(e.name, .emphasis)
        var facts = Table(key: "facts", columns: ["field", "value"])
        facts.includeInJSON = false // the "entity" field holds the same
        facts.rows.append([Cell("type"), Cell(e.type.rawValue, style: .type)])
        facts.rows.append([Cell("kind"), Cell(e.kind.rawValue)])
        facts.rows.append([Cell("aliases"), Cell(e.aliases.joined(separator: "; "), value: .array(e.aliases.map { .string($0) }))])
        let docs = e.documents.map { graph.documentName($0) }
        let shownDocs = docs.prefix(4).joined(separator: ", ") + (docs.count > 4 ? " … and \(docs.count - 4) more" : "")
        facts.rows.append([Cell("documents"), Cell("\(docs.count): \(shownDocs)", value: .array(docs.map { .string($0) }))])
        facts.rows.append([Cell("mentions"), Cell(e.mentions)])
        facts.rows.append([Cell("relations"), Cell("\(out.count) out, \(inc.count) in", value: .object([("out", .int(out.count)), ("in", .int(inc.count))]))])
        result.add(facts)
        var rels = Table(key: "relations", columns: ["dir", "predicate", "entity", "type", "year", "role", "evidence"])
        var selected: [RelationID] = []
        let all = out.map { ($0, true) } + inc.map { ($0, false) }
        for (rid, isOut) in all.prefix(limits.maxRows) {
            let r = graph[rid]
            let other = isOut ? r.target : r.source
            rels.rows.append([Cell(isOut ? "→" : "←", value: .string(isOut ? "out" : "in"), style: .dim),
                              Cell(r.predicate.rawValue, style: .predicate), nameCell(other), typeCell(other),
                              Cell.year(r.year), Cell(r.role ?? "", style: .dim), Cell(r.evidence.count)])
            selected.append(rid)
        }
        rels.omitted = max(0, all.count - limits.maxRows)
        if !rels.rows.isEmpty { result.blocks.append(.blank); result.add(rels) }
        if rels.omitted > 0 { result.notes.append("\(rels.omitted) more relations not listed; use `neighbours` with a predicate to narrow") }
        result.selection = GraphSelection(entities: [id], relations: selected).closed(in: graph)
        return result
    }
}
