import ReformCore
import ReformExchange
import Testing
@testable import ReformExtract

/// Key facts of the five shared documents (../shared/corpus), read at run time.
@Suite struct SharedCorpusTests {
    static let corpus = TestSupport.sharedFolder + "/corpus"
    static var available: Bool { FileSystem.kind(corpus) == .directory }
    static var required: Bool { TestSupport.env("REFORMGRAPH_REQUIRE_SHARED") == "1" }

    static func build() throws -> (KnowledgeGraph, BuildReport)? {
        guard available else {
            if required { Issue.record("../shared/corpus is missing and REFORMGRAPH_REQUIRE_SHARED=1") }
            return nil
        }
        let result = try CorpusBuilder(lexicon: TestSupport.projectLexicon).build(paths: [corpus])
        if let out = TestSupport.env("REFORMGRAPH_DUMP_JSON") {
            try TestSupport.write(Array(JSONExporter().string(result.0).utf8), to: out)
        }
        return result
    }

    @Test("the shared corpus yields the key reform facts (skipped without ../shared/corpus)")
    func keyFacts() throws {
        guard let (graph, report) = try Self.build() else { return }
        #expect(report.documentsRead == 5)
        #expect(graph.documents.contains("000_b5d94c6fb9dae1eb.txt"))
        #expect(graph.invariantViolation() == nil)
        // One Ara Darzi across the documents that name him in different ways.
        let darzi = try #require(graph.entity("Lord Darzi"))
        #expect(darzi.type == .person && darzi.documents.count >= 3)
        #expect(graph.lookup("Ara Darzi") == [darzi.id])
        // Lineage of the STP: the plans became partnerships, which became integrated care systems.
        let lineage = { (a: String, b: String) in Predicate.lineage.contains { graph.has(a, $0, b) } }
        let planToPartnership = lineage("Sustainability and Transformation Plan", "Sustainability and Transformation Partnership")
        let partnershipToICS = lineage("Sustainability and Transformation Partnership", "Integrated Care System")
        #expect(planToPartnership)
        #expect(partnershipToICS)
        // Roles and reactions to the Darzi investigation.
        let darziReport = "Independent Investigation of the National Health Service in England"
        let facts: [(String, ReformCore.Predicate, String)] = [
            ("Sarah Woolnough", .leads, "The King's Fund"),
            ("Thea Stein", .leads, "Nuffield Trust"),
            ("Sarah Woolnough", .respondedTo, darziReport),
            ("Secretary of State for Health and Social Care", .commissioned, darziReport),
        ]
        for (s, p, o) in facts {
            let found = graph.has(s, p, o)
            #expect(found, "missing \(s) -\(p)-> \(o)")
        }
        // Forms are forms; named instances point at them.
        #expect(graph.entity("Integrated Care Board")?.kind == .form)
        let valeRoyal = graph.has("Vale Royal CCG", .instanceOf, "Clinical Commissioning Group") || graph.entity("Vale Royal CCG") == nil
        #expect(valeRoyal)
        // Every relation carries evidence from a document.
        #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty && !$0.evidence[0].sentence.isEmpty })
    }
}

/// Writes each sentence of the shared documents with its mentions marked, when
/// REFORMGRAPH_TRACE names an output file (a development aid; does nothing otherwise).
@Suite struct TraceDump {
    @Test("trace dump for development (only with REFORMGRAPH_TRACE)")
    func trace() throws {
        guard let out = TestSupport.env("REFORMGRAPH_TRACE"), SharedCorpusTests.available else { return }
        let lexicon = CompiledLexicon(TestSupport.projectLexicon)
        var text = ""
        let files = (FileSystem.list(SharedCorpusTests.corpus) ?? []).sorted()
        for f in files {
            let raw = String(decoding: ((try? FileSystem.read(SharedCorpusTests.corpus + "/" + f).get()) ?? []), as: UTF8.self)
            var doc = Document(name: f, text: raw, markup: true, lexicon: lexicon)
            EntityFinder.run(&doc, lexicon)
            text += "=== \(f)\n"
            for s in doc.sentences.indices {
                let view = SentenceView(doc, s)
                var line = ""
                var k = doc.sentences[s].firstToken
                while k < doc.sentences[s].lastToken {
                    if let item = view.items.first(where: { $0.first == k }) {
                        line += "[" + doc.text(item.first, item.last) + "|\(item.type.rawValue):\(doc.entities[item.entity].name)] "
                        k = item.last
                    } else {
                        line += doc.text(k, k + 1) + " "
                        k += 1
                    }
                }
                text += "\(s): \(line)\n"
            }
        }
        try TestSupport.write(Array(text.utf8), to: out)
    }
}
