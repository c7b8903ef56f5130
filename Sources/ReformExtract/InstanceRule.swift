import ReformCore

/// `instance_of`: a named body found by its form word ("West Cheshire CCG", "Dudley Shadow
/// MCP") is an instance of that form; so is a known body whose name, as written, ends in a
/// form's name of its type ("Cambridgeshire and Peterborough Integrated Care System",
/// "Imperial College Healthcare NHS Trust"). The evidence is the sentence of its first mention.
enum InstanceRule {
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, into out: inout [DocRelation]) {
        var done: Set<Int> = []
        for m in doc.mentions {
            let e = doc.entities.resolved(m.entity)
            guard !done.contains(e) else { continue }
            var form = doc.entities[e].form
            if form < 0, doc.entities[e].kind == .instance, doc.entities[e].lexicon >= 0 {
                form = formEnding(doc.text(m.first, m.last), type: doc.entities[e].type, lexicon)
            }
            if PlaceCover.types.contains(doc.entities[e].type), doc.entities[e].kind == .instance,
               let place = PlaceCover.place(in: doc.entities[e].name, lexicon),
               let p = doc.entities.existingLexiconEntity(place), doc.entities[p].mentions > 0 {
                // Only a place the document names on its own: no entity is made up here.
                if p != e { out.append(DocRelation(source: e, predicate: .covers, target: p, sentence: doc.sentence(ofToken: m.first))) }
            }
            guard form >= 0 else { done.insert(e); continue }
            done.insert(e)
            let f = doc.entities.lexiconEntity(form, lexicon)
            guard f != e else { continue }
            out.append(DocRelation(source: e, predicate: .instanceOf, target: f, sentence: doc.sentence(ofToken: m.first)))
        }
    }

    /// The form of `type` whose name or alias ends `surface` (longest first), or -1.
    static func formEnding(_ surface: String, type: EntityType, _ lexicon: CompiledLexicon) -> Int32 {
        let key = NameKey.normalise(surface)
        var best: (Int32, Int) = (-1, 0)
        for (f, k) in lexicon.formKeysByType[type] ?? [] where k.count > best.1 && key.count > k.count && key.hasSuffix(" " + k) {
            best = (f, k.count)
        }
        return best.0
    }
}

/// `covers`: a local body named after its area ("West Cheshire CCG", "NHS Kent and Medway
/// ICB", "North East London ICS") serves that area, when the lexicon knows the area as a place
/// and the document names the place on its own too.
enum PlaceCover {
    static let types: Set<EntityType> = [.ccg, .icb, .ics, .icp, .stp, .aco, .pct, .sha, .localAuthority]

    /// The lexicon place that the name begins with (after a leading "NHS"), longest first.
    static func place(in name: String, _ lexicon: CompiledLexicon) -> Int32? {
        var words = name.split(separator: " ").map(String.init)
        if words.first == "NHS" { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            if let p = lexicon.lookup(words[0..<n].joined(separator: " "), type: .place), lexicon.entry(p).type == .place {
                return p
            }
        }
        return nil
    }
}
