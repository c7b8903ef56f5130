import ReformCore

/// One known entity: its canonical name, type, kind and other surface forms.
public struct LexiconEntry: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var kind: EntityKind
    public var aliases: [String]

    public init(name: String, type: EntityType, kind: EntityKind = .instance, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.kind = kind
        self.aliases = aliases
    }

    /// The canonical name followed by the aliases.
    public var allNames: [String] { [name] + aliases }
}

/// What is wrong with a lexicon line; ``description`` names `file:line`.
public struct LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
    public var source: String
    public var line: Int
    public var message: String
    public var description: String { "\(source):\(line): \(message)" }
}

/// The known names the extractor matches: sections of `[type kind]` followed by lines of
/// `Canonical name | alias | alias`. `#` starts a comment; blank lines are ignored.
public struct Lexicon: Sendable {
    public var entries: [LexiconEntry]

    public init(entries: [LexiconEntry] = []) { self.entries = entries }

    /// Reads and parses a lexicon file. Errors name `file:line` and what is wrong.
    public static func load(path: String) throws -> Lexicon {
        let file = FileSystem.lastComponent(path)
        guard case .success(let data) = FileSystem.read(path) else {
            throw LexiconError(source: file, line: 0, message: "cannot read \(path)")
        }
        guard case .text(let text, _) = TextDecoding.decode(data) else {
            throw LexiconError(source: file, line: 0, message: "not a text file")
        }
        return try parse(text, source: file)
    }

    /// Parses lexicon text; `source` names the file in error messages.
    public static func parse(_ text: String, source: String) throws -> Lexicon {
        var entries: [LexiconEntry] = []
        var section: (EntityType, EntityKind)?
        var lineNumber = 0
        // Lines split at "\n" Characters. Without a carriage return (which makes CR LF one
        // Character) every line-feed byte is such a Character, so the text is split by bytes:
        // the same lines, without segmenting the whole file into Characters.
        let lines: [Substring] = text.utf8.contains(0x0D)
            ? text.split(separator: "\n", omittingEmptySubsequences: false)
            : text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        for rawLine in lines {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmed()
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    throw LexiconError(source: source, line: lineNumber, message: "section header '\(trimmed)' has no closing ']'")
                }
                section = try parseSection(String(trimmed.dropFirst().dropLast()), source: source, line: lineNumber)
                continue
            }
            guard let (type, kind) = section else {
                throw LexiconError(source: source, line: lineNumber,
                                   message: "name '\(trimmed)' before any [type] section header")
            }
            let names = trimmed.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmed() }
            if let emptyIndex = names.firstIndex(where: { $0.isEmpty }) {
                throw LexiconError(source: source, line: lineNumber,
                                   message: emptyIndex == 0 ? "empty canonical name" : "empty alias (two '|' in a row or a trailing '|')")
            }
            if names.contains(where: { NameKey.normalise($0).isEmpty }) {
                throw LexiconError(source: source, line: lineNumber, message: "a name has no letters or digits")
            }
            entries.append(LexiconEntry(name: names[0], type: type, kind: kind, aliases: Array(names.dropFirst())))
        }
        return Lexicon(entries: entries)
    }

    private static func parseSection(_ body: String, source: String, line: Int) throws -> (EntityType, EntityKind) {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty, words.count <= 2 else {
            throw LexiconError(source: source, line: line, message: "section header '[\(body)]' should be [type] or [type kind]")
        }
        guard let type = EntityType(rawValue: words[0].lowercased()) else {
            let known = EntityType.allCases.map(\.rawValue)
            var message = "unknown type '\(words[0])'"
            if let guess = Self.closest(words[0].lowercased(), in: known) { message += " (did you mean '\(guess)'?)" }
            message += "; known types: " + known.joined(separator: ", ")
            throw LexiconError(source: source, line: line, message: message)
        }
        var kind = EntityKind.instance
        if words.count == 2 {
            guard let k = EntityKind(rawValue: words[1].lowercased()) else {
                throw LexiconError(source: source, line: line, message: "unknown kind '\(words[1])'; known kinds: form, instance")
            }
            kind = k
        }
        return (type, kind)
    }

    /// The known word nearest to `word` by edit distance, when it is close enough to be a typo.
    static func closest(_ word: String, in known: [String]) -> String? {
        var best: (String, Int)?
        for candidate in known {
            guard let d = EditDistance.between(word, candidate) else { continue }
            if d <= max(2, candidate.utf8.count / 3), d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line ends.
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
        return String(s)
    }
}
