/// A token trie over vocabulary ids: each lexicon name is a path, so all names are matched in
/// one left-to-right pass, never one pattern per name.
///
/// Edges live in one open-addressing hash table keyed by `(node, token id)` (a multiplicative
/// hash of the 64-bit key, not SipHash: one probe per token in the common case); a node's
/// values list the lexicon entries whose name or alias ends there.
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
        /// What the matcher asks of the name's text, found once when the lexicon is compiled
        /// (it asked them of the name's `String` at every match).
        var nameFacts: NameFacts = []

        init(entry: Int32, name: Int32, capitalsOnly: Bool, needsCapital: Bool, nameFacts: NameFacts = []) {
            self.entry = entry
            self.name = name
            self.capitalsOnly = capitalsOnly
            self.needsCapital = needsCapital
            self.nameFacts = nameFacts
        }

        /// Equal values name the same entry and name (the facts follow from the name).
        static func == (a: Value, b: Value) -> Bool {
            a.entry == b.entry && a.name == b.name && a.capitalsOnly == b.capitalsOnly && a.needsCapital == b.needsCapital
        }
    }

    /// Facts about a name's text (see ``LexiconMatcher``).
    struct NameFacts: OptionSet, Sendable {
        let rawValue: UInt8
        /// The name holds a colon.
        static let colon = NameFacts(rawValue: 1 << 0)
        /// Its first character is upper case.
        static let capitalFirst = NameFacts(rawValue: 1 << 1)
        /// It names an office (``LexiconMatcher/isOfficeName(_:)``).
        static let office = NameFacts(rawValue: 1 << 2)
        /// Lower-cased, it ends in "s".
        static let endsInS = NameFacts(rawValue: 1 << 3)

        /// The facts of `name`.
        static func of(_ name: String) -> NameFacts {
            var facts: NameFacts = []
            // (An ASCII name's colon found by its bytes: `contains` read it Character by Character.)
            let asciiColon: Bool? = name.utf8.withContiguousStorageIfAvailable { u in
                u.contains(where: { $0 >= 0x80 }) ? nil : u.contains(0x3A)
            } ?? nil
            if asciiColon ?? name.contains(":") { facts.insert(.colon) }
            if name.first?.isUppercase ?? false { facts.insert(.capitalFirst) }
            if LexiconMatcher.isOfficeName(name) { facts.insert(.office) }
            if name.lowercased().hasSuffix("s") { facts.insert(.endsInS) }
            return facts
        }
    }

    /// Edge keys (`node << 32 | id`, never all ones) and targets; `emptyKey` marks a free slot.
    private var edgeKeys = [UInt64](repeating: NameTrie.emptyKey, count: 64)
    private var edgeTargets = [Int32](repeating: 0, count: 64)
    private var edgeCount = 0
    /// The root's children by token id (0 for none: no edge leads back to the root). The
    /// matcher asks the root once per token, and this small table stays in cache where the
    /// hash table's probes miss.
    private var rootChildren: [Int32] = []
    private static let emptyKey = UInt64.max
    private(set) var values: [[Value]] = [[]]
    /// The number of values of each node, beside ``values``: the matcher asks it at every
    /// step, and reading a node's array of values retains and releases it, a shared object
    /// whose reference count the extraction threads then keep taking from each other.
    private var valueCounts: [Int32] = [0]

    var nodeCount: Int { values.count }

    /// Adds a path of token ids ending in `value`.
    mutating func insert(_ path: [Int32], _ value: Value) {
        guard !path.isEmpty else { return }
        var node: Int32 = 0
        for id in path {
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id))
            if let next = edge(key) { node = next; continue }
            let next = Int32(values.count)
            values.append([])
            valueCounts.append(0)
            addEdge(key, next)
            if node == 0, id >= 0 {
                if Int(id) >= rootChildren.count { rootChildren += repeatElement(0, count: Int(id) + 1 - rootChildren.count) }
                rootChildren[Int(id)] = next
            }
            node = next
        }
        if !values[Int(node)].contains(value) {
            values[Int(node)].append(value)
            valueCounts[Int(node)] += 1
        }
    }

    /// The child of `node` along token id `id`, or nil.
    /// Whether some name ends at `node`.
    @inline(__always) func hasValues(_ node: Int32) -> Bool { valueCounts[Int(node)] > 0 }

    /// The number of values at `node`.
    @inline(__always) func valueCount(_ node: Int32) -> Int { Int(valueCounts[Int(node)]) }

    /// Value `index` at `node`, read in place (iterating `values[node]` retained and released
    /// its array).
    @inline(__always) func value(_ node: Int32, _ index: Int) -> Value { values[Int(node)][index] }

    @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32? {
        guard id >= 0 else { return nil }
        if node == 0 {
            guard Int(id) < rootChildren.count else { return nil }
            let next = rootChildren[Int(id)]
            return next == 0 ? nil : next
        }
        return edge(UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id)))
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always) private func edge(_ key: UInt64) -> Int32? {
        edgeKeys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var s = Self.slot(key, mask)
            while true {
                let k = keys[s]
                if k == key { return edgeTargets[s] }
                if k == Self.emptyKey { return nil }
                s = (s + 1) & mask
            }
        }
    }

    private mutating func addEdge(_ key: UInt64, _ target: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count {
            let oldKeys = edgeKeys, oldTargets = edgeTargets
            edgeKeys = [UInt64](repeating: Self.emptyKey, count: oldKeys.count * 2)
            edgeTargets = [Int32](repeating: 0, count: oldKeys.count * 2)
            edgeCount = 0
            for i in oldKeys.indices where oldKeys[i] != Self.emptyKey { addEdge(oldKeys[i], oldTargets[i]) }
        }
        let mask = edgeKeys.count - 1
        var s = Self.slot(key, mask)
        while edgeKeys[s] != Self.emptyKey { s = (s + 1) & mask }
        edgeKeys[s] = key
        edgeTargets[s] = target
        edgeCount += 1
    }
}
