/// The typed reform graph: entities, relations with evidence, and their indexes.
///
/// A value type that keeps its own invariants: storage is private and changes only
/// through methods that deduplicate and keep the indexes and adjacency consistent.
///
/// - Entities and relations live in contiguous arrays; their ids are their indexes and
///   never change.
/// - Adjacency is a contiguous index (``Adjacency``, compressed sparse rows) built on the
///   first traversal after a change and dropped by the next change. Adding a relation is
///   O(1) amortised; listing an entity's relations is O(degree) once the index is built
///   (O(V + E) to build it).
/// - Names and aliases are indexed by ``NameKey`` (case, quotes, "&", "the", plural and
///   possessive folded), an index built on the first lookup; entities are indexed by type.
/// - The same (source, predicate, target, role) added twice is one relation whose evidence
///   is merged.
///
/// Not promised: removal (the graph only grows), thread-safe mutation.
public struct KnowledgeGraph: Sendable, Equatable {
    public private(set) var entities: [Entity] = []
    /// The relations in id order (a view over columnar storage).
    public var relations: RelationList { RelationList(store: store) }
    /// Source document names, indexed by ``DocumentID``.
    public private(set) var documents: [String] = []

    private var documentIndex: [String: DocumentID] = [:]
    /// Name key → entities; built on the first lookup (loaders do not pay for it).
    private var nameBox = LazyBox<[String: [EntityID]]>()
    private var typeIndex: [[EntityID]] = Array(repeating: [], count: EntityType.allCases.count)
    private(set) var store = RelationStore()
    private var adjacencyCache = LazyBox<Adjacency>()

    private static let none = UInt32.max

    public init() {}

    /// A graph made in bulk from ready parts (the snapshot loader), exactly as given:
    /// parallel relations and self-loops are kept. The name index and the relation dedup
    /// index are built on first use, the adjacency on the first traversal.
    ///
    /// - Precondition: `relations.problem(entityCount: entities.count) == nil`, entity ids
    ///   equal their positions, documents sorted and unique, document ids in range.
    /// `adjacency`, when given, must have been built from these relations and entity count.
    ///
    /// - Complexity: O(V + D), plus moving the columns.
    public init(documents: [String], entities: [Entity], relations: RelationColumns, adjacency: Adjacency? = nil) {
        precondition(relations.problem(entityCount: entities.count) == nil, "invalid relation columns")
        self.documents = documents
        documentIndex.reserveCapacity(documents.count)
        for (i, d) in documents.enumerated() where documentIndex[d] == nil { documentIndex[d] = DocumentID(i) }
        var byType = typeIndex
        for (i, e) in entities.enumerated() {
            precondition(e.id.index == i, "entity \(i) has id \(e.id)")
            byType[e.type.ordinal].append(e.id)
        }
        typeIndex = byType
        self.entities = entities
        store = RelationStore(sources: relations.sources, targets: relations.targets, predicateCodes: relations.predicateCodes,
                              years: relations.years, roleCodes: relations.roleCodes, evidence: relations.evidence,
                              predicateTable: relations.predicates, roleTable: relations.roles)
        if let adjacency {
            precondition(adjacency.entityCount == entities.count && adjacency.relationCount == relations.sources.count,
                         "adjacency built for another graph")
            adjacencyCache = LazyBox(adjacency)
        }
    }

    public var entityCount: Int { entities.count }
    public var relationCount: Int { store.count }

    public subscript(id: EntityID) -> Entity { entities[id.index] }
    public subscript(id: RelationID) -> Relation { store.relation(id.index) }

    /// The name of a document.
    public func documentName(_ id: DocumentID) -> String { documents[id.index] }

    /// Interns a document name and returns its id.
    @discardableResult
    public mutating func addDocument(_ name: String) -> DocumentID {
        if let id = documentIndex[name] { return id }
        let id = DocumentID(documents.count)
        documents.append(name)
        documentIndex[name] = id
        store.open(document: id.raw)
        return id
    }

    /// The id of a known document name.
    public func documentID(named name: String) -> DocumentID? { documentIndex[name] }

    // MARK: Entities

    /// Adds a new entity, or, when an entity of the same type already answers to the name or
    /// one of the aliases, merges the names into it and returns its id.
    ///
    /// A merged entity keeps its canonical name; new surface forms become aliases.
    @discardableResult
    public mutating func addEntity(name: String, type: EntityType, kind: EntityKind = .instance,
                                   aliases: [String] = []) -> EntityID {
        for candidate in [name] + aliases {
            if let existing = lookup(candidate, type: type).first {
                addAliases([name] + aliases, to: existing)
                return existing
            }
        }
        return appendEntity(name: name, type: type, kind: kind, aliases: aliases)
    }

