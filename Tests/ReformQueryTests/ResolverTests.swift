import Testing
import ReformCore
@testable import ReformQuery

@Suite struct ResolverTests {
    let graph = ReformFixture.graph()
    var resolver: EntityResolver { EntityResolver(graph: graph) }
    func name(_ id: EntityID) -> String { graph[id].name }

    @Test func exactNamesAndAliasesAnyCase() throws {
        #expect(name(try resolver.resolve("ccg")) == "Clinical Commissioning Group")
        #expect(name(try resolver.resolve("Clinical commissioning groups")) == "Clinical Commissioning Group")
        #expect(name(try resolver.resolve("kings fund")) == "The King's Fund")
        #expect(name(try resolver.resolve("The King’s Fund")) == "The King's Fund")
    }

    @Test func formPreferredOverInstanceForAcronym() throws {
        var g = graph
        g.addEntity(name: "CCG", type: .organisation) // another entity answering to "CCG"
        let r = EntityResolver(graph: g)
        #expect(g[try r.resolve("CCG")].type == .ccg)
    }

    @Test func uniqueWordMatchIsAccepted() throws {
        #expect(name(try resolver.resolve("Stevens")) == "Simon Stevens")
        #expect(name(try resolver.resolve("Simon")) == "Simon Stevens")
    }

    @Test func ambiguousNameListsCandidates() {
        #expect(throws: QueryError.ambiguousEntity("Integrated", candidates: ["\"Integrated Care Board\" (icb)", "\"Integrated Care System\" (ics)"])) {
            try resolver.resolve("Integrated")
        }
    }

    @Test func unknownNameSuggestsCloseOnes() {
        do {
            _ = try resolver.resolve("Clinical Comissioning Grup")
            Issue.record("expected an error")
        } catch let QueryError.unknownEntity(_, suggestions) {
            #expect(suggestions.first == "\"Clinical Commissioning Group\" (ccg)")
        } catch { Issue.record("\(error)") }
    }

    @Test func idsAndTypePrefixes() throws {
        #expect(try resolver.resolve("#0") == EntityID(0))
        #expect(name(try resolver.resolve("ccg:Vale Royal CCG")) == "Vale Royal CCG")
        #expect(throws: QueryError.self) { try resolver.resolve("#99999") }
        #expect(throws: QueryError.self) { try resolver.resolve("   ") }
    }

    @Test func searchRanksExactThenPrefixThenWords() {
        let m = resolver.search("integrated care")
        #expect(m.prefix(2).allSatisfy { $0.tier == .prefix })
        let hsca = resolver.search("hsca")
        #expect(hsca.first.map { name($0.entity) } == "Health and Social Care Act 2012")
        #expect(hsca.first?.tier == .initials)
        let typo = resolver.search("Nufield Trust")
        #expect(typo.first.map { name($0.entity) } == "Nuffield Trust")
    }

    @Test func editDistance() {
        func d(_ a: String, _ b: String, _ l: Int = 3) -> Int? { EntityResolver.editDistance(Array(a.utf8), Array(b.utf8), limit: l) }
        #expect(d("kitten", "sitting") == 3)
        #expect(d("ab", "ba") == 1)
        #expect(d("abc", "abc") == 0)
        #expect(d("abcdef", "zzzzzz", 2) == nil)
    }
}
