import ReformCore

/// How each entity type is drawn, shared by the DOT legend and GraphML's yEd styling so
/// that a type looks the same in every tool.
///
/// Colours are pale fills (from the ColorBrewer Pastel and Set3 families) so black labels
/// stay readable; families of bodies share hues: the new system (ICB, ICS, ICP, STP, ACO)
/// greens, the old commissioners (CCG, PCT, SHA) oranges.
public struct TypeStyle: Hashable, Sendable {
    /// A Graphviz shape name (every one known to Graphviz 2.43).
    public let dotShape: String
    /// Extra Graphviz style words besides `filled` (`rounded`), or empty.
    public let dotStyle: String
    /// A yEd `ShapeNode` shape name.
    public let yEdShape: String
    /// The fill colour as `#rrggbb`.
    public let fill: String

    /// The style of `type`.
    public static func of(_ type: EntityType) -> TypeStyle { table[type.ordinal] }

    private static let table: [TypeStyle] = EntityType.allCases.map { type in
        switch type {
        case .icb: return TypeStyle(dotShape: "box", dotStyle: "rounded", yEdShape: "roundrectangle", fill: "#b3e2cd")
        case .ics: return TypeStyle(dotShape: "box", dotStyle: "rounded", yEdShape: "roundrectangle", fill: "#8dd3c7")
        case .icp: return TypeStyle(dotShape: "box", dotStyle: "rounded", yEdShape: "roundrectangle", fill: "#ccebc5")
        case .stp: return TypeStyle(dotShape: "hexagon", dotStyle: "", yEdShape: "hexagon", fill: "#d9f0d3")
        case .aco: return TypeStyle(dotShape: "octagon", dotStyle: "", yEdShape: "octagon", fill: "#c7eae5")
        case .ccg: return TypeStyle(dotShape: "box", dotStyle: "", yEdShape: "rectangle", fill: "#fdcdac")
        case .pct: return TypeStyle(dotShape: "box", dotStyle: "", yEdShape: "rectangle", fill: "#fee0b6")
        case .sha: return TypeStyle(dotShape: "box", dotStyle: "", yEdShape: "rectangle", fill: "#fdb462")
        case .trust: return TypeStyle(dotShape: "box3d", dotStyle: "", yEdShape: "rectangle3d", fill: "#cbd5e8")
        case .nationalBody: return TypeStyle(dotShape: "doubleoctagon", dotStyle: "", yEdShape: "octagon", fill: "#decbe4")
        case .localAuthority: return TypeStyle(dotShape: "house", dotStyle: "", yEdShape: "trapezoid2", fill: "#fff2ae")
        case .act: return TypeStyle(dotShape: "note", dotStyle: "", yEdShape: "parallelogram", fill: "#e5d8bd")
        case .report: return TypeStyle(dotShape: "tab", dotStyle: "", yEdShape: "parallelogram2", fill: "#f1e2cc")
        case .programme: return TypeStyle(dotShape: "component", dotStyle: "", yEdShape: "fatarrow", fill: "#e6f5c9")
        case .person: return TypeStyle(dotShape: "ellipse", dotStyle: "", yEdShape: "ellipse", fill: "#fbb4ae")
        case .thinkTank: return TypeStyle(dotShape: "diamond", dotStyle: "", yEdShape: "diamond", fill: "#b3cde3")
        case .association: return TypeStyle(dotShape: "trapezium", dotStyle: "", yEdShape: "trapezoid", fill: "#bebada")
        case .committee: return TypeStyle(dotShape: "invtrapezium", dotStyle: "", yEdShape: "trapezoid2", fill: "#fddaec")
        case .company: return TypeStyle(dotShape: "cylinder", dotStyle: "", yEdShape: "star6", fill: "#d9d9d9")
        case .party: return TypeStyle(dotShape: "circle", dotStyle: "", yEdShape: "star5", fill: "#ffffb3")
        case .place: return TypeStyle(dotShape: "invhouse", dotStyle: "", yEdShape: "triangle", fill: "#f2f2f2")
        case .organisation: return TypeStyle(dotShape: "box", dotStyle: "", yEdShape: "rectangle", fill: "#ffffff")
        }
    }

    /// The colour of an edge: lineage predicates stand out in dark red, the rest are grey.
    public static func edgeColour(_ predicate: Predicate) -> String {
        predicate.isLineage ? "#b2182b" : "#555555"
    }
}
