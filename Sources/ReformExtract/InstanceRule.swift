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
            guard form >= 0 else { continue }
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
        for f in lexicon.formsByType[type] ?? [] {
            for n in lexicon.entry(f).allNames {
                let k = NameKey.normalise(n)
                if k.count > best.1, key.count > k.count, key.hasSuffix(" " + k) { best = (f, k.count) }
            }
        }
        return best.0
    }
}
