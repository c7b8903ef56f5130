/// Relations stored column by column: about 40 bytes an edge before evidence.
///
/// Predicates and roles are interned (a 16-bit and a 32-bit code), years are 32-bit with a
/// sentinel; adjacency lives in a separate, lazily built ``Adjacency``. Deduplication uses an
/// open-addressing table of relation ids hashed on (source, target, predicate, role), so no
/// per-edge key object exists.
struct RelationStore: Sendable {
    static let none = UInt32.max
    static let noYear = Int32.min

    var sources: [UInt32] = []
    var targets: [UInt32] = []
    var predicateCodes: [UInt16] = []
    var years: [Int32] = []
    /// 0 means no role; otherwise an index + 1 into `roleTable`.
    var roleCodes: [UInt32] = []
    var evidence: [[Evidence]] = []
    /// For relations with many sentences, a set of their evidence so that merging stays
    /// linear (a plain scan below `evidenceSetThreshold`).
    var evidenceSets: [UInt32: Set<Evidence>] = [:]
    static let evidenceSetThreshold = 16
    /// The document being merged, whose evidence is appended without a search (see
    /// ``open(document:)``); `none` when there is none.
    private var openDocument = RelationStore.none
    /// One more than the largest document id any evidence may cite so far (all of them, for
    /// a store loaded in bulk).
    private var citedDocuments = 0

    var predicateTable: [Predicate] = []
    var predicateCodeOf: [Predicate: UInt16] = [:]
    var roleTable: [String] = []
    var roleCodeOf: [String: UInt32] = [:]

    /// Open addressing, linear probing; capacity a power of two, at most half full.
    private var slots: [UInt32] = []
    private var indexed = 0
    /// False for a store loaded in bulk: the index is built on the first change
    /// (``rebuildIndex()``), so a graph that is only queried never holds it.
    private(set) var hasIndex = true

    var count: Int { sources.count }
    var indexedCount: Int { indexed }

    mutating func predicateCode(_ p: Predicate) -> UInt16 {
        // The extractor's predicates are a few dozen static names: a name given again is
        // usually the same String, so it is found among the last few of its length with a
        // compare of the String's bits, not a hash of its text.
        let set = (p.rawValue.utf8.count & 15) << 2
        for way in set..<(set + 4) where recentCodes[way] != Self.noCode && predicateTable[Int(recentCodes[way])].rawValue == p.rawValue {
            return recentCodes[way]
        }
        let c: UInt16
        if let known = predicateCodeOf[p] {
            c = known
        } else {
            precondition(predicateTable.count < Int(Self.noCode), "more than 65,534 distinct predicates")
            c = UInt16(predicateTable.count)
            predicateTable.append(p)
            predicateCodeOf[p] = c
        }
        recentCodes[set + Int(recentNext[set >> 2])] = c
        recentNext[set >> 2] = (recentNext[set >> 2] + 1) & 3
        return c
    }

    private static let noCode = UInt16.max
    /// Predicate codes given lately, four ways for each length of name modulo 16.
    private var recentCodes = [UInt16](repeating: RelationStore.noCode, count: 64)
    private var recentNext = [UInt8](repeating: 0, count: 16)

    mutating func roleCode(_ r: String?) -> UInt32 {
        guard let r else { return 0 }
        if let c = roleCodeOf[r] { return c }
        roleTable.append(r)
        let c = UInt32(roleTable.count)
        roleCodeOf[r] = c
        return c
    }

    func existingPredicateCode(_ p: Predicate) -> UInt16? { predicateCodeOf[p] }
    func existingRoleCode(_ r: String?) -> UInt32? { r == nil ? 0 : roleCodeOf[r!] }

    @inline(__always)
    private static func hash(_ s: UInt32, _ t: UInt32, _ p: UInt16, _ r: UInt32) -> Int {
        var h = UInt64(s) &* 0x9E3779B97F4A7C15
        h ^= (UInt64(t) &+ (UInt64(p) << 32)) &* 0xC2B2AE3D27D4EB4F
        h ^= UInt64(r) &* 0x165667B19E3779F9
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// The first relation with this key, if any.
    func find(_ s: UInt32, _ t: UInt32, _ p: UInt16, _ r: UInt32) -> UInt32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Self.hash(s, t, p, r) & mask
        while true {
            let id = slots[i]
            if id == Self.none { return nil }
            let k = Int(id)
            if sources[k] == s && targets[k] == t && predicateCodes[k] == p && roleCodes[k] == r { return id }
            i = (i + 1) & mask
        }
    }

