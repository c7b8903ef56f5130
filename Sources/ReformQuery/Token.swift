/// One word of a command line, after quoting is removed.
public struct Token: Hashable, Sendable {
    /// The text, with quotes removed and escapes applied.
    public var text: String
    /// True when the word was quoted: it is one name and is never split or read as a keyword.
    public var quoted: Bool

    /// A token.
    public init(_ text: String, quoted: Bool = false) {
        self.text = text
        self.quoted = quoted
    }
}
