import ReformCore

extension QueryEngine {
    /// Breadth-first search from `start` up to `depth`, following `direction` and `predicates`.
    /// Returns the entities reached (start first) with their distance and the relation each was
    /// first reached by, and whether the visit limit was reached.
    ///
    /// - Complexity: O(visited nodes + their relations), bounded by ``QueryLimits/maxVisited``.
    func breadthFirst(from start: EntityID, direction: Direction, predicates: [Predicate], depth: Int)
        -> (nodes: [(EntityID, Int, RelationID?)], truncated: Bool)
    {
        scratch.with(count: graph.entityCount) { marks, _ in
            var order: [(EntityID, Int, RelationID?)] = [(start, 0, nil)]
            marks.mark(start.index, distance: 0)
            var head = 0
            var truncated = false
            while head < order.count {
                let (node, d, _) = order[head]
                head += 1
                if d >= depth { continue }
                // The core's raw adjacency walk: no per-node arrays, no relation copies.
                graph.forEachNeighbour(node, direction) { r, v in
                    let other = Int(v)
                    guard !truncated, !marks.isMarked(other), follows(graph.relations[Int(r)].predicate, predicates) else { return }
                    if order.count >= limits.maxVisited { truncated = true; return }
                    marks.mark(other, distance: d + 1, via: r)
                    order.append((EntityID(v), d + 1, RelationID(r)))
                }
            }
            return (order, truncated)
        }
    }

    /// `neighbours ENTITY [out|in|both] [PREDICATE…] [depth N]`.
    func neighbours(_ id: EntityID, direction: Direction, predicates: [Predicate], depth: Int) -> QueryResult {
        let (nodes, truncated) = breadthFirst(from: id, direction: direction, predicates: predicates, depth: depth)
        var result = QueryResult(command: "neighbours", fields: [
            ("entity", entityJSON(id)), ("direction", .string(direction.rawValue)),
            ("predicates", .array(predicates.map { .string($0.rawValue) })), ("depth", .int(depth)),
        ])
        let filter = predicates.isEmpty ? "" : " via " + predicates.map(\.rawValue).joined(separator: ", ")
        result.line("\(nodes.count - 1) neighbours of \(graph[id].name) (\(direction.rawValue)\(filter), depth \(depth))", .emphasis)
        var table = Table(key: "neighbours", columns: ["depth", "entity", "type", "via", "from", "year"])
        var relations: [RelationID] = []
        // Listed by depth, then name, when few enough to list them all; otherwise in
        // breadth-first order (which is by depth), so a hub's answer stays fast.
        let found = Array(nodes.dropFirst())
        var listed = found
        if found.count <= limits.maxRows {
            let keys = found.map { (depth: $0.1, name: graph[$0.0].name, id: $0.0) }
            listed = found.indices.sorted { i, j in
                let a = keys[i], b = keys[j]
                return a.depth != b.depth ? a.depth < b.depth : a.name != b.name ? a.name < b.name : a.id < b.id
            }.map { found[$0] }
        }
        for (node, d, via) in listed {
            guard let via else { continue }
            relations.append(via)
            guard table.rows.count < limits.maxRows else { table.omitted += 1; continue }
            let r = graph[via]
            let from = r.source == node ? r.target : r.source
            let arrow = r.source == node ? "← \(r.predicate.rawValue)" : "\(r.predicate.rawValue) →"
            table.rows.append([Cell(d), nameCell(node), typeCell(node), Cell(arrow, value: .string(r.predicate.rawValue), style: .predicate),
                               d > 1 ? nameCell(from) : Cell(""), Cell.year(r.year)])
        }
        if !table.rows.isEmpty { result.add(table) }
        if table.omitted > 0 { result.notes.append("\(table.omitted) more neighbours not listed (limit \(limits.maxRows)); name predicates or lower the depth") }
        if truncated { result.notes.append("stopped after visiting \(limits.maxVisited) entities; lower the depth or name predicates") }
        result.notes += unknownPredicateNotes(predicates)
        if nodes.count == 1 {
            result.notes.append("no neighbours\(filter)" + (direction == .both ? "" : " in direction \(direction.rawValue); try `both`"))
        }
        result.selection = GraphSelection(entities: nodes.map(\.0), relations: relations).closed(in: graph)
        return result
    }

    /// `subgraph ENTITY [depth N]`: every entity within N steps (either direction) and every
    /// relation among them.
    func subgraph(_ id: EntityID, depth: Int) -> QueryResult {
        let (nodes, truncated) = breadthFirst(from: id, direction: .both, predicates: [], depth: depth)
        let selection = GraphSelection.induced(by: nodes.map(\.0), in: graph)
        var result = QueryResult(command: "subgraph", fields: [
            ("entity", entityJSON(id)), ("depth", .int(depth)),
            ("entity_count", .int(selection.entities.count)), ("relation_count", .int(selection.relations.count)),
        ])
        result.line("subgraph around \(graph[id].name), depth \(depth): \(selection.entities.count) entities, \(selection.relations.count) relations", .emphasis)
        var table = Table(key: "relations", columns: ["source", "predicate", "target", "year"])
        for rid in selection.relations {
            guard table.rows.count < limits.maxRows else { table.omitted += 1; continue }
            let r = graph[rid]
            table.rows.append([nameCell(r.source), Cell(r.predicate.rawValue, style: .predicate), nameCell(r.target), Cell.year(r.year)])
        }
        if !table.rows.isEmpty { result.add(table) }
        if table.omitted > 0 { result.notes.append("\(table.omitted) more relations not listed; `export dot FILE` writes them all") }
        if truncated { result.notes.append("stopped after visiting \(limits.maxVisited) entities; lower the depth") }
        result.selection = selection
        return result
    }
}
