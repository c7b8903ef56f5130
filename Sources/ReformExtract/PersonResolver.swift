#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Joins a document's mentions of one person: "Lord Darzi", "Professor Ara Darzi" and
/// "Marmot, M" with "Michael Marmot". A short name (a title and a surname, or an initial and
/// a surname) joins the one full-named person of the document with that surname and a
/// matching initial; with two such people, it stays apart.
enum PersonResolver {
    /// The parts of a person's name: given names (or initials) and the surname key.
    static func parts(_ name: String) -> (given: [String], surname: String, titled: Bool) {
        PartsMemo.parts(name)
    }

    /// ``parts(_:)`` worked out (``PartsMemo`` remembers it).
    fileprivate static func split(_ name: String) -> (given: [String], surname: String, titled: Bool) {
        // The words normalised in place, empty ones dropped, and the titles skipped by index
        // (one array, not a mapped, a filtered and a trimmed copy).
        var words: [String]
        var text = name
        // An ASCII name (nearly all) split by bytes, each word normalised as it is cut out
        // (``Swift/String/spaceSeparatedWords()`` splits ASCII text at the same space bytes).
        if let ascii = text.withUTF8({ u -> [String]? in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            var out: [String] = []
            var start = 0
            for i in 0...u.count where i == u.count || u[i] == 0x20 {
                if i > start {
                    let key = NameKeyMemo.normalise(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self))
                    if !key.isEmpty { out.append(key) }
                }
                start = i + 1
            }
            return out
        }) {
            words = ascii
        } else {
            words = name.spaceSeparatedWords()
            var n = 0
            for i in words.indices {
                let key = NameKeyMemo.normalise(words[i])
                if !key.isEmpty { words[n] = key; n += 1 }
            }
            words.removeLast(words.count - n)
        }
        var start = 0
        var titled = false
        while start < words.count, Words.titles.contains(words[start]), words.count - start > 1 { start += 1; titled = true }
        guard start < words.count else { return ([], "", titled) }
        return (Array(words[start..<(words.count - 1)]), words[words.count - 1], titled)
    }

    /// True for a name with a given name (not only an initial) and a surname.
    static func isFull(_ name: String) -> Bool { isFull(parts(name)) }

    /// ``isFull(_:)`` of a name already split by ``parts(_:)``.
    static func isFull(_ p: (given: [String], surname: String, titled: Bool)) -> Bool {
        // (``Swift/String/characterCount`` is `count`, read from the bytes of ASCII words.)
        !p.given.isEmpty && p.given.contains { $0.characterCount > 1 }
    }

    /// Whether `short` can be another name of `full`: same surname, and any initial agrees.
    static func compatible(_ short: String, _ full: String) -> Bool {
        let s = parts(short), f = parts(full)
        guard s.surname == f.surname, !s.surname.isEmpty else { return false }
        if let g = s.given.first, let h = f.given.first {
            if g.count > 1 { return g == h }
            return h.hasPrefix(g)
        }
        return true
    }

    static func resolve(_ doc: inout Document) {
        let people = (0..<doc.entities.count).filter { doc.entities[$0].type == .person && doc.entities[$0].mergedInto < 0 }
        // Each person's name is split once, here.
        let peopleParts = people.map { parts(doc.entities[$0].name) }
        let fullIndices = people.indices.filter { isFull(peopleParts[$0]) }
        let full = fullIndices.map { people[$0] }
        guard full.count < people.count else { return }
        let fullParts = fullIndices.map { peopleParts[$0] }
        var bySurname: [String: [Int]] = [:]
        for (k, p) in fullParts.enumerated() { bySurname[p.surname, default: []].append(k) }
        let fullSet = Set(full)
        var changed = false
        for (q, p) in people.enumerated() where !fullSet.contains(p) {
            let s = peopleParts[q]
            let matches = (bySurname[s.surname] ?? []).filter { k in
                guard let g = s.given.first, let h = fullParts[k].given.first else { return true }
                return g.count > 1 ? g == h : h.hasPrefix(g)
            }.map { full[$0] }
            if matches.count == 1 { doc.entities.merge(p, into: matches[0]); changed = true; continue }
            // "Sir Nigel", "Dame Carol": a knight or dame is called by title and given name, so
            // the one person named in full with that given name.
            let words = doc.entities[p].name.splitOnSpaces().map { NameKeyMemo.normalise(String($0)) }
            if words.count == 2, words[0] == "sir" || words[0] == "dame" {
                let byGiven = full.indices.filter { fullParts[$0].given.first == words[1] }.map { full[$0] }
                if byGiven.count == 1 { doc.entities.merge(p, into: byGiven[0]); changed = true }
            }
        }
        // Two full names of one person: "Ara Darzi" (lexicon) and "Ara Darzi" seen with a title.
        if changed {
            for i in doc.mentions.indices { doc.mentions[i].entity = doc.entities.resolved(doc.mentions[i].entity) }
        }
    }
}

