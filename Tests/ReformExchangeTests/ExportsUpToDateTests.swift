import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// `exports/` holds what the bundled snapshot exports today (regenerate with
/// `exports/regenerate.sh`).
@Suite("exports/ up to date")
struct ExportsUpToDateTests {
    static let snapshot = TestEnv.repo + "/graph/" + Snapshot.fileName

    @Test(.enabled(if: TestEnv.exists(snapshot), "no bundled snapshot at graph/reformgraph.snapshot yet"))
    func exportsMatchTheBundledSnapshot() throws {
        let g = try Snapshot.load(from: TestEnv.repo + "/graph")
        for (file, exporter) in [("reformgraph.graphml", GraphMLExporter() as any GraphExporter),
                                 ("reformgraph.dot", DOTExporter())] {
            let path = TestEnv.repo + "/exports/" + file
            let current = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            #expect(current != nil, "exports/\(file) is missing; run exports/regenerate.sh")
            if let current {
                #expect(current == (try exporter.string(g)), "exports/\(file) is out of date; run exports/regenerate.sh")
            }
        }
    }

    @Test func theRegenerationScriptIsThere() {
        #expect(FileManager.default.isExecutableFile(atPath: TestEnv.repo + "/exports/regenerate.sh"))
    }
}
