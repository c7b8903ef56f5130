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

    /// A dense index (0..<allCases.count) for array-backed per-type tables: the position in
    /// ``allCases`` (the declaration order), by a `switch` (a table keyed by type hashed the
    /// raw-value string on every read).
    public var ordinal: Int {
        switch self {
        case .icb: 0
        case .ics: 1
        case .icp: 2
        case .stp: 3
        case .aco: 4
        case .ccg: 5
        case .pct: 6
        case .sha: 7
        case .trust: 8
        case .nationalBody: 9
        case .localAuthority: 10
        case .act: 11
        case .report: 12
        case .programme: 13
        case .person: 14
        case .thinkTank: 15
        case .association: 16
        case .committee: 17
        case .company: 18
        case .party: 19
        case .place: 20
        case .organisation: 21
        }
    }

    /// Hashes the ordinal, not the raw-value string (equal types have equal ordinals): sets
    /// and tables of types are read several times per sentence.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

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
