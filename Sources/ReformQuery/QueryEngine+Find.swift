import ReformCore

extension QueryEngine {
    /// `find TEXT [type:T]`: ranked fuzzy search over names and aliases.
    func find(_ text: String, type: EntityType?, limit: Int) -> QueryResult {
        var matches = resolver.search(text, type: type, limit: limit + 1) { self.degree(of: $0) }
        if text.isEmpty, let type {
            // `find type:T` alone: the entities of that type, most connected first.
            var best = SmallestK<EntityID>(limit: limit + 1) { a, b in
                let da = self.degree[a.index], db = self.degree[b.index]
                return da != db ? da > db : a < b
            }
            for id in graph.entities(ofType: type) { best.add(id) }
            matches = best.items.map { NameMatch(entity: $0, tier: .words, distance: 0, matchedName: graph[$0].name) }
        }
        var result = QueryResult(command: "find", fields: [("text", .string(text))])
        var table = Table(key: "matches", columns: ["name", "type", "kind", "relations", "match", "matched name"],
                          columnKeys: ["name", "type", "kind", "relations", "match", "matched_name"])
        for m in matches.prefix(limit) {
            let e = graph[m.entity]
            table.rows.append([nameCell(m.entity), typeCell(m.entity), Cell(e.kind.rawValue, style: .dim),
                               Cell(degree(of: m.entity)), Cell(m.tier.label, style: .dim),
                               Cell(m.matchedName == e.name ? "" : m.matchedName, style: .dim)])
        }
        if matches.count > limit {
            result.notes.append("more matches than the \(limit) shown; add `type:T` or more words to narrow, or `limit N`")
        }
        if matches.isEmpty {
            result.line("no names match \"\(text)\"" + (type.map { " among \($0.rawValue) entities" } ?? ""), .dim)
            result.notes.append("try fewer letters, or `types` to see what the graph holds")
        } else {
            result.add(table)
        }
        result.selection = GraphSelection(entities: matches.prefix(limit).map(\.entity))
        return result
    }

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
