import ReformCore

/// A parsed query, with every entity name already resolved to an id.
public enum QueryCommand: Sendable, Equatable {
    case find(text: String, type: EntityType?, limit: Int)
    case show(EntityID)
    case neighbours(EntityID, direction: Direction, predicates: [Predicate], depth: Int)
    case lineage(EntityID)
    case path(EntityID, EntityID, predicates: [Predicate], all: Bool)
    case why(EntityID, EntityID)
    case subgraph(EntityID, depth: Int)
    case top(type: EntityType?, count: Int)
    case timeline(EntityID?, limit: Int)
    case at(year: Int)
    case types
    case stats

    /// The names of the query commands, in help order.
    public static let names = ["find", "show", "neighbours", "lineage", "path", "paths", "why",
                               "subgraph", "top", "timeline", "at", "types", "stats"]

    /// Other spellings accepted for a command.
    public static let aliases: [String: String] = [
        "neighbors": "neighbours", "search": "find", "info": "show", "describe": "show",
        "year": "at", "history": "timeline", "shortest": "path",
    ]
}
