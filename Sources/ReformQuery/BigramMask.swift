/// A 128-bit set of the hashed byte bigrams of a string: a quick, safe filter before an edit
/// distance. One edit removes at most two bigrams, so a string within distance d of `q` has
/// at least `q.count - 2d` of `q`'s bits (no false rejections; hash collisions only let more
/// through).
struct BigramMask: Sendable, Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        for i in 0..<(bytes.count - 1) {
            let h = (UInt32(bytes[i]) &* 31 &+ UInt32(bytes[i + 1]) &* 131) % 128
            if h < 64 { low |= 1 << UInt64(h) } else { high |= 1 << UInt64(h - 64) }
        }
    }

    /// The number of bits set.
    var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// The number of bits set in both.
    func common(with other: BigramMask) -> Int {
        (low & other.low).nonzeroBitCount + (high & other.high).nonzeroBitCount
    }
}
