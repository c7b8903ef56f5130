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
        var bySurname: [String: [(name: String, given: String)]] = [:]
        var seen: Set<String> = []
        var short: [String] = []
        func addFull(_ name: String) {
            guard seen.insert(name).inserted else { return }
            let p = PersonResolver.parts(name)
            bySurname[p.surname, default: []].append((name, p.given.first ?? ""))
        }
        for e in lexicon.lexicon.entries where e.type == .person { addFull(e.name) }
        // The people were listed, and each tested for a full name, on the extracting threads.
        for r in results {
            for p in r.people {
                if p.isFull { addFull(p.name) } else { short.append(p.name) }
            }
        }
        for s in short where shortToFull[s] == nil {
            let p = PersonResolver.parts(s)
            guard let group = bySurname[p.surname] else { continue }
            var matches: Set<String> = []
            for f in group {
                if let g = p.given.first, !f.given.isEmpty {
                    if g.count > 1 ? g != f.given : !f.given.hasPrefix(g) { continue }
                }
                matches.insert(NameKeyMemo.normalise(f.name))
                if matches.count > 1 { break }
            }
            if matches.count == 1, let f = group.first(where: { NameKeyMemo.normalise($0.name) == matches.first! }) { shortToFull[s] = f.name }
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
            graph.addAliases(result.entities[i].aliases, to: id)
            let mentions = result.entities[i].mentions
            if mentions > 0 { graph.recordMention(of: id, in: doc, count: mentions) }
        }
        for r in result.relations {
            guard let s = ids[r.source], let t = ids[r.target] else { continue }
            let range = result.sentenceRange[r.sentence] ?? 0..<0
            let evidence = Evidence(document: doc, sentence: result.sentenceText[r.sentence] ?? "",
                                    start: range.lowerBound, end: range.upperBound)
            graph.addRelation(s, r.predicate, t, year: r.year, role: r.role, evidence: [evidence])
        }
    }

    /// `graph.lookup(name, type:)`, the name's key made by ``NameKeyMemo`` (the same key,
    /// remembered: the documents of a corpus name the same entities, and normalising each
    /// name again cost some 3,000 instructions in this serial part of a build).
    private func lookup(_ name: String, _ type: EntityType) -> EntityID? {
        lookup(key: NameKeyMemo.normalise(name), type)
    }

    /// The first entity of the type that answers to an already-normalised key.
    private func lookup(key: String, _ type: EntityType) -> EntityID? {
        graph.lookup(key: key).first { graph.entities[$0.index].type == type }
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
        let key = i < result.nameKeys.count ? result.nameKeys[i] : ""
        let nameKey = name == original && !key.isEmpty ? key : NameKeyMemo.normalise(name)
        if let existing = lookup(key: nameKey, type) {
            if name != original { graph.addAliases([original], to: existing) }
            return existing
        }
        let id = graph.appendEntity(name: name, key: nameKey, type: type, kind: result.entities[i].kind)
        if name != original { graph.addAliases([original], to: id) }
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
        let id = lookup(entry.name, entry.type)
            ?? graph.appendEntity(name: entry.name, type: entry.type, kind: entry.kind, aliases: aliases)
        lexiconIDs[Int(index)] = id
        return id
    }
}
