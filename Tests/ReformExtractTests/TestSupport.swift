#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore
@testable import ReformExtract

/// Helpers shared by the extractor tests.
enum TestSupport {
    // These tests stay free of Foundation: its ICU module clashes with libxml2's headers,
    // which `@testable import ReformExtract` loads.

    /// The repository root (two levels above this file's folder).
    static let repoRoot: String = parent(parent(parent(#filePath)))
    /// `../shared` next to the repository.
    static let sharedFolder: String = parent(repoRoot) + "/shared"

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// An environment variable.
    static func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Writes bytes to a file (tests only; errors end the test).
    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let f = fopen(path, "wb") else { throw TestError("cannot write \(path)") }
        defer { fclose(f) }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> String {
        var template = Array("/tmp/rg-extract-XXXXXX".utf8CString)
        guard let p = mkdtemp(&template) else { throw TestError("mkdtemp failed") }
        return String(cString: p)
    }

    /// A new temporary folder holding `files` (relative path → bytes; parents are made).
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let dir = try temporaryFolder()
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let path = dir + "/" + name
            mkdir(parent(path), 0o755)
            try write(bytes, to: path)
        }
        return dir
    }

    struct TestError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// The project lexicon (graph/lexicon.txt), parsed once.
    static let projectLexicon: Lexicon = {
        (try? Lexicon.load(path: repoRoot + "/graph/lexicon.txt")) ?? Lexicon()
    }()

    /// A small lexicon for rule tests.
    static let smallLexicon: Lexicon = {
        try! Lexicon.parse("""
        [ccg form]
        Clinical Commissioning Group | CCG
        [icb form]
        Integrated Care Board | ICB
        [ics form]
        Integrated Care System | ICS
        [pct form]
        Primary Care Trust | PCT
        [stp form]
        Sustainability and Transformation Plan
        Sustainability and Transformation Partnership | STP
        [trust form]
        NHS Trust
        NHS Foundation Trust | Foundation Trust
        [sha form]
        Strategic Health Authority | SHA
        [national_body]
        National Health Service | NHS
        NHS England | NHSE
        Department of Health and Social Care | DHSC
        Secretary of State for Health and Social Care | Secretary of State
        [act]
        Health and Social Care Act 2012 | 2012 Act
        Health and Care Act 2022 | 2022 Act
        [report]
        Five Year Forward View
        [think_tank]
        The King's Fund | Kings Fund
        Nuffield Trust
        The Health Foundation
        [association]
        NHS Providers
        Socialist Health Association
        [party]
        Labour Party | Labour
        [place]
        England
        """, source: "test.txt")
    }()

    /// Builds a graph from in-memory documents with the small lexicon.
    static func graph(_ texts: String..., lexicon: Lexicon = smallLexicon) -> KnowledgeGraph {
        let docs = texts.enumerated().map { (name: "doc\($0.offset).txt", text: $0.element) }
        return CorpusBuilder(lexicon: lexicon).build(documents: docs).0
    }
}

extension KnowledgeGraph {
    /// The entity answering to `name` (any type), if one.
    func entity(_ name: String) -> Entity? { lookup(name).first.map { self[$0] } }

    /// Whether `source —predicate→ target` exists (by names).
    func has(_ source: String, _ predicate: ReformCore.Predicate, _ target: String) -> Bool {
        for s in lookup(source) {
            for r in outgoing(s) where self[r].predicate == predicate && lookup(target).contains(self[r].target) { return true }
        }
        return false
    }

    /// All relations as "source -predicate-> target" lines (for failure messages).
    var relationLines: [String] {
        relations.map { "\(self[$0.source].name) -\($0.predicate)-> \(self[$0.target].name)" }
    }
}
