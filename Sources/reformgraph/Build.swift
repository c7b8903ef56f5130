import ArgumentParser
import ReformCore
import ReformExchange
import ReformExtract
import ReformQuery

#if canImport(Glibc)
import Glibc
#endif

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read documents and write the graph snapshot.",
        discussion: """
        Reads .txt, .md and .html files, and folders of them (recursively, in sorted order), \
        extracts entities and relations with their evidence sentences, and writes \
        DIR/reformgraph.snapshot atomically: an interrupted build leaves the previous snapshot intact.

        Examples:
          reformgraph build                          # the bundled corpus into graph/
          reformgraph build ~/papers --graph ~/g     # your documents into ~/g
        """
    )

    @Argument(help: "Files or folders to read (default: the bundled corpus, graph/corpus).")
    var paths: [String] = []

    @Option(name: .long, help: "Where to write the snapshot (default: graph).")
    var graph: String?

    @Option(name: .long, help: "The lexicon of known entities (default: lexicon.txt in the graph folder, else the bundled graph/lexicon.txt).")
    var lexicon: String?

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        let bundled = GraphLoader.bundledGraphDirectory
        let dir = graph ?? (paths.isEmpty ? bundled : "graph")
        let inputs = paths.isEmpty ? [bundled + "/corpus"] : paths
        for p in inputs where !AtomicFile.exists(p) {
            throw ValidationError("\(p) does not exist; pass files or folders of .txt, .md or .html documents")
        }
        let lexiconFile = try GraphLoader.lexiconPath(explicit: lexicon, graphDirectory: graph)
        let lex: Lexicon
        do { lex = try Lexicon.load(path: lexiconFile) } catch { throw CLIError(error) }
        let (g, report): (KnowledgeGraph, BuildReport)
        do {
            (g, report) = try CorpusBuilder(lexicon: lex).build(paths: inputs) { done, total in
                Terminal.progress("reading \(done)/\(total) documents")
            }
            Terminal.endProgress()
        } catch { throw CLIError(error) }
        let saveStart = Clock.now
        do { try Snapshot.save(g, to: dir) } catch { throw CLIError(error) }
        let saveSeconds = Clock.seconds(since: saveStart)
        guard !quiet else { return }
        // File names and warnings come from the documents: neutralise control sequences.
        for w in report.warnings { Terminal.status("warning: " + TextSanitizer.neutralise(w)) }
        for s in report.skipped { Terminal.status("skipped: " + TextSanitizer.neutralise(s.path) + ": " + s.reason) }
        print(BuildSummary.text(graph: g, report: report, snapshot: Snapshot.path(in: dir), saveSeconds: saveSeconds))
    }
}

/// The summary printed at the end of a build.
enum BuildSummary {
    static func text(graph g: KnowledgeGraph, report: BuildReport, snapshot: String, saveSeconds: Double) -> String {
        let mb = Double(report.bytes) / 1_000_000
        var lines: [String] = []
        lines.append("Read \(report.documentsRead) documents (\(Format.decimal(mb, 2)) MB, \(report.sentences) sentences) in \(Format.decimal(report.elapsed, 2)) s"
                     + (report.skipped.isEmpty ? "" : "; skipped \(report.skipped.count)")
                     + (report.warnings.isEmpty ? "" : "; \(report.warnings.count) warnings") + ".")
        if !report.skipped.isEmpty {
            let reasons = report.skippedByReason.map { "\($0.count) \($0.reason)" }
            lines.append("Skipped \(report.skipped.count) file\(report.skipped.count == 1 ? "" : "s"): \(reasons.joined(separator: "; ")).")
        }
        lines.append("Graph: \(g.entityCount) entities, \(g.relationCount) relations, written to \(snapshot) in \(Format.decimal(saveSeconds, 2)) s.")
        lines.append("")
        lines.append(StatsTable.text(g))
        return lines.joined(separator: "\n")
    }
}

extension CLIError {
    /// Wraps a library error so ArgumentParser prints its own, person-readable description.
    init(_ error: Error) { self.init("\(error)") }
}

enum Clock {
    static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    static func seconds(since start: Double) -> Double { now - start }
}

enum Format {
    /// A fixed-point decimal ("3.14") without Foundation.
    static func decimal(_ v: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(v) * scale).rounded())
        let whole = n / Int(scale), frac = n % Int(scale)
        var f = String(frac)
        while f.count < places { f = "0" + f }
        return (v < 0 && n != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + f : "")
    }
}
