/// Bounded edit distance (Levenshtein with adjacent transpositions) over bytes, with
/// reusable rows: one implementation for fuzzy search and every "did you mean".
public struct EditDistance: Sendable {
    private var rows: [Int] = []

    public init() {}

    /// The distance between two strings' UTF-8 bytes if at most `limit`, else nil.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        var e = EditDistance()
        let a = Array(a.utf8), b = Array(b.utf8)
        let bound = min(limit, max(a.count, b.count))
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in e.distance(a, b, limit: bound) } }
    }

    /// Levenshtein distance with adjacent transpositions if at most `limit`, else nil.
    ///
    /// - Complexity: O(a·b) time.
    public mutating func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let w = b.count + 1
        if rows.count < 3 * w { rows = [Int](repeating: 0, count: 3 * w) }
        return rows.withUnsafeMutableBufferPointer { r -> Int? in
            var prev2 = 0, prev = w, cur = 2 * w
            for j in 0...b.count { r[prev + j] = j }
            for i in 1...a.count {
                r[cur] = i
                var rowMin = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(r[prev + j] + 1, r[cur + j - 1] + 1, r[prev + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, r[prev2 + j - 2] + 1) }
                    r[cur + j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return nil }
                (prev2, prev, cur) = (prev, cur, prev2)
            }
            return r[prev + b.count] <= limit ? r[prev + b.count] : nil
        }
    }
}