/// A capitalised word equal to the surname of exactly one person the document has named
/// in full ("Darzi" after "Lord Ara Darzi") is a mention of that person.
enum SurnameRule {
    /// `starts` are the capitalised words and acronyms, in order (``EntityFinder/RuleCues``).
    static func apply(_ doc: inout Document, starts: [Int]) {
        var bySurname: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for i in 0..<doc.entities.count where doc.entities[i].type == .person && doc.entities[i].mergedInto < 0 {
            // The name, then each alias (no copy of the entity, nor an array of its names).
            let aliases = doc.entities[i].aliases, lexicon = doc.entities[i].lexicon
            for a in -1..<aliases.count {
                let n = a < 0 ? doc.entities[i].name : aliases[a]
                // Each name split once (``PersonResolver/isFull(_:)`` split it a second time).
                let p = PersonResolver.parts(n)
                guard PersonResolver.isFull(p) || lexicon >= 0 else { continue }
                let s = p.surname
                guard !s.isEmpty else { continue }
                if let other = bySurname[s], other != i { ambiguous.insert(s) } else { bySurname[s] = i }
            }
        }
        for s in ambiguous { bySurname[s] = nil }
        guard !bySurname.isEmpty else { return }
        // Looked up once per distinct capitalised key of the document, by bytes (as a
        // ``WordMap`` would, without interning each surname to build one).
        let surnames = SurnameTable(bySurname)
        var added = false
        // The candidate words first, in a loop of their own (the loop below changes `doc`, so
        // with the tests in it every token reloaded the document's arrays); `mentionAt` is
        // not re-indexed before the end.
        let tokens = doc.tokens, mentionAt = doc.mentionAt
        // (Of the capitalised words and acronyms, by their flags, one mask test.)
        let wanted: Token.Flags = [.word, .capitalised], mask: Token.Flags = [.word, .capitalised, .upper]
        let words = starts.filter { tokens[$0].flags.intersection(mask) == wanted && mentionAt[$0] < 0 }
        // Each key's answer, found once: it depends on the key alone, and a document repeats its
        // capitalised words. Open addressing by key number (a power of two in size, -1 empty);
        // the answer is the person, or -1.
        var size = 16
        while size < words.count * 2 { size *= 2 }
        let slotMask = size - 1
        // (32-bit slots: half the bytes to fill for every document.)
        var slotKeys = [Int32](repeating: -1, count: size)
        var slotAnswers = [Int32](repeating: -1, count: size)
        for k in words {
            let t = tokens[k]
            let id = t.interned.id, id32 = Int32(id)
            var s = (id &* 0x9E37_79B9) & slotMask
            while slotKeys[s] >= 0, slotKeys[s] != id32 { s = (s + 1) & slotMask }
            if slotKeys[s] < 0 {
                slotKeys[s] = id32
                // Surnames are keyed as ``NameKey`` folds them ("Stevens" as "steven").
                if let p = surnames[t.key] ?? (foldsUnchanged(t.key) ? nil : surnames[NameKeyMemo.normalise(t.key)]),
                   !Words.leading.contains(t.interned) {
                    slotAnswers[s] = Int32(p)
                }
            }
            let p = Int(slotAnswers[s])
            guard p >= 0 else { continue }
            doc.mentions.append(Mention(first: k, last: k + 1, entity: p))
            doc.entities.noteSurface(doc.text(k, k + 1).replacingPossessive(), of: p)
            added = true
        }
        if added { doc.indexMentions() }
    }

    /// Whether ``NameKey`` leaves `key` as it is: lower-case ASCII letters and digits not
    /// ending in a plural `s` (most words), so the folded lookup can be skipped.
    ///
    /// Read from the key's bytes in place (it runs for every capitalised word of a document;
    /// `UTF8View.last` and a walk of the view cost some 150 instructions a word).
    private static func foldsUnchanged(_ key: String) -> Bool {
        let test = { (u: UnsafeBufferPointer<UInt8>) -> Bool in
            guard let last = u.last, last != 0x73 else { return false }
            return u.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
        if let answer = key.utf8.withContiguousStorageIfAvailable(test) { return answer }
        var copy = key
        return copy.withUTF8(test)
    }
}

/// ``PersonResolver/parts(_:)`` remembered per thread: the same people's names are split in
/// every document that names them (and several times in one), and splitting one made four
/// arrays and normalised each word, some 5,000 instructions a name; a remembered one costs a
/// hash and a compare.
///
/// Names are remembered by their UTF-8 bytes (a ``ByteKeyedTable``: a `[String: Parts]`
/// hashed each name with SipHash, and kept only ASCII names, as two strings `==` may differ in
/// bytes), so a hit is the same bytes, the same name, and the answer is exactly what splitting
/// it gives. One ``NameMemo`` per thread (as ``NameKeyMemo``), so workers share nothing and
/// take no lock.
enum PartsMemo {
    typealias Parts = (given: [String], surname: String, titled: Bool)

    static func parts(_ name: String) -> Parts { perThread.current(name) }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameMemo(PersonResolver.split) }
}

/// ``SurnameRule``'s surnames of one document and their people, looked up by UTF-8 bytes
/// (so a hit is exactly a ``WordMap`` hit, without interning each surname to build one):
/// an FNV-1a hash of the bytes into a small open-addressed table, then a byte compare.
private struct SurnameTable {
    /// All surnames' bytes back to back, and each one's span and person.
    private var bytes: [UInt8] = []
    private var entries: [(start: Int, count: Int, person: Int)] = []
    /// Entry index + 1 (0 is empty); a power of two in size, at most a quarter full.
    private var slots: [Int32]

    init(_ bySurname: [String: Int]) {
        var size = 8
        while size < bySurname.count * 4 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (name, person) in bySurname {
            let start = bytes.count
            bytes.append(contentsOf: name.utf8)
            let h = bytes[start...].withUnsafeBufferPointer { Self.hash($0) }
            entries.append((start, bytes.count - start, person))
            var s = Int(h) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(entries.count)
        }
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for c in b { h = (h ^ UInt32(c)) &* 16_777_619 }
        return h
    }

    private func find(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var s = Int(Self.hash(u)) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let entry = entries[e - 1]
            if entry.count == u.count, bytes[entry.start..<(entry.start + entry.count)].elementsEqual(u) { return entry.person }
            s = (s + 1) & mask
        }
    }

    subscript(word: String) -> Int? {
        if let r = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return r }
        var w = word
        return w.withUTF8 { find($0) }
    }
}
