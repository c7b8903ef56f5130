import ReformCore

/// The on-disk snapshot of a built graph: one binary file, `reformgraph.snapshot`, in the
/// graph directory.
///
/// Layout (little-endian): the 8-byte magic `RGSNAP\r\n`, the format version (UInt32),
/// the payload length (UInt64) and a 64-bit checksum of the payload, then the payload:
/// documents, predicates and sentences as string tables, entities, relations. A file from
/// another format version, a truncated file and a checksum mismatch each give a
/// ``FileError`` that says to rebuild. Writing is atomic (temporary file, then rename).
public enum Snapshot {
    /// The format version this build writes and reads. Bump on any layout change.
    public static let formatVersion: UInt32 = 1
    /// The file name inside a graph directory.
    public static let fileName = "reformgraph.snapshot"
    static let magic: [UInt8] = Array("RGSNAP\r\n".utf8)

    /// The snapshot path inside a graph directory.
    public static func path(in directory: String) -> String {
        directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    }

    /// Encodes a graph.
    public static func encode(_ graph: KnowledgeGraph) -> [UInt8] {
        var p = BinaryWriter()
        p.u32(UInt32(graph.documents.count))
        for d in graph.documents { p.string(d) }
        var predicates: [Predicate: UInt32] = [:]
        var predicateList: [Predicate] = []
        var sentences: [String: UInt32] = [:]
        var sentenceList: [String] = []
        for r in graph.relations {
            if predicates[r.predicate] == nil { predicates[r.predicate] = UInt32(predicateList.count); predicateList.append(r.predicate) }
            for e in r.evidence where sentences[e.sentence] == nil {
                sentences[e.sentence] = UInt32(sentenceList.count); sentenceList.append(e.sentence)
            }
        }
        p.u32(UInt32(predicateList.count))
        for pr in predicateList { p.string(pr.rawValue) }
        p.u32(UInt32(sentenceList.count))
        for s in sentenceList { p.string(s) }
        p.u32(UInt32(graph.entityCount))
        for e in graph.entities {
            p.string(e.name)
            p.u8(UInt8(e.type.ordinal))
            p.u8(e.kind == .form ? 1 : 0)
            p.u32(UInt32(e.aliases.count))
            for a in e.aliases { p.string(a) }
            p.u64(UInt64(e.mentions))
            p.u32(UInt32(e.documents.count))
            for d in e.documents { p.u32(d.raw) }
        }
        p.u32(UInt32(graph.relationCount))
        for r in graph.relations {
            p.u32(r.source.raw); p.u32(r.target.raw)
            p.u32(predicates[r.predicate]!)
            p.u32(r.year.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max)
            if let role = r.role { p.u8(1); p.string(role) } else { p.u8(0) }
            p.u32(UInt32(r.evidence.count))
            for e in r.evidence {
                p.u32(e.document.raw); p.u32(sentences[e.sentence]!)
                p.u64(UInt64(e.start)); p.u64(UInt64(e.end))
            }
        }
        var out = BinaryWriter()
        out.bytes.append(contentsOf: magic)
        out.u32(formatVersion)
        out.u64(UInt64(p.bytes.count))
        out.u64(checksum(p.bytes))
        out.bytes.append(contentsOf: p.bytes)
        return out.bytes
    }

    /// Decodes a graph; `path` names the file in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws -> KnowledgeGraph {
        guard bytes.count >= 8, Array(bytes[0..<8]) == magic else { throw FileError.notASnapshot(path: path) }
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
        let payloadStart = h.offset
        guard bytes.withUnsafeBufferPointer({ checksum(UnsafeBufferPointer(rebasing: $0[payloadStart...])) }) == sum else {
            throw FileError.snapshotCorrupt(path: path, reason: "checksum mismatch")
        }
        var r = h
        var g = KnowledgeGraph()
        let docCount = try r.count()
        for _ in 0..<docCount { g.addDocument(try r.string()) }
        let predicates = try (0..<r.count()).map { _ in Predicate(try r.string()) }
        let sentences = try (0..<r.count()).map { _ in try r.string() }
        let types = EntityType.allCases
        let entityCount = try r.count()
        for _ in 0..<entityCount {
            let name = try r.string()
            let t = Int(try r.u8())
            guard t < types.count else { throw r.corrupt("unknown entity type \(t)") }
            let kind: EntityKind = try r.u8() == 1 ? .form : .instance
            let aliases = try (0..<r.count()).map { _ in try r.string() }
            let mentions = Int(try r.u64())
            let docs = try (0..<r.count()).map { _ in DocumentID(try r.index(below: docCount)) }
            let id = g.appendEntity(name: name, type: types[t], kind: kind, aliases: aliases)
            g.setOccurrences(of: id, mentions: mentions, documents: docs)
        }
        let relationCount = try r.count()
        for _ in 0..<relationCount {
            let s = try r.index(below: entityCount), t = try r.index(below: entityCount)
            let p = predicates[try r.index(below: predicates.count)]
            let y = try r.u32()
            let role: String? = try r.u8() == 1 ? try r.string() : nil
            let evidence = try (0..<r.count()).map { _ in
                Evidence(document: DocumentID(try r.index(below: docCount)),
                         sentence: sentences[try r.index(below: sentences.count)],
                         start: Int(try r.u64()), end: Int(try r.u64()))
            }
            // Exactly as saved: parallel edges and self-loops of imported multigraphs included.
            g.addRelation(EntityID(s), p, EntityID(t), year: y == UInt32.max ? nil : Int(Int32(bitPattern: y)),
                          role: role, evidence: evidence, parallel: true, allowSelfLoop: true)
        }
        guard r.offset == bytes.count else { throw r.corrupt("\(bytes.count - r.offset) unexpected bytes after the data") }
        return g
    }

    /// Writes `graph` to `directory` atomically, creating the directory if needed. Concurrent
    /// saves into one directory (two builds at once) take turns on `reformgraph.snapshot.lock`.
    public static func save(_ graph: KnowledgeGraph, to directory: String) throws {
        try AtomicFile.makeDirectory(directory)
        let bytes = encode(graph)
        try AtomicFile.write(to: path(in: directory), lock: true) { $0.write(bytes: bytes) }
    }

    /// Loads the snapshot in `directory`.
    public static func load(from directory: String) throws -> KnowledgeGraph {
        let file = path(in: directory)
        guard AtomicFile.exists(file) else { throw FileError.missingSnapshot(path: file) }
        return try decode(try AtomicFile.read(file), path: file)
    }

    /// A 64-bit checksum of the payload (FNV-1a over 8-byte words, then the tail).
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { checksum($0) }
    }

    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        let prime: UInt64 = 0x100000001b3
        let words = bytes.count / 8
        let raw = UnsafeRawBufferPointer(bytes)
        for i in 0..<words {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* prime
            h ^= h >> 29
        }
        for i in (words * 8)..<bytes.count { h = (h ^ UInt64(bytes[i])) &* prime }
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
}

struct BinaryReader {
    let bytes: [UInt8]
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
        return bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }
    mutating func u64() throws -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
    /// A count, checked against the bytes left so a damaged count cannot allocate without bound.
    mutating func count() throws -> Int {
        let n = Int(try u32())
        guard n <= bytes.count - offset else { throw corrupt("a count of \(n) exceeds the data left") }
        return n
    }
    mutating func index(below limit: Int) throws -> Int {
        let v = Int(try u32())
        guard v < limit else { throw corrupt("index \(v) out of range (\(limit))") }
        return v
    }
    mutating func string() throws -> String {
        let n = Int(try u32())
        try need(n)
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }
}
