/// A relation predicate (directed: subject → object).
///
/// The schema's predicates are provided as static constants; the extractor may emit
/// others (`runs`, `co_occurs`, ...) where a document states something they do not cover,
/// so the set is open. The raw value is the wire name.
public struct Predicate: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Predicate, b: Predicate) -> Bool { a.rawValue < b.rawValue }

    // Lineage
    public static let replacedBy = Predicate("replaced_by")
    public static let renamedTo = Predicate("renamed_to")
    public static let evolvedInto = Predicate("evolved_into")
    public static let mergedInto = Predicate("merged_into")
    // Structure and law
    public static let establishedBy = Predicate("established_by")
    public static let abolishedBy = Predicate("abolished_by")
    public static let amends = Predicate("amends")
    public static let partOf = Predicate("part_of")
    public static let instanceOf = Predicate("instance_of")
    public static let subtypeOf = Predicate("subtype_of")
    public static let covers = Predicate("covers")
    // People and influence
    public static let leads = Predicate("leads")
    public static let memberOf = Predicate("member_of")
    public static let advises = Predicate("advises")
    public static let authored = Predicate("authored")
    public static let commissioned = Predicate("commissioned")
    public static let published = Predicate("published")
    public static let respondedTo = Predicate("responded_to")
    public static let criticised = Predicate("criticised")
    public static let supports = Predicate("supports")
    // Outside the schema's tables (ignored by the scorer; allowed by the schema)
    public static let coOccurs = Predicate("co_occurs")

    /// The four predicates the `lineage` query follows.
    public static let lineage: [Predicate] = [.replacedBy, .renamedTo, .evolvedInto, .mergedInto]

    /// Every predicate named in the schema's tables, in schema order.
    public static let schema: [Predicate] = lineage + [
        .establishedBy, .abolishedBy, .amends, .partOf, .instanceOf, .subtypeOf, .covers,
        .leads, .memberOf, .advises, .authored, .commissioned, .published, .respondedTo,
        .criticised, .supports,
    ]

    private static let schemaSet = Set(schema)
    private static let lineageSet = Set(lineage)

    /// True for predicates named in the schema's tables.
    public var isSchema: Bool { Self.schemaSet.contains(self) }
    /// True for the four lineage predicates.
    public var isLineage: Bool { Self.lineageSet.contains(self) }

    /// True when the raw value is a valid wire name: lower-case ASCII letters, digits and `_`.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}
