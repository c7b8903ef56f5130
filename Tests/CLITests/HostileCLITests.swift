import Foundation
import Testing
import ReformCore
import ReformExchange

/// Issue 6 through the built binary: odd file names, many files with few descriptors, the
/// end-of-build summary, and no data loss when a build or export is killed, fails for want
/// of disk space, or races another build.
@Suite("hostile input and failure")
struct HostileCLITests {
    func tempDir(_ tag: String) -> String {
        let dir = NSTemporaryDirectory() + "reformgraph-\(tag)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func files(in dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    let lexicon = ["--lexicon", CLIRunner.packageRoot + "/graph/lexicon.txt"]

    @Test func aLeadingDashFileIsReadAfterDoubleDash() throws {
        let dir = tempDir("dash")
        try write("Clinical commissioning groups were replaced by integrated care boards in 2022.\n", to: dir + "/-odd.txt")
        try write("NHS England exists.\n", to: dir + "/name with spaces é.txt")
        let g = tempDir("dash-graph")
        let out = try CLIRunner.run(["build", "--graph", g] + lexicon + ["--", "-odd.txt", "name with spaces é.txt"], directory: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Snapshot.load(from: g).documents == ["-odd.txt", "name with spaces é.txt"])
    }

    @Test func tenThousandSmallFilesBuildWithOnly64FileDescriptors() throws {
        let dir = tempDir("many")
        for i in 0..<10_000 {
            let text = "NHS England met body \(i) in \(2000 + i % 20).\n"
            FileManager.default.createFile(atPath: dir + "/doc\(i).txt", contents: Data(text.utf8))
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = tempDir("many-graph")
        let command = "ulimit -n 64 && exec \"$0\" build \"$1\" --graph \"$2\" --lexicon \"$3\""
        let out = try CLIRunner.run(["-c", command, CLIRunner.binary, dir, g, lexicon[1]], executable: "/bin/sh")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Read 10000 documents"), "\(out.stdout.prefix(300))")
        #expect(try Snapshot.load(from: g).documents.count == 10_000)
    }

    @Test func aLineOfTwentyFourMegabytesBuildsInBoundedMemory() throws {
        // A page with an inline image: prose, then 24 MB of base64 on the same line. The
        // build must finish under a 1 GB address-space limit (it needs about 120 MB).
        let dir = tempDir("longline")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = String(repeating: "NHS England said the board replaced the group and the plan went on ", count: 3000)
        text += "data:image/png;base64," + String(repeating: "iVBORw0KGgoAAAANSUhEUgAA", count: 1_000_000) + " end\n"
        try write(text, to: dir + "/page.txt")
        let g = tempDir("longline-graph")
        let command = "ulimit -v 1000000 && exec \"$0\" build \"$1\" --graph \"$2\" --lexicon \"$3\""
        let out = try CLIRunner.run(["-c", command, CLIRunner.binary, dir + "/page.txt", g, lexicon[1]], executable: "/bin/sh")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Read 1 documents (24.20 MB"), "\(out.stdout.prefix(200))")
    }

    @Test func theSummarySaysWhatWasReadSkippedAndWhyWithNamesNeutralised() throws {
        let dir = tempDir("summary")
        try write("NHS England exists.\n", to: dir + "/good.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: URL(fileURLWithPath: dir + "/image.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: URL(fileURLWithPath: dir + "/evil\u{1B}[2J\u{202E}.txt"))
        try write("x", to: dir + "/notes.docx")
        try FileManager.default.createSymbolicLink(atPath: dir + "/gone.txt", withDestinationPath: dir + "/nowhere")
        try Data(Array("caf".utf8) + [0xE9] + Array(" NHS.".utf8)).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        let out = try CLIRunner.run(["build", dir, "--graph", tempDir("summary-graph")] + lexicon)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Read 2 documents"))
        #expect(out.stdout.contains("Skipped 4 files: 1 binary file (PNG image); 1 binary file (ZIP archive); 1 broken or looping symbolic link; 1 unknown extension."), "\(out.stdout)")
        #expect(out.stderr.contains("skipped: \(dir)/image.txt: binary file (PNG image)"))
        #expect(out.stderr.contains("skipped: \(dir)/gone.txt: broken or looping symbolic link"))
        #expect(out.stderr.contains("warning: latin1.txt: invalid UTF-8 repaired (1 sequence)"))
        #expect(out.stderr.contains("evil\\u{1B}[2J\\u{202E}.txt"), "\(out.stderr)")
        #expect(!out.stderr.contains("\u{1B}") && !out.stderr.contains("\u{202E}"))
    }

    // MARK: no data loss

    /// Starts the binary without waiting for it. With `defaultSignals`, it starts through
    /// python3 with SIGINT and SIGTERM reset to their default actions and unblocked, as in a
    /// terminal (a test runner's worker threads block signals, and children inherit that).
    func spawn(_ arguments: [String], environment: [String: String] = [:], defaultSignals: Bool = false) throws -> Process {
        let p = Process()
        if defaultSignals {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", "-c",
                           "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); signal.signal(signal.SIGTERM, signal.SIG_DFL); signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT, signal.SIGTERM]); os.execv(sys.argv[1], sys.argv[1:])",
                           CLIRunner.binary] + arguments
        } else {
            p.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            p.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        return p
    }

    /// Waits (up to a minute) until a non-empty `.tmp-` file appears in `dir`: the child is mid-write.
    func waitForPartialWrite(in dir: String) -> Bool {
        for _ in 0..<600 {
            for f in files(in: dir) where f.contains(".tmp-") {
                if let size = (try? FileManager.default.attributesOfItem(atPath: dir + "/" + f))?[.size] as? Int, size > 0 { return true }
            }
            usleep(100_000)
        }
        return false
    }

    func docs() throws -> String {
        let dir = tempDir("docs")
        try write("Clinical commissioning groups were replaced by integrated care boards in 2022.\n", to: dir + "/a.txt")
        try write("The Health and Care Act 2022 abolished clinical commissioning groups.\n", to: dir + "/b.txt")
        return dir
    }

    @Test func killingABuildMidWriteLeavesThePreviousSnapshotIntact() throws {
        let g = tempDir("kill-graph")
        try Snapshot.save(CLIFixture.graph(), to: g)
        let before = try #require(contents(Snapshot.path(in: g)))
        let child = try spawn(["build", try docs(), "--graph", g] + lexicon, environment: ["REFORMGRAPH_FAULT": "stall-mid-write"])
        let midWrite = waitForPartialWrite(in: g)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(midWrite, "the child never started writing")
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(contents(Snapshot.path(in: g)) == before)
        #expect(try Snapshot.load(from: g) == CLIFixture.graph())
        #expect(files(in: g).contains { $0.contains(".tmp-") }, "the killed writer's temporary file is left")
        // The next build replaces the snapshot and removes the dead writer's temporary file.
        let out = try CLIRunner.run(["build", try docs(), "--graph", g] + lexicon)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Snapshot.load(from: g).documents == ["a.txt", "b.txt"])
        #expect(!files(in: g).contains { $0.contains(".tmp-") }, "\(files(in: g))")
    }

    @Test("an export killed mid-write (kill -9, Ctrl-C, SIGTERM) leaves the previous file intact",
          arguments: ["json", "graphml", "dot"], [SIGKILL, SIGINT, SIGTERM])
    func killingAnExportMidWriteLeavesThePreviousFileIntact(_ format: String, _ signal: Int32) throws {
        let dir = tempDir("kill-export")
        let file = dir + "/graph." + format
        try write("previous contents\n", to: file)
        let child = try spawn(["export", "--graph", CLIFixture.directory, "--format", format, "--out", file],
                              environment: ["REFORMGRAPH_FAULT": "stall-mid-write"], defaultSignals: signal != SIGKILL)
        let midWrite = waitForPartialWrite(in: dir)
        kill(child.processIdentifier, signal)
        // A signal that does not end the child within 30 s is a failure, not a hang.
        var waited = 0
        while child.isRunning && waited < 300 { usleep(100_000); waited += 1 }
        let ended = !child.isRunning
        if !ended { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()
        #expect(ended, "signal \(signal) did not end the export")
        #expect(midWrite, "the child never started writing")
        #expect(contents(file) == Data("previous contents\n".utf8))
    }

    @Test func aFullDiskFailsTheBuildWithAMessageAndKeepsThePreviousSnapshot() throws {
        let g = tempDir("full-graph")
        try Snapshot.save(CLIFixture.graph(), to: g)
        let before = try #require(contents(Snapshot.path(in: g)))
        let out = try CLIRunner.run(["build", try docs(), "--graph", g] + lexicon, environment: ["REFORMGRAPH_FAULT": "disk-full"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("could not write \(Snapshot.path(in: g)): No space left on device; the previous file, if any, is unchanged"), "\(out.stderr)")
        #expect(contents(Snapshot.path(in: g)) == before)
        #expect(!files(in: g).contains { $0.contains(".tmp-") })
    }

    @Test func aFullDiskFailsAnExportAndKeepsThePreviousFile() throws {
        let dir = tempDir("full-export")
        let file = dir + "/out.graphml"
        try write("previous\n", to: file)
        let out = try CLIRunner.run(["export", "--graph", CLIFixture.directory, "--format", "graphml", "--out", file],
                                    environment: ["REFORMGRAPH_FAULT": "disk-full"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("No space left on device"), "\(out.stderr)")
        #expect(contents(file) == Data("previous\n".utf8))
        #expect(files(in: dir) == ["out.graphml"], "\(files(in: dir))")
    }

    @Test func concurrentBuildsIntoOneGraphFolderLeaveAWholeSnapshot() throws {
        let g = tempDir("race-graph")
        let first = tempDir("race-a"), second = tempDir("race-b")
        for i in 0..<200 {
            try write("Clinical commissioning group \(i) was replaced by an integrated care board in 2022.\n", to: first + "/a\(i).txt")
            try write("NHS England published a plan in \(1990 + i % 30).\n", to: second + "/b\(i).txt")
        }
        for _ in 0..<3 {
            let a = try spawn(["build", first, "--graph", g] + lexicon)
            let b = try spawn(["build", second, "--graph", g] + lexicon)
            a.waitUntilExit(); b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
            let graph = try Snapshot.load(from: g) // throws if torn: the checksum covers every byte
            #expect(graph.documents.count == 200)
            #expect(graph.documents.allSatisfy { $0.hasPrefix("a") } || graph.documents.allSatisfy { $0.hasPrefix("b") })
            #expect(!files(in: g).contains { $0.contains(".tmp-") })
        }
    }

    @Test(arguments: ["truncated", "flipped", "empty", "garbage"])
    func aDamagedSnapshotIsDetectedWithAMessageToRebuild(_ damage: String) throws {
        let g = tempDir("damaged")
        try Snapshot.save(CLIFixture.graph(), to: g)
        var bytes = try #require(contents(Snapshot.path(in: g)))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count - 37)
        case "flipped": bytes[bytes.count / 2] ^= 0x20
        case "empty": bytes = Data()
        default: bytes = Data("<html>not a snapshot</html>".utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: Snapshot.path(in: g)))
        for command in [["stats"], ["query", "lineage CCG"], ["export", "--format", "json"]] {
            let out = try CLIRunner.run(command + ["--graph", g])
            #expect(out.status != 0)
            #expect(out.stderr.contains(Snapshot.path(in: g)), "\(damage): \(out.stderr)")
            #expect(out.stderr.contains("rebuild it with `reformgraph build`"), "\(damage): \(out.stderr)")
            #expect(!out.stderr.contains("Fatal error"))
        }
    }
}

/// Issue 6, output safety on the terminal: hostile names and predicates are neutralised in
/// the shell's tables and JSON and in `stats`.
@Suite("hostile names on the terminal")
struct HostileNamesOnTheTerminalTests {
    static let directory: String = {
        var g = KnowledgeGraph()
        let doc = g.addDocument("evil\u{1B}[2J.txt")
        let a = g.addEntity(name: "Evil\u{1B}[31mRed\u{202E}Trust", type: .trust, aliases: ["EvilAlias\u{07}"])
        let b = g.addEntity(name: "Plain Board", type: .icb)
        let s = "Evil\u{1B}]0;pwned\u{07} joined \u{2066}Plain Board\u{2069}."
        g.addRelation(a, .partOf, b, year: 2020, evidence: [Evidence(document: doc, sentence: s, start: 0, end: s.utf8.count)])
        g.addRelation(a, Predicate("odd\u{1B}[5mblink"), b)
        let dir = NSTemporaryDirectory() + "reformgraph-hostile-names-\(getpid())"
        try! Snapshot.save(g, to: dir)
        return dir
    }()

    func unsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            s.value == 0x1B || s.value == 0x07 || s.value == 0x202E || s.value == 0x2066 || s.value == 0x2069 || s.value == 0x9B
        }
    }

    @Test(arguments: ["find Evil", "show Evil", "neighbours Evil", "why Evil \"Plain Board\"", "timeline", "top", "at 2020", "path Evil \"Plain Board\""])
    func queryOutputIsNeutralised(_ command: String) throws {
        for json in [false, true] {
            let out = try CLIRunner.run(["query"] + (json ? ["--json"] : []) + [command, "--graph", Self.directory])
            #expect(out.status == 0, "\(command): \(out.stderr)")
            #expect(!unsafe(out.stdout) && !unsafe(out.stderr), "\(command): \(out.stdout)")
        }
    }

    @Test func statsNeutralisesPredicateNames() throws {
        let out = try CLIRunner.run(["stats", "--graph", Self.directory])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!unsafe(out.stdout))
        #expect(out.stdout.contains("odd\\u{1B}[5mblink"), "\(out.stdout)")
    }

    @Test func shellScriptOutputIsNeutralised() throws {
        let out = try CLIRunner.run(["repl", "--graph", Self.directory], input: "show Evil\nformat json\nshow Evil\nfind Ev\n")
        #expect(!unsafe(out.stdout) && !unsafe(out.stderr), "\(out.stdout)")
        #expect(out.stdout.contains("Evil\\u{1B}[31mRed\\u{202E}Trust") || out.stdout.contains("\\u001b"))
    }
}
