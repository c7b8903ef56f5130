/// The shell's own commands (settings, help, export), as opposed to queries.
public enum ShellCommand {
    /// Their names, for completion and suggestions.
    public static let names = ["help", "format", "rows", "colour", "export", "quit", "exit"]

    /// The canonical name of a shell command word, or nil.
    public static func canonical(_ word: String) -> String? {
        switch word.lowercased() {
        case "help", "?": return "help"
        case "format": return "format"
        case "rows", "limit": return "rows"
        case "colour", "color": return "colour"
        case "export", "save": return "export"
        case "quit", "exit", ":q", "bye": return "quit"
        default: return nil
        }
    }
}
