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
    struct Entry: Sendable {
        var key: [UInt8]
        var tokens: [[UInt8]]
        var initials: [UInt8]
        var entity: EntityID
        var nameIndex: Int // 0 = canonical name, n = alias n-1
    }

    private let graph: KnowledgeGraph
    private let entries: [Entry]
    private static let stopWords: Set<[UInt8]> = Set(["and", "of", "the", "for", "in", "on", "to"].map { Array($0.utf8) })

    /// A resolver over `graph`'s names and aliases.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
        var entries: [Entry] = []
        entries.reserveCapacity(graph.entityCount * 2)
        for e in graph.entities {
            var seen = Set<String>()
            for (i, name) in e.allNames.enumerated() {
                let key = NameKey.normalise(name)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                let bytes = Array(key.utf8)
                let tokens = bytes.split(separator: 0x20).map(Array.init)
                let initials = tokens.filter { !Self.stopWords.contains($0) && !($0[0] >= 0x30 && $0[0] <= 0x39) }.compactMap(\.first)
                entries.append(Entry(key: bytes, tokens: tokens, initials: initials.count >= 2 ? initials : [], entity: e.id, nameIndex: i))
            }
        }
        self.entries = entries
    }

    /// The entity `text` names, or an error with candidates.
    public func resolve(_ text: String) throws -> EntityID {
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
            throw QueryError.ambiguousEntity(text, candidates: describe(exact.prefix(6).map { $0 }))
        }
        let ranked = search(name, type: type, limit: 8)
        if let top = ranked.first, top.tier >= .words {
            let tied = ranked.filter { $0.tier == top.tier }
            if tied.count == 1 { return top.entity }
            if let best = preferred(tied.map(\.entity), key: NameKey.normalise(name)) { return best }
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
        var best: [EntityID: (tier: MatchTier, distance: Int, entry: Int)] = [:]
        for (i, entry) in entries.enumerated() {
            if let type, graph[entry.entity].type != type { continue }
            guard let (tier, d) = match(entry, qKey, qTokens, maxDistance) else { continue }
            if let old = best[entry.entity], (old.tier > tier || (old.tier == tier && old.distance <= d)) { continue }
            best[entry.entity] = (tier, d, i)
        }
        var results = best.map { id, m in
            NameMatch(entity: id, tier: m.tier, distance: m.distance,
                      matchedName: graph[id].allNames[entries[m.entry].nameIndex])
        }
        results.sort { a, b in
            if a.tier != b.tier { return a.tier > b.tier }
            if a.distance != b.distance { return a.distance < b.distance }
            let ea = graph[a.entity], eb = graph[b.entity]
            if ea.kind != eb.kind { return ea.kind == .form }
            if let weight {
                let wa = weight(a.entity), wb = weight(b.entity)
                if wa != wb { return wa > wb }
            }
            if ea.name.utf8.count != eb.name.utf8.count { return ea.name.utf8.count < eb.name.utf8.count }
            return a.entity < b.entity
        }
        if results.count > limit { results.removeSubrange(limit...) }
        return results
    }

    private func match(_ e: Entry, _ q: [UInt8], _ qTokens: [[UInt8]], _ maxDistance: Int) -> (MatchTier, Int)? {
        if e.key == q { return (.exact, 0) }
        if e.key.count > q.count, e.key.starts(with: q) { return (.prefix, 0) }
        if qTokens.allSatisfy({ t in e.tokens.contains(t) }) { return (.words, 0) }
        if qTokens.count == 1, !e.initials.isEmpty, e.initials == q { return (.initials, 0) }
        if qTokens.allSatisfy({ t in e.tokens.contains { $0.starts(with: t) } }) { return (.wordPrefixes, 0) }
        if q.count >= 3, contains(e.key, q) { return (.substring, 0) }
        guard maxDistance > 0 else { return nil }
        if abs(e.key.count - q.count) <= maxDistance, let d = Self.editDistance(e.key, q, limit: maxDistance) {
            return (.typo, d)
        }
        if qTokens.count == 1, q.count >= 4 {
            var bestD: Int? = nil
            for t in e.tokens where abs(t.count - q.count) <= 1 {
                if let d = Self.editDistance(t, q, limit: 1) { bestD = min(bestD ?? d, d) }
            }
            if let bestD { return (.typo, bestD + 1) }
        }
        return nil
    }

    private func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Levenshtein distance (with adjacent transpositions) if it is at most `limit`, else nil.
    ///
    /// - Complexity: O(a·b) time, O(b) space.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return nil }
            swap(&prev2, &prev)
            swap(&prev, &cur)
        }
        return prev[b.count] <= limit ? prev[b.count] : nil
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
