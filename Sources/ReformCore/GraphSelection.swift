/// A part of a graph: the result of a query, to be shown or exported as a subgraph.
///
/// Relations whose ends are not both selected are dropped by ``closed(in:)``.
public struct GraphSelection: Hashable, Sendable {
    /// Selected entities, in the order a query found them (exporters sort by id).
    public var entities: [EntityID]
    /// Selected relations.
    public var relations: [RelationID]
    /// A hint for layout: a lineage result reads best left to right.
    public var isLineage: Bool

    public init(entities: [EntityID] = [], relations: [RelationID] = [], isLineage: Bool = false) {
        self.entities = entities
        self.relations = relations
        self.isLineage = isLineage
    }

    /// The whole graph.
    public static func all(of graph: KnowledgeGraph) -> GraphSelection {
        GraphSelection(entities: graph.entities.map(\.id), relations: graph.relations.map(\.id))
    }

    /// The selection made consistent and deterministic: entities unique and sorted by id,
    /// plus every end of a selected relation; relations unique and sorted by id.
    public func closed(in graph: KnowledgeGraph) -> GraphSelection {
        var entitySet = Set(entities)
        for r in relations { entitySet.insert(graph[r].source); entitySet.insert(graph[r].target) }
        return GraphSelection(entities: entitySet.sorted(), relations: Set(relations).sorted(), isLineage: isLineage)
    }

    /// The selection of `entities` and every relation of the graph between two of them.
    public static func induced(by entities: [EntityID], in graph: KnowledgeGraph, isLineage: Bool = false) -> GraphSelection {
        let set = Set(entities)
        var rels: [RelationID] = []
        for e in set {
            graph.forEachOutgoing(e) { r in if set.contains(r.target) { rels.append(r.id) } }
        }
        return GraphSelection(entities: set.sorted(), relations: rels.sorted(), isLineage: isLineage)
    }
}
