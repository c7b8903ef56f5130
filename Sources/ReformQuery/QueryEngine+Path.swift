import ReformCore

extension QueryEngine {
    /// Calls `body` for every relation touching `node` that the filter follows, with the other end.
    @inline(__always)
    func forEachNeighbour(_ node: EntityID, _ predicates: [Predicate], weak: Bool, _ body: (Relation, EntityID) -> Void) {
        graph.forEachOutgoing(node) { r in
            if weak || follows(r.predicate, predicates) { body(r, r.target) }
        }
        graph.forEachIncoming(node) { r in
            if weak || follows(r.predicate, predicates) { body(r, r.source) }
        }
    }

    /// All shortest paths between `a` and `b` ignoring direction, as entity sequences, at most
    /// `limit` of them (and whether more exist). Bidirectional breadth-first search that
    /// expands the smaller frontier; paths are read back from the two distance labellings.
    ///
    /// - Complexity: O(nodes and relations within the two search balls); path length is
    ///   bounded by ``QueryLimits/maxPathLength``.
    func shortestPaths(_ a: EntityID, _ b: EntityID, predicates: [Predicate], weak: Bool, limit: Int) -> (paths: [[EntityID]], more: Bool) {
        if a == b { return ([[a]], false) }
        return scratch.with(count: graph.entityCount) { sideA, sideB in
            sideA.mark(a.index, distance: 0)
            sideB.mark(b.index, distance: 0)
            var frontierA = [a], frontierB = [b]
            var depthA = 0, depthB = 0
            var meeting: [EntityID] = []
            while meeting.isEmpty, !frontierA.isEmpty, !frontierB.isEmpty, depthA + depthB < limits.maxPathLength {
                let expandA = frontierA.count <= frontierB.count
                var next: [EntityID] = []
                let frontier = expandA ? frontierA : frontierB
                let d = (expandA ? depthA : depthB) + 1
                for node in frontier {
                    forEachNeighbour(node, predicates, weak: weak) { _, other in
                        let i = other.index
                        if expandA {
                            guard !sideA.isMarked(i) else { return }
                            sideA.mark(i, distance: d)
                            if sideB.isMarked(i) { meeting.append(other) }
                        } else {
                            guard !sideB.isMarked(i) else { return }
                            sideB.mark(i, distance: d)
                            if sideA.isMarked(i) { meeting.append(other) }
                        }
                        next.append(other)
                    }
                }
                if expandA { frontierA = next; depthA = d } else { frontierB = next; depthB = d }
            }
            guard !meeting.isEmpty else { return ([], false) }
            let total = meeting.map { Int(sideA.distance[$0.index] + sideB.distance[$0.index]) }.min()!
            meeting = meeting.filter { Int(sideA.distance[$0.index] + sideB.distance[$0.index]) == total }.sorted()
            var paths: [[EntityID]] = []
            var more = false
            // Halves: from a meeting node back to `a` (distances in A decrease) and on to `b`.
            func halves(_ m: EntityID, _ side: VisitMarks, budget: Int) -> [[EntityID]] {
                var out: [[EntityID]] = []
                var stack: [EntityID] = [m]
                func rec(_ n: EntityID) {
                    if out.count > budget { return }
                    let d = side.distance[n.index]
                    if d == 0 { out.append(stack); return }
                    var seen: [EntityID] = []
                    forEachNeighbour(n, predicates, weak: weak) { _, o in
                        if side.isMarked(o.index), side.distance[o.index] == d - 1, !seen.contains(o) { seen.append(o) }
                    }
                    for o in seen.sorted() {
                        stack.append(o); rec(o); stack.removeLast()
                        if out.count > budget { return }
                    }
                }
                rec(m)
                return out
            }
            outer: for m in meeting {
                let back = halves(m, sideA, budget: limit)
                let forward = halves(m, sideB, budget: limit)
                for h1 in back {
                    for h2 in forward {
                        if paths.count >= limit { more = true; break outer }
                        paths.append(Array(h1.reversed()) + h2.dropFirst())
                    }
                }
            }
            return (paths, more)
        }
    }

