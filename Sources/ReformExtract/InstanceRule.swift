import ReformCore

/// `instance_of`: a named body found by its form word ("West Cheshire CCG", "Dudley Shadow
/// MCP") is an instance of that form. The evidence is the sentence of its first mention.
enum InstanceRule {
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, into out: inout [DocRelation]) {
        var done: Set<Int> = []
        for m in doc.mentions {
            let e = doc.entities.resolved(m.entity)
            let form = doc.entities[e].form
            guard form >= 0, done.insert(e).inserted else { continue }
            let f = doc.entities.lexiconEntity(form, lexicon)
            out.append(DocRelation(source: e, predicate: .instanceOf, target: f, sentence: doc.sentence(ofToken: m.first)))
        }
    }
}