    private mutating func insertIndex(_ id: UInt32) {
        if (indexed + 1) * 2 > slots.count { grow() }
        let k = Int(id)
        let mask = slots.count - 1
        var i = Self.hash(sources[k], targets[k], predicateCodes[k], roleCodes[k]) & mask
        while slots[i] != Self.none { i = (i + 1) & mask }
        slots[i] = id
        indexed += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.none, count: max(16, old.count * 2))
        indexed = 0
        for id in old where id != Self.none { insertIndex(id) }
    }

    /// Builds the dedup index from the columns: each key maps to its first relation.
    ///
    /// - Complexity: O(E).
    mutating func rebuildIndex() {
        slots = []
        indexed = 0
        hasIndex = true
        var cap = 16
        while cap < count * 2 { cap *= 2 }
        slots = Array(repeating: Self.none, count: cap)
        for i in 0..<count where find(sources[i], targets[i], predicateCodes[i], roleCodes[i]) == nil {
            insertIndex(UInt32(i))
        }
    }

    /// A store over ready columns, without the dedup index (built on the first change).
    init(sources: [UInt32], targets: [UInt32], predicateCodes: [UInt16], years: [Int32], roleCodes: [UInt32],
         evidence: [[Evidence]], predicateTable: [Predicate], roleTable: [String]) {
        self.sources = sources; self.targets = targets; self.predicateCodes = predicateCodes
        self.years = years; self.roleCodes = roleCodes; self.evidence = evidence
        self.predicateTable = predicateTable; self.roleTable = roleTable
        citedDocuments = Int(UInt32.max) + 1
        for (i, p) in predicateTable.enumerated() where predicateCodeOf[p] == nil { predicateCodeOf[p] = UInt16(i) }
        for (i, r) in roleTable.enumerated() where roleCodeOf[r] == nil { roleCodeOf[r] = UInt32(i + 1) }
        hasIndex = false
    }

    init() {}

    /// Reserves room for `n` relations in every column and the index.
    mutating func reserve(_ n: Int) {
        sources.reserveCapacity(n); targets.reserveCapacity(n); predicateCodes.reserveCapacity(n)
        years.reserveCapacity(n); roleCodes.reserveCapacity(n); evidence.reserveCapacity(n)
        var cap = 16
        while cap < n * 2 { cap *= 2 }
        if hasIndex, cap > slots.count {
            let old = slots
            slots = Array(repeating: Self.none, count: cap)
            indexed = 0
            for id in old where id != Self.none { insertIndex(id) }
        }
    }

    /// Appends a relation; indexes it if its key is new.
    mutating func append(_ s: UInt32, _ t: UInt32, _ p: UInt16, year: Int?, _ r: UInt32, _ ev: [Evidence], index: Bool) -> UInt32 {
        let id = UInt32(sources.count)
        sources.append(s); targets.append(t); predicateCodes.append(p)
        years.append(year.map { Int32(clamping: $0) } ?? Self.noYear)
        roleCodes.append(r); evidence.append(ev)
        if index { insertIndex(id) }
        return id
    }

    /// Marks a document just added to the graph as the one whose evidence comes next. Until
    /// evidence citing another document arrives, every evidence citing it was added since
    /// this call, so in each relation's list it is the run at the end: ``mergeEvidence(_:into:)``
    /// searches that run only, not the whole list or its set (a corpus build merges each
    /// document's relations in one go, and much-cited relations gather thousands of sentences).
    /// Does nothing when some evidence may already cite `document`.
    mutating func open(document: UInt32) {
        if Int(document) >= citedDocuments {
            openDocument = document
            citedDocuments = Int(document) + 1
        } else {
            openDocument = Self.none
        }
    }

    /// Appends the evidence not already held by relation `k`.
    mutating func mergeEvidence(_ new: [Evidence], into k: Int) {
        for e in new {
            let d = e.document.raw
            if d == openDocument {
                // Search the run citing the open document at the end of the list, unless it is
                // long (one document citing the relation again and again): then the set below.
                var j = evidence[k].count - 1, steps = 0, held = false, searched = true
                while j >= 0, evidence[k][j].document.raw == d {
                    if steps == Self.evidenceSetThreshold { searched = false; break }
                    if evidence[k][j] == e { held = true; break }
                    j -= 1
                    steps += 1
                }
                if searched {
                    if held { continue }
                    evidence[k].append(e)
                    if !evidenceSets.isEmpty, evidenceSets[UInt32(k)] != nil { evidenceSets[UInt32(k)]!.insert(e) }
                    continue
                }
            } else {
                openDocument = Self.none
                citedDocuments = max(citedDocuments, Int(d) + 1)
            }
            if evidence[k].count < Self.evidenceSetThreshold {
                if !evidence[k].contains(e) { evidence[k].append(e) }
                continue
            }
            let key = UInt32(k)
            if evidenceSets[key] == nil { evidenceSets[key] = Set(evidence[k]) }
            if evidenceSets[key]!.insert(e).inserted { evidence[k].append(e) }
        }
    }

    func relation(_ i: Int) -> Relation {
        Relation(id: RelationID(i), source: EntityID(sources[i]), target: EntityID(targets[i]),
                 predicate: predicateTable[Int(predicateCodes[i])],
                 year: years[i] == Self.noYear ? nil : Int(years[i]),
                 role: roleCodes[i] == 0 ? nil : roleTable[Int(roleCodes[i]) - 1],
                 evidence: evidence[i])
    }
}

/// The relations of a graph, in id order: a read-only random-access view over the
/// columnar store (each element is assembled on access).
public struct RelationList: RandomAccessCollection, Sendable {
    let store: RelationStore
    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }
    public subscript(position: Int) -> Relation { store.relation(position) }
}
