import ArgumentParser
import ReformCore
import ReformExchange
import ReformQuery

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print entities per type and relations per predicate.",
        discussion: "Example: reformgraph stats --graph /tmp/g"
    )

    @Option(name: .long, help: "The graph folder (default: the bundled graph).")
    var graph: String?

    func run() throws {
        let g: KnowledgeGraph
        do { g = try GraphLoader.load(graphDirectory: graph) } catch let e as ValidationError { throw e } catch { throw CLIError(error) }
        print("\(g.entityCount) entities, \(g.relationCount) relations, \(g.documents.count) documents\n")
        print(StatsTable.text(g))
    }
}

/// Two aligned tables: entities per type (forms and instances), relations per predicate.
enum StatsTable {
    static func text(_ g: KnowledgeGraph) -> String {
        var left = [("entity type", "count", "forms")]
        for t in EntityType.allCases {
            let ids = g.entities(ofType: t)
            guard !ids.isEmpty else { continue }
            left.append((t.rawValue, String(ids.count), String(ids.filter { g[$0].kind == .form }.count)))
        }
        var counts: [Predicate: (Int, Int)] = [:]
        for r in g.relations { counts[r.predicate, default: (0, 0)].0 += 1; counts[r.predicate, default: (0, 0)].1 += r.evidence.count }
        var right = [("predicate", "count", "sentences")]
        let order = Predicate.schema + counts.keys.filter { !$0.isSchema }.sorted()
        for p in order { if let c = counts[p] { right.append((TextSanitizer.neutralise(p.rawValue) + (p.isSchema ? "" : " *"), String(c.0), String(c.1))) } }
        func table(_ rows: [(String, String, String)]) -> [String] {
            let w0 = rows.map(\.0.count).max() ?? 0, w1 = rows.map(\.1.count).max() ?? 0, w2 = rows.map(\.2.count).max() ?? 0
            return rows.map { r in
                r.0.padding(w0) + "  " + String(repeating: " ", count: w1 - r.1.count) + r.1 + "  " + String(repeating: " ", count: w2 - r.2.count) + r.2
            }
        }
        var out = table(left) + [""] + table(right)
        if counts.keys.contains(where: { !$0.isSchema }) { out.append("* outside the schema's tables") }
        return out.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
