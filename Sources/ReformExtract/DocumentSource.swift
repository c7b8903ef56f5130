/// A file to ingest: its name in the graph, where it is, and how to read it.
struct DocumentSource: Sendable {
    enum Format: Sendable { case text, markdown, html }
    var name: String
    var path: String
    var format: Format

    static func format(forExtension ext: String) -> Format? {
        switch ext.lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    /// The files under `paths` in deterministic order: a file argument is named by its last
    /// path component; files in a folder argument by their path relative to it, walked
    /// recursively in sorted (byte) order. Hidden files and folders are skipped silently;
    /// unknown extensions, broken or looping links and unreadable folders with a reason.
    static func collect(_ paths: [String], skipped: inout [(path: String, reason: String)]) throws -> [DocumentSource] {
        var out: [DocumentSource] = []
        for path in paths {
            switch FileSystem.kind(path) {
            case .missing: throw BuildError(path: path, message: "no such file or folder")
            case .brokenLink: skipped.append((path, "broken or looping symbolic link"))
            case .other: skipped.append((path, "not a regular file"))
            case .directory:
                var active: [String] = []
                walk(folder: path, relative: "", into: &out, skipped: &skipped, active: &active)
            case .file:
                if let format = format(forExtension: FileSystem.pathExtension(path)) {
                    out.append(DocumentSource(name: FileSystem.lastComponent(path), path: path, format: format))
                } else {
                    skipped.append((path, "unknown extension (expected .txt, .md, .markdown, .text, .html, .htm, .xhtml)"))
                }
            }
        }
        return out
    }

    private static func walk(folder: String, relative: String, into out: inout [DocumentSource],
                             skipped: inout [(path: String, reason: String)], active: inout [String]) {
        let real = FileSystem.realPath(folder)
        if active.contains(real) {
            skipped.append((folder, "symbolic link loop (folder contains itself)"))
            return
        }
        active.append(real)
        defer { active.removeLast() }
        guard let names = FileSystem.list(folder) else {
            skipped.append((folder, "cannot list folder"))
            return
        }
        for entry in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !entry.hasPrefix(".") {
            let full = FileSystem.join(folder, entry)
            let rel = relative.isEmpty ? entry : relative + "/" + entry
            switch FileSystem.kind(full) {
            case .directory: walk(folder: full, relative: rel, into: &out, skipped: &skipped, active: &active)
            case .brokenLink: skipped.append((full, "broken or looping symbolic link"))
            case .missing: skipped.append((full, "cannot read"))
            case .other: skipped.append((full, "not a regular file"))
            case .file:
                if let format = format(forExtension: FileSystem.pathExtension(entry)) {
                    out.append(DocumentSource(name: rel, path: full, format: format))
                } else {
                    skipped.append((full, "unknown extension"))
                }
            }
        }
    }
}
