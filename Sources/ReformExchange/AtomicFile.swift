#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old contents or the complete new ones.
///
/// The bytes go to a temporary file beside the target (same directory, so `rename(2)` is
/// atomic), which is synced and then renamed over the target. If the body throws, or the
/// process is interrupted, the target is untouched and the temporary file is removed
/// (or, after `kill -9`, left as a `.tmp-*` file that the next write does not read, and
/// removes once its writer is gone). With `lock`, writers of one path take an exclusive
/// `flock(2)` on a `.lock` file beside it, so two processes replacing the same file (two
/// builds into one graph folder) write one after the other; with or without it, a reader
/// sees one whole file, never a mixture.
public enum AtomicFile {
    /// Writes `path` atomically with the bytes `body` produces. Use `-` for standard output
    /// (written directly, not atomically). `lock` serialises writers of `path` across
    /// processes through `path.lock` (left in place: removing it would race).
    public static func write(to path: String, lock: Bool = false, _ body: (ByteWriter) throws -> Void) throws {
        if path == "-" {
            let w = ByteWriter(fileDescriptor: 1)
            try body(w)
            try w.flush()
            return
        }
        var st = stat()
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FileError.cannotOpen(path: path, reason: "it is a directory; give a file name")
            // A terminal, /dev/stdout, /dev/null or a FIFO: written in place. Renaming over it
            // would replace the device node (or the /dev/stdout link) with a plain file.
            default: return try writeInPlace(path, body)
            }
        }
        // A symbolic link to a file: replace the file it points to and keep the link.
        let path = linkTarget(path) ?? path
        let lockFD = lock ? open(path + ".lock", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644) : -1
        if lockFD >= 0 {
            while flock(lockFD, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer { if lockFD >= 0 { close(lockFD) } }
        let tmp = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        do {
            let w = ByteWriter(fileDescriptor: fd)
            w.fault = WriteFault.fromEnvironment
            try body(w)
            try w.flush()
        } catch let error as FileError {
            close(fd)
            throw error.naming(path)
        } catch {
            close(fd)
            throw error
        }
        if fsync(fd) != 0 {
            let reason = String(cString: strerror(errno)); close(fd)
            throw FileError.writeFailed(path: path, reason: reason)
        }
        close(fd)
        if rename(tmp, path) != 0 {
            throw FileError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        ok = true
        removeStaleTemporaries(of: path)
    }

    /// Writes to an existing file that is not a regular one (not atomic: there is nothing to
    /// rename over).
    private static func writeInPlace(_ path: String, _ body: (ByteWriter) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let w = ByteWriter(fileDescriptor: fd)
        do {
            try body(w)
            try w.flush()
        } catch let error as FileError {
            throw error.naming(path)
        }
    }

    /// The file a symbolic link at `path` resolves to, or nil when `path` is no link or the
    /// link is dangling (then the link itself is replaced).
    private static func linkTarget(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes `path.tmp-PID-*` files left by writers that were killed (their PID no longer
    /// runs). Called after a successful write.
    static func removeStaleTemporaries(of path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + ".tmp-"
        guard let dir = opendir(folder.isEmpty ? "/" : folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink((folder.isEmpty ? "" : folder + "/") + name)
            }
        }
    }

    /// Creates a directory and its parents if missing.
    public static func makeDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Reads a whole file into memory, refusing files over `limit` bytes.
    public static func read(_ path: String, limit: Int = 1 << 31) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw FileError.cannotOpen(path: path, reason: "it is a directory") }
        let size = Int(st.st_size)
        if size > limit { throw FileError.tooLarge(path: path, limit: limit) }
        var out = [UInt8](repeating: 0, count: max(size, 0))
        var offset = 0
        // Regular files: read the known size; other files (pipes): read until EOF.
        while true {
            if offset == out.count {
                if out.count >= limit { throw FileError.tooLarge(path: path, limit: limit) }
                out.append(contentsOf: [UInt8](repeating: 0, count: max(1 << 16, out.count / 2)))
            }
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 { if errno == EINTR { continue }; throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            offset += n
        }
        out.removeSubrange(offset...)
        return out
    }

    /// Calls `body` with the whole file mapped read-only (no copy); a file that cannot be
    /// mapped (a pipe, an empty file) is read into memory instead. The bytes are valid only
    /// inside `body`.
    public static func withMapped<T>(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        let size = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
        if size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), base != MAP_FAILED {
            close(fd)
            defer { munmap(base, size) }
            return try body(UnsafeRawBufferPointer(start: base, count: size))
        }
        close(fd)
        return try read(path).withUnsafeBytes(body)
    }

    /// True when a file or directory exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }
}

extension FileError {
    /// A write failure the writer reported without a path, given `path`; other errors as they are.
    func naming(_ path: String) -> FileError {
        if case .writeFailed(nil, let reason) = self { return .writeFailed(path: path, reason: reason) }
        return self
    }
}
