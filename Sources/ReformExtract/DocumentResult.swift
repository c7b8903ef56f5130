import ReformCore

/// A relation as one document states it.
struct DocRelation: Sendable {
    var source: Int
    var predicate: Predicate
    var target: Int
    var year: Int?
    var role: String?
    /// Sentence index in the document.
    var sentence: Int
}

/// Everything extracted from one document, ready to merge into the graph.
struct DocumentResult: Sendable {
    var name: String
    var entities: [DocEntity]
    var relations: [DocRelation]
    /// For each relation, the text and byte range of its sentence (the evidence).
    var evidence: [(sentence: String, start: Int, end: Int)]
    var sentences: Int
    var bytes: Int
    var warnings: [String] = []
    /// Acronyms the document defines, and the entity (index in `entities`) each stands for.
    var definedAcronyms: [String: Int] = [:]
    /// For each entity found by a rule (not a lexicon entry, not merged), its name's
    /// ``NameKey``; empty for the others. Made on the extracting thread, so the serial merge
    /// into the graph does not normalise names again.
    var nameKeys: [String] = []
    /// Each name key's `hashValue` (0 for an empty key), made on the extracting thread too.
    var nameKeyHashes: [Int] = []
    /// The people found by rules (not lexicon entries, not merged), in entity order, each
    /// with whether it is a full name (``PersonResolver/isFull(_:)``): what the merge needs to
    /// decide which short names stand for which full ones, worked out in parallel.
    var people: [Person] = []

    /// A person found by a rule, with the parts of the name the merge compares.
    struct Person: Sendable {
        var name: String
        /// ``PersonResolver/isFull(_:)``.
        var isFull: Bool
        /// The surname key and the first given name or initial ("" for none), from
        /// ``PersonResolver/parts(_:)``.
        var surname: String
        var given: String
    }
}

/// Extracts one document: sentences, tokens, entities, relations.
enum DocumentExtractor {
    static func extract(name: String, text: String, markup: Bool, lexicon: CompiledLexicon) -> DocumentResult {
        var tokenizer = Tokenizer()
        return extract(name: name, text: text, markup: markup, lexicon: lexicon, tokenizer: &tokenizer)
    }

    /// Extracts with a tokenizer kept from document to document (its word memo is reused).
    static func extract(name: String, text: String, markup: Bool, lexicon: CompiledLexicon,
                        tokenizer: inout Tokenizer) -> DocumentResult {
        extract(name: name, utf8: Array(text.utf8), markup: markup, lexicon: lexicon, tokenizer: &tokenizer)
    }

    /// Extracts from text given as valid UTF-8 bytes.
    static func extract(name: String, utf8: consuming [UInt8], markup: Bool, lexicon: CompiledLexicon,
                        tokenizer: inout Tokenizer) -> DocumentResult {
        var doc = Document(name: name, utf8: consume utf8, markup: markup, lexicon: lexicon, tokenizer: &tokenizer)
        EntityFinder.run(&doc, lexicon)
        var relations = RelationExtractor.relations(in: &doc, lexicon)
        // Relations refer to resolved entities only.
        for i in relations.indices {
            relations[i].source = doc.entities.resolved(relations[i].source)
            relations[i].target = doc.entities.resolved(relations[i].target)
        }
        relations.removeAll { $0.source == $0.target }
        // One String per sentence, shared by its relations.
        var evidence: [(sentence: String, start: Int, end: Int)] = []
        evidence.reserveCapacity(relations.count)
        var texts: [Int: String] = [:]
        for r in relations {
            let text = texts[r.sentence] ?? doc.sentenceText(r.sentence)
            texts[r.sentence] = text
            evidence.append((text, doc.sentences[r.sentence].start, doc.sentences[r.sentence].end))
        }
        var result = DocumentResult(name: name, entities: doc.entities.all, relations: relations, evidence: evidence,
                                    sentences: doc.sentences.count, bytes: doc.bytes.count)
        result.definedAcronyms = doc.definedAcronyms.mapValues { doc.entities.resolved($0) }
        for e in result.entities where e.type == .person && e.mergedInto < 0 && e.lexicon < 0 {
            let parts = PersonResolver.parts(e.name)
            result.people.append(DocumentResult.Person(name: e.name, isFull: PersonResolver.isFull(parts),
                                        surname: parts.surname, given: parts.given.first ?? ""))
        }
        result.nameKeys = result.entities.map { e in
            e.lexicon < 0 && e.mergedInto < 0 ? NameKeyMemo.normalise(e.name) : ""
        }
        result.nameKeyHashes = result.nameKeys.map { $0.isEmpty ? 0 : $0.hashValue }
        return result
    }
}
