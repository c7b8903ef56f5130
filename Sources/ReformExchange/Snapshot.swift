#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// The on-disk snapshot of a built graph: one binary file, `reformgraph.snapshot`, in the
/// graph directory.
///
/// Layout (little-endian): the 8-byte magic `RGSNAP\r\n`, the format version (UInt32),
/// the payload length (UInt64) and a 64-bit checksum of the payload, then the payload, made
/// of flat columns so that loading is a few bulk copies rather than a parse per record:
///
/// - nine UInt64 counts: documents, predicates, roles, sentences, entities, aliases,
///   entity-document links, relations, evidence records;
/// - string tables (documents, predicates, roles, sentences, entity names, aliases), each
///   as `count + 1` UInt32 end offsets (the first is 0) and then the UTF-8 bytes;
/// - entity columns: type (UInt8), kind (UInt8: 1 form, 0 instance), mentions (UInt64),
///   alias row starts and document row starts (`count + 1` UInt32 each), document ids (UInt32);
/// - relation columns: source, target (UInt32), predicate code (UInt16), year (Int32,
///   `Int32.min` for none), role code (UInt32, 0 for none), evidence row starts (`count + 1`);
/// - evidence columns: document, sentence (UInt32), start, end (UInt64).
///
/// Loading builds no hash index: the name index, the relation dedup index and the
/// traversal adjacency are built when first needed. A file from another format version
/// (version 1 stored records one by one), a truncated file, a checksum mismatch and
/// out-of-range ids each give a ``FileError`` that says to rebuild. Writing is atomic
/// (temporary file, then rename).
public enum Snapshot {
    /// The format version this build writes and reads. Bump on any layout change.
    public static let formatVersion: UInt32 = 2
    /// The file name inside a graph directory.
    public static let fileName = "reformgraph.snapshot"
    static let magic: [UInt8] = Array("RGSNAP\r\n".utf8)
    static let headerSize = 8 + 4 + 8 + 8

    /// The snapshot path inside a graph directory.
    public static func path(in directory: String) -> String {
        directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    }

    /// The value of a dictionary slot reached through `subscript(_:default:)`, which
    /// looks the key up (and adds it with the default when absent) in one hash.
    @inline(__always)
    private static func numbered(_ slot: inout UInt32) -> UInt32 { slot }

    /// A text as a dictionary key by its exact UTF-8 bytes, hashed in one `Hasher` call.
    private struct SentenceBytes: Hashable {
        var text: String

        init(_ text: String) {
            self.text = text
            self.text.makeContiguousUTF8()
        }

        func hash(into hasher: inout Hasher) {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: SentenceBytes, b: SentenceBytes) -> Bool {
            var x = a.text, y = b.text
            return x.withUTF8 { p in
                y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
            }
        }
    }

