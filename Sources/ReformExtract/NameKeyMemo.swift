import ReformCore

/// ``ReformCore/NameKey/normalise(_:)`` remembered per thread: the rules normalise the same
/// entity names again and again (each document names its bodies and people many times, and
/// the documents of a corpus name the same ones; 94 % of the calls repeat a name), at some
/// 1,300 instructions a name; a remembered one costs a byte hash and a `memcmp` (a
/// `Dictionary<String, String>` cost some 450 instructions a lookup in SipHash and compares).
///
/// Names are remembered by their bytes, so a hit is the same bytes, the same string, and the
/// answer is exactly `NameKey.normalise`'s. (Names outside ASCII too: they were normalised
/// each time, about a third of the calls that missed.)
///
/// One ``NameMemo`` per thread, so extraction workers share nothing and take no lock.
enum NameKeyMemo {
    /// `NameKey.normalise(name)`.
    static func normalise(_ name: String) -> String { perThread.current(name) }

    /// This thread's memo, made on first use (released when the thread exits).
    private static let perThread = PerThread { NameMemo(NameKey.normalise) }
}
