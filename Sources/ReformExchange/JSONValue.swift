/// A minimal JSON reader for the JSON text GraphML values carry (lists of names, evidence
/// lists). Strict: the whole text must be one value; numbers are integers only.
enum JSONValue: Equatable {
    case string(String)
    case int(Int)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case literal(String) // true, false, null

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.literal(x), .literal(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Parses `text`, or returns nil when it is not valid JSON of the supported kinds.
    static func parse(_ text: String) -> JSONValue? {
        var p = Parser(bytes: Array(text.utf8))
        guard let v = p.value() else { return nil }
        p.skipSpace()
        return p.i == p.bytes.count ? v : nil
    }

    /// The strings of an array of strings.
    var stringList: [String]? {
        guard case let .array(items) = self else { return nil }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case let .string(s) = item else { return nil }
            out.append(s)
        }
        return out
    }

    /// A member of an object.
    subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func value() -> JSONValue? {
            skipSpace()
            guard i < bytes.count, depth < 64 else { return nil }
            switch bytes[i] {
            case 0x22: return string().map(JSONValue.string)
            case 0x5B:
                i += 1; depth += 1; defer { depth -= 1 }
                var items: [JSONValue] = []
                skipSpace()
                if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
                while true {
                    guard let v = value() else { return nil }
                    items.append(v)
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == 0x2C { i += 1; continue }
                    if bytes[i] == 0x5D { i += 1; return .array(items) }
                    return nil
                }
            case 0x7B:
                i += 1; depth += 1; defer { depth -= 1 }
                var members: [(String, JSONValue)] = []
                skipSpace()
                if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 0x22, let key = string() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 0x3A else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    members.append((key, v))
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == 0x2C { i += 1; continue }
                    if bytes[i] == 0x7D { i += 1; return .object(members) }
                    return nil
                }
            case 0x2D, 0x30...0x39:
                let start = i
                if bytes[i] == 0x2D { i += 1 }
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                return Int(String(decoding: bytes[start..<i], as: UTF8.self)).map(JSONValue.int)
            default:
                for word in ["true", "false", "null"] where bytes[i...].starts(with: word.utf8) {
                    i += word.utf8.count
                    return .literal(word)
                }
                return nil
            }
        }

        mutating func string() -> String? {
            i += 1 // opening quote
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
                if b < 0x20 { return nil }
                if b != 0x5C { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]; i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(contentsOf: Array(String(scalar).utf8))
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
            i += 4
            return v
        }
    }
}
