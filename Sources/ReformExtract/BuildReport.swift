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
}

/// Why a build could not start.
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
