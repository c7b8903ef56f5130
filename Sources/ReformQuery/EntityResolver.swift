#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Turns names typed by a person into entity ids, once, before any traversal.
///
/// Resolution order: `#N` (an id); `TYPE:NAME` restricts to one type; an exact
/// ``NameKey`` match (preferring a form over instances, then the entity whose canonical
/// name matches, for an acronym like "CCG"); then ranked candidates (prefix, words,
/// initials, word prefixes, substring, edit distance). A non-exact match is accepted only
/// when one entity is clearly best at the "words" tier or above; otherwise the error lists
/// candidates ("did you mean").
///
/// - Complexity: exact lookup O(length of name); ranked search O(total names) per query.
public struct EntityResolver: Sendable {
    private let graph: KnowledgeGraph
    private let table: LazyNameTable
    /// The flat name table, built on first use: exact names resolve through the graph's own
    /// index, so a command that names entities exactly never pays for it.
    private var names: NameTable { table.get(graph) }

    /// A resolver over `graph`'s names and aliases.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
        self.table = LazyNameTable()
    }

    /// The entity `text` names, or an error with candidates.
    public func resolve(_ text: String) throws -> EntityID {
        try resolve(text, tieBreak: nil)
    }

    /// As ``resolve(_:)``, but when several entities tie, `tieBreak` may choose one of them
    /// (for example, when they are all in one lineage and the answer is the same).
    public func resolve(_ text: String, tieBreak: (([EntityID]) -> EntityID?)?) throws -> EntityID {
        let trimmed = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !trimmed.isEmpty else { throw QueryError.unknownEntity(text, suggestions: []) }
        if trimmed.hasPrefix("#"), let n = Int(trimmed.dropFirst()), n >= 0, n < graph.entityCount {
            return EntityID(n)
        }
        var type: EntityType? = nil
        var name = trimmed
        if let colon = trimmed.firstIndex(of: ":"), let t = EntityType(rawValue: String(trimmed[..<colon]).lowercased()) {
            type = t
            name = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters()
        }
        var exact = graph.lookup(name)
        if let type { exact = exact.filter { graph[$0].type == type } }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 {
            if let best = preferred(exact, key: NameKey.normalise(name)) { return best }
            if let tieBreak, let chosen = tieBreak(exact) { return chosen }
            throw QueryError.ambiguousEntity(text, candidates: describe(exact.prefix(6).map { $0 }))
        }
        let ranked = search(name, type: type, limit: 8)
        if let top = ranked.first, top.tier >= .words {
            let tied = ranked.filter { $0.tier == top.tier }
            if tied.count == 1 { return top.entity }
            if let best = preferred(tied.map(\.entity), key: NameKey.normalise(name)) { return best }
            if let tieBreak, let chosen = tieBreak(tied.map(\.entity)) { return chosen }
            throw QueryError.ambiguousEntity(text, candidates: describe(tied.prefix(6).map(\.entity)))
        }
        throw QueryError.unknownEntity(text, suggestions: describe(ranked.prefix(5).map(\.entity)))
    }

    /// The one form among `ids`, or the one whose canonical name has `key`; nil if neither is unique.
    private func preferred(_ ids: [EntityID], key: String) -> EntityID? {
        let forms = ids.filter { graph[$0].kind == .form }
        if forms.count == 1 { return forms[0] }
        let pool = forms.isEmpty ? ids : forms
        let canonical = pool.filter { NameKey.normalise(graph[$0].name) == key }
        if canonical.count == 1 { return canonical[0] }
        return nil
    }

    /// Candidates as a person would type them: `"Name"`, or `"type:Name"` where names repeat.
    public func describe(_ ids: [EntityID]) -> [String] {
        var counts: [String: Int] = [:]
        for id in ids { counts[NameKey.normalise(graph[id].name), default: 0] += 1 }
        return ids.map { id in
            let e = graph[id]
            if counts[NameKey.normalise(e.name), default: 0] > 1 {
                return "\"\(e.type.rawValue):\(e.name)\""
            }
            return "\"\(e.name)\" (\(e.type.label))"
        }
    }

    /// Ranked matches for `text` over names and aliases, best first, one per entity.
    ///
    /// Ties are broken by forms first, then degree (`weight`), then shorter names, then id.
    public func search(_ text: String, type: EntityType? = nil, limit: Int = 20, weight: ((EntityID) -> Int)? = nil) -> [NameMatch] {
        let qKey = Array(NameKey.normalise(text).utf8)
        guard !qKey.isEmpty else { return [] }
        let qTokens = qKey.split(separator: 0x20).map(Array.init)
        let maxDistance = qKey.count >= 12 ? 3 : qKey.count >= 7 ? 2 : qKey.count >= 4 ? 1 : 0
        // Ranked best-first; only the `limit` best are kept (no sorting of every match).
        var top: [(rank: Rank, entry: Int)] = []
        var matched = 0
        var matchedInFirstPass = Set<EntityID>()
        func consider(_ rank: Rank, _ entry: Int) {
            matched += 1
            if top.count == limit, let last = top.last, !(rank < last.rank) { return }
            var lo = 0, hi = top.count
            while lo < hi { let mid = (lo + hi) / 2; if top[mid].rank < rank { lo = mid + 1 } else { hi = mid } }
            top.insert((rank, entry), at: lo)
            if top.count > limit { top.removeLast() }
        }
        let qMask = BigramMask(qKey)
        let needed = qMask.count - 2 * maxDistance
        var edit = EditDistance()
        let t = names
        t.bytes.withUnsafeBufferPointer { bytes in
        t.initialBytes.withUnsafeBufferPointer { initialBytes in
        qKey.withUnsafeBufferPointer { q in
            let qWords: [UnsafeBufferPointer<UInt8>] = qTokens.map { tok in
                // Words of the query as slices of `q`.
                var offset = 0
                for other in qTokens { if other == tok { break }; offset += other.count + 1 }
                return UnsafeBufferPointer(rebasing: q[offset..<(offset + tok.count)])
            }
            func slice(_ a: UInt32, _ b: UInt32) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[Int(a)..<Int(b)]) }
            func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
                a.count == b.count && memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
            func startsWith(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
                a.count >= b.count && memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0
            }
            func words(_ i: Int) -> Range<Int> { Int(t.firstWord[i])..<Int(t.firstWord[i + 1]) }
            func cheap(_ i: Int) -> MatchTier? {
                let key = slice(t.keyStart[i], t.keyEnd[i])
                if equal(key, q) { return .exact }
                // A name that starts with the text; one whole word at the start counts only as
                // a word match, so forms and well-connected names are not outranked by chance.
                if key.count > q.count, startsWith(key, q), qWords.count > 1 || key[q.count] != 0x20 { return .prefix }
                let ws = words(i)
                if qWords.allSatisfy({ qw in ws.contains { equal(slice(t.wordStart[$0], t.wordEnd[$0]), qw) } }) { return .words }
                let ini = Int(t.initialStart[i])..<Int(t.initialStart[i + 1])
                if qWords.count == 1, !ini.isEmpty, equal(UnsafeBufferPointer(rebasing: initialBytes[ini]), q) { return .initials }
                if qWords.allSatisfy({ qw in ws.contains { startsWith(slice(t.wordStart[$0], t.wordEnd[$0]), qw) } }) { return .wordPrefixes }
                if q.count >= 3, Self.contains(key, q) { return .substring }
                return nil
            }
            func typo(_ i: Int) -> Int? {
                let key = slice(t.keyStart[i], t.keyEnd[i])
                if abs(key.count - q.count) <= maxDistance, let d = edit.distance(key, q, limit: maxDistance) { return d }
                guard qWords.count == 1, q.count >= 4 else { return nil }
                var bestD: Int? = nil
                for w in words(i) {
                    let word = slice(t.wordStart[w], t.wordEnd[w])
                    if abs(word.count - q.count) <= 1, let d = edit.distance(word, q, limit: 1) { bestD = min(bestD ?? d, d) }
                }
                return bestD.map { $0 + 1 }
            }
            // Two passes: the cheap tiers first; the typo tier (edit distance) only when they
            // found too few, and then only for names whose bigrams could be within the distance.
            // An entity's names are adjacent in the table, so its best match is kept in passing.
            for pass in 0..<2 {
                if pass == 1 && (matched >= limit || maxDistance == 0) { break }
                var current: (tier: MatchTier, distance: Int, entry: Int)? = nil
                func flush() {
                    guard let c = current else { return }
                    let e = t.entity[c.entry]
                    if pass == 0 { matchedInFirstPass.insert(e) }
                    consider(Rank(tier: c.tier, distance: c.distance, isForm: t.isForm[c.entry], weight: weight?(e) ?? 0,
                                  length: t.canonicalLength[c.entry], entity: e), c.entry)
                    current = nil
                }
                for i in 0..<t.count {
                    if i > 0, t.entity[i] != t.entity[i - 1] { flush() }
                    if let type, t.typeOrdinal[i] != UInt8(type.ordinal) { continue }
                    let m: (MatchTier, Int)?
                    if pass == 0 {
                        m = cheap(i).map { ($0, 0) }
                    } else {
                        guard t.bigrams[i].common(with: qMask) >= needed, !matchedInFirstPass.contains(t.entity[i]) else { continue }
                        m = typo(i).map { (.typo, $0) }
                    }
                    guard let (tier, d) = m else { continue }
                    if let old = current, (old.tier > tier || (old.tier == tier && old.distance <= d)) { continue }
                    current = (tier, d, i)
                }
                flush()
            }
        }
        }
        }
        return top.map { r in
            NameMatch(entity: r.rank.entity, tier: r.rank.tier, distance: r.rank.distance,
                      matchedName: graph[r.rank.entity].allNames[Int(t.nameIndex[r.entry])])
        }
    }

    /// The order of search results: better tier, smaller distance, forms, heavier, shorter, lower id.
    struct Rank: Comparable {
        var tier: MatchTier
        var distance: Int
        var isForm: Bool
        var weight: Int
        var length: UInt32
        var entity: EntityID

        static func < (a: Rank, b: Rank) -> Bool {
            if a.tier != b.tier { return a.tier > b.tier }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.isForm != b.isForm { return a.isForm }
            if a.weight != b.weight { return a.weight > b.weight }
            if a.length != b.length { return a.length < b.length }
            return a.entity < b.entity
        }
    }


    /// True when `needle` occurs in `hay`.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && memcmp(hay.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }

    /// Levenshtein distance (with adjacent transpositions) if it is at most `limit`, else nil.
    ///
    /// - Complexity: O(a·b) time, O(b) space.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        var e = EditDistance()
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in e.distance(a, b, limit: limit) } }
    }

    /// Names starting with `prefix` (case-insensitive), for completion: per entity its
    /// canonical name if it matches, else its first matching alias; sorted, without
    /// case-only duplicates.
    public func completions(prefix: String, limit: Int = 200) -> [String] {
        let p = prefix.lowercased()
        var out: [String: String] = [:]
        for e in graph.entities {
            guard let n = e.allNames.first(where: { $0.lowercased().hasPrefix(p) }) else { continue }
            if out[n.lowercased()] == nil { out[n.lowercased()] = n }
        }
        return Array(out.values.sorted().prefix(limit))
    }
}

extension String {
    func trimmingCharacters() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// A ``NameTable`` made once, on first use, safely from any thread.
final class LazyNameTable: @unchecked Sendable {
    private let lock = MutexLock()
    private var table: NameTable?

    func get(_ graph: KnowledgeGraph) -> NameTable {
        lock.locked {
            if let table { return table }
            let t = NameTable(graph: graph)
            table = t
            return t
        }
    }
}
