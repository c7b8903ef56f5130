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
/// Completion: the completer gets the line before the cursor and returns whole lines; the
/// editor turns each into a replacement for the word at the cursor, which libedit inserts
/// with spaces escaped (`Clinical\ Commissioning\ Group`) — the shell's tokenizer reads such
/// escapes as part of one name, so names with spaces complete in one go.
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
        if let completer, let entry = dlsym(handle, "rl_completion_entry_function"),
           let buffer = dlsym(handle, "rl_line_buffer"), let point = dlsym(handle, "rl_point") {
            let state = CompletionState.shared
            state.completer = completer
            state.lineBuffer = buffer.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
            state.point = point.assumingMemoryBound(to: Int32.self)
            entry.assumingMemoryBound(to: GeneratorFn?.self).pointee = completionGenerator
            for v in ["rl_basic_word_break_characters", "rl_completer_word_break_characters"] {
                if let p = dlsym(handle, v) { p.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = UnsafePointer(strdup(" \t\n")) }
            }
        }
    }

    /// Removes backslash escapes (`a\ b` → `a b`), as libedit writes them in completions.
    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = ""
        var escaped = false
        for ch in s {
            if escaped { out.append(ch); escaped = false } else if ch == "\\" { escaped = true } else { out.append(ch) }
        }
        return out
    }

    /// Makes Ctrl-C abandon the line being typed instead of ending the shell.
    public func catchInterrupts() {
        #if canImport(Glibc)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = interruptHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: the read returns, and the line is abandoned
        sigaction(SIGINT, &action, nil)
        #else
        signal(SIGINT, interruptHandler)
        #endif
    }

    /// Reads one line (without its newline); nil at end of input (Ctrl-D). After Ctrl-C
    /// (with ``catchInterrupts()``) the line is abandoned and an empty line returned.
    public func readLine(prompt: String) -> String? {
        if let readlineFn {
            InterruptFlag.value = 0
            guard let raw = readlineFn(prompt) else {
                if InterruptFlag.value != 0 { _ = write(1, "\n", 1); return "" }
                return nil
            }
            defer { free(raw) }
            return String(cString: raw)
        }
        _ = prompt.withCString { write(1, $0, strlen($0)) }
        InterruptFlag.value = 0
        if let line = Swift.readLine(strippingNewline: true) { return line }
        if InterruptFlag.value != 0 {
            // Clear the interrupted read's error flag on C's stdin (found by symbol, as the
            // `stdin` global is not usable under strict concurrency).
            if let p = dlsym(nil, "stdin"), let file = p.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee { clearerr(file) }
            _ = write(1, "\n", 1)
            return ""
        }
        return nil
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

/// Set by the SIGINT handler (a C function pointer cannot capture).
enum InterruptFlag {
    nonisolated(unsafe) static var value: sig_atomic_t = 0
}

private let interruptHandler: @convention(c) (Int32) -> Void = { _ in InterruptFlag.value = 1 }

/// The completer libedit's C callback reaches (a C function pointer cannot capture).
final class CompletionState: @unchecked Sendable {
    static let shared = CompletionState()
    var completer: (@Sendable (String) -> [String])?
    var matches: [String] = []
    var lineBuffer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    var point: UnsafeMutablePointer<Int32>?

    /// Replacements for `word` (the word at the cursor, as libedit passes it).
    func replacements(word: String) -> [String] {
        guard let completer, let buf = lineBuffer?.pointee, let point else { return [] }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buf).assumingMemoryBound(to: UInt8.self), count: max(0, Int(point.pointee)))
        let line = LineEditor.unescape(String(decoding: bytes, as: UTF8.self))
        let plainWord = LineEditor.unescape(word)
        guard line.hasSuffix(plainWord) else { return [] }
        let base = String(line.dropLast(plainWord.count)).lowercased()
        return completer(line).compactMap { full in
            full.lowercased().hasPrefix(base) ? String(full.dropFirst(base.count)) : nil
        }.map { $0.hasSuffix(" ") ? String($0.dropLast()) : $0 }
    }
}

/// libedit's `rl_completion_entry_function`: state 0 computes the matches, each call returns
/// the next one (malloc'd, as libedit frees it), then nil.
private let completionGenerator: LineEditor.GeneratorFn = { text, state in
    let s = CompletionState.shared
    if state == 0 {
        s.matches = s.replacements(word: text.map { String(cString: $0) } ?? "")
    }
    guard Int(state) < s.matches.count else { return nil }
    return strdup(s.matches[Int(state)])
}
