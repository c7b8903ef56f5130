#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// Entity by lexicon entry (an integer table: a `Dictionary<Int32, Int>` hashed each entry
    /// with SipHash, and settling a document asks it for every lexicon mention).
    private var byLexicon = EntryTable()
    /// Entity by ``Key`` (type and ``NameKey``), a pair rather than one concatenated string,
    /// so that a lookup builds no string.
    private var byKey: [Key: Int] = [:]

    /// An entity's key: its type and the ``NameKey`` of a name. (Equal exactly when the
    /// former `type.rawValue + "|" + key` strings were: no raw value holds a "|".)
    struct Key: Hashable, Sendable {
        let type: EntityType
        let name: String
        func hash(into hasher: inout Hasher) {
            hasher.combine(type.ordinal)
            hasher.combine(name)
        }
        static func == (a: Key, b: Key) -> Bool { a.type == b.type && a.name == b.name }
    }

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
        byLexicon.insert(entry, i)
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

    /// ``noteSurface(_:of:)`` for the surface spelled by the UTF-8 bytes `u`: the `String` is
    /// made only when the surface becomes a new alias (most surfaces repeat the name or an
    /// alias, and settling a document notes one for every mention).
    mutating func noteSurface(utf8 u: UnsafeBufferPointer<UInt8>, of i: Int) {
        all[i].mentions += 1
        var ascii = true
        for b in u where b >= 0x80 { ascii = false; break }
        if Self.same(all[i].name, u, ascii) { return }
        for a in all[i].aliases where Self.same(a, u, ascii) { return }
        all[i].aliases.append(String(decoding: u, as: UTF8.self))
    }

    /// `s == String(decoding: u, as: UTF8.self)`: equal bytes are equal strings, and two ASCII
    /// spellings that differ in a byte differ; anything else is left to `==` (canonical
    /// equivalence).
    private static func same(_ s: String, _ u: UnsafeBufferPointer<UInt8>, _ uASCII: Bool) -> Bool {
        let answer: Bool?? = s.utf8.withContiguousStorageIfAvailable { v -> Bool? in
            if v.count == u.count, v.count == 0 || memcmp(v.baseAddress!, u.baseAddress!, v.count) == 0 { return true }
            guard uASCII else { return nil }
            for b in v where b >= 0x80 { return nil }
            return false
        }
        if let known = answer ?? nil { return known }
        return s == String(decoding: u, as: UTF8.self)
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

    static func key(_ name: String, _ type: EntityType) -> Key { Key(type: type, name: NameKeyMemo.normalise(name)) }
}

/// Entity indexes by lexicon entry for one document: open addressing over a power-of-two
/// table of (entry, index) pairs, -1 for an empty slot.
struct EntryTable: Sendable {
    private var keys = [Int32](repeating: -1, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var count = 0

    @inline(__always) private static func slot(_ key: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: Int32) -> Int? {
        let mask = keys.count - 1
        var s = Self.slot(key, mask)
        while true {
            let k = keys[s]
            if k == key { return Int(values[s]) }
            if k < 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// Adds `key` (an entry not yet in the table, never negative).
    mutating func insert(_ key: Int32, _ value: Int) {
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = [Int32](repeating: -1, count: oldKeys.count * 2)
            values = [Int32](repeating: 0, count: oldKeys.count * 2)
            count = 0
            for j in oldKeys.indices where oldKeys[j] >= 0 { insert(oldKeys[j], Int(oldValues[j])) }
        }
        let mask = keys.count - 1
        var s = Self.slot(key, mask)
        while keys[s] >= 0 { s = (s + 1) & mask }
        keys[s] = key
        values[s] = Int32(value)
        count += 1
    }
}

extension Document {
    /// `entities.noteSurface(text(first, last), of: entity)` without making the text a
    /// `String` unless it is a new alias: the words are folded (``Document/folded(_:)``'s white
    /// space rule) into a stack buffer and compared by their bytes.
    mutating func noteSurface(tokens first: Int, _ last: Int, of entity: Int) {
        guard last > first else { entities.noteSurface("", of: entity); return }
        let lo = Int(tokens[first].start), hi = Int(tokens[last - 1].end)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, hi - lo)) { out in
            var n = 0
            bytes.withUnsafeBufferPointer { p in
                var space = false
                var i = lo
                while i < hi {
                    let b = p[i]
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                        space = true
                    } else if b == 0xC2, i + 1 < hi, p[i + 1] == 0xA0 {
                        space = true; i += 1
                    } else {
                        if space, n > 0 { out[n] = 0x20; n += 1 }
                        space = false
                        out[n] = b; n += 1
                    }
                    i += 1
                }
            }
            entities.noteSurface(utf8: UnsafeBufferPointer(rebasing: out[..<n]), of: entity)
        }
    }
}
