import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// A loopback TCP listener that records whether anything connected: a parser that fetches
/// a DTD, schema or entity over the network would connect here.
final class NetworkTrap {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard fd >= 0, bound == 0, listen(fd, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        self.fd = fd
        port = UInt16(bigEndian: addr.sin_port)
    }

    deinit { close(fd) }

    var url: String { "http://127.0.0.1:\(port)" }

    /// True when a connection is waiting (the kernel completes the handshake for us).
    var wasContacted: Bool {
        let c = accept(fd, nil, nil)
        if c >= 0 { close(c); return true }
        return false
    }
}

/// Issue 6, XML safety of GraphML import: no network, no DTDs or external entities, entity
/// bombs refused, a size limit with a clear message, and content errors with line numbers.
@Suite("XML safety: GraphML import")
struct GraphMLSafetyTests {
    let header = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

    func read(_ text: String) throws -> ImportedGraph {
        try GraphMLImporter().read(bytes: Array(text.utf8), name: "t.graphml")
    }

    @Test func importNeverTouchesTheNetwork() throws {
        let trap = try NetworkTrap()
        let attempts = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"\(trap.url)/graphml.dtd\">\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY e SYSTEM \"\(trap.url)/e\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\"><node id=\"a\">&e;</node></graph></graphml>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY % p SYSTEM \"\(trap.url)/p\"> %p;]>\n<graphml/>",
            "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \(trap.url)/graphml.xsd\"><graph edgedefault=\"directed\"/></graphml>",
            "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"\(trap.url)/s.xsl\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(trap.url)/x\"/><graph edgedefault=\"directed\"/></graphml>",
        ]
        for text in attempts { _ = try? read(text) }
        #expect(!trap.wasContacted)
    }

    @Test func externalEntitiesAndDTDsAreRefusedNotLoaded() throws {
        let secret = NSTemporaryDirectory() + "rg-secret-\(UUID().uuidString).txt"
        try Data("TOPSECRET".utf8).write(to: URL(fileURLWithPath: secret))
        let texts = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY s SYSTEM \"file://\(secret)\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"k\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/><graph edgedefault=\"directed\"><node id=\"a\"><data key=\"k\">&s;</data></node></graph></graphml>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"file://\(secret)\">\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>",
        ]
        for text in texts {
            do {
                let g = try read(text)
                Issue.record("accepted: \(g.graph.entities.map(\.name))")
            } catch {
                #expect("\(error)".hasPrefix("t.graphml:"), "\(error)")
                #expect(!"\(error)".contains("TOPSECRET"))
            }
        }
    }

    @Test func billionLaughsIsRefusedWithoutExpanding() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...12 { bomb += "<!ENTITY lol\(i) \"" + String(repeating: i == 1 ? "&lol;" : "&lol\(i - 1);", count: 10) + "\">\n" }
        bomb += "]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\"><node id=\"&lol12;\"/></graph></graphml>"
        #expect { try read(bomb) } throws: { "\($0)".hasPrefix("t.graphml:") && "\($0)".contains("refused") && "\($0)".contains("never expanded") }
    }

    @Test func theSizeLimitIsStatedInTheMessage() throws {
        let text = header + "<graph edgedefault=\"directed\"><node id=\"n\"/></graph></graphml>"
        do {
            _ = try GraphMLImporter(sizeLimit: 64).read(bytes: Array(text.utf8), name: "big.graphml")
            Issue.record("accepted a file over the limit")
        } catch {
            #expect("\(error)" == "big.graphml is larger than the 64 bytes limit; it is refused unread so that a huge or hostile file cannot exhaust memory (split it into smaller files)")
        }
        #expect("\(FileError.tooLarge(path: "x.graphml", limit: 2 << 30))".contains("2048 MiB limit"))
    }

    @Test func duplicateIdsMissingEndsAndMistypedValuesNameTheirLine() throws {
        let cases: [(String, String)] = [
            (header + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>", "t.graphml:5: duplicate node id a"),
            (header + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"ghost\"/>\n</graph></graphml>", "t.graphml:5: "),
            (header + "<key id=\"y\" for=\"edge\" attr.name=\"year\" attr.type=\"long\"/>\n<graph edgedefault=\"directed\">\n<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\">\n<data key=\"y\">twenty</data></edge></graph></graphml>", "t.graphml:7: "),
            (header + "<key id=\"w\" for=\"node\" attr.name=\"w\" attr.type=\"float\"/>\n<graph edgedefault=\"directed\">\n<node id=\"a\"><data key=\"w\">NaN-ish</data></node></graph></graphml>", "t.graphml:5: "),
        ]
        for (text, prefix) in cases {
            #expect { try read(text) } throws: { "\($0)".hasPrefix(prefix) && !"\($0)".contains("\n") }
        }
    }
}
