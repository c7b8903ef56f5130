/// Turns a file's bytes into text: byte-order marks, UTF-16, invalid UTF-8 and binary files.
enum TextDecoding {
    /// The outcome of decoding one file.
    enum Result: Equatable {
        /// Decoded text and warnings about repairs made.
        case text(String, warnings: [String])
        /// Not text; the reason says why.
        case binary(reason: String)
    }

    private static let magics: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "OLE2 (Office) document"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-zip archive"),
    ]

    /// Decodes `bytes`: a UTF-8 BOM is dropped, UTF-16 LE/BE (with BOM) transcoded, invalid
    /// UTF-8 repaired with U+FFFD (and a warning); known binary magic or NUL bytes in the
    /// first 8 KB make the file binary.
    ///
    /// - Complexity: O(n).
    static func decode(_ bytes: [UInt8]) -> Result {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return .text(utf16(bytes, from: 2, littleEndian: true), warnings: []) }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return .text(utf16(bytes, from: 2, littleEndian: false), warnings: []) }
        }
        for magic in magics where bytes.count >= magic.bytes.count && bytes.starts(with: magic.bytes) {
            return .binary(reason: "binary file (\(magic.name))")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let probeEnd = min(bytes.count, start + 8192)
        if start < probeEnd, bytes[start..<probeEnd].contains(0) {
            return .binary(reason: "binary file (NUL bytes in the first 8 KB)")
        }
        let body = bytes[start...]
        let invalid = countInvalidUTF8(body)
        let text = String(decoding: body, as: UTF8.self)
        if invalid > 0 {
            return .text(text, warnings: ["invalid UTF-8 repaired (\(invalid) sequence\(invalid == 1 ? "" : "s"))"])
        }
        return .text(text, warnings: [])
    }

    /// Counts the maximal invalid subsequences of `bytes` as UTF-8.
    static func countInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        // Fast path: pure ASCII.
        if !bytes.contains(where: { $0 >= 0x80 }) { return 0 }
        var count = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: count += 1
            case .emptyInput: break loop
            }
        }
        return count
    }

    private static func utf16(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (a | b << 8) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
