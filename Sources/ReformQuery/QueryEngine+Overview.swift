import ReformCore

extension QueryEngine {
    /// Keeps the `limit` smallest elements of a stream under `less`, in order.
    struct SmallestK<T> {
        var items: [T] = []
        let limit: Int
        let less: (T, T) -> Bool
        var seen = 0

        mutating func add(_ x: T) {
            seen += 1
            if items.count == limit, let last = items.last, !less(x, last) { return }
            var lo = 0, hi = items.count
            while lo < hi { let mid = (lo + hi) / 2; if less(items[mid], x) || !less(x, items[mid]) { lo = mid + 1 } else { hi = mid } }
            items.insert(x, at: lo)
            if items.count > limit { items.removeLast() }
        }
    }

    /// `top [TYPE] [N]`: the most connected entities.
    func top(type: EntityType?, count: Int) -> QueryResult {
        var best = SmallestK<EntityID>(limit: count) { a, b in
            let da = self.degree[a.index], db = self.degree[b.index]
            return da != db ? da > db : a < b
        }
        if let type { for id in graph.entities(ofType: type) { best.add(id) } }
        else { for i in 0..<graph.entityCount { best.add(EntityID(i)) } }
        var result = QueryResult(command: "top", fields: [("type", type.map { .string($0.rawValue) } ?? .null)])
        result.line("most connected \(type.map { $0.label + " entities" } ?? "entities") (\(best.items.count) of \(best.seen))", .emphasis)
        var table = Table(key: "entities", columns: ["rank", "entity", "type", "kind", "relations", "out", "in"])
        for (i, id) in best.items.enumerated() {
            var out = 0, inc = 0
            graph.forEachOutgoing(id) { _ in out += 1 }
            graph.forEachIncoming(id) { _ in inc += 1 }
            table.rows.append([Cell(i + 1), nameCell(id), typeCell(id), Cell(graph[id].kind.rawValue, style: .dim),
                               Cell(degree(of: id)), Cell(out), Cell(inc)])
        }
        if table.rows.isEmpty { result.notes.append("no \(type?.rawValue ?? "") entities in this graph; `types` lists what there is") }
        else { result.add(table) }
        result.selection = GraphSelection.induced(by: best.items, in: graph)
        return result
    }

    /// `timeline [ENTITY]`: dated relations in order of year.
    func timeline(_ id: EntityID?, limit: Int) -> QueryResult {
        var rows = SmallestK<RelationID>(limit: limit) { a, b in
            let ya = self.graph[a].year!, yb = self.graph[b].year!
            return ya != yb ? ya < yb : a < b
        }
        if let id {
            for rid in graph.outgoing(id) + graph.incoming(id) where graph[rid].year != nil { rows.add(rid) }
        } else {
            for r in graph.relations where r.year != nil { rows.add(r.id) }
        }
        var result = QueryResult(command: "timeline", fields: [("entity", id.map(entityJSON) ?? .null)])
        var table = Table(key: "events", columns: ["year", "source", "predicate", "target"])
        for rid in rows.items {
            let r = graph[rid]
            table.rows.append([Cell(r.year!), nameCell(r.source), Cell(r.predicate.rawValue, style: .predicate), nameCell(r.target)])
        }
        table.omitted = rows.seen - rows.items.count
        if table.rows.isEmpty {
            result.line("no dated relations" + (id.map { " for \(graph[$0].name)" } ?? ""), .dim)
        } else {
            if let first = rows.items.first, let last = rows.items.last {
                result.line("\(rows.seen) dated relations\(id.map { " of \(graph[$0].name)" } ?? ""), \(graph[first].year!)–\(graph[last].year!)", .emphasis)
            }
            result.add(table)
        }
        if table.omitted > 0 { result.notes.append("\(table.omitted) later events not listed; `timeline ENTITY` or `limit N` narrows") }
        result.selection = GraphSelection(entities: id.map { [$0] } ?? [], relations: rows.items).closed(in: graph)
        return result
    }

