/// What was wrong with a command, as data; ``description`` is one line saying what was wrong
/// and what to type instead.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A quote was opened and not closed.
    case unterminatedQuote(String)
    /// The first word is not a command.
    case unknownCommand(String, suggestions: [String])
    /// A command needs an argument it did not get.
    case missingArgument(command: String, what: String)
    /// An argument could not be read (bad number, unknown type or predicate...).
    case badArgument(command: String, argument: String, expected: String)
    /// No entity answers to a name; the closest names follow.
    case unknownEntity(String, suggestions: [String])
    /// Several entities answer to a name equally well.
    case ambiguousEntity(String, candidates: [String])
    /// Two names were given without quotes and could not be told apart.
    case ambiguousSplit(command: String, words: String)
    /// A shell command needs something the session does not have.
    case unavailable(String)

    public var description: String {
        switch self {
        case .unterminatedQuote(let q):
            return "a \(q) quote is not closed; close it, or put the name in \"double quotes\""
        case let .unknownCommand(word, suggestions):
            let hint = suggestions.isEmpty ? "type `help` for the commands" : "did you mean \(Self.list(suggestions.map { "`\($0)`" }))? (`help` lists the commands)"
            return "unknown command `\(TextSanitizer.neutralise(word))`; \(hint)"
        case let .missingArgument(command, what):
            return "`\(command)` needs \(what); type `help \(command)` for examples"
        case let .badArgument(command, argument, expected):
            return "`\(command)`: cannot read `\(TextSanitizer.neutralise(argument))`; expected \(expected) (see `help \(command)`)"
        case let .unknownEntity(name, suggestions):
            if suggestions.isEmpty {
                return "no entity is called \"\(TextSanitizer.neutralise(name))\"; try `find \(TextSanitizer.neutralise(Self.firstWord(name)))` to search"
            }
            return "no entity is called \"\(TextSanitizer.neutralise(name))\"; did you mean \(Self.list(suggestions.map(TextSanitizer.neutralise)))?"
        case let .ambiguousEntity(name, candidates):
            return "\"\(TextSanitizer.neutralise(name))\" could be \(Self.list(candidates.map(TextSanitizer.neutralise), conjunction: "or")); type one of these (quoted) instead"
        case let .ambiguousSplit(command, words):
            return "cannot tell where the names in `\(command) \(TextSanitizer.neutralise(words))` divide; quote them, e.g. `\(command) \"first name\" \"second name\"`"
        case .unavailable(let what):
            return what
        }
    }

    static func list(_ items: [String], conjunction: String = "or") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    static func firstWord(_ s: String) -> String {
        String(s.split(separator: " ").first ?? Substring(s))
    }
}
