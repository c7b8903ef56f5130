/// Bounds that keep every query fast on a large graph; a result that reaches one says so.
public struct QueryLimits: Sendable, Equatable {
    /// Deepest `neighbours`/`subgraph` depth accepted.
    public var maxDepth: Int = 6
    /// Most rows a table holds before the rest are counted as omitted.
    public var maxRows: Int = 500
    /// Most entities a traversal visits (neighbours, subgraph, lineage).
    public var maxVisited: Int = 20_000
    /// Most shortest paths `paths` lists.
    public var maxPaths: Int = 25
    /// Longest path `path` searches for.
    public var maxPathLength: Int = 12

    /// The defaults.
    public init() {}
}
