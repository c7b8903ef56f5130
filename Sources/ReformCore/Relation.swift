/// The sentence a relation was read from.
public struct Evidence: Hashable, Sendable {
    /// The document, an index into ``KnowledgeGraph/documents``.
    public var document: DocumentID
    /// The sentence text, exactly as it stands in the document (whitespace folded).
    public var sentence: String
    /// Byte offsets of the sentence in the document's decoded UTF-8 text, half-open.
    public var start: Int
    public var end: Int

    public init(document: DocumentID, sentence: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// Hashes the document and byte range only; `==` still compares every field, sentence
    /// included, so equal evidence hashes alike. Hashing the sentence (a Unicode-normalised
    /// pass over often hundreds of bytes) made the evidence sets of much-cited relations the
    /// slowest part of merging a corpus, single-threaded after extraction.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
    }

    /// Every field equal; the integers are compared before the sentence, so that evidence
    /// from other sentences of the same document is told apart without a string compare.
    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.document == b.document && a.start == b.start && a.end == b.end && a.sentence == b.sentence
    }
}

/// A directed, typed edge: `source —predicate→ target`, backed by evidence.
public struct Relation: Hashable, Sendable {
    public let id: RelationID
    public let source: EntityID
    public let target: EntityID
    public let predicate: Predicate
    /// A four-digit year the text ties to the relation, if any.
    public internal(set) var year: Int?
    /// The role, for `leads` ("chief executive", "chair"...).
    public let role: String?
    /// Every sentence that states the relation, in the order they were added, without duplicates.
    public internal(set) var evidence: [Evidence]
}
