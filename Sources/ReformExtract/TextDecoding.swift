#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        if hasNUL(bytes, from: start) {
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

    /// The text bytes (byte-order mark dropped) when `decode` would return them unchanged as
    /// text without warnings: not UTF-16, not binary, valid UTF-8. Nil otherwise.
    static func plainUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        guard let start = plainUTF8Start(bytes) else { return nil }
        return start == 0 ? bytes : Array(bytes[start...])
    }

    /// Where the text of ``plainUTF8(_:)`` starts in `bytes` (3 after a byte-order mark,
    /// else 0), or nil when there is none; for callers that keep the array (no copy).
    static func plainUTF8Start(_ bytes: [UInt8]) -> Int? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        for magic in magics where bytes.count >= magic.bytes.count && bytes.starts(with: magic.bytes) { return nil }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if hasNUL(bytes, from: start) { return nil }
        guard bytes.withUnsafeBufferPointer({ isValidUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }) else { return nil }
        return start
    }

    /// Whether the 8 KB from `start` hold a NUL byte (`memchr`, many bytes a step).
    private static func hasNUL(_ bytes: [UInt8], from start: Int) -> Bool {
        let probeEnd = min(bytes.count, start + 8192)
        guard start < probeEnd else { return false }
        return bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + start, 0, probeEnd - start) != nil }
    }

    /// Whether `p` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or
    /// code points above U+10FFFF). ASCII runs are checked 32 bytes at a time (four 8-byte
    /// words or'ed together, one test of their high bits), then eight.
    static func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let n = p.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            while i &+ 32 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 32
            }
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high == 0 { i += 8; continue }
                // Straight to the first non-ASCII byte (little-endian: the lowest high bit),
                // not one byte at a time (a curly quote in a line of ASCII was up to seven
                // single steps).
                #if _endian(little)
                i &+= high.trailingZeroBitCount &>> 3
                #endif
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
                k < n && base[k] >= lo && base[k] <= hi
            }
            switch b {
            case 0xC2...0xDF:
                guard cont(i + 1) else { return false }
                i += 2
            case 0xE0:
                guard cont(i + 1, 0xA0), cont(i + 2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE, 0xEF:
                guard cont(i + 1), cont(i + 2) else { return false }
                i += 3
            case 0xED:
                guard cont(i + 1, 0x80, 0x9F), cont(i + 2) else { return false }
                i += 3
            case 0xF0:
                guard cont(i + 1, 0x90), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            case 0xF4:
                guard cont(i + 1, 0x80, 0x8F), cont(i + 2), cont(i + 3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
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