    /// Adds a new entity without looking for an existing one of the same name.
    @discardableResult
    public mutating func appendEntity(name: String, type: EntityType, kind: EntityKind = .instance,
                                      aliases: [String] = []) -> EntityID {
        let id = EntityID(entities.count)
        entities.append(Entity(id: id, name: name, type: type, kind: kind, aliases: [],
                               mentions: 0, documents: []))
        typeIndex[type.ordinal].append(id)
        invalidateAdjacency()
        index(name, for: id)
        addAliases(aliases, to: id)
        return id
    }

    /// ``appendEntity(name:type:kind:aliases:)`` with no aliases, given the name's key made
    /// beforehand (`key` must be `NameKey.normalise(name)`): corpus builders make keys on
    /// their worker threads and merge serially.
    @discardableResult
    public mutating func appendEntity(name: String, key: String, type: EntityType, kind: EntityKind = .instance) -> EntityID {
        let id = EntityID(entities.count)
        entities.append(Entity(id: id, name: name, type: type, kind: kind, aliases: [],
                               mentions: 0, documents: []))
        typeIndex[type.ordinal].append(id)
        invalidateAdjacency()
        index(key: key, for: id)
        return id
    }

    /// Adds surface forms to an entity. Forms equal to an existing name (exactly) are skipped.
    public mutating func addAliases(_ names: [String], to id: EntityID) {
        for alias in names { addAlias(alias, to: id) }
    }

    /// Adds one surface form to an entity, without spaces at either end, unless it is empty
    /// or equal to one of the entity's names; returns the form added, if any.
    @discardableResult
    public mutating func addAlias(_ alias: String, to id: EntityID) -> String? {
        let trimmed = alias.trimmingSpaces()
        // The name, then the aliases (as `allNames`, without making that array per alias).
        guard !trimmed.isEmpty, entities[id.index].name != trimmed, !entities[id.index].aliases.contains(trimmed) else { return nil }
        entities[id.index].aliases.append(trimmed)
        index(trimmed, for: id)
        return trimmed
    }

    /// Changes the canonical name (the old one becomes an alias).
    public mutating func rename(_ id: EntityID, to name: String) {
        let old = entities[id.index].name
        guard old != name else { return }
        entities[id.index].aliases.removeAll { $0 == name }
        entities[id.index].name = name
        entities[id.index].aliases.insert(old, at: 0)
        index(name, for: id)
    }

    /// Sets whether the entity is a form or an instance.
    public mutating func setKind(_ kind: EntityKind, of id: EntityID) {
        entities[id.index].kind = kind
    }

    /// Records `count` mentions of an entity in a document.
    public mutating func recordMention(of id: EntityID, in document: DocumentID, count: Int = 1) {
        entities[id.index].mentions += count
        // Changed in place: a copy taken out and written back was a second reference, so each
        // append copied the whole list (quadratic in the documents naming an entity).
        if entities[id.index].documents.last.map({ $0 < document }) ?? true {
            entities[id.index].documents.append(document)
        } else if let pos = entities[id.index].documents.firstIndex(where: { $0 >= document }),
                  entities[id.index].documents[pos] != document {
            entities[id.index].documents.insert(document, at: pos)
        }
    }

    /// Sets an entity's mention count and document list outright (snapshot and import
    /// loaders). `documents` is sorted and deduplicated.
    public mutating func setOccurrences(of id: EntityID, mentions: Int, documents: [DocumentID]) {
        entities[id.index].mentions = mentions
        entities[id.index].documents = Array(Set(documents)).sorted()
    }

    private mutating func index(_ name: String, for id: EntityID) {
        guard ownsBuiltNameIndex() else { return }
        index(key: NameKey.normalise(name), for: id)
    }

    private mutating func index(key: String, for id: EntityID) {
        guard !key.isEmpty, ownsBuiltNameIndex() else { return }
        nameBox.modify { index in
            // One hash of the key: its list (made empty if absent) is checked and extended in place.
            Self.insert(id, into: &index[key, default: []])
        }
    }

    /// Makes the name index this graph's own (a copy of the graph may share it), and tells
    /// whether it is built. An index not built yet stays so, and no key is made for it: it is
    /// built from the entities when first read (names then aliases, in id order), so a graph
    /// built and saved never makes one.
    private mutating func ownsBuiltNameIndex() -> Bool {
        if !isKnownUniquelyReferenced(&nameBox) { nameBox = LazyBox(nameBox.current) }
        return !nameBox.isEmpty
    }

