internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A safe, streaming XML pull parser over libxml2's `xmlTextReader`.
///
/// - No network (`XML_PARSE_NONET`); no entity substitution, no DTD loading, no default
///   attributes from a DTD. A DOCTYPE (which is where entities are declared) and any entity
///   reference are refused as soon as they are met, so neither external entities (XXE) nor
///   expansion bombs are ever resolved.
/// - libxml2's own limits stay on (no `XML_PARSE_HUGE`): 10 MB per text node, nesting depth.
/// - Errors carry the line number; libxml2 prints nothing.
final class XMLEventReader {
    /// One parsing event.
    enum Event {
        case start(name: String, namespace: String?, line: Int, isEmpty: Bool)
        case end
        case text(String)
    }

    /// The first error libxml2 reported.
    final class ErrorBox {
        var message: String?
        var line: Int?
    }

    private let reader: OpaquePointer
    private let errors = ErrorBox()
    private let path: String
    private var fd: Int32 = -1
    private var memory: UnsafeMutableBufferPointer<CChar>?
    private var pendingEnd = false

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Opens `path`, refusing files over `limit` bytes. `path` also names the file in errors.
    init(path: String, limit: Int) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let reason = String(cString: strerror(errno)); close(fd)
            throw FileError.cannotOpen(path: path, reason: reason)
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { close(fd); throw FileError.cannotOpen(path: path, reason: "it is a directory") }
        if (st.st_mode & S_IFMT) != S_IFREG { close(fd); throw FileError.cannotOpen(path: path, reason: "it is not a regular file") }
        if Int(st.st_size) > limit { close(fd); throw FileError.tooLarge(path: path, limit: limit) }
        if st.st_size == 0 { close(fd); throw FileError.malformed(path: path, line: nil, reason: "the file is empty") }
        guard let r = xmlReaderForFd(fd, nil, nil, Self.options) else {
            close(fd)
            throw FileError.cannotOpen(path: path, reason: "libxml2 could not start a parser")
        }
        self.fd = fd
        reader = r
        installErrorHandler()
    }

    /// Parses bytes in memory; `name` names them in errors.
    init(bytes: [UInt8], name: String) throws {
        path = name
        if bytes.isEmpty { throw FileError.malformed(path: name, line: nil, reason: "the file is empty") }
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
        bytes.withUnsafeBytes { raw in _ = buffer.initialize(from: raw.bindMemory(to: CChar.self)) }
        guard let r = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), nil, nil, Self.options) else {
            buffer.deallocate()
            throw FileError.malformed(path: name, line: nil, reason: "libxml2 could not start a parser")
        }
        memory = buffer
        reader = r
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        if fd >= 0 { close(fd) }
        memory?.deallocate()
    }

    private func installErrorHandler() {
        let context = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<XMLEventReader.ErrorBox>.fromOpaque(context).takeUnretainedValue()
            guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            var text = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
            while text.last == "\n" || text.last == " " { text.removeLast() }
            box.message = text
            box.line = Int(error.pointee.line)
        }, context)
    }

    /// An error at `line` (or at the parser's position) in this file.
    func error(_ reason: String, line: Int? = nil) -> FileError {
        .malformed(path: path, line: line ?? currentLine, reason: reason)
    }

    /// The line of the current node.
    var currentLine: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let n = xmlGetLineNo(node)
            if n > 0 { return n }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The next event, or nil at the end of the document.
    func next() throws -> Event? {
        if pendingEnd { pendingEnd = false; return .end }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                if let message = errors.message { throw error("not well-formed XML: \(message)", line: errors.line) }
                return nil
            }
            if status < 0 {
                let message = errors.message ?? "parse error"
                if message.lowercased().contains("entity") {
                    // libxml2 met an entity declaration while reading a DTD: refused like a DOCTYPE.
                    throw error("refused: the file declares or uses entities (never expanded, for safety): \(message)", line: errors.line)
                }
                throw error("not well-formed XML: \(message)", line: errors.line)
            }
            switch xmlTextReaderNodeType(reader) {
            case 1: // element
                let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                let ns = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                if isEmpty { pendingEnd = true }
                return .start(name: name, namespace: ns, line: currentLine, isEmpty: isEmpty)
            case 15: // end element
                return .end
            case 3, 4, 13, 14: // text, CDATA, whitespace
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                return .text(value)
            case 10: // DOCTYPE
                throw error("refused: the file has a DOCTYPE declaration (DTDs and entities are not read, for safety)")
            case 5, 6: // entity reference, entity
                throw error("refused: the file uses an entity reference (entities are not expanded, for safety)")
            default: // comments, processing instructions, XML declaration
                continue
            }
        }
    }

    /// The value of attribute `name` (qualified) on the current element.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }
}
