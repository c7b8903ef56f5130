import ArgumentParser
import ReformCore
import ReformExchange
import ReformExtract

#if canImport(Glibc)
import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure build and query speed against the reference harness's workloads.",
        discussion: """
        Use a release build: swift build -c release, then .build/release/reformgraph bench ...

          reformgraph bench corpus /tmp/corpus-100mb          # ingest + extraction + graph build
          reformgraph bench graph /tmp/graph-1m.json --json   # nx_graph.py --dump-json output
        """,
        subcommands: [BenchCorpus.self, BenchGraph.self]
    )
}

struct BenchCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "corpus", abstract: "Time a full build of a folder of documents.")
    @Argument(help: "The corpus folder (e.g. from ../shared/tools/make-corpus.py).") var directory: String
    @Option(name: .long, help: "The lexicon (default: the bundled one).") var lexicon: String?
    @Flag(name: .long, help: "Print JSON instead of a table.") var json = false

    func run() throws {
        guard AtomicFile.exists(directory) else { throw ValidationError("\(directory) does not exist; make one with ../shared/tools/make-corpus.py 100 \(directory)") }
        let lex = try Lexicon.load(path: try GraphLoader.lexiconPath(explicit: lexicon, graphDirectory: nil))
        let start = Clock.now
        let (g, report) = try CorpusBuilder(lexicon: lex).build(paths: [directory]) { done, total in
            Terminal.progress("reading \(done)/\(total) documents")
        }
        Terminal.endProgress()
        let buildSeconds = Clock.seconds(since: start)
        let dir = "/tmp/reformgraph-bench-\(getpid())"
        let t0 = Clock.now
        try Snapshot.save(g, to: dir)
        let save = Clock.seconds(since: t0)
        let t1 = Clock.now
        let loaded = try Snapshot.load(from: dir)
        let load = Clock.seconds(since: t1)
        unlink(Snapshot.path(in: dir)); rmdir(dir)
        guard loaded == g else { throw CLIError("the snapshot read back differs from the graph written; please report this") }
        let mb = Double(report.bytes) / 1_000_000
        let rows: [(String, String, Double)] = [
            ("documents", "\(report.documentsRead)", Double(report.documentsRead)),
            ("MB", Format.decimal(mb, 2), mb),
            ("build_s", Format.decimal(buildSeconds, 3), buildSeconds),
            ("MB_per_s", Format.decimal(mb / buildSeconds, 1), mb / buildSeconds),
            ("sentences", "\(report.sentences)", Double(report.sentences)),
            ("entities", "\(g.entityCount)", Double(g.entityCount)),
            ("relations", "\(g.relationCount)", Double(g.relationCount)),
            ("snapshot_save_s", Format.decimal(save, 3), save),
            ("snapshot_load_s", Format.decimal(load, 3), load),
            ("peak_rss_mb", Format.decimal(Memory.peakMB, 1), Memory.peakMB),
        ]
        BenchOutput.print(rows, json: json)
    }
}

