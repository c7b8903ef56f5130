/// Splits a command line into words, shell-like.
///
/// - `"..."` and `'...'` quote, as do curly quotes (`“...”`, `‘...’`); a quoted word is one
///   token, never split or read as a keyword.
/// - Outside quotes and inside double quotes, `\` escapes the next character.
/// - An apostrophe inside a word (`King's`, `King’s`) is a letter. Inside single quotes a
///   `'` or `’` closes the quote only before a space or the end of the line, so
///   `'King's Fund'` is one word.
/// - Words are separated by spaces and tabs; control characters count as spaces.
///
/// Not supported: variables, globbing, nested quotes of the same kind.
public enum CommandTokenizer {
    /// The tokens of `line`; throws ``QueryError/unterminatedQuote(_:)`` for an open quote.
    public static func tokenize(_ line: String) throws -> [Token] {
        let chars = Array(line)
        var tokens: [Token] = []
        var current = ""
        var inWord = false
        var quoted = false
        func finish() {
            if inWord { tokens.append(Token(current, quoted: quoted)) }
            current = ""; inWord = false; quoted = false
        }
        func isBreak(_ i: Int) -> Bool {
            i >= chars.count || chars[i] == " " || chars[i] == "\t" || isControl(chars[i])
        }
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case " ", "\t":
                finish()
            case "\\":
                if i + 1 < chars.count { current.append(chars[i + 1]); i += 1 }
                inWord = true
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}":
                // `type:"Name"` continues a word; elsewhere a quote inside a word is a letter.
                if inWord && !current.hasSuffix(":") { current.append(ch); break }
                let closers: Set<Character> = ch == "\"" ? ["\""] : ["\u{201D}", "\u{201C}"]
                var j = i + 1
                var closed = false
                while j < chars.count {
                    if closers.contains(chars[j]) { closed = true; break }
                    if chars[j] == "\\", ch == "\"", j + 1 < chars.count { j += 1 }
                    current.append(chars[j]); j += 1
                }
                guard closed else { throw QueryError.unterminatedQuote(String(ch)) }
                inWord = true; quoted = true
                i = j
            case "'", "\u{2018}", "\u{2019}":
                if inWord { current.append(ch); break }
                var j = i + 1
                var closed = false
                while j < chars.count {
                    if (chars[j] == "'" || chars[j] == "\u{2019}") && isBreak(j + 1) { closed = true; break }
                    current.append(chars[j]); j += 1
                }
                guard closed else { throw QueryError.unterminatedQuote(String(ch)) }
                inWord = true; quoted = true
                i = j
            default:
                if isControl(ch) { finish() } else { current.append(ch); inWord = true }
            }
            i += 1
        }
        finish()
        return tokens
    }

    static func isControl(_ ch: Character) -> Bool {
        ch.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Quotes `name` for typing back in a command when it needs it (spaces, quotes).
    public static func quote(_ name: String) -> String {
        let needs = name.isEmpty || name.contains { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" || $0 == "\t" || $0 == "\u{2019}" }
        guard needs else { return name }
        var out = "\""
        for ch in name {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        out.append("\"")
        return out
    }
}
