import ReformCore

/// Writes a Graphviz digraph that `dot` renders without warnings.
///
/// - Node ids are synthetic (`n0`, `n1`... in export order); names go only into quoted,
///   escaped labels (``DOTText``), so quotes, backslashes, newlines, unicode and keywords
///   such as `node` or `graph` are safe.
/// - Nodes are shaped and coloured by type (``TypeStyle``), with a legend cluster of the
///   types present; edges are labelled with the predicate, the year and the role, lineage
///   edges drawn in red. The first evidence sentence becomes the edge tooltip (SVG).
/// - Lineage selections (and ``ExportOptions/leftToRight``) rank left to right;
///   ``ExportOptions/clustersByType`` groups nodes by type.
/// - Output is streamed, apart from the per-type grouping of node positions for clusters.
public struct DOTExporter: GraphExporter {
    /// Formatting choices.
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) { self.options = options }

    public func export(_ graph: KnowledgeGraph, selection: GraphSelection?, to out: ByteWriter) throws {
        let sel = selection?.closed(in: graph) ?? GraphSelection.all(of: graph)
        let position = ExportPositions(graph: graph, selection: sel)
        out.write("digraph reformgraph {\n")
        // newrank: the legend and type clusters otherwise trip dot's "trouble in init_rank".
        out.write(options.leftToRight ?? sel.isLineage ? "  graph [newrank=true, rankdir=LR];\n" : "  graph [newrank=true];\n")
        out.write("  node [style=filled, fontsize=10];\n  edge [fontsize=8];\n")

        var typesPresent = [Bool](repeating: false, count: EntityType.allCases.count)
        if options.clustersByType {
            var byType = [[EntityID]](repeating: [], count: EntityType.allCases.count)
            for id in sel.entities { byType[graph[id].type.ordinal].append(id) }
            for type in EntityType.allCases where !byType[type.ordinal].isEmpty {
                typesPresent[type.ordinal] = true
                out.write("  subgraph cluster_"); out.write(type.rawValue); out.write(" {\n")
                out.write("    label="); DOTText.quoted(type.label, to: out)
                out.write(";\n    style=rounded;\n    color=\"#999999\";\n")
                for id in byType[type.ordinal] { writeNode(graph[id], number: position[id], indent: "    ", to: out) }
                out.write("  }\n")
            }
        } else {
            for id in sel.entities {
                let e = graph[id]
                typesPresent[e.type.ordinal] = true
                writeNode(e, number: position[id], indent: "  ", to: out)
            }
        }
        for rid in sel.relations {
            let r = graph[rid]
            out.write("  n"); out.write(int: position[r.source])
            out.write(" -> n"); out.write(int: position[r.target])
            var label = r.predicate.rawValue
            if let year = r.year { label += " \(year)" }
            if let role = r.role { label += " (\(role))" }
            out.write(" [label="); DOTText.quoted(label, to: out)
            if r.predicate.isLineage { out.write(", color=\""); out.write(TypeStyle.edgeColour(r.predicate)); out.write("\"") }
            if let first = r.evidence.first {
                out.write(", tooltip="); DOTText.quoted(first.sentence, limit: 1000, to: out)
            }
            out.write("];\n")
        }
        if options.legend, typesPresent.contains(true) {
            out.write("  subgraph cluster_legend {\n    label=\"Legend\";\n    style=dashed;\n")
            for type in EntityType.allCases where typesPresent[type.ordinal] {
                out.write("    legend_"); out.write(type.rawValue)
                out.write(" [label="); DOTText.quoted(type.label, to: out)
                writeStyle(TypeStyle.of(type), to: out)
                out.write(", fontsize=8];\n")
            }
            out.write("  }\n")
        }
        out.write("}\n")
    }

    private func writeNode(_ e: Entity, number: Int, indent: String, to out: ByteWriter) {
        out.write(indent); out.write("n"); out.write(int: number)
        out.write(" [label="); DOTText.quoted(e.name, to: out)
        writeStyle(TypeStyle.of(e.type), to: out)
        out.write(", tooltip="); DOTText.quoted("\(e.type.label), \(e.kind.rawValue)", to: out)
        out.write("];\n")
    }

    private func writeStyle(_ style: TypeStyle, to out: ByteWriter) {
        out.write(", shape="); out.write(style.dotShape)
        if !style.dotStyle.isEmpty { out.write(", style=\""); out.write(style.dotStyle); out.write(",filled\"") }
        out.write(", fillcolor=\""); out.write(style.fill); out.write("\"")
    }
}
