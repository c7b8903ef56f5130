/// What a build read, skipped and repaired.
public struct BuildReport: Sendable {
    /// Documents extracted.
    public var documentsRead: Int = 0
    /// Sentences across those documents.
    public var sentences: Int = 0
    /// Bytes of text read (after decoding).
    public var bytes: Int = 0
    /// Files skipped and why (binary, unreadable, broken link, unknown extension...).
    public var skipped: [(path: String, reason: String)] = []
    /// Repairs and other notes, each naming its file ("a.txt: invalid UTF-8 repaired (3 sequences)").
    public var warnings: [String] = []
    /// Wall-clock seconds the build took.
    public var elapsed: Double = 0

    public init() {}

    /// The skipped files counted by reason, most frequent first (ties by reason), for the
    /// end-of-build summary: `[("binary file (PNG image)", 2), ("unknown extension", 1)]`.
    /// Reasons that carry a system message or size keep only the part before it, so that
    /// like is counted with like.
    public var skippedByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for s in skipped {
            var reason = s.reason
            for marker in [" (expected", ": split", " ("] where !reason.hasPrefix("binary file") {
                if let r = reason.firstRange(of: marker) { reason = String(reason[..<r.lowerBound]); break }
            }
            counts[reason, default: 0] += 1
        }
        return counts.map { (reason: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }
}

/// Why a build could not start.
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
