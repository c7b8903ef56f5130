import Testing
import ReformCore
@testable import ReformQuery

@Suite struct CompleterTests {
    let completer = Completer(engine: QueryEngine(graph: ReformFixture.graph()), exportFormats: ["json", "dot"])

    @Test func commandsComplete() {
        #expect(completer.complete("lin") == ["lineage"])
        #expect(completer.complete("p") == ["path", "paths"])
    }

    @Test func namesCompleteWholeLines() {
        #expect(completer.complete("lineage Clin").contains("lineage Clinical Commissioning Group"))
        #expect(completer.complete("show integrated care b") == ["show Integrated Care Board"])
        #expect(completer.complete("path \"Simon Stevens\" \"The Ki") == ["path \"Simon Stevens\" \"The King's Fund\" "])
        #expect(completer.complete("why Sim").contains("why \"Simon Stevens\" "))
    }

    @Test func keywordsComplete() {
        #expect(completer.complete("export d") == ["export dot "])
        #expect(completer.complete("help lin") == ["help lineage"])
        #expect(completer.complete("top think") == ["top think_tank "])
    }
}

@Suite struct CompleterEditingTests {
    @Test func extraSpacesAndUnquotedTwoNames() {
        var c = Completer(engine: QueryEngine(graph: ReformFixture.graph()))
        c.quoteNames = false
        #expect(c.complete("lineage  Clinical Comm") == ["lineage  Clinical Commissioning Group"])
        #expect(c.complete("path Simon Stevens The Ki") == ["path Simon Stevens The King's Fund "])
    }
}

@Suite struct OptionCompletionTests {
    @Test func directionsAndPredicatesAfterTheName() {
        let c = Completer(engine: QueryEngine(graph: ReformFixture.graph()))
        #expect(c.complete("neighbours CCG ou") == ["neighbours CCG out"])
        #expect(c.complete("neighbours CCG out repl") == ["neighbours CCG out replaced_by"])
        #expect(c.complete("path CCG ICB establ") == ["path CCG ICB established_by"])
    }
}
