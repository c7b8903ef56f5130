import ReformCore

extension QueryEngine {
    /// The lineage of `start`: its predecessors and successors through the four lineage
    /// predicates, as entities (start first, then in discovery order) and the lineage
    /// relations among them.
    ///
    /// - Complexity: O(lineage size + its relations), bounded by ``QueryLimits/maxVisited``.
    func lineageMembers(of start: EntityID) -> (entities: [EntityID], relations: [RelationID], truncated: Bool) {
        scratch.with(count: graph.entityCount) { back, forward in
            var members: [EntityID] = [start]
            var truncated = false
            // Two directed searches: predecessors (incoming) and successors (outgoing).
            for isForward in [false, true] {
                var queue: [EntityID] = [start]
                var head = 0
                if isForward { forward.mark(start.index, distance: 0) } else { back.mark(start.index, distance: 0) }
                while head < queue.count {
                    let node = queue[head]; head += 1
                    let rels = isForward ? graph.outgoing(node) : graph.incoming(node)
                    for rid in rels {
                        let r = graph[rid]
                        guard r.predicate.isLineage else { continue }
                        let other = isForward ? r.target : r.source
                        if isForward ? forward.isMarked(other.index) : back.isMarked(other.index) { continue }
                        if members.count >= limits.maxVisited { truncated = true; break }
                        if isForward { forward.mark(other.index, distance: 0) } else { back.mark(other.index, distance: 0) }
                        if !(isForward ? back.isMarked(other.index) : forward.isMarked(other.index)) { members.append(other) }
                        queue.append(other)
                    }
                }
            }
            var relations: [RelationID] = []
            for m in members {
                for rid in graph.outgoing(m) {
                    let r = graph[rid]
                    if r.predicate.isLineage, back.isMarked(r.target.index) || forward.isMarked(r.target.index) {
                        relations.append(rid)
                    }
                }
            }
            return (members, relations, truncated)
        }
    }

    /// The acts and reports that established or abolished `id`: (relation, is establishment).
    func foundingRelations(of id: EntityID) -> [(Relation, Bool)] {
        graph.outgoing(id).compactMap { rid in
            let r = graph[rid]
            if r.predicate == .establishedBy { return (r, true) }
            if r.predicate == .abolishedBy { return (r, false) }
            return nil
        }
    }

    /// "Health and Care Act 2022 (2022)".
    func actText(_ r: Relation) -> String {
        graph[r.target].name + (r.year.map { " (\($0))" } ?? "")
    }

