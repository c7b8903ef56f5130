/// Per-node traversal state that is reset in O(1): a node is marked when its stamp equals the
/// current generation, so starting a new traversal just bumps the generation.
///
/// Alongside the mark, each node carries a distance and the relation it was reached by; both
/// are meaningful only for marked nodes. Grows to the graph's size on first use.
public struct VisitMarks: Sendable {
    public private(set) var stamps: [UInt32] = []
    public var distance: [Int32] = []
    public var via: [UInt32] = []
    private var generation: UInt32 = 0

    public init() {}

    /// Starts a new traversal over `count` nodes: every node becomes unmarked.
    ///
    /// - Complexity: O(1) amortised (O(count) when growing or every 2^32 generations).
    public mutating func reset(count: Int) {
        if stamps.count < count {
            stamps.append(contentsOf: repeatElement(0, count: count - stamps.count))
            distance.append(contentsOf: repeatElement(0, count: count - distance.count))
            via.append(contentsOf: repeatElement(UInt32.max, count: count - via.count))
        }
        generation &+= 1
        if generation == 0 {
            for i in stamps.indices { stamps[i] = 0 }
            generation = 1
        }
    }

    @inline(__always) public func isMarked(_ i: Int) -> Bool { stamps[i] == generation }

    /// Marks node `i` at `distance` reached through relation `via`.
    @inline(__always) public mutating func mark(_ i: Int, distance d: Int, via r: UInt32 = .max) {
        stamps[i] = generation
        distance[i] = Int32(d)
        via[i] = r
    }
}
