/// Choices that change how a format is written. Formats ignore the options that do not
/// concern them.
public struct ExportOptions: Hashable, Sendable {
    /// GraphML: add styling attributes per entity type (`shape`, `color`, `width`,
    /// `height` on nodes, `color` on edges) that yEd's Properties Mapper, Cytoscape and
    /// Gephi can map to shapes and colours. The file stays valid against the GraphML XSD.
    public var yEdStyling: Bool
    /// DOT: group the nodes of each type in a cluster.
    public var clustersByType: Bool
    /// DOT: a legend of the types present, with their shapes and colours.
    public var legend: Bool
    /// DOT: left-to-right ranking. `nil` picks it for lineage selections only.
    public var leftToRight: Bool?

    /// The defaults: no yEd styling, no clusters, a legend, ranking chosen by the selection.
    public init(yEdStyling: Bool = false, clustersByType: Bool = false, legend: Bool = true,
                leftToRight: Bool? = nil) {
        self.yEdStyling = yEdStyling
        self.clustersByType = clustersByType
        self.legend = legend
        self.leftToRight = leftToRight
    }
}
