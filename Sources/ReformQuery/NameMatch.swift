import ReformCore

/// How well a name matched a search text; higher is better.
public enum MatchTier: Int, Comparable, Sendable {
    /// Within a small edit distance (a typo).
    case typo = 20
    /// The text occurs inside the name.
    case substring = 40
    /// Every word of the text starts a word of the name.
    case wordPrefixes = 55
    /// The text is the name's initials ("hsca" for Health and Social Care Act).
    case initials = 62
    /// Every word of the text is a word of the name.
    case words = 70
    /// The name starts with the text.
    case prefix = 80
    /// The same name, after case, quotes, "the" and plurals are folded.
    case exact = 100

    public static func < (a: MatchTier, b: MatchTier) -> Bool { a.rawValue < b.rawValue }

    /// A label for tables.
    public var label: String {
        switch self {
        case .typo: return "similar"
        case .substring: return "contains"
        case .wordPrefixes: return "word prefixes"
        case .initials: return "initials"
        case .words: return "words"
        case .prefix: return "prefix"
        case .exact: return "exact"
        }
    }
}

/// One candidate entity for a search text.
public struct NameMatch: Sendable, Hashable {
    /// The entity.
    public var entity: EntityID
    /// How well it matched.
    public var tier: MatchTier
    /// Edit distance for typo matches (0 otherwise).
    public var distance: Int
    /// The name or alias that matched.
    public var matchedName: String
}
