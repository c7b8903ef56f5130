import Foundation

/// Runs the built `reformgraph` binary (it sits next to the test bundle in the build
/// products directory) with arguments and standard input.
enum CLIRunner {
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The products directory: the directory of the running test executable.
    static var productsDirectory: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the test runner is `…/debug/reformgraphPackageTests.xctest`; on macOS it is
        // inside `….xctest/Contents/MacOS`.
        while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir
    }

    static var binary: String { productsDirectory.appendingPathComponent("reformgraph").path }

    /// The package root, from this file's path.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Runs the binary (or `executable`); `input` nil means standard input is /dev/null.
    static func run(_ arguments: [String], input: String? = nil, directory: String? = nil, executable: String? = nil,
                    environment: [String: String] = [:]) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable ?? binary)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // Output goes to files, so neither stream can fill a pipe and block the child.
        let base = NSTemporaryDirectory() + "reformgraph-cli-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: base + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer { try? FileManager.default.removeItem(atPath: base + ".out"); try? FileManager.default.removeItem(atPath: base + ".err") }
        let out = FileHandle(forWritingAtPath: base + ".out")!, err = FileHandle(forWritingAtPath: base + ".err")!
        p.standardOutput = out
        p.standardError = err
        let inp = Pipe()
        p.standardInput = input == nil ? FileHandle(forReadingAtPath: "/dev/null") : inp
        try p.run()
        if let input {
            inp.fileHandleForWriting.write(Data(input.utf8))
            try inp.fileHandleForWriting.close()
        }
        p.waitUntilExit()
        try out.close(); try err.close()
        let outData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      status: p.terminationStatus)
    }
}
