import Foundation
import Testing

enum Libedit {
    static var present: Bool {
        ["/usr/lib/x86_64-linux-gnu/libedit.so.2", "/usr/lib/aarch64-linux-gnu/libedit.so.2", "/usr/lib/libedit.so.2"]
            .contains { FileManager.default.fileExists(atPath: $0) }
    }
}

/// The shell on a terminal: runs the binary under `script(1)` for a pseudo-terminal and
/// checks the prompt, Tab completion of a name and history kept across sessions in HOME.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"),
       .enabled(if: Libedit.present, "needs libedit.so.2 (line editing is loaded at run time)"))
struct InteractiveTests {
    func session(_ input: String, home: String) throws -> CLIRunner.Output {
        let command = "\(CLIRunner.binary) repl --graph \(CLIFixture.directory)"
        return try CLIRunner.run(["-qfec", command, "/dev/null"], input: input, executable: "/usr/bin/script",
                                 environment: ["HOME": home, "TERM": "dumb"])
    }

    @Test func promptCompletionAndHistoryAcrossSessions() throws {
        let home = NSTemporaryDirectory() + "reformgraph-home-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let first = try session("show Simo\t\nquit\n", home: home)
        #expect(first.status == 0, "\(first.stdout)")
        #expect(first.stdout.contains("reformgraph> "))
        #expect(first.stdout.contains(#"show Simon\ Stevens"#), "Tab completed the name: \(first.stdout)")
        #expect(first.stdout.contains("Five Year Forward View"), "and the command ran: \(first.stdout)")
        let history = try String(contentsOfFile: home + "/.reformgraph_history", encoding: .utf8)
        #expect(history.contains("Simon"))
        // A new session recalls the command with the up arrow (the last entry is `quit`).
        let second = try session("\u{1B}[A\u{1B}[A\nquit\n", home: home)
        #expect(second.stdout.contains("Five Year Forward View"), "history recalled: \(second.stdout)")
    }
}
