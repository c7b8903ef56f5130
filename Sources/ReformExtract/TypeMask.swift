import ReformCore

/// A fixed set of entity types as one bit per ``EntityType/ordinal``: `contains` is a shift
/// and a mask, where a `Set<EntityType>` hashes the type (some two hundred instructions) on
/// every test. For sets a rule tests on every pair of mentions.
struct TypeMask: Sendable {
    private let bits: UInt32

    init<S: Sequence>(_ types: S) where S.Element == EntityType {
        // (22 types: the bits fit; a test checks it.)
        bits = types.reduce(0) { $0 | 1 << UInt32($1.ordinal) }
    }

    @inline(__always)
    func contains(_ type: EntityType) -> Bool { bits & 1 << UInt32(type.ordinal) != 0 }
}