    /// Encodes a graph.
    ///
    /// - Complexity: O(V + E + evidence), mostly bulk copies of the graph's columns.
    public static func encode(_ graph: KnowledgeGraph) -> [UInt8] {
        let cols = graph.relationColumns
        var sentences: [String: UInt32] = [:]
        var sentenceList: [String] = []
        var evidenceCount = 0
        for ev in cols.evidence { evidenceCount += ev.count }
        sentences.reserveCapacity(evidenceCount)
        // Each evidence's sentence number, in evidence order, so each sentence is hashed once
        // (one `default:` subscript finds or adds it); sentences are long and hashing them is
        // most of this function's cost.
        var sentenceOf: [UInt32] = []
        sentenceOf.reserveCapacity(evidenceCount)
        // Most sentences back several relations (some four evidences a sentence), and a
        // `String` key with a non-ASCII byte is hashed by its normalised form, thousands of
        // instructions a sentence. So each exact byte sequence is numbered here first, hashed
        // as bytes; only a sequence not seen before goes to `sentences`, which numbers
        // canonically equal texts alike, as before.
        var byBytes: [SentenceBytes: UInt32] = [:]
        byBytes.reserveCapacity(evidenceCount)
        for ev in cols.evidence {
            for e in ev {
                let bytes = SentenceBytes(e.sentence)
                if let number = byBytes[bytes] { sentenceOf.append(number); continue }
                let next = UInt32(sentenceList.count)
                let number = Self.numbered(&sentences[e.sentence, default: next])
                if number == next { sentenceList.append(e.sentence) }
                byBytes[bytes] = number
                sentenceOf.append(number)
            }
        }
        let entities = graph.entities
        var aliasCount = 0, linkCount = 0, nameBytes = 0
        for e in entities {
            aliasCount += e.aliases.count; linkCount += e.documents.count
            nameBytes += e.name.utf8.count
            for a in e.aliases { nameBytes += a.utf8.count }
        }
        let n = entities.count, m = cols.sources.count
        var p = BinaryWriter()
        p.bytes.reserveCapacity(headerSize + 72 + n * 40 + nameBytes + m * 22 + evidenceCount * 24 + 4096)
        p.bytes.append(contentsOf: repeatElement(0, count: headerSize))
        for c in [graph.documents.count, cols.predicates.count, cols.roles.count, sentenceList.count, n, aliasCount, linkCount, m, evidenceCount] {
            p.u64(UInt64(c))
        }
        p.strings(graph.documents)
        p.strings(cols.predicates.map(\.rawValue))
        p.strings(cols.roles)
        p.strings(sentenceList)
        p.strings(entities.lazy.map(\.name), count: n)
        p.strings(entities.lazy.flatMap(\.aliases), count: aliasCount)
        p.column(entities.map { UInt8($0.type.ordinal) })
        p.column(entities.map { $0.kind == .form ? UInt8(1) : 0 })
        p.column(entities.map { UInt64($0.mentions) })
        var aliasStart: [UInt32] = [0], docStart: [UInt32] = [0], links: [UInt32] = []
        aliasStart.reserveCapacity(n + 1); docStart.reserveCapacity(n + 1); links.reserveCapacity(linkCount)
        for e in entities {
            aliasStart.append(aliasStart.last! + UInt32(e.aliases.count))
            for d in e.documents { links.append(d.raw) }
            docStart.append(UInt32(links.count))
        }
        p.column(aliasStart); p.column(docStart); p.column(links)
        p.column(cols.sources); p.column(cols.targets); p.column(cols.predicateCodes)
        p.column(cols.years); p.column(cols.roleCodes)
        var evStart = [UInt32](repeating: 0, count: m + 1)
        var evDoc: [UInt32] = [], evSentence: [UInt32] = [], evBegin: [UInt64] = [], evEnd: [UInt64] = []
        evDoc.reserveCapacity(evidenceCount); evSentence.reserveCapacity(evidenceCount)
        evBegin.reserveCapacity(evidenceCount); evEnd.reserveCapacity(evidenceCount)
        for (i, ev) in cols.evidence.enumerated() {
            for e in ev {
                evSentence.append(sentenceOf[evDoc.count])
                evDoc.append(e.document.raw)
                evBegin.append(UInt64(e.start)); evEnd.append(UInt64(e.end))
            }
            evStart[i + 1] = UInt32(evDoc.count)
        }
        p.column(evStart); p.column(evDoc); p.column(evSentence)
        p.column(evBegin); p.column(evEnd)
        // Header in place.
        let payload = p.bytes.count - headerSize
        let sum = p.bytes.withUnsafeBufferPointer { checksum(UnsafeBufferPointer(rebasing: $0[headerSize...])) }
        var h = BinaryWriter()
        h.bytes.append(contentsOf: magic)
        h.u32(formatVersion)
        h.u64(UInt64(payload))
        h.u64(sum)
        p.bytes.replaceSubrange(0..<headerSize, with: h.bytes)
        return p.bytes
    }

    /// Decodes a graph; `path` names the file in errors.
    ///
    /// - Complexity: O(V + E + evidence): bulk copies of the columns, one string per name,
    ///   a range check per id; no hashing per entity or relation. Entities are made on a
    ///   second thread while the relations are checked and the adjacency is built.
    public static func decode(_ bytes: [UInt8], path: String) throws -> KnowledgeGraph {
        try bytes.withUnsafeBytes { try decode(raw: $0, path: path) }
    }

