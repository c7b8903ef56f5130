import Foundation
import Testing
@testable import ReformExchange

/// `--out` may name something other than a plain file: a symbolic link, a FIFO, a device
/// such as /dev/stdout, or a folder. The atomic write (temporary file, then rename) must not
/// replace any of them with a plain file.
@Suite struct AtomicFileTargetTests {
    private func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "reformgraph-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("writing to a symbolic link replaces the file it points to and keeps the link")
    func symbolicLinkIsKept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/real.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "real.json")
        try AtomicFile.write(to: dir + "/link.json") { $0.write("new") }
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/link.json")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOfFile: dir + "/real.json", encoding: .utf8) == "new")
    }

    @Test("writing to a FIFO streams into it and leaves it a FIFO (as /dev/stdout or a terminal would be)")
    func fifoIsWrittenInPlace() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        try #require(mkfifo(fifo, 0o600) == 0)
        // A reader must open the FIFO before the writer's open returns; it reads to the end
        // (closing early would send the writer, this test process, SIGPIPE).
        let received = ReceivedBytes()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            guard fd >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n > 0 { received.append(buffer[0..<n]) } else if n == 0 || errno != EINTR { break }
            }
            close(fd)
            received.finish()
        }
        reader.start()
        try AtomicFile.write(to: fifo) { $0.write("{\"entities\": []}\n") }
        #expect(received.wait() == Array("{\"entities\": []}\n".utf8))
        var st = stat()
        #expect(lstat(fifo, &st) == 0)
        #expect(st.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced by a plain file")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a folder as the target is refused with a message, and left as it was")
    func folderIsRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: FileError.self) { try AtomicFile.write(to: dir) { $0.write("x") } }
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue)
    }
}

/// Bytes a reader thread collects, handed to the test once the reader has finished.
private final class ReceivedBytes: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []
    func append(_ more: ArraySlice<UInt8>) { bytes += more }
    func finish() { done.signal() }
    func wait() -> [UInt8] {
        _ = done.wait(timeout: .now() + 30)
        return bytes
    }
}
