/// A graph's relations as plain columns, in relation-id order: what bulk loaders and
/// writers (the binary snapshot) exchange with ``KnowledgeGraph`` without assembling a
/// ``Relation`` per edge.
public struct RelationColumns: Sendable, Equatable {
    /// Source entity of each relation.
    public var sources: [UInt32]
    /// Target entity of each relation.
    public var targets: [UInt32]
    /// Predicate of each relation, an index into `predicates`.
    public var predicateCodes: [UInt16]
    /// The distinct predicates.
    public var predicates: [Predicate]
    /// Year of each relation; `Int32.min` for none.
    public var years: [Int32]
    /// Role of each relation: 0 for none, otherwise an index + 1 into `roles`.
    public var roleCodes: [UInt32]
    /// The distinct roles.
    public var roles: [String]
    /// Evidence of each relation.
    public var evidence: [[Evidence]]

    public init(sources: [UInt32], targets: [UInt32], predicateCodes: [UInt16], predicates: [Predicate],
                years: [Int32], roleCodes: [UInt32], roles: [String], evidence: [[Evidence]]) {
        self.sources = sources; self.targets = targets; self.predicateCodes = predicateCodes
        self.predicates = predicates; self.years = years; self.roleCodes = roleCodes
        self.roles = roles; self.evidence = evidence
    }

    /// The year value meaning "no year".
    public static let noYear = Int32.min

    /// Why these columns cannot make a graph of `entityCount` entities, or nil when they can.
    ///
    /// - Complexity: O(E), one pass per column.
    public func problem(entityCount: Int) -> String? {
        let m = sources.count
        guard targets.count == m, predicateCodes.count == m, years.count == m, roleCodes.count == m, evidence.count == m else {
            return "relation columns of different lengths"
        }
        let n = UInt32(clamping: entityCount)
        var worst: UInt32 = 0
        for s in sources { worst = max(worst, s) }
        for t in targets { worst = max(worst, t) }
        if m > 0, worst >= n { return "a relation end \(worst) out of range (\(entityCount) entities)" }
        var pWorst: UInt16 = 0
        for p in predicateCodes { pWorst = max(pWorst, p) }
        if m > 0, Int(pWorst) >= predicates.count { return "predicate code \(pWorst) out of range (\(predicates.count))" }
        var rWorst: UInt32 = 0
        for r in roleCodes { rWorst = max(rWorst, r) }
        if Int(rWorst) > roles.count { return "role code \(rWorst) out of range (\(roles.count))" }
        return nil
    }
}

extension KnowledgeGraph {
    /// The relations as columns (shares storage with the graph; O(1)).
    public var relationColumns: RelationColumns {
        RelationColumns(sources: store.sources, targets: store.targets, predicateCodes: store.predicateCodes,
                        predicates: store.predicateTable, years: store.years, roleCodes: store.roleCodes,
                        roles: store.roleTable, evidence: store.evidence)
    }
}