struct BenchGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Time loading and querying a graph file (the reference's query mix).",
        discussion: """
        load: JSON import plus the adjacency index. lineage, shortest, 2hop: the whole batch
        of queries (seconds). dot, graphml_write: a full export to a file; *_peak_growth_mb is
        the resident peak during the write above the resident size before it. snapshot_save /
        snapshot_load: a binary snapshot to and from a file, the load ready to query (adjacency
        built). graph_rss_mb: resident growth over that load, after returning freed memory to
        the system; name_mb: UTF-8 bytes of all names and aliases; bytes_per_edge =
        (graph_rss_mb - name_mb) / edges. name_index_mb: what the name index, built on the
        first lookup by name, adds.
        """)
    @Argument(help: "A JSON graph (nx_graph.py --dump-json N FILE) or one of our exports.") var file: String
    @Option(name: .long, help: "Queries of each kind when the file has none (seeded choice).") var queries = 1000
    @Flag(name: .long, help: "Print JSON with the reference's operation names as keys.") var json = false
    @Option(name: .long, help: "Run each query batch this many times and report the median.") var `repeat` = 1
    @Option(name: .long, help: "Keep the snapshot written in this graph directory (to time `reformgraph stats --graph DIR`).") var keepSnapshot: String?

    func run() throws {
        let rss0 = Memory.currentMB
        let t0 = Clock.now
        let imported = try JSONImporter.read(path: file)
        let g = imported.graph
        _ = g.adjacency // the traversal index is part of loading
        let load = Clock.seconds(since: t0)
        let loadedMB = Memory.currentMB - rss0
        var rng = SplitMix(seed: 1)
        func pick(_ key: String, _ count: Int) -> [EntityID] {
            if let q = imported.queries[key], !q.isEmpty { return q }
            return (0..<count).map { _ in EntityID(Int(rng.next() % UInt64(max(g.entityCount, 1)))) }
        }
        let lineageStarts = pick("lineage", queries)
        let pairs = pick("shortest", queries * 2)
        let hopStarts = pick("two_hop", queries)
        var t = Traversal(capacity: g.entityCount)

        // Each batch runs `repeat` times; the median time is reported.
        func timed(_ body: () -> Void) -> Double {
            var samples: [Double] = []
            for _ in 0..<max(1, `repeat`) {
                let t0 = Clock.now
                body()
                samples.append(Clock.seconds(since: t0))
            }
            return samples.sorted()[samples.count / 2]
        }
        var lineageTotal = 0
        let lineage = timed {
            lineageTotal = 0
            for x in lineageStarts {
                // Descendants ∪ ancestors along the four lineage predicates, without x.
                lineageTotal += t.lineage(of: x, in: g).count
            }
        }
        var pathTotal = 0
        let shortest = timed {
            pathTotal = 0
            for i in stride(from: 0, to: pairs.count - 1, by: 2) {
                pathTotal += t.shortestPath(from: pairs[i], to: pairs[i + 1], in: g)?.count ?? 0
            }
        }
        var hopNodes = 0, hopEdges = 0
        let twoHop = timed {
            hopNodes = 0; hopEdges = 0
            for x in hopStarts {
                // Induced subgraph: the entities within 2 steps and every relation among them.
                let (nodes, relations) = t.neighbourhood(of: x, in: g, depth: 2)
                hopNodes += nodes.count
                hopEdges += relations.count
            }
        }

        var rows: [(String, String, Double)] = [
            ("nodes", "\(g.entityCount)", Double(g.entityCount)),
            ("edges", "\(g.relationCount)", Double(g.relationCount)),
            ("load", Format.decimal(load, 3), load),
            ("lineage", Format.decimal(lineage, 4), lineage),
            ("shortest", Format.decimal(shortest, 4), shortest),
            ("2hop", Format.decimal(twoHop, 4), twoHop),
        ]
        for (key, format) in [("dot", "dot"), ("graphml_write", "graphml")] {
            guard let f = ExportFormat(rawValue: format) else { continue }
            let path = "/tmp/reformgraph-bench-\(getpid()).\(format)"
            Memory.trim()
            let before = Memory.currentMB
            Memory.resetPeak()
            let t4 = Clock.now
            var bytes = 0
            try AtomicFile.write(to: path) { w in try f.exporter().export(g, selection: nil, to: w); bytes = w.count }
            let s = Clock.seconds(since: t4)
            let growth = Memory.windowPeakMB - before
            unlink(path)
            rows.append((key, Format.decimal(s, 3), s))
            rows.append((key + "_MB_per_s", Format.decimal(Double(bytes) / 1e6 / s, 1), Double(bytes) / 1e6 / s))
            rows.append((key + "_peak_growth_mb", Format.decimal(growth, 1), growth))
        }
        // Snapshot: save to a file, then load it back into a second graph. Its memory is the
        // resident growth over the load and the adjacency build, measured after returning
        // freed memory to the system (malloc_trim) so that it counts live data;
        // bytes_per_edge = (that growth - the UTF-8 bytes of names and aliases) / edges.
        let dir = keepSnapshot ?? "/tmp/reformgraph-bench-snap-\(getpid())"
        let t5 = Clock.now
        try Snapshot.save(g, to: dir)
        let snapSave = Clock.seconds(since: t5)
        Memory.trim()
        let rssBefore = Memory.currentMB
        // Ready to query: the loader builds the adjacency too (on its second thread).
        let t6 = Clock.now
        let loaded = try Snapshot.load(from: dir)
        _ = loaded.adjacency
        let snapLoad = Clock.seconds(since: t6)
        Memory.trim()
        let graphMB = Memory.currentMB - rssBefore
        // The name index is built on the first name lookup (queries by name need it).
        _ = loaded.lookup("x")
        Memory.trim()
        let nameIndexMB = Memory.currentMB - rssBefore - graphMB
        if keepSnapshot == nil { unlink(Snapshot.path(in: dir)); rmdir(dir) }
        guard loaded.relationCount == g.relationCount, loaded.entityCount == g.entityCount else {
            throw CLIError("the snapshot read back differs from the graph written; please report this")
        }
        var nameBytes = 0
        for e in loaded.entities { nameBytes += e.name.utf8.count + e.aliases.reduce(0) { $0 + $1.utf8.count } }
        let nameMB = Double(nameBytes) / 1_048_576
        let edges = Double(max(g.relationCount, 1))
        let perEdge = (graphMB - nameMB) * 1_048_576 / edges
        rows += [
            ("snapshot_save", Format.decimal(snapSave, 3), snapSave),
            ("snapshot_load", Format.decimal(snapLoad, 3), snapLoad),
            ("lineage_total", "\(lineageTotal)", Double(lineageTotal)),
            ("shortest_total", "\(pathTotal)", Double(pathTotal)),
            ("2hop_nodes", "\(hopNodes)", Double(hopNodes)),
            ("2hop_edges", "\(hopEdges)", Double(hopEdges)),
            ("json_loaded_rss_mb", Format.decimal(loadedMB, 1), loadedMB),
            ("graph_rss_mb", Format.decimal(graphMB, 1), graphMB),
            ("name_mb", Format.decimal(nameMB, 1), nameMB),
            ("bytes_per_edge", Format.decimal(perEdge, 1), perEdge),
            ("name_index_mb", Format.decimal(nameIndexMB, 1), nameIndexMB),
            ("peak_rss_mb", Format.decimal(Memory.peakMB, 1), Memory.peakMB),
        ]
        withExtendedLifetime(loaded) {}
        BenchOutput.print(rows, json: json)
    }
}

