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
}
