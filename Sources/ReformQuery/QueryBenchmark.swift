#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Measures query latency on an engine: each command is parsed and answered (and rendered,
/// as the shell would) many times; the median and 99th percentile are reported.
public enum QueryBenchmark {
    /// The latency of one command.
    public struct Timing: Sendable {
        /// The command timed.
        public var command: String
        /// How many timed runs.
        public var iterations: Int
        /// Median time per query, microseconds.
        public var medianMicroseconds: Double
        /// 99th percentile, microseconds.
        public var p99Microseconds: Double
        /// The slowest run, microseconds.
        public var maxMicroseconds: Double
        /// Nil when the command answered; otherwise its error.
        public var error: String?
    }

    /// Times each of `commands` `iterations` times (after one warm-up run).
    public static func measure(_ engine: QueryEngine, commands: [String], iterations: Int = 200) -> [Timing] {
        let formatter = ResultFormatter()
        return commands.map { command in
            var error: String? = nil
            do { _ = formatter.render(try engine.run(command)) } catch { return Timing(command: command, iterations: 0, medianMicroseconds: 0, p99Microseconds: 0, maxMicroseconds: 0, error: "\(error)") }
            var samples: [Double] = []
            samples.reserveCapacity(iterations)
            for _ in 0..<max(1, iterations) {
                let t0 = now()
                do { _ = formatter.render(try engine.run(command)) } catch let e { error = "\(e)" }
                samples.append(Double(now() - t0) / 1000)
            }
            samples.sort()
            let p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
            return Timing(command: command, iterations: samples.count, medianMicroseconds: samples[samples.count / 2],
                          p99Microseconds: p99, maxMicroseconds: samples.last!, error: error)
        }
    }

    /// The seconds `body` takes.
    public static func seconds(_ body: () -> Void) -> Double {
        let t0 = now()
        body()
        return Double(now() - t0) / 1e9
    }

    /// Nanoseconds on the monotonic clock.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// One representative command per query type, chosen from the graph: the most
    /// connected entity, a form with lineage, the two ends of a distant pair, a relation's
    /// ends, the median dated year.
    public static func standardCommands(for engine: QueryEngine) -> [String] {
        let g = engine.graph
        guard g.entityCount > 0 else { return ["types", "stats"] }
        func q(_ id: EntityID) -> String { "#\(id.raw)" }
        var hub = EntityID(0)
        for i in 0..<g.entityCount where engine.degree[i] > engine.degree[hub.index] { hub = EntityID(i) }
        let lineageStart = g.relations.first { $0.predicate.isLineage }?.source ?? hub
        let rel = g.relations.first { !$0.evidence.isEmpty } ?? g.relations.first
        // A far entity: the last one a breadth-first search from the hub reaches.
        let far = engine.breadthFirst(from: hub, direction: .both, predicates: [], depth: engine.limits.maxDepth).nodes.last?.0 ?? hub
        let years = g.relations.compactMap(\.year).sorted()
        let year = years.isEmpty ? 2015 : years[years.count / 2]
        let word = g[hub].name.split(separator: " ").first.map(String.init) ?? g[hub].name
        var commands = ["find \(word)", "find \(String(word.prefix(max(1, word.count - 1))))x", "show \(q(hub))",
                        "neighbours \(q(hub))", "neighbours \(q(hub)) depth 2", "lineage \(q(lineageStart))",
                        "path \(q(lineageStart)) \(q(far))", "paths \(q(hub)) \(q(far))"]
        if let rel { commands.append("why \(q(rel.source)) \(q(rel.target))") }
        commands += ["subgraph \(q(hub))", "top", "top person 5", "timeline", "timeline \(q(hub))", "at \(year)", "types", "stats"]
        return commands
    }
}
