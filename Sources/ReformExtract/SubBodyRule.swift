import ReformCore

/// Boards, councils and groups named after the body they belong to: "the WEF Steering
/// Board", "World Economic Forum Health Council". The named body is `part_of` its parent (a
/// known body whose name or alias begins the name), and the same board named without the
/// parent in the document ("a Steering Board") is one entity with it.
enum SubBodyRule {
    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon, into out: inout [DocRelation]) {
        var merged = false
        var done: Set<Int> = []
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard !done.contains(e), doc.entities[e].type == .committee, doc.entities[e].lexicon < 0 else { continue }
            done.insert(e)
            let words = doc.entities[e].name.split(separator: " ").map(String.init)
            guard words.count >= 3, ProperNameRule.subBodyHeads.contains(words.last!.lowercased()) else { continue }
            // The longest leading words that name a known body.
            for n in stride(from: words.count - 2, through: 1, by: -1) {
                guard let entry = lexicon.lookup(words[0..<n].joined(separator: " ")),
                      ProperNameRule.subBodyParents.contains(lexicon.entry(entry).type),
                      let parent = doc.entities.existingLexiconEntity(entry) ?? Optional(doc.entities.lexiconEntity(entry, lexicon)) else { continue }
                out.append(DocRelation(source: e, predicate: .partOf, target: doc.entities.resolved(parent),
                                       sentence: doc.sentence(ofToken: m.first)))
                let rest = words[n...].joined(separator: " ")
                if let short = doc.entities.find(rest, .committee), doc.entities.resolved(short) != e {
                    doc.entities.merge(doc.entities.resolved(short), into: e)
                    merged = true
                }
                break
            }
        }
        if merged {
            for i in doc.mentions.indices where doc.mentions[i].entity >= 0 { doc.mentions[i].entity = doc.entities.resolved(doc.mentions[i].entity) }
        }
    }
}
