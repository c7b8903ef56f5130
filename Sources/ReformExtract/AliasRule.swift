import ReformCore

/// Two names of one thing side by side: "‘One Person, One Team, One System’, otherwise known
/// as the Oldham Report", "X, also known as Y", "X (better known as Y)". The second name
/// becomes another name of the first, within the document. "now known as" and "later known
/// as" are renamings (`renamed_to`), not handled here.
enum AliasRule {
    private static let phrases: WordSet = [
        "otherwise known as", "also known as", "better known as", "commonly known as", "popularly known as",
        "known as", "aka", "a k a", "also called", "otherwise called", "sometimes called",
    ]

    /// A sentence is read only if it has a word one of the ``phrases`` needs ("known",
    /// "called", "aka", "k"): ``WordClass/aliasCue``, a bit test per token.
    static func apply(_ doc: inout Document) {
        var changed = false
        // The document the views share, made again only after a merge (each view of its own
        // copied the document, retaining and releasing its arrays, for every sentence read).
        var shared: SentenceView.Shared?
        // (A sentence's classes are the union of its tokens': one test, not a walk of its tokens.)
        for s in doc.sentences.indices where !doc.sentences[s].classes.isDisjoint(with: .aliasCue) {
            // The sentence's merges, made once its view (a copy of the document) is gone: a
            // merge while the view held the document copied the document's entities. (Which
            // entity is kept depends only on the items and on lexicon entries, which merges do
            // not change, and the merges are made in the same order.)
            var merges: [(drop: Int, keep: Int)] = []
            do {
                let documentShared = shared ?? SentenceView.Shared(doc)
                shared = documentShared
                let view = SentenceView(documentShared, s)
                for i in view.items.indices.dropLast() {
                    let a = view.items[i], b = view.items[i + 1]
                    guard a.type == b.type, a.entity != b.entity, b.first - a.last <= 7 else { continue }
                    let keys = view.keys(a.last, b.first).filter { !($0.is(",") || $0.is("(") || $0.is(")") || $0.is("-") || $0.is("the") || $0.is("\"")) }
                    guard phrases.contains(keys.spaceJoined()) else { continue }
                    // Keep the entity the lexicon knows, else the first name.
                    let (keep, drop) = doc.entities[b.entity].lexicon >= 0 && doc.entities[a.entity].lexicon < 0 ? (b.entity, a.entity) : (a.entity, b.entity)
                    merges.append((drop, keep))
                }
            }
            // (Dropped before the document changes: a copy held would make the merge copy it.)
            if !merges.isEmpty { shared = nil }
            for (drop, keep) in merges {
                doc.entities.merge(drop, into: keep)
                changed = true
            }
        }
        shared = nil
        if trustShortNames(&doc) { changed = true }
        if changed {
            for i in doc.mentions.indices { doc.mentions[i].entity = doc.entities.resolved(doc.mentions[i].entity) }
        }
    }

    /// "North West Ambulance Service" in a document that names "North West Ambulance Service
    /// NHS Trust": a trust's name without "NHS Trust" or "NHS Foundation Trust" is the same
    /// trust. Returns whether any names were merged.
    private static func trustShortNames(_ doc: inout Document) -> Bool {
        var full: [String: Int] = [:]
        var short: [(key: String, entity: Int)] = []
        for e in 0..<doc.entities.count where doc.entities[e].type == .trust && doc.entities[e].kind == .instance
            && doc.entities[e].mergedInto < 0 {
            let name = NameKeyMemo.normalise(doc.entities[e].name)
            if let base = trustBase(name), base.contains(" ") {
                if full[base] == nil { full[base] = e }
            } else {
                short.append((name, e))
            }
        }
        var merged = false
        for (key, short) in short {
            // (Resolved: an earlier short name may have taken the full name's place.)
            guard let full = full[key] else { continue }
            let f = doc.entities.resolved(full), e = doc.entities.resolved(short)
            guard f != e else { continue }
            if doc.entities[e].lexicon >= 0, doc.entities[f].lexicon < 0 { doc.entities.merge(f, into: e) } else { doc.entities.merge(e, into: f) }
            merged = true
        }
        return merged
    }

    private static let trustSuffixes = [" nhs foundation trust", " nhs trust"]
    private static let trustSuffixBytes = trustSuffixes.map { Array($0.utf8) }

    /// `name` without the first of ``trustSuffixes`` it ends with, or nil. An ASCII name is read
    /// by bytes: the suffixes are ASCII and start with a space, so there the name's last
    /// Characters are the suffix's exactly when its last bytes are, one byte each.
    private static func trustBase(_ name: String) -> String? {
        var text = name
        let ascii: String?? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            for suffix in trustSuffixBytes where u.count >= suffix.count && u[(u.count - suffix.count)...].elementsEqual(suffix) {
                return .some(String(decoding: UnsafeBufferPointer(rebasing: u[..<(u.count - suffix.count)]), as: UTF8.self))
            }
            return .some(nil)
        }
        if let ascii { return ascii }
        return trustSuffixes.lazy.compactMap({ name.hasSuffix($0) ? String(name.dropLast($0.count)) : nil }).first
    }
}
