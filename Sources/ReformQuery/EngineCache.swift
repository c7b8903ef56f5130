import ReformCore

/// Whole-graph summaries that some queries need (`stats`, `types`, `at`, `timeline`),
/// computed on first use and then kept, so a repeated query costs only its answer.
/// Safe to use from several threads.
final class EngineCache: @unchecked Sendable {
    /// Counts for `stats` and `types`.
    struct Summary {
        var predicates: [(Predicate, Int, Int)] // predicate, relations, dated
        var evidence: Int
        var dated: Int
        var forms: Int
        /// Entities and forms per type, by ``EntityType/ordinal``.
        var typeCounts: [(entities: Int, forms: Int)]
    }

    /// When an entity began and ended, from dated establish/abolish/lineage relations.
    struct Lifespan {
        var entity: EntityID
        var start: (year: Int, relation: RelationID)?
        var end: (year: Int, relation: RelationID)?
    }

    private let lock = MutexLock()
    private var summary: Summary?
    private var lifespans: [Lifespan]?
    private var dated: [RelationID]?

    func summary(_ make: () -> Summary) -> Summary {
        lock.locked {
            if let summary { return summary }
            let s = make(); summary = s; return s
        }
    }

    func lifespans(_ make: () -> [Lifespan]) -> [Lifespan] {
        lock.locked {
            if let lifespans { return lifespans }
            let s = make(); lifespans = s; return s
        }
    }

    /// Dated relations sorted by (year, id).
    func datedRelations(_ make: () -> [RelationID]) -> [RelationID] {
        lock.locked {
            if let dated { return dated }
            let s = make(); dated = s; return s
        }
    }
}
