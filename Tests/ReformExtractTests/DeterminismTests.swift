import ReformCore
import ReformExchange
import Testing
@testable import ReformExtract

@Suite struct DeterminismTests {
    static func documents() -> [(name: String, text: String)] {
        var docs: [(name: String, text: String)] = []
        let places = ["Ashford", "Bramley", "Calder", "Dunmore", "Elmfield", "Farleigh", "Glenwood", "Harwick"]
        for i in 0..<24 {
            let p = places[i % places.count], q = places[(i * 3 + 1) % places.count]
            docs.append((name: "d" + (i < 10 ? "0" : "") + String(i) + ".txt", text: """
            \(p) CCG was replaced by NHS \(q) ICB in 2022. Dr Priya Haldworth, chief executive of \(p) Council, said the \
            Five Year Forward View was bold. The Health and Care Act 2022 abolished CCGs. Lord Kelmoor criticised \
            the Health and Social Care Act 2012. \(q) Integrated Care System covers \(q).
            """))
        }
        return docs
    }

    @Test("parallel extraction gives byte-identical output to a single-threaded run")
    func parallelEqualsSequential() throws {
        var sequential = CorpusBuilder(lexicon: TestSupport.smallLexicon)
        sequential.parallel = false
        let parallel = CorpusBuilder(lexicon: TestSupport.smallLexicon)
        let a = sequential.build(documents: Self.documents()).0
        let b = parallel.build(documents: Self.documents()).0
        #expect(a == b)
        #expect(try JSONExporter().string(a) == JSONExporter().string(b))
        #expect(a.invariantViolation() == nil)
    }
}
