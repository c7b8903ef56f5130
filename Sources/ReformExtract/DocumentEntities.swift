import ReformCore

/// An entity as one document knows it, before the graph merges documents.
struct DocEntity: Sendable {
    var name: String
    var type: EntityType
    var kind: EntityKind
    /// The lexicon entry it is, or -1 for an entity found by a rule.
    var lexicon: Int32
    /// Surface forms seen in the document, first-seen order, without duplicates.
    var aliases: [String] = []
    /// Mentions in the document.
    var mentions: Int = 0
    /// For an instance named by its form word, the form's lexicon entry (or -1).
    var form: Int32 = -1
    /// When merged into another entity of the document, that entity's index.
    var mergedInto: Int = -1
}

/// A span of tokens that names an entity.
struct Mention: Sendable {
    /// Token range (document token indexes), half-open.
    var first: Int
    var last: Int
    /// The document entity.
    var entity: Int
}

/// The entities of one document, keyed so that repeated mentions land on one entry.
struct DocumentEntities: Sendable {
    private(set) var all: [DocEntity] = []
    private var byLexicon: [Int32: Int] = [:]
    private var byKey: [String: Int] = [:]

    /// Entity `i`, read and changed in place: `entities[e].type` copies no name or aliases
    /// (a `get` returned a copy of the whole entity, a retain and release of its strings).
    subscript(i: Int) -> DocEntity {
        _read { yield all[i] }
        _modify { yield &all[i] }
    }
    var count: Int { all.count }

    /// The entity for a lexicon entry.
    mutating func lexiconEntity(_ entry: Int32, _ lexicon: CompiledLexicon) -> Int {
        if let i = byLexicon[entry] { return i }
        let e = lexicon.entry(entry)
        let i = all.count
        all.append(DocEntity(name: e.name, type: e.type, kind: e.kind, lexicon: entry))
        byLexicon[entry] = i
        byKey[lexicon.entityKeys[Int(entry)]] = i
        return i
    }

    /// The entity for a lexicon entry, if the document already has one.
    func existingLexiconEntity(_ entry: Int32) -> Int? { byLexicon[entry] }

    /// The entity for a name found by a rule; an existing entity of the same type answering to
    /// the name (after ``NameKey`` folding) is reused.
    mutating func ruleEntity(_ name: String, _ type: EntityType, _ kind: EntityKind = .instance) -> Int {
        let k = Self.key(name, type)
        if let i = byKey[k] { return i }
        let i = all.count
        all.append(DocEntity(name: name, type: type, kind: kind, lexicon: -1))
        byKey[k] = i
        return i
    }

    /// An existing entity of `type` answering to `name`.
    func find(_ name: String, _ type: EntityType) -> Int? { byKey[Self.key(name, type)] }

    /// Makes `alias` another key of entity `i`.
    mutating func addKey(_ alias: String, to i: Int) {
        let k = Self.key(alias, all[i].type)
        if byKey[k] == nil { byKey[k] = i }
    }

    mutating func noteSurface(_ surface: String, of i: Int) {
        all[i].mentions += 1
        if surface != all[i].name, !all[i].aliases.contains(surface) { all[i].aliases.append(surface) }
    }

    /// Merges entity `from` into `into`: names become aliases, mention counts add up, and
    /// keys of `from` answer with `into` from now on.
    mutating func merge(_ from: Int, into: Int) {
        guard from != into, all[from].mergedInto < 0 else { return }
        for n in [all[from].name] + all[from].aliases where n != all[into].name && !all[into].aliases.contains(n) {
            all[into].aliases.append(n)
        }
        all[into].mentions += all[from].mentions
        all[from].mergedInto = into
        for (k, v) in byKey where v == from { byKey[k] = into }
    }

    /// The entity `i` stands for after merges.
    func resolved(_ i: Int) -> Int {
        var j = i
        while all[j].mergedInto >= 0 { j = all[j].mergedInto }
        return j
    }

    static func key(_ name: String, _ type: EntityType) -> String { type.rawValue + "|" + NameKeyMemo.normalise(name) }
}
