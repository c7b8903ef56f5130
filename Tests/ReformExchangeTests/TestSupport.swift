import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// Paths and switches shared by the exchange tests.
enum TestEnv {
    /// The repository root, found from this file's path.
    static let repo: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    /// `../shared` beside the clone.
    static let shared = (repo as NSString).deletingLastPathComponent + "/shared"
    static let golden = repo + "/Tests/ReformExchangeTests/Golden"

    /// `REFORMGRAPH_RECORD=1` (re)writes golden files.
    static var recording: Bool { ProcessInfo.processInfo.environment["REFORMGRAPH_RECORD"] == "1" }

    /// CI sets `REFORMGRAPH_REQUIRE_ALL=1`: tests that would skip for a missing tool run and fail instead.
    static var requireAll: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["REFORMGRAPH_REQUIRE_ALL"] == "1" || env["REFORMGRAPH_REQUIRE_SHARED"] == "1"
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// True when `program` is on PATH.
    static func onPath(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }

    static var hasShared: Bool { requireAll || exists(shared + "/graphml/graphml.xsd") }
    static var hasCheckTools: Bool {
        requireAll || (exists(shared + "/tools/check-graphml") && onPath("dot") && onPath("xmllint") && python("import networkx, pydot, igraph"))
    }

    static func python(_ code: String) -> Bool { (try? run(["python3", "-c", code]).status) == 0 }

    /// Runs a program (looked up on PATH) and returns its exit status and combined output.
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "rg-exchange-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Compares `text` with the golden file `name`, byte for byte. A missing or different
    /// file fails; with `REFORMGRAPH_RECORD=1` it is (re)written and the test still fails
    /// once, so a recording is always looked at before it is committed.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = golden + "/" + name
        let current = FileManager.default.contents(atPath: path)
        if current == Data(text.utf8) { return }
        if recording {
            try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(name); run again without REFORMGRAPH_RECORD", sourceLocation: sourceLocation)
        } else if current == nil {
            Issue.record("golden file \(name) is missing; record it with REFORMGRAPH_RECORD=1", sourceLocation: sourceLocation)
        } else {
            let old = String(decoding: current!, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let new = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
            Issue.record("""
                \(name) differs at line \(line + 1):
                  golden: \(line < old.count ? String(old[line]) : "<end>")
                  output: \(line < new.count ? String(new[line]) : "<end>")
                re-record with REFORMGRAPH_RECORD=1 if the change is intended
                """, sourceLocation: sourceLocation)
        }
    }

    /// Writes `text` to a temporary file named `name` and returns its path.
    static func write(_ text: String, name: String) throws -> String {
        let path = try temporaryDirectory() + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
