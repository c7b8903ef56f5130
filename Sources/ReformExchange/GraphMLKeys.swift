/// The GraphML keys reformgraph writes: one declaration per attribute, typed, per domain.
///
/// The key ids are part of the format: the importer recognises its own files by them and
/// reads them losslessly. Lists and evidence are JSON text inside a `string` value, because
/// GraphML has no list type and networkx and igraph load only scalar attributes.
enum GraphMLKey: String, CaseIterable {
    // graph
    case documents = "g_documents"
    // node
    case name = "n_name", type = "n_type", kind = "n_kind", aliases = "n_aliases"
    case mentions = "n_mentions", nodeDocuments = "n_documents"
    case shape = "n_shape", nodeColour = "n_color", width = "n_width", height = "n_height"
    // edge
    case predicate = "e_predicate", lineage = "e_lineage", year = "e_year", role = "e_role"
    case evidenceCount = "e_evidence_count", document = "e_document", sentence = "e_sentence"
    case evidence = "e_evidence", edgeColour = "e_color"

    /// `graph`, `node` or `edge`.
    var domain: String {
        switch rawValue.first {
        case "g": return "graph"
        case "n": return "node"
        default: return "edge"
        }
    }

    /// The attribute name tools show (the id without its domain prefix).
    var attributeName: String { String(rawValue.dropFirst(2)) }

    /// The GraphML `attr.type`.
    var attributeType: String {
        switch self {
        case .mentions, .year, .evidenceCount: return "int"
        case .width, .height: return "double"
        case .lineage: return "boolean"
        default: return "string"
        }
    }

    /// Keys written only with the yEd styling option (derived, so the importer skips them).
    var isStyling: Bool { [.shape, .nodeColour, .width, .height, .edgeColour].contains(self) }

    static let byID: [String: GraphMLKey] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
