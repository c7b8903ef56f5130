#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line input with editing, history kept across sessions and tab completion,
/// using libedit loaded at run time (`dlopen`), so no headers or link-time library are
/// needed. Where libedit cannot be loaded it falls back to plain reading (history is still
/// kept in the file, completion is not available).
///
/// Completion hands the whole line before the cursor to the completer, which returns whole
/// lines, so names with spaces complete in one go.
public final class LineEditor {
    private typealias ReadlineFn = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private typealias HistoryFn = @convention(c) (UnsafePointer<CChar>?) -> Int32
    private typealias StifleFn = @convention(c) (Int32) -> Void
    private typealias VoidFn = @convention(c) () -> Void
    typealias GeneratorFn = @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?

    private var readlineFn: ReadlineFn?
    private var addHistoryFn: HistoryFn?
    private var writeHistoryFn: HistoryFn?
    private let historyPath: String?
    private var fallbackHistory: [String] = []
    private var lastLine: String?

    /// True when libedit was loaded (editing, completion and history are live).
    public private(set) var isEditing = false

    /// An editor saving history to `historyPath` (nil: no history file) and completing with
    /// `completer` (the line before the cursor → complete lines).
    public init(historyPath: String?, completer: (@Sendable (String) -> [String])?) {
        self.historyPath = historyPath
        setlocale(LC_CTYPE, "")
        let candidates = ["libedit.so.2", "/usr/lib/x86_64-linux-gnu/libedit.so.2", "/usr/lib/aarch64-linux-gnu/libedit.so.2",
                          "libedit.so", "libedit.3.dylib", "/usr/lib/libedit.3.dylib"]
        var handle: UnsafeMutableRawPointer? = nil
        for c in candidates where handle == nil { handle = dlopen(c, RTLD_NOW | RTLD_GLOBAL) }
        guard let handle, let rl = dlsym(handle, "readline") else { return }
        readlineFn = unsafeBitCast(rl, to: ReadlineFn.self)
        addHistoryFn = dlsym(handle, "add_history").map { unsafeBitCast($0, to: HistoryFn.self) }
        writeHistoryFn = dlsym(handle, "write_history").map { unsafeBitCast($0, to: HistoryFn.self) }
        isEditing = true
        if let name = dlsym(handle, "rl_readline_name") {
            name.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = UnsafePointer(strdup("reformgraph"))
        }
        if let using = dlsym(handle, "using_history") { unsafeBitCast(using, to: VoidFn.self)() }
        if let stifle = dlsym(handle, "stifle_history") { unsafeBitCast(stifle, to: StifleFn.self)(2000) }
        if let path = historyPath, let read = dlsym(handle, "read_history") {
            _ = unsafeBitCast(read, to: HistoryFn.self)(path)
        }
        if let completer, let entry = dlsym(handle, "rl_completion_entry_function") {
            CompletionState.shared.completer = completer
            entry.assumingMemoryBound(to: GeneratorFn?.self).pointee = completionGenerator
            // Only a newline breaks words, so the completer sees the whole line.
            for v in ["rl_basic_word_break_characters", "rl_completer_word_break_characters"] {
                if let p = dlsym(handle, v) { p.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = UnsafePointer(strdup("\n")) }
            }
            if let p = dlsym(handle, "rl_completer_quote_characters") {
                p.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = nil
            }
        }
    }

    /// Reads one line (without its newline); nil at end of input (Ctrl-D).
    public func readLine(prompt: String) -> String? {
        if let readlineFn {
            guard let raw = readlineFn(prompt) else { return nil }
            defer { free(raw) }
            return String(cString: raw)
        }
        _ = prompt.withCString { write(1, $0, strlen($0)) }
        return Swift.readLine(strippingNewline: true)
    }

    /// Adds a line to the history (not blank lines or an immediate repeat) and saves it.
    public func addHistory(_ line: String) {
        let trimmed = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !trimmed.isEmpty, line != lastLine else { return }
        lastLine = line
        if let addHistoryFn {
            _ = addHistoryFn(line)
            if let path = historyPath, let writeHistoryFn { _ = writeHistoryFn(path) }
        } else if let path = historyPath {
            // Plain file: append the line.
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            if fd >= 0 {
                let text = line + "\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                close(fd)
            }
        }
    }
}

/// The completer libedit's C callback reaches (a C function pointer cannot capture).
final class CompletionState: @unchecked Sendable {
    static let shared = CompletionState()
    var completer: (@Sendable (String) -> [String])?
    var matches: [String] = []
}

/// libedit's `rl_completion_entry_function`: state 0 computes the matches, each call returns
/// the next one (malloc'd, as libedit frees it), then nil.
private let completionGenerator: LineEditor.GeneratorFn = { text, state in
    let s = CompletionState.shared
    if state == 0 {
        let line = text.map { String(cString: $0) } ?? ""
        s.matches = s.completer?(line) ?? []
    }
    guard Int(state) < s.matches.count else { return nil }
    return strdup(s.matches[Int(state)])
}
