/// Errors from reading and writing files, each worded for a person: what, where, what next.
public enum FileError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String?, reason: String)
    case notASnapshot(path: String)
    case snapshotVersion(path: String, found: UInt32, expected: UInt32)
    case snapshotCorrupt(path: String, reason: String)
    case missingSnapshot(path: String)
    case malformed(path: String, line: Int?, reason: String)
    case tooLarge(path: String, limit: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .writeFailed(path, reason):
            return "could not write \(path ?? "output"): \(reason); the previous file, if any, is unchanged"
        case let .notASnapshot(path):
            return "\(path) is not a reformgraph snapshot; rebuild it with `reformgraph build`"
        case let .snapshotVersion(path, found, expected):
            return "\(path) was written by snapshot format version \(found), this reformgraph reads version \(expected); rebuild it with `reformgraph build`"
        case let .snapshotCorrupt(path, reason):
            return "\(path) is damaged (\(reason)); rebuild it with `reformgraph build`"
        case let .missingSnapshot(path):
            return "no graph snapshot at \(path); build one with `reformgraph build PATH --graph DIR`"
        case let .malformed(path, line, reason):
            if let line { return "\(path):\(line): \(reason)" }
            return "\(path): \(reason)"
        case let .tooLarge(path, limit):
            let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
            return "\(path) is larger than the \(size) limit; it is refused unread so that a huge or hostile file cannot exhaust memory (split it into smaller files)"
        }
    }
}