    /// `lineage ENTITY`: the chain or tree of predecessors and successors, with the acts and
    /// reports that established or abolished each step, and the years.
    func lineage(_ id: EntityID) -> QueryResult {
        let (members, lineageRelations, truncated) = lineageMembers(of: id)
        var result = QueryResult(command: "lineage", fields: [("entity", entityJSON(id))])
        var children: [EntityID: [[Relation]]] = [:] // parallel relations grouped by target
        var hasParent = Set<EntityID>()
        for rid in lineageRelations {
            let r = graph[rid]
            hasParent.insert(r.target)
            if let i = children[r.source, default: []].firstIndex(where: { $0[0].target == r.target }) {
                children[r.source]![i].append(r)
            } else {
                children[r.source, default: []].append([r])
            }
        }
        func year(_ group: [Relation]) -> Int { group.compactMap(\.year).min() ?? Int.max }
        for k in children.keys {
            children[k]!.sort { (year($0), graph[$0[0].target].name) < (year($1), graph[$1[0].target].name) }
        }
        // Tree text, from each root (an entity with no predecessor in the lineage).
        var roots = members.filter { !hasParent.contains($0) }
        if roots.isEmpty { roots = [members.min()!] } // a cycle
        roots.sort()
        var lines: [String] = []
        var printed = Set<EntityID>()
        var order: [EntityID] = [] // members in tree order
        var stepOrder: [RelationID] = [] // lineage relations in tree order
        func describe(_ e: EntityID) -> String {
            label(e) + (e == id ? "  ◀" : "")
        }
        var treeCut = false
        func walk(_ node: EntityID, prefix: String) {
            let groups = children[node] ?? []
            for (i, group) in groups.enumerated() {
                let last = i == groups.count - 1
                let target = group[0].target
                let steps = group.map(stepLabel).joined(separator: ", ")
                let again = printed.contains(target)
                stepOrder += group.map(\.id)
                lines.append(prefix + (last ? "└─ " : "├─ ") + steps + " → " + describe(target) + (again ? "  (see above)" : ""))
                guard !again else { continue }
                printed.insert(target)
                order.append(target)
                if lines.count < limits.maxRows { walk(target, prefix: prefix + (last ? "   " : "│  ")) } else { treeCut = true }
            }
        }
        for root in roots where !printed.contains(root) {
            guard lines.count < limits.maxRows else { treeCut = true; break }
            printed.insert(root)
            order.append(root)
            lines.append(describe(root))
            walk(root, prefix: "")
        }
        if members.count == 1 {
            result.line("\(label(id)) has no recorded predecessors or successors (replaced_by, renamed_to, evolved_into, merged_into)", .dim)
        } else {
            let preds = members.count - 1
            result.line("lineage of \(graph[id].name): \(preds) related \(preds == 1 ? "form or body" : "forms and bodies")", .emphasis)
            result.blocks.append(.preformatted(lines))
        }
        // Steps with the acts and reports behind them.
        var steps = Table(key: "steps", columns: ["from", "step", "to", "year", "acts and reports"],
                          columnKeys: ["from", "predicate", "to", "year", "acts"])
        var selected = lineageRelations
        var seenActRelations = Set<RelationID>()
        for m in members where !printed.contains(m) { order.append(m) }
        let inTree = Set(stepOrder)
        for rid in lineageRelations where !inTree.contains(rid) { stepOrder.append(rid) }
        for rid in stepOrder {
            guard steps.rows.count < limits.maxRows else { steps.omitted += 1; continue }
            let r = graph[rid]
            var acts: [(Relation, String)] = []
            for (a, established) in foundingRelations(of: r.source) where !established { acts.append((a, "abolished \(graph[r.source].name)")) }
            for (a, established) in foundingRelations(of: r.target) where established { acts.append((a, "established \(graph[r.target].name)")) }
            var text: [String] = []
            var byAct: [(EntityID, Int?, [String])] = []
            for (a, _) in acts {
                let verb = a.predicate == .abolishedBy ? "abolished" : "established"
                if let i = byAct.firstIndex(where: { $0.0 == a.target }) { byAct[i].2.append(verb) }
                else { byAct.append((a.target, a.year, [verb])) }
            }
            for (act, y, verbs) in byAct {
                text.append("\(verbs.joined(separator: " + ")) by \(graph[act].name)\(y.map { " (\($0))" } ?? "")")
            }
            let json: JSONValue = .array(acts.map { a, what in
                .object([("act", .string(graph[a.target].name)), ("type", .string(graph[a.target].type.rawValue)),
                         ("predicate", .string(a.predicate.rawValue)), ("subject", .string(graph[a.source].name)),
                         ("year", a.year.map { .int($0) } ?? .null)])
            })
            steps.rows.append([nameCell(r.source), Cell(r.predicate.rawValue, style: .predicate), nameCell(r.target),
                               Cell.year(r.year), Cell(text.joined(separator: "; "), value: json)])
        }
        // Each member's founding and abolishing acts.
        var founding = Table(key: "members", columns: ["entity", "type", "established by", "abolished by"],
                             columnKeys: ["entity", "type", "established_by", "abolished_by"])
        var actEntities: [EntityID] = []
        for m in order {
            let rels = foundingRelations(of: m)
            for (r, _) in rels where seenActRelations.insert(r.id).inserted { selected.append(r.id); actEntities.append(r.target) }
            let est = rels.filter { $0.1 }.map { actText($0.0) }
            let abo = rels.filter { !$0.1 }.map { actText($0.0) }
            guard founding.rows.count < limits.maxRows else { founding.omitted += 1; continue }
            founding.rows.append([nameCell(m), typeCell(m),
                                  Cell(est.joined(separator: "; "), value: .array(est.map { .string($0) })),
                                  Cell(abo.joined(separator: "; "), value: .array(abo.map { .string($0) }))])
        }
        if !steps.rows.isEmpty { result.blocks.append(.blank); result.add(steps) }
        if founding.rows.contains(where: { !$0[2].text.isEmpty || !$0[3].text.isEmpty }) {
            result.blocks.append(.blank)
            result.add(founding)
        }
        // What the same acts did to other forms: not stated as lineage, but where a document
        // says only "the 2022 Act abolished CCGs" and "the 2022 Act established ICBs", this is
        // where the successor shows.
        let sameActs = sameActsTable(members: members, order: order)
        if !sameActs.table.rows.isEmpty {
            result.blocks.append(.blank)
            result.line("the same acts and reports also abolished or established (not stated as lineage):", .dim)
            result.add(sameActs.table)
            selected += sameActs.relations
        }
        // Lineage stated between instances ("NHS Cheshire CCG was replaced by NHS Cheshire and
        // Merseyside ICB"), lifted to the forms they are instances of.
        let lifted = instanceLineageTable(members: order)
        if !lifted.table.rows.isEmpty {
            result.blocks.append(.blank)
            result.line("between instances of these forms:", .dim)
            result.add(lifted.table)
            selected += lifted.relations
        }
        if truncated { result.notes.append("stopped after \(limits.maxVisited) entities") }
        if steps.omitted > 0 { result.notes.append("\(steps.omitted) more steps not listed (limit \(limits.maxRows))") }
        if treeCut { result.notes.append("the tree is cut at \(limits.maxRows) lines; `export dot FILE` writes the whole lineage") }
        result.selection = GraphSelection(entities: members + actEntities, relations: selected, isLineage: true).closed(in: graph)
        return result
    }

