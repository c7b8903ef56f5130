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
    private var byKey = KeyTable()

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

    /// One more mention of entity `i` by a surface it already has (its name or an alias).
    mutating func countMention(of i: Int) { all[i].mentions += 1 }

    mutating func noteSurface(_ surface: String, of i: Int) {
        all[i].mentions += 1
        if surface != all[i].name, !all[i].aliases.contains(surface) { all[i].aliases.append(surface) }
    }

    /// ``noteSurface(_:of:)`` for the surface spelled by the UTF-8 bytes `u`: the `String` is
    /// made only when the surface becomes a new alias (most surfaces repeat the name or an
    /// alias, and settling a document notes one for every mention).
    mutating func noteSurface(utf8 u: UnsafeBufferPointer<UInt8>, of i: Int) {
        all[i].mentions += 1
        let ascii = Self.isASCII(u)
        if Self.same(all[i].name, u, ascii) { return }
        for a in all[i].aliases where Self.same(a, u, ascii) { return }
        all[i].aliases.append(String(decoding: u, as: UTF8.self))
    }

    /// Whether every byte of `u` is below 0x80, tested eight bytes a step (a byte loop was
    /// most of a surface's cost after the compare).
    private static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(u)
        var i = 0, high: UInt64 = 0
        while i + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < raw.count { high |= UInt64(raw[i]); i += 1 }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `s == String(decoding: u, as: UTF8.self)`: equal bytes are equal strings, and two ASCII
    /// spellings that differ in a byte differ; anything else is left to `==` (canonical
    /// equivalence).
    private static func same(_ s: String, _ u: UnsafeBufferPointer<UInt8>, _ uASCII: Bool) -> Bool {
        let answer: Bool?? = s.utf8.withContiguousStorageIfAvailable { v -> Bool? in
            if v.count == u.count, v.count == 0 || memcmp(v.baseAddress!, u.baseAddress!, v.count) == 0 { return true }
            guard uASCII, isASCII(v) else { return nil }
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
        byKey.replaceValues(from, with: into)
    }

    /// The entity `i` stands for after merges.
    func resolved(_ i: Int) -> Int {
        var j = i
        while all[j].mergedInto >= 0 { j = all[j].mergedInto }
        return j
    }

    static func key(_ name: String, _ type: EntityType) -> Key { Key(type: type, name: NameKeyMemo.normalise(name)) }
}

/// Entity indexes by ``DocumentEntities/Key``, as a `[Key: Int]` answers (keys equal by `==`),
/// hashing an ASCII name's bytes with FNV-1a rather than SipHash (a document adds a key for
/// every entity it names, and growing a `Dictionary` rehashed them all).
///
/// For two ASCII strings `==` is byte equality, so ASCII keys are found by hash and bytes. A
/// non-ASCII name may equal another spelling (canonical equivalence, even an ASCII one), so
/// those keys are kept apart and compared with `==` one by one (there are seldom any).
struct KeyTable: Sendable {
    private struct Entry: Sendable {
        let key: DocumentEntities.Key
        var value: Int
    }
    /// The ASCII keys' entries by hash.
    private var index = HashSlots(capacity: 64)
    private var ascii: [Entry] = []
    /// Keys with a non-ASCII name, in insertion order.
    private var other: [Entry] = []

    /// The FNV-1a hash of the key's type and name, or nil when the name is not ASCII.
    @inline(__always) private static func hash(_ key: DocumentEntities.Key) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: key.type.ordinal)
        h = h &* 0x100_0000_01b3
        let found: Bool? = key.name.utf8.withContiguousStorageIfAvailable { u in
            for b in u {
                if b >= 0x80 { return false }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return true
        }
        if let found { return found ? h : nil }
        for b in key.name.utf8 {
            if b >= 0x80 { return nil }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    /// Where `key` (ASCII, of hash `h`) is in ``ascii``, or nil.
    @inline(__always) private func asciiIndex(_ key: DocumentEntities.Key, _ h: UInt64) -> Int? {
        index.first(h) { ascii[$0].key.type == key.type && ascii[$0].key.name == key.name }
    }

    /// Where an entry equal to `key` is: in ``ascii`` (true) or ``other`` (false).
    private func find(_ key: DocumentEntities.Key, _ h: UInt64?) -> (ascii: Bool, index: Int)? {
        if let h {
            if let i = asciiIndex(key, h) { return (true, i) }
        } else {
            // A non-ASCII name may equal an ASCII one.
            if let i = ascii.firstIndex(where: { $0.key == key }) { return (true, i) }
        }
        if let i = other.firstIndex(where: { $0.key == key }) { return (false, i) }
        return nil
    }

    subscript(key: DocumentEntities.Key) -> Int? {
        get {
            guard let (isASCII, i) = find(key, Self.hash(key)) else { return nil }
            return isASCII ? ascii[i].value : other[i].value
        }
        set {
            // (The document never removes a key.)
            guard let value = newValue else { return }
            let h = Self.hash(key)
            if let (isASCII, i) = find(key, h) {
                if isASCII { ascii[i].value = value } else { other[i].value = value }
                return
            }
            guard let h else { other.append(Entry(key: key, value: value)); return }
            ascii.append(Entry(key: key, value: value))
            index.append(h)
        }
    }

    /// Every key of entity `from` answers `into` from now on.
    mutating func replaceValues(_ from: Int, with into: Int) {
        for j in ascii.indices where ascii[j].value == from { ascii[j].value = into }
        for j in other.indices where other[j].value == from { other[j].value = into }
    }
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
    /// `String` unless it is a new alias: the words are folded (``Document/fold(_:into:)``) into a
    /// stack buffer and compared by their bytes.
    mutating func noteSurface(tokens first: Int, _ last: Int, of entity: Int) {
        guard last > first else { entities.noteSurface("", of: entity); return }
        let lo = Int(tokens[first].start), hi = Int(tokens[last - 1].end)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, hi - lo)) { out in
            let n = bytes[lo..<hi].withUnsafeBufferPointer { Document.fold($0, into: out.baseAddress!) }
            entities.noteSurface(utf8: UnsafeBufferPointer(rebasing: out[..<n]), of: entity)
        }
    }
}
