import ReformCore

/// Answers the query language of the shell (`find`, `show`, `lineage`, `path`...) on one graph.
///
/// Build it once per graph (O(V + E): the name index and degrees); each query then resolves
/// names to ids once and traverses by id with generation-stamped visit marks, bounded by
/// ``limits``. A result that reaches a limit says so in its notes.
///
/// Usable without the CLI:
/// ```swift
/// let engine = QueryEngine(graph: graph)
/// let result = try engine.run("lineage CCG")
/// print(ResultFormatter().render(result))
/// ```
public struct QueryEngine: Sendable {
    /// The graph queried.
    public let graph: KnowledgeGraph
    /// Names to ids.
    public let resolver: EntityResolver
    /// Bounds on every query.
    public let limits: QueryLimits
    /// In-degree plus out-degree of each entity.
    let degree: [Int32]
    let scratch = ScratchPool()
    let cache = EngineCache()

    /// An engine over `graph`.
    ///
    /// - Complexity: O(V + E + total name length).
    public init(graph: KnowledgeGraph, limits: QueryLimits = QueryLimits()) {
        self.graph = graph
        self.limits = limits
        self.resolver = EntityResolver(graph: graph)
        var degree = [Int32](repeating: 0, count: graph.entityCount)
        for r in graph.relations {
            degree[r.source.index] &+= 1
            degree[r.target.index] &+= 1
        }
        self.degree = degree
    }

    /// The parser this engine uses.
    public var parser: QueryParser {
        var p = QueryParser(graph: graph, resolver: resolver, limits: limits)
        p.engine = self
        return p
    }

    /// Parses and answers one command line.
    public func run(_ line: String) throws -> QueryResult {
        try run(try parser.parse(line))
    }

    /// The part of the graph a command's result covers (for `export --query`): for
    /// `lineage CCG`, the lineage entities and relations with `isLineage` set.
    public func selection(forCommand line: String) throws -> GraphSelection {
        try run(line).selection
    }

    /// Answers a parsed command.
    public func run(_ command: QueryCommand) throws -> QueryResult {
        switch command {
        case let .find(text, type, limit): return find(text, type: type, limit: limit)
        case let .show(id): return show(id)
        case let .neighbours(id, direction, predicates, depth):
            return neighbours(id, direction: direction, predicates: predicates, depth: depth)
        case let .lineage(id): return lineage(id)
        case let .path(a, b, predicates, all): return path(a, b, predicates: predicates, all: all)
        case let .why(a, b): return why(a, b)
        case let .subgraph(id, depth): return subgraph(id, depth: depth)
        case let .top(type, count): return top(type: type, count: count)
        case let .timeline(id, limit): return timeline(id, limit: limit)
        case let .at(year): return at(year: year)
        case .types: return types()
        case .stats: return stats()
        }
    }

    // MARK: Shared helpers

    /// Notes for filter predicates that no relation of the graph has, with the closest one.
    func unknownPredicateNotes(_ predicates: [Predicate]) -> [String] {
        guard !predicates.isEmpty else { return [] }
        let present = summary().predicates.map(\.0)
        return predicates.filter { !present.contains($0) }.map { p in
            let w = Array(p.rawValue.utf8)
            let guess = present.first { EntityResolver.editDistance(Array($0.rawValue.utf8), w, limit: 2) != nil }
            return "no relation in this graph has the predicate `\(p.rawValue)`" + (guess.map { "; did you mean `\($0.rawValue)`?" } ?? "; `types` lists the predicates")
        }
    }

    /// The degree (relations in and out) of an entity.
    public func degree(of id: EntityID) -> Int { Int(degree[id.index]) }

    func nameCell(_ id: EntityID) -> Cell {
        Cell(graph[id].name, value: .string(graph[id].name), style: .name)
    }

    func typeCell(_ id: EntityID) -> Cell {
        Cell(graph[id].type.rawValue, style: .type)
    }

    func entityJSON(_ id: EntityID) -> JSONValue {
        let e = graph[id]
        return .object([("name", .string(e.name)), ("type", .string(e.type.rawValue)), ("kind", .string(e.kind.rawValue))])
    }

    /// "Name (type)".
    func label(_ id: EntityID) -> String {
        "\(graph[id].name) (\(graph[id].type.rawValue))"
    }

    /// "predicate 2022" or "predicate".
    func stepLabel(_ r: Relation) -> String {
        if let y = r.year { return "\(r.predicate.rawValue) \(y)" }
        return r.predicate.rawValue
    }

    /// Whether a traversal with filter `predicates` follows `p` (all but `co_occurs` when empty).
    @inline(__always)
    func follows(_ p: Predicate, _ predicates: [Predicate]) -> Bool {
        predicates.isEmpty ? p != .coOccurs : predicates.contains(p)
    }
}
