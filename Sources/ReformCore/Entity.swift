/// A node of the graph: one real-world organisation, form, act, report, person, place...
public struct Entity: Hashable, Sendable {
    /// Stable id (index in insertion order).
    public let id: EntityID
    /// Canonical name.
    public internal(set) var name: String
    public internal(set) var type: EntityType
    public internal(set) var kind: EntityKind
    /// Other surface forms, in the order first seen, without the canonical name.
    public internal(set) var aliases: [String]
    /// How many times the entity was mentioned across all documents.
    public internal(set) var mentions: Int
    /// The documents it appears in, ascending and unique.
    public internal(set) var documents: [DocumentID]

    /// An entity as stored (bulk loaders; ``KnowledgeGraph/appendEntity(name:type:kind:aliases:)``
    /// is the usual way). `documents` must be ascending and unique.
    public init(id: EntityID, name: String, type: EntityType, kind: EntityKind, aliases: [String] = [],
                mentions: Int = 0, documents: [DocumentID] = []) {
        self.id = id; self.name = name; self.type = type; self.kind = kind
        self.aliases = aliases; self.mentions = mentions; self.documents = documents
    }

    /// The canonical name followed by the aliases.
    public var allNames: [String] { [name] + aliases }
}
