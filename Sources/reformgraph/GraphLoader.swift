import ArgumentParser
import ReformCore
import ReformExchange
import ReformExtract

#if canImport(Glibc)
import Glibc
#endif

/// Finds the bundled graph, lexicon and corpus, and loads (or builds) snapshots.
enum GraphLoader {
    /// The repository's `graph/` folder as it was when this binary was compiled. Lets
    /// `swift run reformgraph` work from any working directory on the machine that built it.
    static let sourceGraphDirectory: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Sources/reformgraph/GraphLoader.swift
        return parts.joined(separator: "/") + "/graph"
    }()

    /// The bundled graph directory: `./graph` when it holds a lexicon, else the source tree's.
    static var bundledGraphDirectory: String {
        AtomicFile.exists("graph/lexicon.txt") ? "graph" : sourceGraphDirectory
    }

    /// The lexicon to use: `--lexicon`, then `$REFORMGRAPH_LEXICON`, then `lexicon.txt` in
    /// the graph directory, then the bundled one.
    static func lexiconPath(explicit: String?, graphDirectory: String?) throws -> String {
        if let explicit {
            guard AtomicFile.exists(explicit) else { throw ValidationError("no lexicon at \(explicit); pass an existing file to --lexicon") }
            return explicit
        }
        if let env = getenv("REFORMGRAPH_LEXICON").map({ String(cString: $0) }), !env.isEmpty {
            guard AtomicFile.exists(env) else { throw ValidationError("REFORMGRAPH_LEXICON names \(env), which does not exist") }
            return env
        }
        var candidates: [String] = []
        if let graphDirectory { candidates.append(graphDirectory + "/lexicon.txt") }
        candidates += ["graph/lexicon.txt", sourceGraphDirectory + "/lexicon.txt"]
        for c in candidates where AtomicFile.exists(c) { return c }
        throw ValidationError("no lexicon found (looked in \(candidates.joined(separator: ", "))); pass one with --lexicon FILE")
    }

    /// Loads the snapshot in `graphDirectory`; with no directory, the bundled graph, which is
    /// built from the bundled corpus first if its snapshot is missing.
    static func load(graphDirectory: String?) throws -> KnowledgeGraph {
        if let graphDirectory { return try Snapshot.load(from: graphDirectory) }
        let dir = bundledGraphDirectory
        if AtomicFile.exists(Snapshot.path(in: dir)) { return try Snapshot.load(from: dir) }
        Terminal.status("No snapshot in \(dir) yet: building it from \(dir)/corpus…")
        let lexicon = try Lexicon.load(path: try lexiconPath(explicit: nil, graphDirectory: dir))
        let (graph, _) = try CorpusBuilder(lexicon: lexicon).build(paths: [dir + "/corpus"])
        try Snapshot.save(graph, to: dir)
        return graph
    }
}

/// Messages for a person on standard error.
enum Terminal {
    /// True when standard error is a terminal (progress is shown only then).
    static let stderrIsTerminal = isatty(2) == 1

    static func status(_ line: String) { printError(line) }

    /// Rewrites one progress line in place, only on a terminal.
    static func progress(_ line: String) {
        guard stderrIsTerminal else { return }
        writeStandardError("\r\u{1B}[K" + line)
    }

    static func endProgress() {
        guard stderrIsTerminal else { return }
        writeStandardError("\r\u{1B}[K")
    }
}
