#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Every normalised name and alias of a graph in flat arrays, for ranked search without
/// per-name allocation or reference counting: one byte buffer of keys, with offsets for
/// each key, its words and its initials.
///
/// - Complexity: built in O(total name length); a scan is O(total name length).
struct NameTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Per entry: key range in `bytes`.
    private(set) var keyStart: [UInt32] = []
    private(set) var keyEnd: [UInt32] = []
    /// Per entry: range of its words in `wordStart`/`wordEnd`.
    private(set) var firstWord: [UInt32] = []
    private(set) var wordStart: [UInt32] = []
    private(set) var wordEnd: [UInt32] = []
    /// Per entry: initials range in `initialBytes` (empty when fewer than two).
    private(set) var initialBytes: [UInt8] = []
    private(set) var initialStart: [UInt32] = []
    private(set) var entity: [EntityID] = []
    private(set) var nameIndex: [UInt16] = []
    private(set) var typeOrdinal: [UInt8] = []
    private(set) var bigrams: [BigramMask] = []
    /// Per entry: whether its entity is a form, and its canonical name's length (tie-breaks).
    private(set) var isForm: [Bool] = []
    private(set) var canonicalLength: [UInt32] = []

    private static let stopWords: Set<[UInt8]> = Set(["and", "of", "the", "for", "in", "on", "to"].map { Array($0.utf8) })

    var count: Int { entity.count }

    init(graph: KnowledgeGraph) {
        firstWord.append(0)
        initialStart.append(0)
        for e in graph.entities {
            var seen = Set<String>()
            for (i, name) in e.allNames.enumerated() {
                let key = NameKey.normalise(name)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                let start = UInt32(bytes.count)
                bytes.append(contentsOf: key.utf8)
                let end = UInt32(bytes.count)
                keyStart.append(start); keyEnd.append(end)
                var ws = start
                var initials: [UInt8] = []
                func word(_ a: UInt32, _ b: UInt32) {
                    guard b > a else { return }
                    wordStart.append(a); wordEnd.append(b)
                    let w = Array(bytes[Int(a)..<Int(b)])
                    if !Self.stopWords.contains(w), !(w[0] >= 0x30 && w[0] <= 0x39) { initials.append(w[0]) }
                }
                for p in start..<end where bytes[Int(p)] == 0x20 { word(ws, p); ws = p + 1 }
                word(ws, end)
                firstWord.append(UInt32(wordStart.count))
                if initials.count >= 2 { initialBytes.append(contentsOf: initials) }
                initialStart.append(UInt32(initialBytes.count))
                entity.append(e.id)
                nameIndex.append(UInt16(min(i, Int(UInt16.max))))
                typeOrdinal.append(UInt8(e.type.ordinal))
                bigrams.append(BigramMask(Array(key.utf8)))
                isForm.append(e.kind == .form)
                canonicalLength.append(UInt32(e.name.utf8.count))
            }
        }
    }
}