    /// Decodes a graph from bytes in memory (a mapped file); `path` names the file in errors.
    static func decode(raw bytes: UnsafeRawBufferPointer, path: String) throws -> KnowledgeGraph {
        guard bytes.count >= 8, magic.withUnsafeBytes({ $0.elementsEqual(bytes[0..<8]) }) else { throw FileError.notASnapshot(path: path) }
        var h = BinaryReader(bytes: bytes, offset: 8, path: path)
        let version = try h.u32()
        guard version == formatVersion else {
            throw FileError.snapshotVersion(path: path, found: version, expected: formatVersion)
        }
        let length = try h.u64()
        let sum = try h.u64()
        guard UInt64(bytes.count - h.offset) == length else {
            throw FileError.snapshotCorrupt(path: path, reason: "expected \(length) bytes of data, found \(bytes.count - h.offset): the file is truncated")
        }
        guard checksum(UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self)[h.offset...])) == sum else {
            throw FileError.snapshotCorrupt(path: path, reason: "checksum mismatch")
        }
        var r = h
        var counts: [Int] = []
        for _ in 0..<9 { counts.append(try r.count64()) }
        let (docCount, predicateCount, roleCount, sentenceCount, n, aliasCount, linkCount, m, evidenceCount) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8])
        let documents = try r.strings(docCount)
        let predicates = try r.strings(predicateCount).map(Predicate.init(rawValue:))
        let roles = try r.strings(roleCount)
        let sentences = try r.strings(sentenceCount)
        let names = try r.stringTable(n)
        let aliases = try r.stringTable(aliasCount)
        let types: [UInt8] = try r.column(n), kinds: [UInt8] = try r.column(n), mentions: [UInt64] = try r.column(n)
        let aliasStart: [UInt32] = try r.rowStarts(n, total: aliasCount)
        let docStart: [UInt32] = try r.rowStarts(n, total: linkCount)
        let links: [UInt32] = try r.column(linkCount)
        let sources: [UInt32] = try r.column(m), targets: [UInt32] = try r.column(m)
        let predicateCodes: [UInt16] = try r.column(m)
        let years: [Int32] = try r.column(m), roleCodes: [UInt32] = try r.column(m)
        let evStart: [UInt32] = try r.rowStarts(m, total: evidenceCount)
        let evDoc: [UInt32] = try r.column(evidenceCount), evSentence: [UInt32] = try r.column(evidenceCount)
        let evBegin: [UInt64] = try r.column(evidenceCount), evEnd: [UInt64] = try r.column(evidenceCount)
        guard r.offset == bytes.count else { throw r.corrupt("\(bytes.count - r.offset) unexpected bytes after the data") }

        let corrupt = { @Sendable (reason: String) in FileError.snapshotCorrupt(path: path, reason: reason) }
        let mapped = SharedBytes(bytes: bytes)
        // Entities on a second thread; relations, evidence and adjacency on this one.
        let both = try inParallel({ () throws -> [Entity] in
            let allTypes = EntityType.allCases
            if let t = types.first(where: { Int($0) >= allTypes.count }) { throw corrupt("unknown entity type \(t)") }
            if let d = links.first(where: { Int($0) >= docCount }) { throw corrupt("document \(d) out of range (\(docCount))") }
            var entities: [Entity] = []
            entities.reserveCapacity(n)
            for i in 0..<n {
                let lo = Int(docStart[i]), hi = Int(docStart[i + 1])
                var docs: [DocumentID] = []
                if lo < hi {
                    docs.reserveCapacity(hi - lo)
                    for k in lo..<hi {
                        if k > lo && links[k - 1] >= links[k] { throw corrupt("documents of entity \(i) not in order") }
                        docs.append(DocumentID(links[k]))
                    }
                }
                let a0 = Int(aliasStart[i]), a1 = Int(aliasStart[i + 1])
                entities.append(Entity(id: EntityID(i), name: names.string(i, in: mapped.bytes), type: allTypes[Int(types[i])],
                                       kind: kinds[i] == 1 ? .form : .instance,
                                       aliases: a0 == a1 ? [] : (a0..<a1).map { aliases.string($0, in: mapped.bytes) },
                                       mentions: Int(truncatingIfNeeded: mentions[i]), documents: docs))
            }
            return entities
        }, { () throws -> (RelationColumns, Adjacency) in
            if let d = evDoc.first(where: { Int($0) >= docCount }) { throw corrupt("document \(d) out of range (\(docCount))") }
            if let s = evSentence.first(where: { Int($0) >= sentenceCount }) { throw corrupt("sentence \(s) out of range (\(sentenceCount))") }
            var evidence = [[Evidence]](repeating: [], count: m)
            if evidenceCount > 0 {
                for i in 0..<m where evStart[i] != evStart[i + 1] {
                    evidence[i] = (Int(evStart[i])..<Int(evStart[i + 1])).map { k in
                        Evidence(document: DocumentID(evDoc[k]), sentence: sentences[Int(evSentence[k])],
                                 start: Int(truncatingIfNeeded: evBegin[k]), end: Int(truncatingIfNeeded: evEnd[k]))
                    }
                }
            }
            let columns = RelationColumns(sources: sources, targets: targets, predicateCodes: predicateCodes, predicates: predicates,
                                          years: years, roleCodes: roleCodes, roles: roles, evidence: evidence)
            if let problem = columns.problem(entityCount: n) { throw corrupt(problem) }
            return (columns, Adjacency(entityCount: n, columns: columns))
        })
        // Exactly as saved: parallel edges and self-loops of imported multigraphs included.
        return KnowledgeGraph(documents: documents, entities: both.0, relations: both.1.0, adjacency: both.1.1)
    }

    /// Writes `graph` to `directory` atomically, creating the directory if needed. Concurrent
    /// saves into one directory (two builds at once) take turns on `reformgraph.snapshot.lock`.
    public static func save(_ graph: KnowledgeGraph, to directory: String) throws {
        try AtomicFile.makeDirectory(directory)
        let bytes = encode(graph)
        try AtomicFile.write(to: path(in: directory), lock: true) { $0.write(bytes: bytes) }
    }

    /// Loads the snapshot in `directory` (mapping the file rather than copying it).
    public static func load(from directory: String) throws -> KnowledgeGraph {
        let file = path(in: directory)
        guard AtomicFile.exists(file) else { throw FileError.missingSnapshot(path: file) }
        return try AtomicFile.withMapped(file) { try decode(raw: $0, path: file) }
    }

    /// A 64-bit checksum of the payload.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { checksum($0) }
    }

    /// Four independent multiply–xorshift lanes over 32-byte blocks (so the CPU runs them in
    /// parallel: several GB/s), folded together with the length and the tail bytes.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x100000001b3
        var h0: UInt64 = 0xcbf29ce484222325, h1: UInt64 = 0x9E3779B97F4A7C15
        var h2: UInt64 = 0xC2B2AE3D27D4EB4F, h3: UInt64 = 0x165667B19E3779F9
        let raw = UnsafeRawBufferPointer(bytes)
        let blocks = bytes.count / 32
        for i in 0..<blocks {
            let o = i * 32
            h0 = (h0 ^ raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)) &* prime; h0 ^= h0 >> 29
            h1 = (h1 ^ raw.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self)) &* prime; h1 ^= h1 >> 29
            h2 = (h2 ^ raw.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self)) &* prime; h2 ^= h2 >> 29
            h3 = (h3 ^ raw.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self)) &* prime; h3 ^= h3 >> 29
        }
        var h = UInt64(bytes.count) &* prime
        for lane in [h0, h1, h2, h3] { h = (h ^ lane) &* prime; h ^= h >> 29 }
        for i in (blocks * 32)..<bytes.count { h = (h ^ UInt64(bytes[i])) &* prime }
        return h
    }
}

