#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore
import Testing
@testable import ReformExtract

/// Issue 6, input: whatever files a researcher points the builder at, it reads what is text,
/// skips the rest with a reason naming the file, and neither crashes nor hangs.
@Suite struct HostileInputTests {
    func folder(_ files: [String: [UInt8]]) throws -> String { try TestSupport.folder(files) }

    func build(_ paths: [String], maxFileBytes: Int? = nil) throws -> (KnowledgeGraph, BuildReport) {
        var builder = CorpusBuilder(lexicon: TestSupport.smallLexicon)
        if let maxFileBytes { builder.maxFileBytes = maxFileBytes }
        return try builder.build(paths: paths)
    }

    func reasons(_ report: BuildReport) -> [String: String] {
        Dictionary(report.skipped.map { (FileSystem.lastComponent($0.path), $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func emptyAndWhitespaceOnlyFilesAreReadAsDocumentsWithoutSentences() throws {
        let dir = try folder([
            "empty.txt": [], "spaces.txt": Array("   \n\t\n\r\n  ".utf8), "bom.md": [0xEF, 0xBB, 0xBF],
            "blank.html": Array("<html><body>  <p> </p></body></html>".utf8), "empty.html": [],
            "utf16-empty.txt": [0xFF, 0xFE],
        ])
        let (graph, report) = try build([dir])
        #expect(report.documentsRead == 6)
        #expect(report.sentences == 0)
        #expect(report.skipped.isEmpty)
        #expect(graph.entityCount == 0)
    }

    @Test func imagesArchivesAndNULBytesAreSkippedWithAReasonNamingEachFile() throws {
        let dir = try folder([
            "photo.txt": [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8),
            "logo.md": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            "anim.html": Array("GIF89a".utf8) + [0x01, 0x00],
            "archive.txt": [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
            "data.txt": [0x1F, 0x8B, 0x08, 0x00],
            "paper.txt": Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3],
            "nul.txt": Array("NHS England".utf8) + [0x00] + Array(" more".utf8),
            "fine.txt": Array("NHS England exists.".utf8),
        ])
        let (graph, report) = try build([dir])
        #expect(graph.documents == ["fine.txt"])
        let r = reasons(report)
        #expect(r["photo.txt"] == "binary file (JPEG image)")
        #expect(r["logo.md"] == "binary file (PNG image)")
        #expect(r["anim.html"] == "binary file (GIF image)")
        #expect(r["archive.txt"] == "binary file (ZIP archive)")
        #expect(r["data.txt"] == "binary file (gzip data)")
        #expect(r["paper.txt"] == "binary file (PDF document)")
        #expect(r["nul.txt"] == "binary file (NUL bytes in the first 8 KB)")
        #expect(report.skipped.allSatisfy { $0.path.hasPrefix(dir + "/") })
    }

    @Test func invalidUTF8IsRepairedWithAWarningNamingTheFile() throws {
        let dir = try folder(["latin1.txt": Array("NHS England said caf".utf8) + [0xE9] + Array(" was open. Then ".utf8) + [0xC0, 0xAF, 0xFF] + Array(".".utf8)])
        let (graph, report) = try build([dir])
        #expect(graph.documents == ["latin1.txt"])
        #expect(report.warnings == ["latin1.txt: invalid UTF-8 repaired (4 sequences)"])
        #expect(graph.lookup("NHS England").count == 1)
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(_ littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "NHS England replaced the Strategic Health Authority. Café ✓\r\n".utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let dir = try folder(["windows.txt": bytes])
        let (graph, report) = try build([dir])
        #expect(report.warnings.isEmpty && report.skipped.isEmpty)
        #expect(graph.lookup("NHS England").count == 1)
        #expect(graph.lookup("Strategic Health Authority").count == 1)
    }

    @Test func aLineOfTensOfMegabytesIsCutIntoBoundedSentences() throws {
        // 6 MB on one line, no full stop: sentence splitting stays linear and every piece is
        // at most the cap, so extraction's per-sentence work stays bounded. (Kept to 6 MB in
        // process so as not to disturb StreamingTests' memory measurement; the CLI suite
        // builds a 24 MB line in a child process under a memory limit.)
        let unit = Array("NHS England said the board replaced the group and the plan went on ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(6 << 20)
        while bytes.count < 6 << 20 { bytes += unit }
        bytes += Array(String(repeating: "x", count: 10_000).utf8) // one 10 KB "word": cut at a character boundary
        let text = String(decoding: bytes, as: UTF8.self)
        let spans = TextPipeline.sentenceRanges(in: text, markup: true)
        #expect(spans.count > (6 << 20) / SentenceSplitter.maxSentenceBytes)
        #expect(spans.allSatisfy { $0.count <= SentenceSplitter.maxSentenceBytes && !$0.isEmpty })
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        // A 300 KB single line goes through the whole extraction.
        let (graph, report) = CorpusBuilder(lexicon: TestSupport.smallLexicon).build(documents: [("long.txt", String(decoding: bytes.prefix(300_000), as: UTF8.self))])
        #expect(report.sentences >= 300_000 / SentenceSplitter.maxSentenceBytes)
        #expect(graph.lookup("NHS England").count == 1)
    }

    @Test func htmlNestedFarBeyondLibxml2sDepthLimitKeepsItsText() {
        for depth in [300, 5_000, 100_000] {
            let html = "<p>Before.</p>" + String(repeating: "<div><span>", count: depth) + "Deep text." + String(repeating: "</span></div>", count: depth) + "<p>After.</p>"
            let (text, warnings) = TextPipeline.htmlText(html)
            #expect(text.contains("Before.") && text.contains("Deep text.") && text.contains("After."), "depth \(depth)")
            #expect(warnings.isEmpty, "depth \(depth): \(warnings)")
        }
    }

    @Test func malformedHTMLIsReadWithoutACrash() {
        let soup = [
            "<html><body><p>Open <b>bold <i>both</b> crossed</i> text<p>next<table><tr><td>cell<td>cell2</table>",
            "</div></div></p>Stray closers first.<<<>>>< p >not a tag</ p>",
            "<p title='unterminated>Attribute never closes. NHS England",
            "<!-- never closed comment <p>hidden",
            "<script>var x = '</scr' + 'ipt>';</script><p>After script.</p><style>p{}",
            "&amp &lt;&#0;&#x110000;&#99999999999; &bogus; &",
            "<![CDATA[ raw ]]><?php echo 1; ?><!DOCTYPE><svg><p>in svg</p></svg>",
            String(repeating: "<p>", count: 20_000) + "Many unclosed paragraphs.",
            String(repeating: "<b><i>", count: 20_000) + "misnested" + String(repeating: "</b></i>", count: 20_000),
            String(repeating: "</div>", count: 50_000) + "Only closers.",
            "<table>" + String(repeating: "<tr><td><table>", count: 5_000) + "Nested tables.",
        ]
        for html in soup {
            let (text, _) = TextPipeline.htmlText(html)
            #expect(!text.contains("<p>") || html.contains("&lt;"), "\(html.prefix(40))")
        }
        #expect(TextPipeline.htmlText(soup[0]).text.contains("crossed"))
        #expect(TextPipeline.htmlText(soup[7]).text.contains("Many unclosed paragraphs."))
        #expect(TextPipeline.htmlText(soup[10]).text.contains("Nested tables."))
    }

    @Test func theTagStripperFallbackKeepsTextAndDropsScripts() {
        let text = TagStripper.text(Array("<p>One &amp; two</p><script>hidden()</script><div>Three<br>Four</div><style>x{}</style>Five <unterminated".utf8))
        #expect(text == "One & two\n\nThree\n\nFour\n\nFive")
    }

    @Test func aFileThatCannotBeReadIsSkippedWithTheSystemsReason() throws {
        // /proc/self/mem opens as a regular file but reading at offset 0 fails (EIO) even
        // for root, so this checks the read-failure path wherever the tests run.
        let dir = try folder(["ok.txt": Array("NHS England.".utf8)])
        guard access("/proc/self/mem", R_OK) == 0 else {
            Issue.record("needs Linux /proc/self/mem"); return
        }
        symlink("/proc/self/mem", dir + "/memory.txt")
        let (graph, report) = try build([dir])
        #expect(graph.documents == ["ok.txt"])
        #expect(reasons(report)["memory.txt"]?.hasPrefix("cannot read file (") == true, "\(report.skipped)")
    }

    @Test func aFileWithoutReadPermissionIsSkipped() throws {
        let dir = try folder(["ok.txt": Array("NHS England.".utf8), "secret.txt": Array("NHS.".utf8)])
        chmod(dir + "/secret.txt", 0)
        defer { chmod(dir + "/secret.txt", 0o644) }
        let (graph, report) = try build([dir])
        if geteuid() == 0 {
            // Root reads mode-000 files, so the file is read; the read-failure path is
            // checked by aFileThatCannotBeReadIsSkippedWithTheSystemsReason instead.
            #expect(graph.documents == ["ok.txt", "secret.txt"])
        } else {
            #expect(graph.documents == ["ok.txt"])
            #expect(reasons(report)["secret.txt"] == "cannot read file (Permission denied)")
        }
    }

    @Test func fifosAndDevicesAreSkippedWithoutBlocking() throws {
        let dir = try folder(["ok.txt": Array("NHS England.".utf8)])
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        symlink("/dev/zero", dir + "/zero.txt")
        let (graph, report) = try build([dir, dir + "/pipe.txt"])
        #expect(graph.documents == ["ok.txt"])
        #expect(reasons(report)["pipe.txt"] == "not a regular file")
        #expect(reasons(report)["zero.txt"] == "not a regular file")
    }

    @Test func brokenAndLoopingLinksAreReportedAndSkipped() throws {
        let dir = try folder(["a.txt": Array("NHS England.".utf8), "sub/b.txt": Array("NHS.".utf8)])
        symlink(dir + "/missing.txt", dir + "/broken.txt")
        symlink(dir + "/ping.txt", dir + "/pong.txt")
        symlink(dir + "/pong.txt", dir + "/ping.txt")
        symlink(dir, dir + "/sub/up")       // a folder that contains itself
        symlink("up/up/up", dir + "/sub/deep")
        let (graph, report) = try build([dir, dir + "/broken.txt"])
        #expect(graph.documents == ["a.txt", "sub/b.txt"])
        let r = reasons(report)
        #expect(r["broken.txt"] == "broken or looping symbolic link")
        #expect(r["ping.txt"] == "broken or looping symbolic link" && r["pong.txt"] == "broken or looping symbolic link")
        #expect(r["up"]?.contains("loop") == true)
        #expect(report.skipped.filter { FileSystem.lastComponent($0.path) == "broken.txt" }.count == 2)
    }

    @Test func namesWithSpacesUnicodeAndALeadingDashAreRead() throws {
        let names = ["my notes.txt", "café – ünïcode 医療.md", "-odd.txt", "--help.txt", "tab\tname.txt", "quote\"and'.txt"]
        let dir = try folder(Dictionary(uniqueKeysWithValues: names.map { ($0, Array("NHS England.".utf8)) }))
        let (graph, report) = try build([dir])
        #expect(report.skipped.isEmpty)
        #expect(Set(graph.documents) == Set(names))
        let (single, _) = try build([dir + "/-odd.txt"])
        #expect(single.documents == ["-odd.txt"])
    }

    @Test func filesOverTheSizeLimitAreSkippedWithTheLimit() throws {
        let dir = try folder(["big.txt": Array(repeating: 0x61, count: 3 << 20), "small.txt": Array("NHS.".utf8)])
        let (graph, report) = try build([dir], maxFileBytes: 1 << 20)
        #expect(graph.documents == ["small.txt"])
        #expect(reasons(report)["big.txt"] == "too large (3.0 MB; the limit is 1.0 MB): split it into smaller files")
    }

    @Test func theReportCountsSkippedFilesByReason() throws {
        let dir = try folder([
            "a.png.txt": [0x89, 0x50, 0x4E, 0x47], "b.png.txt": [0x89, 0x50, 0x4E, 0x47],
            "c.docx": [], "d.txt": Array("ok".utf8), "e.pdf": [],
        ])
        symlink(dir + "/nowhere", dir + "/f.txt")
        let (_, report) = try build([dir])
        #expect(report.documentsRead == 1)
        let summary = report.skippedByReason.map { "\($0.count) \($0.reason)" }
        #expect(summary == ["2 binary file (PNG image)", "2 unknown extension", "1 broken or looping symbolic link"])
    }
}
