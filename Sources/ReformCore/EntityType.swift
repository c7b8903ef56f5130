/// The type of an entity, as named in the schema (`../shared/schema.md`).
///
/// Raw values are the wire names used in JSON, GraphML, DOT and the REPL; they never change.
public enum EntityType: String, CaseIterable, Sendable, Hashable, Comparable {
    case icb, ics, icp, stp, aco, ccg, pct, sha, trust
    case nationalBody = "national_body"
    case localAuthority = "local_authority"
    case act, report, programme, person
    case thinkTank = "think_tank"
    case association, committee, company, party, place, organisation

    /// A dense index (0..<allCases.count) for array-backed per-type tables.
    public var ordinal: Int { Self.ordinals[self]! }

    private static let ordinals: [EntityType: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// A human label ("national body", "think tank").
    public var label: String { rawValue.replacingUnderscores() }

    public static func < (a: EntityType, b: EntityType) -> Bool { a.ordinal < b.ordinal }
}

/// Whether an entity is an organisational form (a class, such as "CCGs" in general)
/// or one named instance ("West Cheshire CCG").
public enum EntityKind: String, CaseIterable, Sendable, Hashable {
    case form, instance
}

extension String {
    func replacingUnderscores() -> String {
        String(self.map { $0 == "_" ? " " : $0 })
    }
}
