import Testing
import Foundation
import ReformCore
@testable import ReformExchange

@Test func writeSamples() throws {
    let g = tortureGraph()
    for f in ExportFormat.allCases {
        try GraphExport.write(g, format: f, options: ExportOptions(yEdStyling: false), to: "/tmp/rg-sample." + (f == .neo4j ? "neo4j" : f.fileExtension))
    }
    try GraphExport.write(g, format: .graphml, options: ExportOptions(yEdStyling: true), to: "/tmp/rg-sample-yed.graphml")
    try GraphExport.write(g, format: .dot, options: ExportOptions(clustersByType: true, leftToRight: true), to: "/tmp/rg-sample-cl.dot")
}
