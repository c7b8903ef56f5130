/// What one shell line produced.
public struct ShellResponse: Sendable, Equatable {
    /// Text for standard output.
    public var output: String
    /// A one-line error for standard error, if the command failed.
    public var error: String?
    /// True if the command failed.
    public var failed: Bool
    /// True for `quit`.
    public var quit: Bool

    /// A response.
    public init(output: String = "", error: String? = nil, failed: Bool = false, quit: Bool = false) {
        self.output = output
        self.error = error
        self.failed = failed
        self.quit = quit
    }
}
