#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Failures that tests inject into ``AtomicFile`` writes through the environment variable
/// `REFORMGRAPH_FAULT`, to check that an interrupted or failed write loses nothing. Never set
/// in normal use; unknown values are ignored.
///
/// - `stall-mid-write`: write half of the first buffer to the temporary file, then stop
///   (sleep) until killed, as a process killed mid-write would.
/// - `disk-full`: write half of the first buffer, then fail with `ENOSPC`.
enum WriteFault: String {
    case stallMidWrite = "stall-mid-write"
    case diskFull = "disk-full"

    /// The fault asked for in the environment, if any.
    static var fromEnvironment: WriteFault? {
        guard let v = getenv("REFORMGRAPH_FAULT") else { return nil }
        return WriteFault(rawValue: String(cString: v))
    }
}
