import ReformCore

/// A parsed query, with every entity name already resolved to an id.
public enum QueryCommand: Sendable, Equatable {
    /// `find TEXT [type:T] [limit N]`.
    case find(text: String, type: EntityType?, limit: Int)
    /// `show ENTITY`.
    case show(EntityID)
    /// `neighbours ENTITY [out|in|both] [PREDICATE…] [depth N]`.
    case neighbours(EntityID, direction: Direction, predicates: [Predicate], depth: Int)
    /// `lineage ENTITY`.
    case lineage(EntityID)
    /// `path A B [PREDICATE…]`, or `paths` when `all`.
    case path(EntityID, EntityID, predicates: [Predicate], all: Bool)
    /// `why A B`.
    case why(EntityID, EntityID)
    /// `subgraph ENTITY [depth N]`.
    case subgraph(EntityID, depth: Int)
    /// `top [TYPE] [N]`.
    case top(type: EntityType?, count: Int)
    /// `timeline [ENTITY] [limit N]`.
    case timeline(EntityID?, limit: Int)
    /// `at YEAR`.
    case at(year: Int)
    /// `types`.
    case types
    /// `stats`.
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
