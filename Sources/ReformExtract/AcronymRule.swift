import ReformCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Acronyms a document defines: "integrated care systems (ICSs)", "the Socialist Health
/// Association (SHA)", "Intensive Care National Audit and Research Centre (ICNARC)".
///
/// A capitalised acronym in brackets right after a name whose word initials spell it (words
/// such as "and", "of" may be skipped; an acronym word may give all its letters) becomes an
/// alias of that entity for the whole document, and overrides the lexicon's reading of the
/// same acronym there (so "SHA" is the association, not the health authority, in a document
/// that says so). A name the other rules did not know becomes an organisation, typed by its
/// last word when that word is telling.
enum AcronymRule {
    struct Definition {
        var acronym: String   // singular key, lower-case
        var entity: Int
        var surface: String
    }

    /// Finds definitions and adds mentions for every later use of each defined acronym.
    ///
    /// - Precondition: `doc.mentionAt` indexes `doc.mentions` (``Document/indexMentions()``
    ///   was called after the last change, as ``EntityFinder`` does just before).
    ///
    /// `acronyms` are the tokens that ``mayBeAcronym(_:)``, in order (``EntityFinder/RuleCues``):
    /// only they are read as uses of acronyms.
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, acronyms: [Int]) {
        var definitions: [String: Definition] = [:]
        let tokens = doc.tokens
        assert(doc.mentionAt.count == doc.tokens.count, "AcronymRule.apply: mentions not indexed")
        for sentence in doc.sentences {
            // A bracket token is the byte "(" inside the sentence's bytes: `memchr` passes over a
            // sentence without one at once (most have none) instead of testing every token.
            guard sentence.end > sentence.start, doc.bytes.withUnsafeBufferPointer({
                memchr($0.baseAddress! + sentence.start, 0x28, sentence.end - sentence.start) != nil
            }) else { continue }
            var k = sentence.firstToken + 1
            while k + 2 < sentence.lastToken {
                defer { k += 1 }
                guard tokens[k].isPunct, tokens[k].key.is("("), k + 2 < sentence.lastToken else { continue }
                // "(the ALLIANCE)": a short name in capitals that is a word of the name.
                if k + 3 < sentence.lastToken, tokens[k + 1].key.is("the"), tokens[k + 3].key.is(")"), tokens[k + 2].has(.upper),
                   tokens[k + 2].length >= 3, doc.mentionAt[k - 1] >= 0 {
                    let m = doc.mentions[Int(doc.mentionAt[k - 1])]
                    if (m.first..<m.last).contains(where: { tokens[$0].key == tokens[k + 2].key }) {
                        let key = acronymKey(doc.bytes, tokens[k + 2])
                        if definitions[key] == nil {
                            let surface = doc.text(k + 2, k + 3)
                            definitions[key] = Definition(acronym: key, entity: m.entity, surface: surface)
                            doc.entities.addKey(surface, to: m.entity)
                            doc.entities.noteSurface("the " + surface, of: m.entity)
                        }
                        continue
                    }
                }
                guard tokens[k + 2].key.is(")") else { continue }
                let acr = tokens[k + 1]
                guard acr.isWord, acr.has(.acronym) || (acr.has(.upper) && acr.length >= 2) else { continue }
                let letters = acronymLetters(doc.bytes, acr)
                // The name before the bracket: a mention, or a run of capitalised words.
                var entity: Int?
                if doc.mentionAt[k - 1] >= 0 {
                    let m = doc.mentions[Int(doc.mentionAt[k - 1])]
                    if spells(letters, doc.tokens, doc.bytes, m.first, m.last) { entity = m.entity }
                } else if let start = runStart(tokens, k, sentence.firstToken), spells(letters, doc.tokens, doc.bytes, start, k) {
                    let name = doc.text(start, k)
                    let head = tokens[k - 1].key
                    let type = lexicon.lookup(name).map { lexicon.entry($0).type } ?? ProperNameRule.heads[head] ?? .organisation
                    let e = lexicon.lookup(name).map { doc.entities.lexiconEntity($0, lexicon) } ?? doc.entities.ruleEntity(name, type)
                    doc.mentions.append(Mention(first: start, last: k, entity: e))
                    doc.entities.noteSurface(name, of: e)
                    entity = e
                }
                guard let entity else { continue }
                let key = String(decoding: letters, as: UTF8.self)
                if definitions[key] == nil {
                    let surface = doc.text(k + 1, k + 2)
                    definitions[key] = Definition(acronym: key, entity: entity, surface: surface)
                    doc.entities.addKey(surface, to: entity)
                }
            }
        }
        inferFromContext(&doc, &definitions, acronyms: acronyms)
        // No definition: no mention was added above (each one added comes with its definition).
        guard !definitions.isEmpty else { return }
        for d in definitions.values { doc.definedAcronyms[d.acronym] = d.entity }
        // Every use of a defined acronym refers to the defined entity. (Most capitalised words
        // are no defined acronym: a `WordSet` of the keys answers them without SipHash. The
        // keys are ASCII, so its byte comparison agrees with the dictionary's.)
        let defined = WordSet(definitions.keys)
        // The keys packed (``ShortKey``), when all are (nearly always): a word's packed key is
        // compared with them before a `String` is made of it, and most words are none of them.
        var packed: [ShortKey]? = []
        for key in definitions.keys {
            guard let k = ShortKey(packing: key) else { packed = nil; break }
            packed?.append(k)
        }
        for i in acronyms {
            let t = tokens[i]
            // (A key longer than 15 bytes, or empty, is none of the packed ones.)
            if let packed {
                guard let k = ShortKey(acronymOf: t, doc.bytes), packed.contains(k) else { continue }
            }
            let key = acronymKey(doc.bytes, t)
            guard defined.contains(key), let d = definitions[key] else { continue }
            let mi = doc.mentionAt[i]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                if m.first == i, m.last == i + 1, m.entity != d.entity {
                    doc.entities[m.entity].mentions -= 1
                    let surface = doc.text(i, i + 1)
                    doc.entities[m.entity].aliases.removeAll { $0 == surface }
                    doc.mentions[Int(mi)].entity = d.entity
                    doc.entities.noteSurface(doc.text(i, i + 1), of: d.entity)
                }
                continue
            }
            doc.mentions.append(Mention(first: i, last: i + 1, entity: d.entity))
            doc.entities.noteSurface(doc.text(i, i + 1), of: d.entity)
            doc.mentionAt[i] = Int32(doc.mentions.count - 1)
        }
        doc.indexMentions()
    }

    /// Context for acronyms the document does not define: when the document names a body in
    /// full whose initials spell an acronym it also uses, and never writes out the lexicon's
    /// reading of that acronym, the acronym means the named body ("SHA" in a text about the
    /// Socialist Health Association, which never mentions strategic health authorities).
    static func inferFromContext(_ doc: inout Document, _ definitions: inout [String: Definition], acronyms: [Int]) {
        // Initials of the multi-word names the document writes out.
        // (Each initials key -1 when two entities spell it; the entities written out marked by
        // number, not hashed into a set. Keys of at most 15 ASCII bytes, nearly all, are kept
        // packed in two machine words in an integer table (``ShortKey``); others as strings.)
        var spelled = ShortKeyTable()
        var spelledLong: [String: Int] = [:]
        var writtenOut = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentions where m.entity >= 0 && m.last - m.first >= 2 && doc.entities[m.entity].type != .person {
            switch packedInitials(doc.tokens, doc.bytes, m.first, m.last) {
            case .few: continue
            case .packed(let key):
                writtenOut[m.entity] = true
                spelled.spell(key, by: m.entity)
            case .long:
                guard let key = initials(doc.tokens, doc.bytes, m.first, m.last) else { continue }
                writtenOut[m.entity] = true
                // One hash: the slot is added holding this entity, or kept, or spoilt by another.
                Self.spell(&spelledLong[key, default: m.entity], by: m.entity)
            }
        }
        // Nothing spelled, nothing to infer (each inference below needs a spelled key).
        guard !spelled.isEmpty || !spelledLong.isEmpty else { return }
        /// The entity that spells token `t`'s acronym key, and the key; nil when none does.
        func spelling(_ t: Token) -> (entity: Int, key: String)? {
            if let packed = ShortKey(acronymOf: t, doc.bytes) {
                guard let e = spelled[packed] else { return nil }
                return (e, packed.string)
            }
            let key = acronymKey(doc.bytes, t)
            guard let e = spelledLong[key] else { return nil }
            return (e, key)
        }
        // (Cheap tests first; a key found in `spelled`, rare, is then looked up in `definitions`.)
        for m in doc.mentions where m.last == m.first + 1 && m.entity >= 0 && doc.tokens[m.first].has(.upper) && !writtenOut[m.entity] {
            guard let (e, key) = spelling(doc.tokens[m.first]), e >= 0, e != m.entity, definitions[key] == nil else { continue }
            definitions[key] = Definition(acronym: key, entity: e, surface: doc.text(m.first, m.last))
        }
        // An acronym no rule knows ("ACPs") in a document that writes out the one name whose
        // initials spell it ("Accountable Care Partnership") stands for that name.
        // (`covered` is lent by ``TokenScratch``, and cleared of the mentions' tokens after.)
        var covered = TokenScratch.flags(doc.tokens.count)
        for m in doc.mentions { for t in m.first..<m.last { covered[t] = true } }
        let tokens = doc.tokens
        for k in acronyms where tokens[k].has(.acronym) && tokens[k].isWord && tokens[k].length >= 3 && !covered[k] {
            guard let (e, key) = spelling(tokens[k]), key.characterCount >= 3, e >= 0, definitions[key] == nil, doc.entities[e].kind == .form else { continue }
            definitions[key] = Definition(acronym: key, entity: e, surface: doc.text(k, k + 1))
        }
        for m in doc.mentions { for t in m.first..<m.last { covered[t] = false } }
        TokenScratch.giveBack(&covered)
    }

    /// What ``packedInitials(_:_:_:_:)`` found.
    private enum PackedInitials {
        /// Fewer than two words (``initials(_:_:_:_:)`` is nil).
        case few
        case packed(ShortKey)
        /// More than 15 words or a byte outside ASCII: ask ``initials(_:_:_:_:)``.
        case long
    }

    /// Whether token `t` is a word of two or more bytes with the acronym or upper-case flag:
    /// the words read as uses of acronyms (those with the acronym flag and three bytes or more
    /// also as acronyms nothing defines).
    @inline(__always) static func mayBeAcronym(_ t: Token) -> Bool {
        t.isWord && (t.has(.acronym) || t.has(.upper)) && t.length >= 2
    }

    /// ``initials(_:_:_:_:)`` packed as a ``ShortKey`` (the same bytes), with no string made.
    private static func packedInitials(_ tokens: [Token], _ bytes: [UInt8], _ first: Int, _ last: Int) -> PackedInitials {
        var key = ShortKey()
        for k in first..<last where tokens[k].isWord && !skippable.contains(tokens[k].interned) {
            let b = bytes[Int(tokens[k].start)] | 0x20
            guard b < 0x80, key.count < 15 else { return .long }
            key.append(b)
        }
        return key.count < 2 ? .few : .packed(key)
    }

    /// Marks an initials key's entity: a slot holding another entity (or -1) becomes -1.
    @inline(__always)
    private static func spell(_ slot: inout Int, by entity: Int) {
        if slot != entity { slot = -1 }
    }

    /// The lower-cased first bytes of the words of tokens `first..<last` that are not
    /// ``skippable`` (as `String(decoding:as:)` reads them), or nil for fewer than two words.
    private static func initials(_ tokens: [Token], _ bytes: [UInt8], _ first: Int, _ last: Int) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: last - first) { buffer in
            var n = 0
            for k in first..<last where tokens[k].isWord && !skippable.contains(tokens[k].interned) {
                buffer[n] = bytes[Int(tokens[k].start)] | 0x20
                n += 1
            }
            return n < 2 ? nil : String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// The acronym's capital letters, lower-cased, without a plural `s`.
    ///
    /// Takes the document's bytes, not the document: passing a `Document` from an `inout`
    /// caller copied it (a retain and a release of each of its arrays) on every call.
    static func acronymLetters(_ bytes: [UInt8], _ t: Token) -> [UInt8] {
        var out: [UInt8] = []
        for k in Int(t.start)..<Int(t.end) {
            let b = bytes[k]
            if b >= 0x41, b <= 0x5A { out.append(b | 0x20) } else if b >= 0x30, b <= 0x39 { out.append(b) }
        }
        return out
    }

    /// ``acronymLetters(_:_:)`` as a `String` (the key definitions are kept by), made in a
    /// stack buffer: the rule reads the key of every capitalised token of a document that
    /// defines an acronym, and an array for each cost an allocation and a free.
    static func acronymKey(_ bytes: [UInt8], _ t: Token) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, Int(t.end) - Int(t.start))) { out in
            var n = 0
            for k in Int(t.start)..<Int(t.end) {
                let b = bytes[k]
                if b >= 0x41, b <= 0x5A { out[n] = b | 0x20; n += 1 } else if b >= 0x30, b <= 0x39 { out[n] = b; n += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    private static let skippable: WordSet = ["and", "of", "the", "for", "in", "on", "to", "-", ",", "a"]

    /// Whether the words of tokens `s..<e` spell `letters` by their initials.
    /// (The document's tokens and bytes are passed, not the document: see ``acronymLetters(_:_:)``.)
    static func spells(_ letters: [UInt8], _ tokens: [Token], _ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard letters.count >= 2 else { return false }
        var words: [Token] = []
        for k in s..<e where tokens[k].isWord { words.append(tokens[k]) }
        if words.count > 1, words[0].key.is("the") { words.removeFirst() }
        // An NHS trust's short name leaves out the words every trust has: "South Essex
        // Partnership University NHS Foundation Trust (SEPT)", "North Essex Partnership
        // University NHS Foundation Trust (NEP)".
        let trust = words.count > 2 && words[words.count - 1].key.is("trust")
        return match(letters, 0, words, 0, bytes, trust) || keptAcronym(letters, words, bytes)
    }

    /// "National Institute for Health and Clinical Excellence (NICE)": a body that kept its
    /// acronym through a renaming spells it with a word or two of the new name left out. The
    /// letters must be the initials of the name's words in order, from the first word's, with at
    /// most two words (not counting ``skippable`` ones) left out, and four letters or more.
    private static func keptAcronym(_ letters: [UInt8], _ words: [Token], _ bytes: [UInt8]) -> Bool {
        guard letters.count >= 4 else { return false }
        let initials = words.filter { !skippable.contains($0.interned) }.map { bytes[Int($0.start)] | 0x20 }
        guard initials.count > letters.count, initials.count - letters.count <= 2, initials.first == letters.first else { return false }
        var li = 0
        for c in initials where li < letters.count && c == letters[li] { li += 1 }
        return li == letters.count
    }

    /// Words an NHS trust's acronym may leave out.
    private static let trustWords: WordSet = ["nhs", "foundation", "university", "trust", "hospitals", "hospital"]

    private static func match(_ letters: [UInt8], _ li: Int, _ words: [Token], _ wi: Int, _ bytes: [UInt8], _ trust: Bool) -> Bool {
        func omissible(_ w: Token) -> Bool { skippable.contains(w.interned) || trust && wi > 0 && trustWords.contains(w.interned) }
        if li == letters.count { return words[wi...].allSatisfy(omissible) }
        guard wi < words.count else { return false }
        let w = words[wi]
        let first = bytes[Int(w.start)] | 0x20
        if first == letters[li] {
            if match(letters, li + 1, words, wi + 1, bytes, trust) { return true }
            // An acronym word may give all its letters ("NHS").
            if w.has(.upper) {
                let all = acronymLetters(bytes, w)
                if all.count > 1, li + all.count <= letters.count, Array(letters[li..<(li + all.count)]) == all,
                   match(letters, li + all.count, words, wi + 1, bytes, trust) { return true }
            }
        }
        if omissible(w) { return match(letters, li, words, wi + 1, bytes, trust) }
        return false
    }

    /// Start of the capitalised run that ends right before token `k`.
    private static func runStart(_ tokens: [Token], _ k: Int, _ sentenceStart: Int) -> Int? {
        var s = k
        while s > sentenceStart {
            let t = tokens[s - 1]
            if ProperNameRule.startsRun(t) || (skippable.contains(t.interned) && s - 1 > sentenceStart && !t.key.is(",")) { s -= 1 } else { break }
        }
        while s < k, !ProperNameRule.startsRun(tokens[s]) || Words.leading.contains(tokens[s].interned) { s += 1 }
        return k - s >= 2 ? s : nil
    }
}

/// A key of 1 to 15 ASCII bytes packed in two machine words: the bytes in order from the
/// low byte of `lo`, then of `hi`, and the count in `hi`'s top byte (so `hi` is never zero).
/// Two keys are equal exactly when their bytes are, as two ASCII strings are.
struct ShortKey: Equatable {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var count: Int { Int(hi >> 56) }

    init() {}

    /// ``AcronymRule/acronymKey(_:_:)`` of `t`, packed; nil when it is empty or longer than 15.
    init?(acronymOf t: Token, _ bytes: [UInt8]) {
        for k in Int(t.start)..<Int(t.end) {
            let b = bytes[k]
            if b >= 0x41, b <= 0x5A {
                guard count < 15 else { return nil }
                append(b | 0x20)
            } else if b >= 0x30, b <= 0x39 {
                guard count < 15 else { return nil }
                append(b)
            }
        }
        if count == 0 { return nil }
    }

    /// `key`'s bytes packed; nil when it is empty or longer than 15.
    init?(packing key: String) {
        for b in key.utf8 {
            guard count < 15 else { return nil }
            append(b)
        }
        if count == 0 { return nil }
    }

    /// Adds byte `b` (the count must be below 15).
    @inline(__always) mutating func append(_ b: UInt8) {
        let n = count
        if n < 8 { lo |= UInt64(b) << UInt64(8 * n) } else { hi |= UInt64(b) << UInt64(8 * (n - 8)) }
        hi = (hi & 0x00FF_FFFF_FFFF_FFFF) | UInt64(n + 1) << 56
    }

    /// The key's bytes as a string.
    var string: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { out in
            let n = count
            for i in 0..<n { out[i] = UInt8(truncatingIfNeeded: i < 8 ? lo >> UInt64(8 * i) : hi >> UInt64(8 * (i - 8))) }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    @inline(__always) func slot(_ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((lo ^ (hi &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> 32) & mask
    }
}

/// Entities by ``ShortKey`` (open addressing; a slot with `hi == 0` is empty), with the
/// initials rule's marking: a key spelled by two entities holds -1.
struct ShortKeyTable {
    private var keys = [ShortKey](repeating: ShortKey(), count: 64)
    private var values = [Int](repeating: 0, count: 64)
    private(set) var count = 0
    var isEmpty: Bool { count == 0 }

    subscript(key: ShortKey) -> Int? {
        let mask = keys.count - 1
        var s = key.slot(mask)
        while true {
            let k = keys[s]
            if k == key { return values[s] }
            if k.hi == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// Adds `key` for `entity`, or keeps it, or marks it -1 when it holds another.
    mutating func spell(_ key: ShortKey, by entity: Int) {
        let mask = keys.count - 1
        var s = key.slot(mask)
        while true {
            let k = keys[s]
            if k == key { if values[s] != entity { values[s] = -1 }; return }
            if k.hi == 0 { break }
            s = (s + 1) & mask
        }
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = [ShortKey](repeating: ShortKey(), count: oldKeys.count * 2)
            values = [Int](repeating: 0, count: oldKeys.count * 2)
            count = 0
            for j in oldKeys.indices where oldKeys[j].hi != 0 { spell(oldKeys[j], by: oldValues[j]) }
            spell(key, by: entity)
            return
        }
        keys[s] = key
        values[s] = entity
        count += 1
    }
}