enum BenchOutput {
    static func print(_ rows: [(String, String, Double)], json: Bool) {
        if json {
            let body = rows.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n")
            Swift.print("{\n\(body)\n}")
        } else {
            let w = rows.map(\.0.count).max() ?? 0
            for r in rows { Swift.print(r.0.padding(w) + "  " + r.1) }
        }
    }
}

/// Process memory figures for the benchmark (Linux; zero elsewhere).
enum Memory {
    /// Peak resident set size of this process, in MiB.
    static var peakMB: Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1024
    }
    /// Current resident set size, in MiB (from /proc/self/statm).
    static var currentMB: Double {
        guard let bytes = try? AtomicFile.read("/proc/self/statm", limit: 4096) else { return 0 }
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
    /// Resets the resident peak that ``windowPeakMB`` reports (Linux `clear_refs` 5).
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        if fd >= 0 { _ = write(fd, "5", 1); close(fd) }
    }
    /// The resident peak since ``resetPeak()`` (VmHWM in /proc/self/status), in MiB.
    static var windowPeakMB: Double {
        guard let bytes = try? AtomicFile.read("/proc/self/status", limit: 1 << 16) else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return kb / 1024
        }
        return 0
    }
    /// Returns freed heap memory to the system, so resident figures count live data.
    static func trim() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)` (declared in malloc.h, which the Glibc module omits).
@_silgen_name("malloc_trim")
func glibcMallocTrim(_ pad: Int) -> Int32
#endif