    private static func insert(_ id: EntityID, into ids: inout [EntityID]) {
        if !ids.contains(id) { ids.append(id) }
    }

    /// The name index, built from the entities (names then aliases, in id order) if absent.
    private var nameIndex: [String: [EntityID]] {
        nameBox.get {
            var index: [String: [EntityID]] = [:]
            index.reserveCapacity(entities.count)
            for e in entities {
                for n in e.allNames {
                    let key = NameKey.normalise(n)
                    if key.isEmpty || index[key]?.contains(e.id) == true { continue }
                    index[key, default: []].append(e.id)
                }
            }
            return index
        }
    }

    /// Entities that answer to a name or alias (after ``NameKey`` folding), in id order.
    ///
    /// - Complexity: O(1) expected; O(total names) for the first lookup after loading.
    public func lookup(_ name: String) -> [EntityID] {
        nameIndex[NameKey.normalise(name)] ?? []
    }

    /// Entities of one type that answer to a name or alias.
    public func lookup(_ name: String, type: EntityType) -> [EntityID] {
        lookup(name).filter { entities[$0.index].type == type }
    }

    /// Entities that answer to an already-normalised key.
    public func lookup(key: String) -> [EntityID] { nameIndex[key] ?? [] }

    /// All normalised keys in the name index (for completion and fuzzy search).
    public var nameKeys: Dictionary<String, [EntityID]>.Keys { nameIndex.keys }

    /// The entities of one type, in id order.
    public func entities(ofType type: EntityType) -> [EntityID] { typeIndex[type.ordinal] }

    // MARK: Relations

    /// Adds `source —predicate→ target`, or merges `evidence` into the existing relation with
    /// the same source, predicate, target and role. A year fills in a missing one; an existing
    /// year is kept. Self-loops are refused (returns nil) unless `allowSelfLoop`.
    ///
    /// `parallel: true` always appends a new edge, even when an equal one exists: importers
    /// use it to keep a multigraph's parallel edges (such as `nx_graph.py`'s) as they are.
    @discardableResult
    public mutating func addRelation(_ source: EntityID, _ predicate: Predicate, _ target: EntityID,
                                     year: Int? = nil, role: String? = nil,
                                     evidence: [Evidence] = [],
                                     parallel: Bool = false, allowSelfLoop: Bool = false) -> RelationID? {
        guard source != target || allowSelfLoop, source.index < entities.count, target.index < entities.count else { return nil }
        let p = store.predicateCode(predicate)
        let r = store.roleCode(role)
        if !store.hasIndex { store.rebuildIndex() }
        let existing = store.find(source.raw, target.raw, p, r)
        if !parallel, let existing {
            let k = Int(existing)
            if store.years[k] == RelationStore.noYear, let year { store.years[k] = Int32(clamping: year) }
            store.mergeEvidence(evidence, into: k)
            return RelationID(existing)
        }
        let id = store.append(source.raw, target.raw, p, year: year, r, [], index: existing == nil)
        store.mergeEvidence(evidence, into: Int(id))
        invalidateAdjacency()
        return RelationID(id)
    }

    /// Reserves room for `relations` more relations (bulk loaders).
    public mutating func reserveRelations(_ relations: Int) {
        store.reserve(store.count + relations)
    }

    /// The relation with exactly this source, predicate, target and role, if any.
    public func relation(_ source: EntityID, _ predicate: Predicate, _ target: EntityID, role: String? = nil) -> RelationID? {
        guard let p = store.existingPredicateCode(predicate), let r = store.existingRoleCode(role),
              source.index < entities.count else { return nil }
        if store.hasIndex { return store.find(source.raw, target.raw, p, r).map(RelationID.init) }
        // A loaded graph has no dedup index until it changes: scan the source's row (id order).
        for a in adjacency.outgoing(source.index) where a.node == target.raw {
            let k = Int(a.relation)
            if store.predicateCodes[k] == p && store.roleCodes[k] == r { return RelationID(a.relation) }
        }
        return nil
    }

    /// The contiguous adjacency index of the graph as it is now, built on first use after a
    /// change (safe to call from several threads; they share one build).
    ///
    /// - Complexity: O(1) when built; O(V + E) for the first call after a change.
    public var adjacency: Adjacency {
        adjacencyCache.get {
            Adjacency(entityCount: entities.count, sources: store.sources, targets: store.targets,
                      predicateCodes: store.predicateCodes, predicateTable: store.predicateTable)
        }
    }

