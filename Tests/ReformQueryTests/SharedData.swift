import ReformCore
import ReformExchange
#if canImport(Glibc)
import Glibc
#endif

/// The project's shared data (`../shared` beside the package): gold files and corpus.
enum SharedData {
    /// The package root, from this file's path.
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Tests/ReformQueryTests/SharedData.swift
        return parts.joined(separator: "/")
    }()

    /// `../shared`.
    static var sharedDirectory: String { packageRoot + "/../shared" }

    /// True when tests that need `../shared` must run (and fail rather than skip).
    static var required: Bool { getenv("REFORMGRAPH_REQUIRE_ALL").map { String(cString: $0) == "1" } ?? false }

    /// True when the gold files are present.
    static var goldAvailable: Bool { !goldFiles().isEmpty }

    /// The JSON files in `../shared/gold`, sorted; empty if the directory is missing.
    static func goldFiles() -> [String] {
        let dir = sharedDirectory + "/gold"
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".json") { names.append(dir + "/" + name) }
        }
        return names.sorted()
    }

    /// All gold files merged into one graph (entities merged by name and type), the
    /// hand-checked stand-in for a graph built from the corpus.
    static func goldGraph() throws -> KnowledgeGraph? {
        let files = goldFiles()
        guard !files.isEmpty else { return nil }
        var g = KnowledgeGraph()
        for file in files {
            let part = try JSONImporter.read(path: file).graph
            var map: [EntityID] = []
            for e in part.entities {
                let id = g.addEntity(name: e.name, type: e.type, kind: e.kind, aliases: e.aliases)
                for d in e.documents { g.recordMention(of: id, in: g.addDocument(part.documentName(d))) }
                map.append(id)
            }
            for r in part.relations {
                let ev = r.evidence.map { Evidence(document: g.addDocument(part.documentName($0.document)), sentence: $0.sentence, start: $0.start, end: $0.end) }
                g.addRelation(map[r.source.index], r.predicate, map[r.target.index], year: r.year, role: r.role, evidence: ev)
            }
        }
        return g
    }
}
