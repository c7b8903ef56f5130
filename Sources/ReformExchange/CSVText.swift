/// CSV escaping for the Neo4j bulk-import files, in one place.
public enum CSVText {
    /// The array delimiter `neo4j-admin database import` uses by default.
    public static let arrayDelimiter: UInt8 = 0x3B // ;

    /// Writes `s` as one quoted CSV field (RFC 4180): `"` doubled, everything else,
    /// newlines included, kept (import with `--multiline-fields=true`). Characters
    /// Neo4j cannot hold in a string are not a concern: it stores any Unicode.
    public static func field(_ s: String, to out: ByteWriter) {
        out.write(byte: 0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in bytes.indices where bytes[i] == 0x22 {
                out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...i]))
                out.write(byte: 0x22)
                runStart = i + 1
            }
            out.write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.write(byte: 0x22)
    }

    /// Writes a `string[]` field: the items joined with ``arrayDelimiter``, quoted as one
    /// field. neo4j-admin has no escape for the delimiter inside an item, so an item's `;`
    /// becomes `,` (the only change this format makes to a name). An empty list is an
    /// empty, unquoted field: no property.
    public static func array(_ items: [String], to out: ByteWriter) {
        if items.isEmpty { return }
        var joined = ""
        for (i, item) in items.enumerated() {
            if i > 0 { joined.unicodeScalars.append(Unicode.Scalar(arrayDelimiter)) }
            joined += item.contains(";") ? String(item.map { $0 == ";" ? "," : $0 }) : item
        }
        field(joined, to: out)
    }

    /// The field as text (tests).
    public static func fieldString(_ s: String) -> String {
        let w = ByteWriter()
        field(s, to: w)
        try? w.flush()
        return w.string
    }
}