    /// The relations between consecutive entities `u`, `v` that the filter follows.
    func relationsBetween(_ u: EntityID, _ v: EntityID, _ predicates: [Predicate], weak: Bool) -> [Relation] {
        var out: [Relation] = []
        forEachNeighbour(u, predicates, weak: weak) { r, o in if o == v { out.append(r) } }
        return out.sorted { $0.id < $1.id }
    }

    /// "—leads→" or "←member_of—" for a relation read from `u`.
    func arrow(_ r: Relation, from u: EntityID) -> String {
        let y = r.year.map { " \($0)" } ?? ""
        return r.source == u ? "—\(r.predicate.rawValue)\(y)→" : "←\(r.predicate.rawValue)\(y)—"
    }

    /// `path A B [PREDICATE…]` and `paths A B [PREDICATE…]`: shortest connections ignoring
    /// direction, with the predicate and direction of every step.
    func path(_ a: EntityID, _ b: EntityID, predicates: [Predicate], all: Bool) -> QueryResult {
        let command = all ? "paths" : "path"
        var weak = false
        var (paths, more) = shortestPaths(a, b, predicates: predicates, weak: false, limit: all ? limits.maxPaths : 1)
        // For `path`, "more" means other shortest paths exist.
        var result = QueryResult(command: command, fields: [("from", entityJSON(a)), ("to", entityJSON(b)),
                                                             ("predicates", .array(predicates.map { .string($0.rawValue) }))])
        if paths.isEmpty && predicates.isEmpty {
            (paths, more) = shortestPaths(a, b, predicates: [], weak: true, limit: all ? limits.maxPaths : 1)
            weak = !paths.isEmpty
        }
        if a == b {
            result.line("\(graph[a].name) is the same entity at both ends; give two different names", .dim)
            result.selection = GraphSelection(entities: [a])
            return result
        }
        guard let first = paths.first else {
            let filter = predicates.isEmpty ? "" : " through \(predicates.map(\.rawValue).joined(separator: ", "))"
            result.line("no path between \(graph[a].name) and \(graph[b].name)\(filter) within \(limits.maxPathLength) steps", .dim)
            result.notes += unknownPredicateNotes(predicates)
            result.notes.append("try `neighbours \(CommandTokenizer.quote(graph[a].name))` to see what it connects to")
            result.selection = GraphSelection(entities: [a, b])
            return result
        }
        if weak { result.notes.append("connected only through co_occurs (mentioned in the same sentence), not a stated relation") }
        var selection: [RelationID] = []
        var entities: [EntityID] = []
        var jsonPaths: [JSONValue] = []
        let steps = first.count - 1
        result.line(all ? "\(paths.count)\(more ? "+" : "") shortest path\(paths.count == 1 ? "" : "s") of \(steps) steps from \(graph[a].name) to \(graph[b].name)"
                        : "\(steps) step\(steps == 1 ? "" : "s") from \(graph[a].name) to \(graph[b].name)", .emphasis)
        var table = Table(key: "steps", columns: ["path", "step", "from", "relation", "to", "year"],
                          columnKeys: ["path", "step", "from", "relation", "to", "year"])
        for (n, p) in paths.enumerated() {
            var chain = graph[p[0]].name
            var jsonSteps: [JSONValue] = []
            for i in 0..<(p.count - 1) {
                let rels = relationsBetween(p[i], p[i + 1], predicates, weak: weak)
                selection += rels.map(\.id)
                let arrows = rels.map { arrow($0, from: p[i]) }
                chain += " " + arrows.joined(separator: " / ") + " " + graph[p[i + 1]].name
                let years = rels.compactMap(\.year)
                table.rows.append([Cell(n + 1), Cell(i + 1), nameCell(p[i]),
                                   Cell(arrows.joined(separator: " "), value: .array(rels.map { r in
                                       .object([("predicate", .string(r.predicate.rawValue)), ("forward", .bool(r.source == p[i]))])
                                   }), style: .predicate),
                                   nameCell(p[i + 1]), years.isEmpty ? Cell("") : Cell(years.map(String.init).joined(separator: ", "))])
                jsonSteps.append(.object([("from", .string(graph[p[i]].name)), ("to", .string(graph[p[i + 1]].name))]))
            }
            entities += p
            jsonPaths.append(.array(p.map { .string(graph[$0].name) }))
            result.blocks.append(.line(chain, .plain))
        }
        if !all { table.columns.removeFirst(); table.columnKeys.removeFirst(); table.rows = table.rows.map { Array($0.dropFirst()) } }
        result.blocks.append(.blank)
        result.add(table)
        result.fields.append(("length", .int(steps)))
        result.fields.append(("paths", .array(jsonPaths)))
        if all && more { result.notes.append("more than \(limits.maxPaths) shortest paths; only the first \(limits.maxPaths) are listed") }
        if !all && more { result.notes.append("other paths are as short; `paths` lists them") }
        result.selection = GraphSelection(entities: entities, relations: selection).closed(in: graph)
        return result
    }