    /// `at YEAR`: which forms and bodies existed in that year, judged from dated
    /// establish, abolish and lineage relations (an entity begins at the year it was
    /// established or something was replaced by it, and ends at the year it was abolished or
    /// replaced). Entities with no dated beginning or end are not listed.
    func at(year: Int) -> QueryResult {
        var start: [EntityID: (Int, RelationID)] = [:]
        var end: [EntityID: (Int, RelationID)] = [:]
        func earliest(_ table: inout [EntityID: (Int, RelationID)], _ id: EntityID, _ y: Int, _ r: RelationID) {
            if let old = table[id], old.0 <= y { return }
            table[id] = (y, r)
        }
        for r in graph.relations {
            guard let y = r.year else { continue }
            if r.predicate == .establishedBy { earliest(&start, r.source, y, r.id) }
            else if r.predicate == .abolishedBy { earliest(&end, r.source, y, r.id) }
            else if r.predicate.isLineage { earliest(&end, r.source, y, r.id); earliest(&start, r.target, y, r.id) }
        }
        let excluded: Set<EntityType> = [.act, .report, .person, .place, .party]
        var found: [(EntityID, Int?, Int?)] = []
        for id in Set(start.keys).union(end.keys) where !excluded.contains(graph[id].type) {
            let s = start[id]?.0, e = end[id]?.0
            if let s, let e, e < s { // contradictory dates: trust neither bound alone
                if year >= s || year <= e { found.append((id, s, e)) }
                continue
            }
            if (s ?? Int.min) <= year && year <= (e ?? Int.max) { found.append((id, s, e)) }
        }
        found.sort { a, b in
            let ea = graph[a.0], eb = graph[b.0]
            if ea.kind != eb.kind { return ea.kind == .form }
            if ea.type != eb.type { return ea.type < eb.type }
            return ea.name < eb.name
        }
        var result = QueryResult(command: "at", fields: [("year", .int(year))])
        var table = Table(key: "entities", columns: ["entity", "type", "kind", "from", "until", "basis"])
        var relations: [RelationID] = []
        for (id, s, e) in found {
            guard table.rows.count < limits.maxRows else { table.omitted += 1; continue }
            var basis: [String] = []
            for bound in [start[id], end[id]] {
                guard let (_, rid) = bound else { continue }
                let r = graph[rid]
                relations.append(rid)
                let verb = r.predicate.rawValue.split(separator: "_").joined(separator: " ")
                if r.source == id {
                    basis.append("\(verb) \(graph[r.target].name) \(r.year!)")
                } else {
                    basis.append("succeeded \(graph[r.source].name) (\(verb)) \(r.year!)")
                }
            }
            table.rows.append([nameCell(id), typeCell(id), Cell(graph[id].kind.rawValue, style: .dim),
                               s.map { Cell($0) } ?? Cell("?", value: .null), e.map { Cell($0) } ?? Cell("", value: .null),
                               Cell(basis.joined(separator: "; "), style: .dim)])
        }
        if found.isEmpty {
            result.line("no form or body is dated to \(year) (from established_by, abolished_by and lineage years)", .dim)
            result.notes.append("`timeline` lists the dated relations the graph holds")
        } else {
            result.line("\(found.count) forms and bodies existed in \(year), judging by dated establish, abolish and replace relations", .emphasis)
            result.add(table)
        }
        if table.omitted > 0 { result.notes.append("\(table.omitted) more not listed") }
        result.selection = GraphSelection(entities: found.map(\.0), relations: relations).closed(in: graph)
        return result
    }

    /// `types`: entities per type (forms and instances) and relations per predicate.
    func types() -> QueryResult {
        var result = QueryResult(command: "types")
        var table = Table(key: "types", columns: ["type", "entities", "forms", "instances"])
        for t in EntityType.allCases {
            let ids = graph.entities(ofType: t)
            guard !ids.isEmpty else { continue }
            let forms = ids.reduce(0) { $0 + (graph[$1].kind == .form ? 1 : 0) }
            table.rows.append([Cell(t.rawValue, style: .type), Cell(ids.count), Cell(forms), Cell(ids.count - forms)])
        }
        result.add(table)
        result.blocks.append(.blank)
        var preds = Table(key: "predicates", columns: ["predicate", "relations", "dated", "in schema"],
                          columnKeys: ["predicate", "relations", "dated", "schema"])
        for (p, c, d) in predicateCounts() {
            preds.rows.append([Cell(p.rawValue, style: .predicate), Cell(c), Cell(d),
                               Cell(p.isSchema ? "yes" : "no", value: .bool(p.isSchema), style: .dim)])
        }
        result.add(preds)
        return result
    }

    /// Relations and dated relations per predicate, most frequent first.
    func predicateCounts() -> [(Predicate, Int, Int)] {
        var counts: [Predicate: (Int, Int)] = [:]
        for r in graph.relations {
            counts[r.predicate, default: (0, 0)].0 += 1
            if r.year != nil { counts[r.predicate, default: (0, 0)].1 += 1 }
        }
        return counts.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// `stats`: the size of the graph.
    func stats() -> QueryResult {
        var evidence = 0, dated = 0
        for r in graph.relations { evidence += r.evidence.count; if r.year != nil { dated += 1 } }
        let forms = graph.entities.reduce(0) { $0 + ($1.kind == .form ? 1 : 0) }
        var result = QueryResult(command: "stats")
        var table = Table(key: "stats", columns: ["measure", "value"])
        let rows: [(String, Int)] = [("entities", graph.entityCount), ("forms", forms), ("relations", graph.relationCount),
                                    ("dated relations", dated), ("evidence sentences", evidence), ("documents", graph.documents.count),
                                    ("entity types used", EntityType.allCases.filter { !graph.entities(ofType: $0).isEmpty }.count),
                                    ("predicates used", predicateCounts().count)]
        for (k, v) in rows { table.rows.append([Cell(k), Cell(v)]) }
        result.add(table)
        for (k, v) in rows { result.fields.append((k.split(separator: " ").joined(separator: "_"), .int(v))) }
        return result
    }
}
