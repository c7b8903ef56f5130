import ReformCore

/// Writes the schema's JSON exchange format (`../shared/schema.md`).
///
/// ```json
/// {"entities": [{"id": "clinical-commissioning-group", "name": "...", "type": "ccg",
///                "kind": "form", "aliases": [...], "mentions": 12, "documents": [...]}],
///  "relations": [{"source": "...", "target": "...", "predicate": "replaced_by", "year": 2022,
///                 "role": "...", "evidence": [{"document": "...", "sentence": "...",
///                 "start": 10, "end": 80}]}]}
/// ```
/// Entities and relations appear in id order; `year` and `role` only when present.
/// Entity ids are slugs of the canonical name, made unique with a numeric suffix.
public struct JSONExporter: GraphExporter {
    public init() {}

    public func export(_ graph: KnowledgeGraph, selection: GraphSelection?, to out: ByteWriter) throws {
        let sel = selection?.closed(in: graph) ?? GraphSelection.all(of: graph)
        let ids = EntitySlugs(graph)
        out.write("{\n  \"entities\": [")
        for (n, id) in sel.entities.enumerated() {
            let e = graph[id]
            out.write(n == 0 ? "\n    {" : ",\n    {")
            out.write("\"id\": "); JSONText.string(ids[id], to: out)
            out.write(", \"name\": "); JSONText.string(e.name, to: out)
            out.write(", \"type\": \""); out.write(e.type.rawValue)
            out.write("\", \"kind\": \""); out.write(e.kind.rawValue)
            out.write("\", \"aliases\": [")
            for (i, a) in e.aliases.enumerated() {
                if i > 0 { out.write(", ") }
                JSONText.string(a, to: out)
            }
            out.write("], \"mentions\": "); out.write(int: e.mentions)
            out.write(", \"documents\": [")
            for (i, d) in e.documents.enumerated() {
                if i > 0 { out.write(", ") }
                JSONText.string(graph.documentName(d), to: out)
            }
            out.write("]}")
        }
        out.write(sel.entities.isEmpty ? "],\n  \"relations\": [" : "\n  ],\n  \"relations\": [")
        for (n, rid) in sel.relations.enumerated() {
            let r = graph[rid]
            out.write(n == 0 ? "\n    {" : ",\n    {")
            out.write("\"source\": "); JSONText.string(ids[r.source], to: out)
            out.write(", \"target\": "); JSONText.string(ids[r.target], to: out)
            out.write(", \"predicate\": "); JSONText.string(r.predicate.rawValue, to: out)
            if let year = r.year { out.write(", \"year\": "); out.write(int: year) }
            if let role = r.role { out.write(", \"role\": "); JSONText.string(role, to: out) }
            out.write(", \"evidence\": [")
            for (i, ev) in r.evidence.enumerated() {
                out.write(i == 0 ? "\n      {" : ",\n      {")
                out.write("\"document\": "); JSONText.string(graph.documentName(ev.document), to: out)
                out.write(", \"sentence\": "); JSONText.string(ev.sentence, to: out)
                out.write(", \"start\": "); out.write(int: ev.start)
                out.write(", \"end\": "); out.write(int: ev.end)
                out.write("}")
            }
            out.write(r.evidence.isEmpty ? "]}" : "\n    ]}")
        }
        out.write(sel.relations.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    }
}

/// Readable, unique, stable string ids for entities: the slug of the canonical name
/// ("The King's Fund" → "the-kings-fund"), with "-2", "-3"... for later entities of the same slug.
public struct EntitySlugs {
    private var slugs: [String]

    public init(_ graph: KnowledgeGraph) {
        var used = Set<String>()
        var next: [String: Int] = [:]
        slugs = []
        slugs.reserveCapacity(graph.entityCount)
        for e in graph.entities {
            var base = Self.slug(e.name)
            if base.isEmpty { base = "entity" }
            var s = base
            if used.contains(s) {
                var n = next[base] ?? 2
                repeat { s = "\(base)-\(n)"; n += 1 } while used.contains(s)
                next[base] = n
            }
            used.insert(s)
            slugs.append(s)
        }
    }

    public subscript(id: EntityID) -> String { slugs[id.index] }

    /// Lower-case ASCII letters and digits, runs of anything else as one "-"; apostrophes dropped.
    public static func slug(_ name: String) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v == 0x27 || v == 0x2019 || v == 0x2018 { continue }
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
                if pendingDash && !out.isEmpty { out.append(0x2D) }
                pendingDash = false
                out.append(UInt8(v) | (v >= 0x41 && v <= 0x5A ? 0x20 : 0))
            } else if v >= 0x80, scalar.properties.isAlphabetic {
                let folded = NameKey.normalise(String(scalar))
                if pendingDash && !out.isEmpty { out.append(0x2D) }
                pendingDash = false
                out.append(contentsOf: folded.utf8.filter { $0 >= 0x30 && $0 < 0x80 && $0 != 0x20 })
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON string escaping, in one place.
public enum JSONText {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `s` as a JSON string literal: `"` and `\` escaped; control characters (C0,
    /// DEL, C1), U+2028/U+2029 and the bidirectional controls (U+200E, U+200F, U+061C,
    /// U+202A–U+202E, U+2066–U+2069) as `\u` escapes, so the file is lossless yet safe to
    /// print on a terminal; everything else as UTF-8.
    public static func string(_ s: String, to out: ByteWriter) {
        out.write(byte: 0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func flushRun() {
                if runStart < i { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x7F || (b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F) {
                    // DEL and C1 controls.
                    flushRun()
                    let v = b == 0x7F ? 0x7F : Int(bytes[i + 1])
                    out.write(bytes: [0x5C, 0x75, 0x30, 0x30, hex[v >> 4], hex[v & 15]])
                    i += b == 0x7F ? 1 : 2; runStart = i
                } else if let v = bidiControl(bytes, i) {
                    flushRun()
                    out.write(bytes: [0x5C, 0x75, hex[v >> 12], hex[(v >> 8) & 15], hex[(v >> 4) & 15], hex[v & 15]])
                    i += v == 0x061C ? 2 : 3; runStart = i
                } else if b == 0x22 || b == 0x5C || b < 0x20 {
                    flushRun()
                    out.write(byte: 0x5C)
                    switch b {
                    case 0x22: out.write(byte: 0x22)
                    case 0x5C: out.write(byte: 0x5C)
                    case 0x0A: out.write(byte: 0x6E)
                    case 0x0D: out.write(byte: 0x72)
                    case 0x09: out.write(byte: 0x74)
                    default:
                        out.write(bytes: [0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
                    }
                    i += 1; runStart = i
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    flushRun()
                    out.write(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3; runStart = i
                } else {
                    i += 1
                }
            }
            flushRun()
        }
        out.write(byte: 0x22)
    }

    /// The bidirectional control starting at `i` (as a scalar value), if any.
    static func bidiControl(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        if b == 0xD8, i + 1 < bytes.count, bytes[i + 1] == 0x9C { return 0x061C }
        guard b == 0xE2, i + 2 < bytes.count else { return nil }
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) { return 0x2000 + Int(b2 - 0x80) }
        if b1 == 0x81, b2 >= 0xA6 && b2 <= 0xA9 { return 0x2040 + Int(b2 - 0x80) }
        return nil
    }
}