    /// `why A B`: the evidence sentences for the relations between A and B.
    func why(_ a: EntityID, _ b: EntityID) -> QueryResult {
        var rels = relationsBetween(a, b, [], weak: true)
        var result = QueryResult(command: "why", fields: [("a", entityJSON(a)), ("b", entityJSON(b))])
        var entities = [a, b]
        if rels.isEmpty && a != b {
            // Not directly related: the evidence for each step of a shortest path instead.
            var (paths, _) = shortestPaths(a, b, predicates: [], weak: false, limit: 1)
            var weak = false
            if paths.isEmpty { (paths, _) = shortestPaths(a, b, predicates: [], weak: true, limit: 1); weak = true }
            guard let p = paths.first else {
                result.line("no relation is stated between \(graph[a].name) and \(graph[b].name), and no path joins them", .dim)
                result.selection = GraphSelection(entities: [a, b])
                return result
            }
            result.line("\(graph[a].name) and \(graph[b].name) are not directly related; the evidence along a shortest path (\(p.count - 1) steps):", .dim)
            result.blocks.append(.blank)
            for i in 0..<(p.count - 1) { rels += relationsBetween(p[i], p[i + 1], [], weak: weak) }
            entities = p
            result.fields.append(("direct", .bool(false)))
        }
        guard !rels.isEmpty else {
            result.line("no relation is stated between \(graph[a].name) and \(graph[b].name)", .dim)
            result.selection = GraphSelection(entities: [a, b])
            return result
        }
        var jsonRelations: [JSONValue] = []
        let direct = entities.count == 2
        let perRelation = direct ? limits.maxRows : 3
        for r in rels {
            let head = "\(graph[r.source].name) —\(r.predicate.rawValue)\(r.year.map { " \($0)" } ?? "")\(r.role.map { " (\($0))" } ?? "")→ \(graph[r.target].name)"
            result.blocks.append(.line(head, .emphasis))
            var lines: [String] = []
            for ev in r.evidence.prefix(perRelation) {
                lines.append("  [\(graph.documentName(ev.document))] \(ev.sentence)")
            }
            if r.evidence.isEmpty { lines.append("  (no evidence sentence recorded)") }
            if r.evidence.count > perRelation {
                let more = "  … \(r.evidence.count - perRelation) more sentences"
                lines.append(direct ? more : more + " (`why \(CommandTokenizer.quote(graph[r.source].name)) \(CommandTokenizer.quote(graph[r.target].name))` lists them)")
            }
            result.blocks.append(.preformatted(lines))
            jsonRelations.append(.object([
                ("source", .string(graph[r.source].name)), ("predicate", .string(r.predicate.rawValue)),
                ("target", .string(graph[r.target].name)), ("year", r.year.map { .int($0) } ?? .null),
                ("role", r.role.map { .string($0) } ?? .null),
                ("evidence", .array(r.evidence.map { ev in
                    .object([("document", .string(graph.documentName(ev.document))), ("sentence", .string(ev.sentence))])
                })),
            ]))
        }
        result.fields.append(("relations", .array(jsonRelations)))
        result.selection = GraphSelection(entities: entities, relations: rels.map(\.id)).closed(in: graph)
        return result
    }
}
