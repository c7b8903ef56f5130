import ReformCore

/// Writes the two CSV files `neo4j-admin database import` reads: `nodes.csv` and
/// `relationships.csv`, with typed header columns.
///
/// ```
/// id:ID,name,:LABEL,type,kind,aliases:string[],mentions:int,documents:string[]
/// "clinical-commissioning-group","Clinical Commissioning Group","Entity;CCG;Form","ccg","form","CCG;CCGs",12,"a.txt"
/// :START_ID,:END_ID,:TYPE,predicate,year:int,role,lineage:boolean,evidence_count:int,document,sentence,documents:string[]
/// "clinical-commissioning-group","integrated-care-board","REPLACED_BY","replaced_by",2022,,true,1,"a.txt","...","a.txt"
/// ```
/// Ids are the JSON export's slugs. Every node has the label `Entity`, its type's label
/// (`CCG`, `NationalBody`...) and `Form` for forms; a relationship's type is its predicate
/// in capitals. A missing year or role is an empty field (no property). Evidence beyond
/// the first sentence is counted and its documents listed. Import with
/// `--multiline-fields=true`: sentences and names may hold newlines.
public struct Neo4jExporter: GraphExporter {
    /// Which of the two files a stream export writes.
    public enum Part: String, CaseIterable, Sendable {
        case nodes, relationships
        /// The file name inside the export directory.
        public var fileName: String { "\(rawValue).csv" }
    }

    /// The part ``export(_:selection:to:)`` writes.
    public var part: Part

    public init(part: Part = .nodes) { self.part = part }

    public func export(_ graph: KnowledgeGraph, selection: GraphSelection?, to out: ByteWriter) throws {
        let sel = selection?.closed(in: graph) ?? GraphSelection.all(of: graph)
        let ids = EntitySlugs(graph)
        switch part {
        case .nodes:
            out.write("id:ID,name,:LABEL,type,kind,aliases:string[],mentions:int,documents:string[]\n")
            for id in sel.entities {
                let e = graph[id]
                CSVText.field(ids[id], to: out); out.write(byte: 0x2C)
                CSVText.field(e.name, to: out); out.write(byte: 0x2C)
                CSVText.field("Entity;" + Self.label(e.type) + (e.kind == .form ? ";Form" : ""), to: out)
                out.write(byte: 0x2C)
                CSVText.field(e.type.rawValue, to: out); out.write(byte: 0x2C)
                CSVText.field(e.kind.rawValue, to: out); out.write(byte: 0x2C)
                CSVText.array(e.aliases, to: out); out.write(byte: 0x2C)
                out.write(int: e.mentions); out.write(byte: 0x2C)
                CSVText.array(e.documents.map(graph.documentName), to: out)
                out.write(byte: 0x0A)
            }
        case .relationships:
            out.write(":START_ID,:END_ID,:TYPE,predicate,year:int,role,lineage:boolean,evidence_count:int,document,sentence,documents:string[]\n")
            for rid in sel.relations {
                let r = graph[rid]
                CSVText.field(ids[r.source], to: out); out.write(byte: 0x2C)
                CSVText.field(ids[r.target], to: out); out.write(byte: 0x2C)
                CSVText.field(r.predicate.rawValue.uppercased(), to: out); out.write(byte: 0x2C)
                CSVText.field(r.predicate.rawValue, to: out); out.write(byte: 0x2C)
                if let year = r.year { out.write(int: year) }
                out.write(byte: 0x2C)
                if let role = r.role { CSVText.field(role, to: out) }
                out.write(byte: 0x2C)
                out.write(r.predicate.isLineage ? "true" : "false"); out.write(byte: 0x2C)
                out.write(int: r.evidence.count); out.write(byte: 0x2C)
                if let first = r.evidence.first {
                    CSVText.field(graph.documentName(first.document), to: out); out.write(byte: 0x2C)
                    CSVText.field(first.sentence, to: out); out.write(byte: 0x2C)
                } else {
                    out.write(",,")
                }
                var docs: [String] = []
                for ev in r.evidence where !docs.contains(graph.documentName(ev.document)) {
                    docs.append(graph.documentName(ev.document))
                }
                CSVText.array(docs, to: out)
                out.write(byte: 0x0A)
            }
        }
    }

    /// Writes both files and a README with the import command into `directory` (created
    /// if missing), each file atomically.
    public static func write(_ graph: KnowledgeGraph, selection: GraphSelection?, toDirectory directory: String) throws {
        try AtomicFile.makeDirectory(directory)
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for part in Part.allCases {
            try AtomicFile.write(to: base + part.fileName) { try Neo4jExporter(part: part).export(graph, selection: selection, to: $0) }
        }
        try AtomicFile.write(to: base + "README.txt") { $0.write(readme) }
    }

    /// How to load the files, written beside them.
    public static let readme = """
    Neo4j bulk import files written by `reformgraph export --format neo4j`.

    Stop the database, then, from this directory (Neo4j 5):

        neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
            --multiline-fields=true --overwrite-destination neo4j

    (Neo4j 4: neo4j-admin import --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true)

    Every node is labelled Entity plus its type (CCG, ICB, NationalBody...) and Form for
    organisational forms; relationship types are the predicates in capitals (REPLACED_BY).

    """

    /// The Neo4j label of a type: acronyms in capitals, other types in PascalCase.
    public static func label(_ type: EntityType) -> String {
        switch type {
        case .icb, .ics, .icp, .stp, .aco, .ccg, .pct, .sha: return type.rawValue.uppercased()
        default: return type.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }
    }
}