struct BinaryWriter {
    var bytes: [UInt8] = []
    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { u32(UInt32($0.count)); bytes.append(contentsOf: $0) }
    }
    /// A column of fixed-size values, copied in bulk (little-endian hosts).
    mutating func column<T: FixedWidthInteger>(_ values: [T]) {
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
    /// A string table: `count + 1` UInt32 end offsets, then the UTF-8 bytes.
    mutating func strings<S: Sequence<String>>(_ list: S, count: Int? = nil) {
        var ends: [UInt32] = [0]
        ends.reserveCapacity((count ?? 0) + 1)
        var blob: [UInt8] = []
        for var s in list {
            s.withUTF8 { blob.append(contentsOf: $0) }
            precondition(blob.count < Int(UInt32.max), "string table over 4 GB")
            ends.append(UInt32(blob.count))
        }
        column(ends)
        bytes.append(contentsOf: blob)
    }
}

/// Mapped bytes shared with the decoding thread (which ends before the mapping does).
struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}

/// A string table located in the data: `count + 1` end offsets and where its bytes start.
struct StringTable: Sendable {
    let ends: [UInt32]
    let base: Int
    func string(_ i: Int, in bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(base + Int(ends[i]))..<(base + Int(ends[i + 1]))]), as: UTF8.self)
    }
}

struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int
    let path: String

    func corrupt(_ reason: String) -> FileError { .snapshotCorrupt(path: path, reason: reason) }

    mutating func need(_ n: Int) throws {
        guard n >= 0, offset + n <= bytes.count else { throw corrupt("unexpected end of data at byte \(offset)") }
    }
    mutating func u8() throws -> UInt8 { try need(1); defer { offset += 1 }; return bytes[offset] }
    mutating func u32() throws -> UInt32 {
        try need(4)
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    mutating func u64() throws -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    /// A count, checked against the bytes left so a damaged count cannot allocate without bound.
    mutating func count() throws -> Int {
        let n = Int(try u32())
        guard n <= bytes.count - offset else { throw corrupt("a count of \(n) exceeds the data left") }
        return n
    }
    /// A UInt64 count, checked against the bytes left.
    mutating func count64() throws -> Int {
        let n = try u64()
        guard n <= UInt64(bytes.count - offset) else { throw corrupt("a count of \(n) exceeds the data left") }
        return Int(n)
    }
    mutating func index(below limit: Int) throws -> Int {
        let v = Int(try u32())
        guard v < limit else { throw corrupt("index \(v) out of range (\(limit))") }
        return v
    }
    /// `count` fixed-size values copied in bulk.
    mutating func column<T: FixedWidthInteger>(_ count: Int) throws -> [T] {
        let size = count * MemoryLayout<T>.stride
        try need(size)
        defer { offset += size }
        let from = offset
        return [T](unsafeUninitializedCapacity: count) { buf, initialised in
            UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[from..<(from + size)]))
            initialised = count
        }
    }
    /// `count + 1` ascending UInt32 row starts from 0 to `total`.
    mutating func rowStarts(_ count: Int, total: Int) throws -> [UInt32] {
        let starts: [UInt32] = try column(count + 1)
        guard starts[0] == 0, Int(starts[count]) == total else { throw corrupt("row starts do not cover \(total) items") }
        for i in 0..<count where starts[i] > starts[i + 1] { throw corrupt("row starts out of order at \(i)") }
        return starts
    }
    /// A string table of `count` strings, located (the strings are made on demand).
    mutating func stringTable(_ count: Int) throws -> StringTable {
        let ends: [UInt32] = try column(count + 1)
        guard ends[0] == 0 else { throw corrupt("a string table does not start at 0") }
        for i in 0..<count where ends[i] > ends[i + 1] { throw corrupt("string offsets out of order at \(i)") }
        let length = Int(ends[count])
        try need(length)
        defer { offset += length }
        return StringTable(ends: ends, base: offset)
    }
    /// A string table of `count` strings.
    mutating func strings(_ count: Int) throws -> [String] {
        let table = try stringTable(count)
        return (0..<count).map { table.string($0, in: bytes) }
    }
}
