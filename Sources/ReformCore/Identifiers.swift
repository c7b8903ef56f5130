/// A stable integer id of an entity: its index in insertion order.
public struct EntityID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public init(_ index: Int) { self.raw = UInt32(index) }
    public var index: Int { Int(raw) }
    public var description: String { "e\(raw)" }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// A stable integer id of a relation: its index in insertion order.
public struct RelationID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public init(_ index: Int) { self.raw = UInt32(index) }
    public var index: Int { Int(raw) }
    public var description: String { "r\(raw)" }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// A stable integer id of a source document: its index in the graph's document table.
public struct DocumentID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public init(_ index: Int) { self.raw = UInt32(index) }
    public var index: Int { Int(raw) }
    public var description: String { "d\(raw)" }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}
