import ReformCore

/// Merges per-document results into one graph, in document order, so the graph is the same
/// however the documents were extracted.
///
/// Entity resolution across documents: a lexicon entry is one entity everywhere; a rule-made
/// entity joins an existing one of the same type that answers to its name (``NameKey``
/// folding); a person known only by title or initial and surname ("Lord Patel", "M Marmot")
/// joins the one person named in full anywhere in the corpus with that surname and a
/// matching initial, and stays apart when there are two.
struct GraphAssembler {
    let lexicon: CompiledLexicon
    private(set) var graph = KnowledgeGraph()
    /// The graph's entity for each lexicon entry used so far (by entry index; nil until used).
    private var lexiconIDs: [EntityID?]
    private var shortToFull: [String: String] = [:]
    /// The graph's names and aliases by key, each with its entities in the order they got
    /// the key: what `graph.lookup(key:)` answers, kept here (the graph's own index is read
    /// under a lock, as a copy, and is built lazily only if the graph is queried later).
    private var idsByKey: [HashedKey: [EntityID]] = [:]
    /// Acronyms some document defines, with the lexicon entry (or name) it stands for there.
    private var definedBy: [String: Set<String>] = [:]

    init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        lexiconIDs = Array(repeating: nil, count: lexicon.lexicon.entries.count)
    }

    /// Decides, before merging, which short person names stand for which full names.
    ///
    /// - Complexity: O(people), with full names grouped by surname.
    mutating func preparePeople(_ results: [DocumentResult]) {
        for r in results {
            for (acronym, e) in r.definedAcronyms {
                let owner = r.entities[e].lexicon >= 0 ? "#\(r.entities[e].lexicon)" : r.entities[e].name
                definedBy[acronym, default: []].insert(owner)
            }
        }
        // The people named in full, by surname, each with its first given name and its key.
        var bySurname: [String: [(name: String, given: String, key: String)]] = [:]
        var seen: Set<String> = []
        var short: [DocumentResult.Person] = []
        func addFull(_ name: String, surname: String, given: String) {
            guard seen.insert(name).inserted else { return }
            bySurname[surname, default: []].append((name, given, NameKeyMemo.normalise(name)))
        }
        for e in lexicon.lexicon.entries where e.type == .person {
            let p = PersonResolver.parts(e.name)
            addFull(e.name, surname: p.surname, given: p.given.first ?? "")
        }
        // The people were listed, each split and tested for a full name, on the extracting threads.
        for r in results {
            for p in r.people {
                if p.isFull { addFull(p.name, surname: p.surname, given: p.given) } else { short.append(p) }
            }
        }
        var tried: Set<String> = []
        for s in short where tried.insert(s.name).inserted {
            guard let group = bySurname[s.surname] else { continue }
            // The one full name (by key) whose given name agrees with the initial or name given.
            var found: (name: String, key: String)?
            var ambiguous = false
            for f in group {
                if !s.given.isEmpty, !f.given.isEmpty {
                    if s.given.count > 1 ? s.given != f.given : !f.given.hasPrefix(s.given) { continue }
                }
                if let first = found {
                    if first.key != f.key { ambiguous = true; break }
                } else {
                    found = (f.name, f.key)
                }
            }
            if let found, !ambiguous { shortToFull[s.name] = found.name }
        }
    }

    mutating func add(_ result: DocumentResult) {
        let doc = graph.addDocument(result.name)
        var ids = [EntityID?](repeating: nil, count: result.entities.count)
        // An entity whose every mention went to another reading (an acronym the document
        // redefined) and that no relation uses is not added.
        var used = [Bool](repeating: false, count: result.entities.count)
        for r in result.relations { used[r.source] = true; used[r.target] = true }
        // Fields are read in place (a copy of each entity retained its name and aliases, and
        // those retains were much of this serial step).
        for i in result.entities.indices where result.entities[i].mergedInto < 0 && (result.entities[i].mentions > 0 || used[i]) {
            let id = entityID(in: result, i)
            ids[i] = id
            addAliases(result.entities[i].aliases, to: id)
            let mentions = result.entities[i].mentions
            if mentions > 0 { graph.recordMention(of: id, in: doc, count: mentions) }
        }
        for (k, r) in result.relations.enumerated() {
            guard let s = ids[r.source], let t = ids[r.target] else { continue }
            let evidence = Evidence(document: doc, sentence: result.evidence[k].sentence,
                                    start: result.evidence[k].start, end: result.evidence[k].end)
            graph.addRelation(s, r.predicate, t, year: r.year, role: r.role, evidence: [evidence])
        }
    }

    /// The first entity of the type that answers to an already-normalised key.
    private func lookup(key: HashedKey, _ type: EntityType) -> EntityID? {
        idsByKey[key]?.first { graph.entities[$0.index].type == type }
    }

    /// Records that an entity answers to a key (as the graph indexes it).
    private mutating func index(key: HashedKey, _ id: EntityID) {
        guard !key.key.isEmpty else { return }
        Self.insert(id, into: &idsByKey[key, default: []])
    }

    private static func insert(_ id: EntityID, into ids: inout [EntityID]) {
        if !ids.contains(id) { ids.append(id) }
    }

    /// Adds surface forms to an entity, indexing those the graph takes.
    private mutating func addAliases(_ aliases: [String], to id: EntityID) {
        for alias in aliases {
            if let added = graph.addAlias(alias, to: id) { index(key: HashedKey(NameKeyMemo.normalise(added)), id) }
        }
    }

    /// Adds an entity, indexed under its name's key.
    private mutating func appendEntity(name: String, key: HashedKey, type: EntityType, kind: EntityKind) -> EntityID {
        let id = graph.appendEntity(name: name, key: key.key, type: type, kind: kind)
        index(key: key, id)
        return id
    }

    /// The graph's entity for entity `i` of a document's result, added if new. Fields are
    /// read in place (a copy of the entity would retain its name and aliases).
    private mutating func entityID(in result: DocumentResult, _ i: Int) -> EntityID {
        let entry = result.entities[i].lexicon
        if entry >= 0 { return lexiconEntityID(entry) }
        let type = result.entities[i].type
        let original = result.entities[i].name
        var name = original
        if type == .person, let full = shortToFull[name] {
            if let known = lexicon.lookup(full, type: .person) { return lexiconEntityID(known) }
            name = full
        }
        // The key made on the extracting thread is the name's unless the name was replaced.
        let nameKey = name == original && i < result.nameKeys.count && i < result.nameKeyHashes.count && !result.nameKeys[i].isEmpty
            ? HashedKey(result.nameKeys[i], hash: result.nameKeyHashes[i]) : HashedKey(NameKeyMemo.normalise(name))
        if let existing = lookup(key: nameKey, type) {
            if name != original { addAliases([original], to: existing) }
            return existing
        }
        let id = appendEntity(name: name, key: nameKey, type: type, kind: result.entities[i].kind)
        if name != original { addAliases([original], to: id) }
        return id
    }

    /// The graph's entity for a lexicon entry, added (with its aliases) on first use.
    private mutating func lexiconEntityID(_ index: Int32) -> EntityID {
        if let id = lexiconIDs[Int(index)] { return id }
        let entry = lexicon.entry(index)
        // A listed acronym that the corpus itself defines for something else is left off
        // ("STP" defined as the Plan is not also the Partnership's).
        let aliases = entry.aliases.filter { alias in
            guard alias.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
                  let owners = definedBy[alias.lowercased()] else { return true }
            return owners.contains("#\(index)")
        }
        let key = HashedKey(NameKeyMemo.normalise(entry.name))
        let id: EntityID
        if let existing = lookup(key: key, entry.type) {
            id = existing
        } else {
            id = appendEntity(name: entry.name, key: key, type: entry.type, kind: entry.kind)
            addAliases(aliases, to: id)
        }
        lexiconIDs[Int(index)] = id
        return id
    }
}

/// A name key with its hash made once (a document's keys on its extracting thread), so the
/// serial merge hashes an integer, not the key's text, per lookup.
struct HashedKey: Hashable {
    let key: String
    /// `key.hashValue`.
    let hash: Int

    init(_ key: String) {
        self.key = key
        hash = key.hashValue
    }

    init(_ key: String, hash: Int) {
        self.key = key
        self.hash = hash
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.key == b.key }
}
