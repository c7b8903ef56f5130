import ReformCore

/// Answers the query language of the shell (`find`, `show`, `lineage`, `path`...) on one graph.
///
/// Build it once per graph; every query is then bounded in depth and result size.
public struct QueryEngine: Sendable {
    /// The graph queried.
    public let graph: KnowledgeGraph

    /// An engine over `graph`.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
    }

    /// The part of the graph a command's result covers (for `export --query`): for
    /// `lineage CCG`, the lineage entities and relations with `isLineage` set.
    public func selection(forCommand line: String) throws -> GraphSelection {
        throw QueryError.notImplemented(line)
    }
}

/// Errors from parsing and answering a query.
public enum QueryError: Error, Sendable, CustomStringConvertible {
    case notImplemented(String)

    public var description: String {
        switch self {
        case .notImplemented(let line): return "`\(line)` cannot be answered yet"
        }
    }
}