    /// Whether the adjacency index is built (it is dropped by every change).
    public var isAdjacencyBuilt: Bool { !adjacencyCache.isEmpty }

    private mutating func invalidateAdjacency() {
        if !isKnownUniquelyReferenced(&adjacencyCache) {
            adjacencyCache = LazyBox<Adjacency>()
        } else if !adjacencyCache.isEmpty {
            adjacencyCache.clear()
        }
    }

    /// Relations leaving `id`, in insertion order.
    ///
    /// - Complexity: O(out-degree) (plus building ``adjacency`` after a change).
    public func outgoing(_ id: EntityID) -> [RelationID] {
        adjacency.outgoing(id.index).map { RelationID($0.relation) }
    }

    /// Relations entering `id`, in insertion order.
    ///
    /// - Complexity: O(in-degree) (plus building ``adjacency`` after a change).
    public func incoming(_ id: EntityID) -> [RelationID] {
        adjacency.incoming(id.index).map { RelationID($0.relation) }
    }

    /// Calls `body` for each relation leaving `id` (most recent first) without allocating.
    ///
    /// - Complexity: O(out-degree) (plus building ``adjacency`` after a change).
    @inline(__always)
    public func forEachOutgoing(_ id: EntityID, _ body: (Relation) -> Void) {
        for a in adjacency.outgoing(id.index).reversed() { body(store.relation(Int(a.relation))) }
    }

    /// Calls `body` for each relation entering `id` (most recent first) without allocating.
    ///
    /// - Complexity: O(in-degree) (plus building ``adjacency`` after a change).
    @inline(__always)
    public func forEachIncoming(_ id: EntityID, _ body: (Relation) -> Void) {
        for a in adjacency.incoming(id.index).reversed() { body(store.relation(Int(a.relation))) }
    }

    // MARK: Invariants

    /// Checks every invariant; returns a description of the first violation, or nil.
    /// Used by tests; O(V + E).
    public func invariantViolation() -> String? {
        for (i, e) in entities.enumerated() where e.id.index != i { return "entity \(i) has id \(e.id)" }
        for (i, r) in relations.enumerated() {
            if r.id.index != i { return "relation \(i) has id \(r.id)" }
            if r.source.index >= entities.count || r.target.index >= entities.count { return "relation \(i) has a dangling end" }
        }
        var outCount = 0, inCount = 0
        if adjacency.entityCount != entities.count { return "adjacency covers \(adjacency.entityCount) of \(entities.count) entities" }
        for e in entities {
            for r in outgoing(e.id) where self[r].source != e.id { return "out-list of \(e.id) holds \(r)" }
            for r in incoming(e.id) where self[r].target != e.id { return "in-list of \(e.id) holds \(r)" }
            outCount += outgoing(e.id).count
            inCount += incoming(e.id).count
            for n in e.allNames where !NameKey.normalise(n).isEmpty && !lookup(n).contains(e.id) { return "name '\(n)' of \(e.id) is not indexed" }
            if !typeIndex[e.type.ordinal].contains(e.id) { return "\(e.id) missing from its type index" }
            if e.documents != e.documents.sorted() || Set(e.documents).count != e.documents.count { return "documents of \(e.id) not sorted-unique" }
        }
        if outCount != relations.count || inCount != relations.count { return "adjacency covers \(outCount)/\(inCount) of \(relations.count) relations" }
        if store.indexedCount > relations.count { return "relation index holds \(store.indexedCount) of \(relations.count)" }
        for i in 0..<store.count where store.hasIndex && store.find(store.sources[i], store.targets[i], store.predicateCodes[i], store.roleCodes[i]) == nil {
            return "relation \(i) is missing from the relation index"
        }
        return nil
    }

    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.entities == b.entities && a.documents == b.documents && a.relationCount == b.relationCount
            && a.relations.elementsEqual(b.relations)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        // Nearly every name begins and ends with an ASCII character that is not white space
        // (U+0009...U+000D, U+0020): then there is nothing to trim, and the scalar walk below
        // (a property lookup per end) is skipped.
        @inline(__always) func keeps(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && !(b >= 0x09 && b <= 0x0D) }
        // (Read from the contiguous bytes: `utf8.last` walks String indexes, some 200 instructions.)
        if utf8.withContiguousStorageIfAvailable({ u in !u.isEmpty && keeps(u[0]) && keeps(u[u.count - 1]) }) == true { return self }
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
