/// A token trie over vocabulary ids: each lexicon name is a path, so all names are matched in
/// one left-to-right pass, never one pattern per name.
///
/// Edges live in one hash table keyed by `(node, token id)`; a node's values list the
/// lexicon entries whose name or alias ends there.
///
/// - Complexity: matching at one position is O(length of the longest name found).
struct NameTrie: Sendable {
    /// A name ending at a node.
    struct Value: Sendable, Equatable {
        /// Index of the lexicon entry.
        var entry: Int32
        /// Index of the name in the entry's `allNames`.
        var name: Int32
        /// The name is written in capitals (an acronym): it matches only capitals.
        var capitalsOnly: Bool
        /// The name is a single word: it matches only when capitalised in the text.
        var needsCapital: Bool
    }

    private var edges: [UInt64: Int32] = [:]
    private(set) var values: [[Value]] = [[]]

    var nodeCount: Int { values.count }

    /// Adds a path of token ids ending in `value`.
    mutating func insert(_ path: [Int32], _ value: Value) {
        guard !path.isEmpty else { return }
        var node: Int32 = 0
        for id in path {
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id))
            if let next = edges[key] { node = next; continue }
            let next = Int32(values.count)
            values.append([])
            edges[key] = next
            node = next
        }
        if !values[Int(node)].contains(value) { values[Int(node)].append(value) }
    }

    /// The child of `node` along token id `id`, or nil.
    @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32? {
        guard id >= 0 else { return nil }
        return edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id))]
    }
}
