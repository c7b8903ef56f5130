#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls ingestion needs, on the C library (this module stays free of
/// Foundation, whose ICU headers clash with libxml2's).
enum FileSystem {
    enum Kind: Equatable { case file, directory, brokenLink, missing, other }

    /// What is at `path`, following symbolic links; a link that leads nowhere (or loops) is
    /// `brokenLink`.
    static func kind(_ path: String) -> Kind {
        var st = stat()
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            default: return .other
            }
        }
        var lst = stat()
        if lstat(path, &lst) == 0, lst.st_mode & S_IFMT == S_IFLNK { return .brokenLink }
        return .missing
    }

    /// Why a file could not be read.
    enum ReadFailure: Error, Equatable {
        /// open(2) or read(2) failed; the system's reason.
        case unreadable(String)
        /// The file is larger than the limit (bytes).
        case tooLarge(size: Int, limit: Int)
    }

    /// The whole file, or why it cannot be read. Files over `limit` bytes are refused before
    /// reading, and reading stops at the limit should the file grow meanwhile.
    static func read(_ path: String, limit: Int = Int.max) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var size = 0
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            if Int(st.st_size) > limit { return .failure(.tooLarge(size: Int(st.st_size), limit: limit)) }
            size = Int(st.st_size)
        }
        // The bytes go straight into the array, with room for one more than the size so that
        // the end of the file shows as a short read: reading through a zeroed chunk and
        // appending it cost a fill and a copy of every byte of every file.
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            let room = min(buffer.count, size + 1)
            while count < room {
                let n = Glibc.read(fd, buffer.baseAddress! + count, room - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { return .failure(.unreadable(String(cString: strerror(failure)))) }
        if out.count > limit { return .failure(.tooLarge(size: out.count, limit: limit)) }
        guard out.count > size else { return .success(out) }
        // The file is longer than its size said (it grew, or has no size): the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return .failure(.unreadable(String(cString: strerror(errno)))) }
            if n == 0 { break }
            if out.count + n > limit { return .failure(.tooLarge(size: out.count + n, limit: limit)) }
            out.append(contentsOf: chunk[0..<n])
        }
        return .success(out)
    }

    /// The names in a folder (without "." and ".."), or nil.
    static func list(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// The canonical absolute path (links resolved), or the path itself.
    static func realPath(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }

    /// The extension of the last path component, without the dot ("" when none).
    static func pathExtension(_ path: String) -> String {
        let last = lastComponent(path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    static func lastComponent(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
        return String(p)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
