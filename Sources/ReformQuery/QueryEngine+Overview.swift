import ReformCore

extension QueryEngine {
    /// Keeps the `limit` smallest elements of a stream under `less`, in order.
    struct SmallestK<T> {
        var items: [T] = []
        let limit: Int
        let less: (T, T) -> Bool
        var seen = 0
        /// The largest element seen (kept or not).
        var largest: T?

        mutating func add(_ x: T) {
            seen += 1
            if largest.map({ less($0, x) }) ?? true { largest = x }
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
            let all = cache.datedRelations {
                graph.relations.filter { $0.year != nil }.map(\.id).sorted { a, b in
                    let ya = graph[a].year!, yb = graph[b].year!
                    return ya != yb ? ya < yb : a < b
                }
            }
            rows.items = Array(all.prefix(limit))
            rows.seen = all.count
            rows.largest = all.last
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
            if let first = rows.items.first {
                let lastYear = (rows.largest.map { graph[$0].year! } ?? graph[rows.items.last!].year!)
                result.line("\(rows.seen) dated relations\(id.map { " of \(graph[$0].name)" } ?? ""), \(graph[first].year!)–\(lastYear)", .emphasis)
            }
            result.add(table)
        }
        if table.omitted > 0 { result.notes.append("\(table.omitted) later events not listed; `timeline ENTITY` or `limit N` narrows") }
        result.selection = GraphSelection(entities: id.map { [$0] } ?? [], relations: rows.items).closed(in: graph)
        return result
    }

