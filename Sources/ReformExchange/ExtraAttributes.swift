/// Attributes of an imported GraphML file that the graph has no place for (a foreign
/// file's `weight`, `x`, `Modularity Class`...), kept so that exporting the imported graph
/// writes them back.
///
/// Values stay as the text read, already checked against their key's `attr.type`.
public struct ExtraAttributes: Hashable, Sendable {
    /// Where an attribute belongs.
    public enum Domain: String, Hashable, Sendable { case graph, node, edge }

    /// One declared attribute.
    public struct Key: Hashable, Sendable {
        public var domain: Domain
        /// The `attr.name`: an XML NMTOKEN, unique in its domain and different from the
        /// names reformgraph writes there (the importer makes it so).
        public var name: String
        /// The `attr.type`: string, int, long, float, double or boolean.
        public var type: String
        public init(domain: Domain, name: String, type: String) {
            self.domain = domain; self.name = name; self.type = type
        }
    }

    /// One value: an index into ``keys`` and the text.
    public struct Value: Hashable, Sendable {
        public var key: Int
        public var text: String
        public init(key: Int, text: String) { self.key = key; self.text = text }
    }

    /// The declarations, in the order first seen.
    public var keys: [Key] = []
    /// Values of the graph element.
    public var graph: [Value] = []
    /// Values per entity index, in key order.
    public var nodes: [Int: [Value]] = [:]
    /// Values per relation index, in key order.
    public var edges: [Int: [Value]] = [:]

    public init() {}

    /// True when nothing is kept.
    public var isEmpty: Bool { keys.isEmpty }
}
