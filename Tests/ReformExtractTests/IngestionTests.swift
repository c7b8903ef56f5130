#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore
import Testing
@testable import ReformExtract

@Suite struct IngestionTests {
    func folder(_ files: [String: [UInt8]]) throws -> String { try TestSupport.folder(files) }

    @Test("HTML: script, style, nav and footer are dropped; blocks become sentence boundaries")
    func html() {
        let text = HTMLText.extract("""
        <html><head><title>T</title><script>var NHS = 1;</script></head><body>
        <nav>Menu Home</nav><h1>NHS England</h1><p>Integrated Care Boards replaced CCGs<br>in 2022</p>
        <ul><li>First item</li><li>Second item</li></ul><footer>Copyright</footer><style>p{}</style></body></html>
        """)
        #expect(!text.contains("var NHS") && !text.contains("Menu") && !text.contains("Copyright") && !text.contains("p{}"))
        let doc = Document(name: "a.html", text: text, markup: false, lexicon: CompiledLexicon(Lexicon()))
        let sentences = doc.sentences.indices.map { doc.sentenceText($0) }
        #expect(sentences == ["NHS England", "Integrated Care Boards replaced CCGs", "in 2022", "First item", "Second item"])
    }

    @Test("HTML nested a hundred thousand levels deep is walked without recursion")
    func deepNesting() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth)
        let text = HTMLText.extract(html)
        // libxml2 may cap the depth it builds, but the walk must not crash either way.
        #expect(text.count < 100)
    }

    @Test("byte-order marks and UTF-16 are decoded; invalid UTF-8 is repaired with a warning")
    func decoding() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("NHS".utf8)) == .text("NHS", warnings: []))
        let le: [UInt8] = [0xFF, 0xFE, 0x4E, 0x00, 0x48, 0x00, 0x53, 0x00]
        let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x4E, 0x00, 0x48, 0x00, 0x53]
        #expect(TextDecoding.decode(le) == .text("NHS", warnings: []))
        #expect(TextDecoding.decode(be) == .text("NHS", warnings: []))
        guard case .text(let s, let w) = TextDecoding.decode(Array("ab".utf8) + [0xFF, 0xFE, 0x41] + [0xC3]) else {
            Issue.record("expected text"); return
        }
        #expect(s.hasPrefix("ab") && s.contains("\u{FFFD}"))
        #expect(w == ["invalid UTF-8 repaired (3 sequences)"])
    }

    @Test("binary files are skipped with a reason; empty files are fine")
    func binary() throws {
        let dir = try folder([
            "a.txt": Array("The NHS.".utf8),
            "b.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A],
            "c.txt": Array("abc".utf8) + [0, 0, 1],
            "d.md": [],
            "e.txt": Array("x".utf8) + [0xFF],
            ".hidden.txt": Array("NHS".utf8),
            "notes.docx": Array("NHS".utf8),
            "sub/f.html": Array("<p>Hello</p>".utf8),
        ])
        let (graph, report) = try CorpusBuilder(lexicon: TestSupport.smallLexicon).build(paths: [dir])
        #expect(graph.documents == ["a.txt", "d.md", "e.txt", "sub/f.html"])
        #expect(report.documentsRead == 4)
        let reasons = Dictionary(report.skipped.map { (FileSystem.lastComponent($0.path), $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["b.txt"]?.contains("PNG") == true)
        #expect(reasons["c.txt"]?.contains("NUL") == true)
        #expect(reasons["notes.docx"]?.contains("unknown extension") == true)
        #expect(reasons[".hidden.txt"] == nil)
        #expect(report.warnings == ["e.txt: invalid UTF-8 repaired (1 sequence)"])
    }

    @Test("broken and looping symbolic links are reported, not followed")
    func links() throws {
        let dir = try folder(["a.txt": Array("NHS England.".utf8)])
        symlink(dir + "/missing.txt", dir + "/broken.txt")
        symlink(dir + "/loop.txt", dir + "/loop.txt")
        symlink(dir, dir + "/self")
        let (graph, report) = try CorpusBuilder(lexicon: TestSupport.smallLexicon).build(paths: [dir])
        #expect(graph.documents == ["a.txt"])
        let names = report.skipped.map { FileSystem.lastComponent($0.path) }
        #expect(names.contains("broken.txt") && names.contains("loop.txt") && names.contains("self"))
    }

    @Test("a file argument is named by its last path component; a missing path is an error")
    func naming() throws {
        let dir = try folder(["x/y.txt": Array("NHS.".utf8)])
        let (graph, _) = try CorpusBuilder(lexicon: TestSupport.smallLexicon).build(paths: [dir + "/x/y.txt"])
        #expect(graph.documents == ["y.txt"])
        #expect(throws: BuildError.self) { try CorpusBuilder(lexicon: Lexicon()).build(paths: [dir + "/nope"]) }
    }
}