    /// `at YEAR`: which forms and bodies existed in that year, judged from dated
    /// establish, abolish and lineage relations (an entity begins at the year it was
    /// established or something was replaced by, renamed to or evolved into it, and ends at
    /// the year it was abolished, replaced, renamed, evolved or merged). Entities with no
    /// dated beginning or end are not listed.
    func at(year: Int) -> QueryResult {
        let spans = cache.lifespans { lifespans() }
        var found: [EngineCache.Lifespan] = []
        for span in spans {
            let s = span.start?.year, e = span.end?.year
            let inside: Bool
            if let s, let e, e < s { inside = year >= s || year <= e } // contradictory dates: trust neither bound alone
            else { inside = (s ?? Int.min) <= year && year <= (e ?? Int.max) }
            guard inside else { continue }
            found.append(span)
        }
        var result = QueryResult(command: "at", fields: [("year", .int(year))])
        var table = Table(key: "entities", columns: ["entity", "type", "kind", "from", "until", "basis"])
        var relations: [RelationID] = []
        for span in found {
            guard table.rows.count < limits.maxRows else { table.omitted += 1; continue }
            let id = span.entity, s = span.start?.year, e = span.end?.year
            var basis: [String] = []
            for bound in [span.start, span.end] {
                guard let rid = bound?.relation else { continue }
                let r = graph[rid]
                relations.append(rid)
                let verb = r.predicate.rawValue.split(separator: "_").joined(separator: " ")
                if r.source == id {
                    basis.append("\(verb) \(graph[r.target].name) (\(r.year!))")
                } else {
                    basis.append("succeeded \(graph[r.source].name) (\(verb), \(r.year!))")
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
        result.selection = GraphSelection(entities: found.prefix(limits.maxRows).map(\.entity), relations: relations).closed(in: graph)
        return result
    }

    /// Each form or body's beginning and end, from dated established_by, abolished_by and
    /// lineage relations (acts, reports, people, places and parties are left out).
    ///
    /// - Complexity: O(E) once; cached by the engine.
    func lifespans() -> [EngineCache.Lifespan] {
        var index: [EntityID: Int] = [:]
        var spans: [EngineCache.Lifespan] = []
        let excluded: Set<EntityType> = [.act, .report, .person, .place, .party]
        func note(_ id: EntityID, _ y: Int, _ r: RelationID, isStart: Bool) {
            guard !excluded.contains(graph[id].type) else { return }
            let i = index[id] ?? { spans.append(EngineCache.Lifespan(entity: id)); index[id] = spans.count - 1; return spans.count - 1 }()
            if isStart {
                if let old = spans[i].start, old.year <= y { return }
                spans[i].start = (y, r)
            } else {
                if let old = spans[i].end, old.year <= y { return }
                spans[i].end = (y, r)
            }
        }
        for r in graph.relations {
            guard let y = r.year else { continue }
            if r.predicate == .establishedBy { note(r.source, y, r.id, isStart: true) }
            else if r.predicate == .abolishedBy { note(r.source, y, r.id, isStart: false) }
            else if r.predicate.isLineage {
                note(r.source, y, r.id, isStart: false)
                // What something merged into usually existed before the merger.
                if r.predicate != .mergedInto { note(r.target, y, r.id, isStart: true) }
            }
        }
        // In display order once: forms first, then by type, then by name.
        let keys = spans.map { (graph[$0.entity].kind == .form ? 0 : 1, graph[$0.entity].type.ordinal, graph[$0.entity].name) }
        return spans.indices.sorted { keys[$0] < keys[$1] }.map { spans[$0] }
    }

    /// `types`: entities per type (forms and instances) and relations per predicate.
    func types() -> QueryResult {
        var result = QueryResult(command: "types")
        var table = Table(key: "types", columns: ["type", "entities", "forms", "instances"])
        let summary = summary()
        for t in EntityType.allCases {
            let (count, forms) = summary.typeCounts[t.ordinal]
            guard count > 0 else { continue }
            table.rows.append([Cell(t.rawValue, style: .type), Cell(count), Cell(forms), Cell(count - forms)])
        }
        result.add(table)
        result.blocks.append(.blank)
        var preds = Table(key: "predicates", columns: ["predicate", "relations", "dated", "in schema"],
                          columnKeys: ["predicate", "relations", "dated", "schema"])
        for (p, c, d) in summary.predicates {
            preds.rows.append([Cell(p.rawValue, style: .predicate), Cell(c), Cell(d),
                               Cell(p.isSchema ? "yes" : "no", value: .bool(p.isSchema), style: .dim)])
        }
        result.add(preds)
        return result
    }

    /// Relations per predicate (most frequent first), evidence, dated relations and forms.
    ///
    /// - Complexity: O(V + E) once; cached by the engine.
    func summary() -> EngineCache.Summary {
        cache.summary {
            var byRaw: [String: (Predicate, Int, Int)] = [:]
            var last: Predicate? = nil
            var lastCounts = (0, 0)
            var evidence = 0, dated = 0
            func flush() {
                if let p = last { let old = byRaw[p.rawValue] ?? (p, 0, 0); byRaw[p.rawValue] = (p, old.1 + lastCounts.0, old.2 + lastCounts.1) }
            }
            for r in graph.relations {
                // Runs of one predicate are common; count them before touching the dictionary.
                if r.predicate != last { flush(); last = r.predicate; lastCounts = (0, 0) }
                lastCounts.0 += 1
                if r.year != nil { lastCounts.1 += 1; dated += 1 }
                evidence += r.evidence.count
            }
            flush()
            let predicates = byRaw.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var typeCounts = [(entities: Int, forms: Int)](repeating: (0, 0), count: EntityType.allCases.count)
            var forms = 0
            for e in graph.entities {
                typeCounts[e.type.ordinal].entities += 1
                if e.kind == .form { typeCounts[e.type.ordinal].forms += 1; forms += 1 }
            }
            return EngineCache.Summary(predicates: predicates, evidence: evidence, dated: dated, forms: forms, typeCounts: typeCounts)
        }
    }

    /// `stats`: the size of the graph.
    func stats() -> QueryResult {
        let summary = summary()
        let evidence = summary.evidence, dated = summary.dated, forms = summary.forms
        var result = QueryResult(command: "stats")
        var table = Table(key: "stats", columns: ["measure", "value"])
        table.includeInJSON = false // the fields hold the same
        let rows: [(String, Int)] = [("entities", graph.entityCount), ("forms", forms), ("relations", graph.relationCount),
                                    ("dated relations", dated), ("evidence sentences", evidence), ("documents", graph.documents.count),
                                    ("entity types used", EntityType.allCases.filter { !graph.entities(ofType: $0).isEmpty }.count),
                                    ("predicates used", summary.predicates.count)]
        for (k, v) in rows { table.rows.append([Cell(k), Cell(v)]) }
        result.add(table)
        for (k, v) in rows { result.fields.append((k.split(separator: " ").joined(separator: "_"), .int(v))) }
        return result
    }
}
