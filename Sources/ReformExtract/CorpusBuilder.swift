import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Builds the knowledge graph from documents: ingestion, extraction in parallel, and a
/// sequential merge in document order (so the output does not depend on thread timing).
public struct CorpusBuilder: Sendable {
    let lexicon: CompiledLexicon
    /// Extract on all cores (true) or on the calling thread only.
    public var parallel = true
    /// The largest file read, in bytes (default 256 MB); larger files are skipped with a
    /// reason that names the limit.
    public var maxFileBytes = 256 << 20

    public init(lexicon: Lexicon) {
        self.lexicon = CompiledLexicon(lexicon)
    }

    /// Ingests files and folders (recursively, deterministic sorted order), extracts, and
    /// builds the graph. Throws when a path given does not exist.
    public func build(paths: [String], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws -> (KnowledgeGraph, BuildReport) {
        let clock = ContinuousClock()
        let started = clock.now
        var report = BuildReport()
        let sources = try DocumentSource.collect(paths, skipped: &report.skipped)
        let counter = ProgressCounter(total: sources.count, progress: progress)
        var outcomes = map(sources.count) { i, tokenizer -> Outcome in
            defer { counter.step() }
            return Self.ingest(sources[i], lexicon, maxFileBytes: maxFileBytes, tokenizer: &tokenizer)
        }
        var results: [DocumentResult] = []
        results.reserveCapacity(outcomes.count)
        for (source, outcome) in zip(sources, outcomes) {
            switch outcome {
            case .skipped(let reason): report.skipped.append((source.path, reason))
            case .extracted(let r):
                results.append(r)
                report.warnings += r.warnings.map { "\(source.name): \($0)" }
            }
        }
        outcomes = []
        let graph = assemble(results, into: &report)
        Self.releaseInBackground(ResultsBox(consume results))
        report.elapsed = Self.seconds(clock.now - started)
        return (graph, report)
    }

    /// Frees the per-document results on another thread. They are hundreds of thousands of
    /// small allocations (names, aliases, sentence texts): freeing them took some 30 ms of
    /// a 1.5 s build of 100 MB, on the one thread the caller waits for, after the merge.
    private static func releaseInBackground(_ box: ResultsBox) {
        DispatchQueue.global(qos: .utility).async { box.results = [] }
    }

    /// Extracts from in-memory documents (tests): (name, text) pairs, read as plain text with
    /// light Markdown, or as HTML when the name ends in `.html`/`.htm`/`.xhtml`.
    public func build(documents: [(name: String, text: String)]) -> (KnowledgeGraph, BuildReport) {
        let clock = ContinuousClock()
        let started = clock.now
        var report = BuildReport()
        let results = map(documents.count) { i, tokenizer -> DocumentResult in
            let (name, text) = documents[i]
            let format = DocumentSource.format(forExtension: FileSystem.pathExtension(name)) ?? .text
            return Self.extract(name: name, text: text, format: format, lexicon, tokenizer: &tokenizer)
        }
        for r in results { report.warnings += r.warnings.map { "\(r.name): \($0)" } }
        let graph = assemble(results, into: &report)
        report.elapsed = Self.seconds(clock.now - started)
        return (graph, report)
    }

    private func assemble(_ results: [DocumentResult], into report: inout BuildReport) -> KnowledgeGraph {
        var assembler = GraphAssembler(lexicon: lexicon)
        assembler.preparePeople(results)
        for r in results {
            assembler.add(r)
            report.documentsRead += 1
            report.sentences += r.sentences
            report.bytes += r.bytes
        }
        return assembler.graph
    }

    enum Outcome: Sendable {
        case extracted(DocumentResult)
        case skipped(String)
    }

    static func ingest(_ source: DocumentSource, _ lexicon: CompiledLexicon, maxFileBytes: Int, tokenizer: inout Tokenizer) -> Outcome {
        var data: [UInt8]
        switch FileSystem.read(source.path, limit: maxFileBytes) {
        case .success(let bytes): data = bytes
        case .failure(.unreadable(let reason)): return .skipped("cannot read file (\(reason))")
        case .failure(.tooLarge(let size, let limit)):
            return .skipped("too large (\(megabytes(size)) MB; the limit is \(megabytes(limit)) MB): split it into smaller files")
        }
        // Plain valid UTF-8 (the usual case) goes to extraction as bytes, with no String made.
        // The array is handed down (consumed) so that the markup cleaner, which blanks markup
        // in place, owns it alone and does not copy the file.
        if source.format != .html, let start = TextDecoding.plainUTF8Start(data) {
            if start > 0 { data.removeFirst(start) }
            return .extracted(DocumentExtractor.extract(name: source.name, utf8: consume data, markup: true, lexicon: lexicon, tokenizer: &tokenizer))
        }
        switch TextDecoding.decode(data) {
        case .binary(let reason): return .skipped(reason)
        case .text(let text, let warnings):
            var r = extract(name: source.name, text: text, format: source.format, lexicon, tokenizer: &tokenizer)
            r.warnings = warnings + r.warnings
            return .extracted(r)
        }
    }

    static func extract(name: String, text: String, format: DocumentSource.Format, _ lexicon: CompiledLexicon,
                        tokenizer: inout Tokenizer) -> DocumentResult {
        switch format {
        case .html:
            let html = HTMLText.extractWithWarnings(text)
            var r = DocumentExtractor.extract(name: name, text: html.text, markup: false, lexicon: lexicon, tokenizer: &tokenizer)
            r.warnings = html.warnings + r.warnings
            return r
        case .markdown, .text: return DocumentExtractor.extract(name: name, text: text, markup: true, lexicon: lexicon, tokenizer: &tokenizer)
        }
    }

    /// `body(i, tokenizer)` for every i in 0..<count, in parallel when allowed; results in
    /// index order. Each worker takes the next index when it is free and keeps one tokenizer
    /// (its memo of words) for all its documents; the memo never changes a result.
    private func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int, inout Tokenizer) -> T) -> [T] {
        guard parallel, count > 1 else {
            var tokenizer = Tokenizer()
            return (0..<count).map { body($0, &tokenizer) }
        }
        let slots = Slots<T>(count)
        let next = NextIndex(count)
        let workers = min(count, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var tokenizer = Tokenizer()
            while let i = next.take() { slots.set(i, body(i, &tokenizer)) }
        }
        return slots.values()
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// Result slots written by parallel workers, one slot per index (no two workers share one).
///
/// The slots are raw memory allocated once: an `Array` property written from several
/// threads is not safe even at distinct indexes (`withUnsafeMutableBufferPointer` moves the
/// array out of the property for the duration of the call, so a second thread sees it empty
/// and copies it).
private final class Slots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T?>
    init(_ count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    func set(_ i: Int, _ value: T) { storage[i] = value }
    func values() -> [T] { storage.map { $0! } }
}

/// The only owner of a build's per-document results once the graph is built, emptied on a
/// background thread (so the frees happen there, whichever thread lets go of the box last).
private final class ResultsBox: @unchecked Sendable {
    var results: [DocumentResult]
    init(_ results: consuming [DocumentResult]) { self.results = results }
}

/// Hands out the indexes 0..<count, each once, to whichever worker asks first.
private final class NextIndex: @unchecked Sendable {
    private let lock = MutexLock()
    private var next = 0
    private let count: Int
    init(_ count: Int) { self.count = count }
    func take() -> Int? {
        lock.locked {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// Counts finished documents and reports progress.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = MutexLock()
    private var done = 0
    let total: Int
    let progress: (@Sendable (Int, Int) -> Void)?
    init(total: Int, progress: (@Sendable (Int, Int) -> Void)?) { self.total = total; self.progress = progress }
    func step() {
        guard let progress else { return }
        let d = lock.locked { done += 1; return done }
        progress(d, total)
    }
}
