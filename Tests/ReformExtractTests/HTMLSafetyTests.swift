#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore
import Testing
@testable import ReformExtract

/// Issue 6, XML safety of HTML ingest: libxml2's HTML parser is run with `HTML_PARSE_NONET`
/// and never loads DTDs or expands declared entities, so nothing a page names is fetched and
/// an entity bomb cannot grow; the size limit is ``CorpusBuilder/maxFileBytes``.
@Suite struct HTMLSafetyTests {
    /// A loopback listener; a connection waiting on it means something was fetched.
    struct Listener {
        let fd: Int32
        let port: UInt16
        init() {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            listen(fd, 8)
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            self.fd = fd
            port = UInt16(bigEndian: addr.sin_port)
        }
        var contacted: Bool {
            let c = accept(fd, nil, nil)
            if c >= 0 { Glibc.close(c); return true }
            return false
        }
        func shutDown() { Glibc.close(fd) }
    }

    @Test func htmlIngestNeverTouchesTheNetwork() {
        let trap = Listener()
        defer { trap.shutDown() }
        #expect(trap.port != 0)
        let url = "http://127.0.0.1:\(trap.port)"
        let html = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(url)/xhtml.dtd">
        <html><head><link rel="stylesheet" href="\(url)/s.css"><script src="\(url)/s.js"></script>
        <base href="\(url)/"><meta http-equiv="refresh" content="0; url=\(url)/r"></head>
        <body background="\(url)/bg.png"><img src="\(url)/i.png"><iframe src="\(url)/f"></iframe>
        <object data="\(url)/o"></object><p>NHS England text.</p><svg><image href="\(url)/svg.png"/></svg>
        <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="\(url)/x"/></body></html>
        """
        let (text, _) = TextPipeline.htmlText(html)
        #expect(text.contains("NHS England text."))
        #expect(!trap.contacted)
    }

    @Test func htmlIngestLoadsNoDTDAndExpandsNoDeclaredEntity() throws {
        var template = Array("/tmp/rg-secret-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        let secret = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(secret) }
        _ = "<!ENTITY leak \"TOPSECRET\">".withCString { write(fd, $0, strlen($0)) }
        Glibc.close(fd)
        let html = """
        <!DOCTYPE html SYSTEM "file://\(secret)" [<!ENTITY inner "EXPANDED"><!ENTITY file SYSTEM "file://\(secret)">]>
        <html><body><p>A &leak; B &inner; C &file; D &amp; E</p></body></html>
        """
        let (text, _) = TextPipeline.htmlText(html)
        #expect(!text.contains("TOPSECRET") && !text.contains("EXPANDED"), "\(text)")
        #expect(text.contains("D & E"))
    }

    @Test func anEntityBombInHTMLDoesNotGrow() {
        var bomb = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
        for i in 1...12 { bomb += "<!ENTITY lol\(i) \"" + String(repeating: i == 1 ? "&lol;" : "&lol\(i - 1);", count: 10) + "\">\n" }
        bomb += "]><html><body><p>&lol12;</p><p>After the bomb.</p></body></html>"
        let (text, _) = TextPipeline.htmlText(bomb)
        #expect(text.utf8.count < bomb.utf8.count, "the text must not be larger than the file")
        #expect(text.contains("After the bomb."))
    }

    @Test func htmlFilesOverTheSizeLimitAreSkippedWithAClearReason() throws {
        let dir = try TestSupport.temporaryFolder()
        try TestSupport.write(Array(("<p>" + String(repeating: "NHS England. ", count: 200_000) + "</p>").utf8), to: dir + "/huge.html")
        var builder = CorpusBuilder(lexicon: TestSupport.smallLexicon)
        builder.maxFileBytes = 1 << 20
        let (graph, report) = try builder.build(paths: [dir])
        #expect(graph.documents.isEmpty)
        #expect(report.skipped.map(\.reason) == ["too large (2.5 MB; the limit is 1.0 MB): split it into smaller files"])
    }
}