    /// For each act or report that established or abolished a lineage member: the other
    /// entities of the same kind it abolished or established (relations included for export).
    func sameActsTable(members: [EntityID], order: [EntityID]) -> (table: Table, relations: [RelationID]) {
        var table = Table(key: "same_acts", columns: ["act or report", "year", "abolished", "established"],
                          columnKeys: ["act", "year", "abolished", "established"])
        var relations: [RelationID] = []
        let memberSet = Set(members)
        var acts: [EntityID] = []
        var seenActs = Set<EntityID>()
        for m in order {
            for (r, _) in foundingRelations(of: m) where seenActs.insert(r.target).inserted { acts.append(r.target) }
        }
        let kinds = Set(members.map { graph[$0].kind })
        for act in acts.prefix(limits.maxRows) {
            var abolished: [(EntityID, RelationID)] = [], established: [(EntityID, RelationID)] = []
            var years: [Int] = []
            for rid in graph.incoming(act) {
                let r = graph[rid]
                guard r.predicate == .abolishedBy || r.predicate == .establishedBy else { continue }
                if let y = r.year { years.append(y) }
                guard kinds.contains(graph[r.source].kind) else { continue }
                if r.predicate == .abolishedBy { abolished.append((r.source, rid)) } else { established.append((r.source, rid)) }
            }
            // Only acts that touched something outside the lineage add anything.
            guard (abolished + established).contains(where: { !memberSet.contains($0.0) }) else { continue }
            func cell(_ list: [(EntityID, RelationID)]) -> Cell {
                let names = list.map { graph[$0.0].name }
                let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? " +\(names.count - 6) more" : "")
                return Cell(shown, value: .array(names.map { .string($0) }), style: .name)
            }
            relations += (abolished + established).map(\.1)
            let year = years.min()
            table.rows.append([nameCell(act), Cell.year(year), cell(abolished), cell(established)])
        }
        return (table, relations)
    }

    /// The forms `id` is an instance of.
    func formsOf(_ id: EntityID) -> [EntityID] {
        var out: [EntityID] = []
        graph.forEachOutgoing(id) { r in if r.predicate == .instanceOf { out.append(r.target) } }
        return out
    }

    /// Lineage relations between instances of the forms among `members` and instances of other
    /// forms: (instance step, the forms on each side), bounded by the row limit.
    func instanceLineageTable(members: [EntityID]) -> (table: Table, relations: [RelationID]) {
        var table = Table(key: "instance_steps", columns: ["from form", "to form", "from", "step", "to", "year"],
                          columnKeys: ["from_form", "to_form", "from", "predicate", "to", "year"])
        var relations: [RelationID] = []
        var seen = Set<RelationID>()
        var visited = 0
        for form in members where graph[form].kind == .form {
            graph.forEachIncoming(form) { io in
                guard io.predicate == .instanceOf, visited < limits.maxVisited else { return }
                visited += 1
                let instance = io.source
                for rid in graph.outgoing(instance) + graph.incoming(instance) {
                    let r = graph[rid]
                    guard r.predicate.isLineage, seen.insert(rid).inserted, table.rows.count < limits.maxRows else { continue }
                    let fromForms = formsOf(r.source), toForms = formsOf(r.target)
                    // Only steps that cross from one form to another say something about forms.
                    guard let ff = fromForms.first, let tf = toForms.first, !fromForms.contains(tf) else { continue }
                    relations.append(rid)
                    table.rows.append([nameCell(ff), nameCell(tf), nameCell(r.source), Cell(r.predicate.rawValue, style: .predicate),
                                       nameCell(r.target), Cell.year(r.year)])
                }
            }
        }
        return (table, relations)
    }
}
