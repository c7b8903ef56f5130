#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte writer to a file descriptor, or to memory.
///
/// Exporters write through one of these so that a graph of any size streams out in
/// fixed memory (a 256 KiB buffer). Errors are reported by ``flush()``.
public final class ByteWriter {
    /// The buffer: raw memory, so that a write is a bounds check and a copy (no array growth
    /// or exclusivity bookkeeping per call).
    private let buffer: UnsafeMutablePointer<UInt8>
    private var used = 0
    private let fd: Int32?
    private let capacity: Int
    /// Everything written, when writing to memory.
    public private(set) var memory: [UInt8] = []
    /// Bytes written so far.
    public private(set) var count: Int = 0
    private var failure: Int32 = 0
    /// The test fault to act out on the first write to the file, if any (see ``WriteFault``).
    var fault: WriteFault?

    /// A writer to memory (tests, golden files).
    public init() { fd = nil; capacity = 1 << 16; buffer = .allocate(capacity: capacity) }

    /// A writer to an open file descriptor (not closed by the writer).
    public init(fileDescriptor: Int32, capacity: Int = 1 << 18) {
        fd = fileDescriptor; self.capacity = max(capacity, 64); buffer = .allocate(capacity: self.capacity)
    }

    deinit { buffer.deallocate() }

    /// The memory contents as a string (memory writers only).
    public var string: String { String(decoding: memory, as: UTF8.self) }

    @inline(__always)
    public func write(_ s: String) {
        var s = s
        s.withUTF8 { write(bytes: $0) }
    }

    @inline(__always)
    public func write(byte: UInt8) {
        if used == capacity { drain() }
        buffer[used] = byte; used += 1; count += 1
    }

    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        count += bytes.count
        var from = base, left = bytes.count
        while left > 0 {
            if used == capacity { drain() }
            let n = min(left, capacity - used)
            (buffer + used).update(from: from, count: n)
            used += n; from += n; left -= n
        }
    }

    public func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// Writes a decimal integer without allocating a String.
    public func write(int value: Int) {
        if value == 0 { write(byte: 0x30); return }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { p in
            while v > 0 { p[n] = UInt8(v % 10) + 0x30; v /= 10; n += 1 }
        }
        if value < 0 { write(byte: 0x2D) }
        withUnsafeBytes(of: &digits) { p in
            for i in stride(from: n - 1, through: 0, by: -1) { write(byte: p[i]) }
        }
    }

    private func drain() {
        guard used > 0 else { return }
        if let fd {
            if let f = fault {
                fault = nil
                actOut(f, fd)
            }
            if failure == 0 {
                do {
                    let raw = UnsafeRawBufferPointer(start: buffer, count: used)
                    var offset = 0
                    while offset < raw.count {
                        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                        if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                        offset += n
                    }
                }
            }
        } else {
            memory.append(contentsOf: UnsafeBufferPointer(start: buffer, count: used))
        }
        used = 0
    }

    /// Writes half of the buffer, then stalls forever (to be killed) or fails as a full disk does.
    private func actOut(_ f: WriteFault, _ fd: Int32) {
        _ = Glibc.write(fd, buffer, used / 2)
        switch f {
        case .stallMidWrite:
            while true { sleep(60) }
        case .diskFull:
            failure = ENOSPC
        }
    }

    /// Writes out what is buffered; throws if any write failed (disk full, closed pipe).
    public func flush() throws {
        drain()
        if failure != 0 { throw FileError.writeFailed(path: nil, reason: String(cString: strerror(failure))) }
    }
}
