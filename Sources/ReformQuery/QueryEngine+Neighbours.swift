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
                func visit(_ r: Relation, _ other: EntityID) {
                    guard !truncated, follows(r.predicate, predicates), !marks.isMarked(other.index) else { return }
                    if order.count >= limits.maxVisited { truncated = true; return }
                    marks.mark(other.index, distance: d + 1, via: r.id.raw)
                    order.append((other, d + 1, r.id))
                }
                if direction != .in { for rid in graph.outgoing(node) { let r = graph[rid]; visit(r, r.target) } }
                if direction != .out { for rid in graph.incoming(node) { let r = graph[rid]; visit(r, r.source) } }
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
        for (node, d, via) in nodes.dropFirst() {
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
