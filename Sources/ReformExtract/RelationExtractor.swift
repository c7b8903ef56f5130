import ReformCore

/// Runs the relation rules over each sentence of a document.
enum RelationExtractor {
    static func relations(in doc: inout Document, _ lexicon: CompiledLexicon) -> [DocRelation] {
        var out: [DocRelation] = []
        InstanceRule.apply(&doc, lexicon, into: &out)
        return out
    }
}
