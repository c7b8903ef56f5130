import Testing
@testable import ReformCore

@Suite("Knowledge graph invariants")
struct KnowledgeGraphTests {
    func sample() -> (KnowledgeGraph, EntityID, EntityID, EntityID) {
        var g = KnowledgeGraph()
        let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG"])
        let icb = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form, aliases: ["ICB"])
        let act = g.addEntity(name: "Health and Care Act 2022", type: .act, aliases: ["2022 Act"])
        return (g, ccg, icb, act)
    }

    @Test func idsAreDenseAndStableInInsertionOrder() {
        let (g, ccg, icb, act) = sample()
        #expect([ccg, icb, act].map(\.raw) == [0, 1, 2])
        #expect(g[icb].name == "Integrated Care Board")
        #expect(g.invariantViolation() == nil)
    }

    @Test func appendingWithAPremadeKeyIndexesTheNameAsAppendingWithoutOne() {
        var a = KnowledgeGraph(), b = KnowledgeGraph()
        for name in ["NHS Ealing Clinical Commissioning Group", "King's Fund", "Health & Care Act 2022"] {
            a.appendEntity(name: name, type: .organisation)
            b.appendEntity(name: name, key: NameKey.normalise(name), type: .organisation)
        }
        #expect(a == b)
        #expect(b.lookup("the King's Fund", type: .organisation) == [EntityID(1)])
        #expect(b.lookup("health and care act 2022") == [EntityID(2)])
        #expect(b.invariantViolation() == nil)
    }

    @Test func aNameIndexBuiltLateAnswersForEveryNameAndAliasAndCopiesKeepTheirOwn() {
        var a = KnowledgeGraph()
        a.appendEntity(name: "Alpha Trust", type: .organisation)
        var b = a
        let beta = b.appendEntity(name: "Beta Trust", type: .organisation)
        #expect(b.addAlias("  BT ", to: beta) == "BT", "added without the spaces")
        #expect(b.addAlias("Beta Trust", to: beta) == nil, "the name is not an alias")
        #expect(a.lookup("beta trust").isEmpty)
        #expect(b.lookup("bt") == [beta])
        #expect(b.lookup("alpha trust") == [EntityID(0)])
        // b's index is built now; a, changed after the copy, builds its own.
        a.appendEntity(name: "Gamma Trust", type: .organisation)
        #expect(a.lookup("gamma trust") == [EntityID(1)])
        #expect(b.lookup("gamma trust").isEmpty)
        b.appendEntity(name: "Gamma Trust", type: .organisation)
        #expect(b.lookup("gamma trust") == [EntityID(2)], "an index once built is kept up to date")
    }

    @Test func addingAKnownNameMergesIntoTheExistingEntity() {
        var (g, ccg, _, _) = sample()
        let again = g.addEntity(name: "clinical commissioning groups", type: .ccg, kind: .form)
        #expect(again == ccg)
        #expect(g.entityCount == 3)
        #expect(g[ccg].aliases.contains("clinical commissioning groups"))
        // Same name, other type: a different entity.
        let other = g.addEntity(name: "CCG", type: .organisation)
        #expect(other != ccg)
        #expect(g.invariantViolation() == nil)
    }

    @Test func lookupFoldsCaseQuotesAmpersandPluralAndPossessive() {
        var g = KnowledgeGraph()
        let kf = g.addEntity(name: "The King’s Fund", type: .thinkTank)
        let hwb = g.addEntity(name: "Health and Wellbeing Board", type: .localAuthority, kind: .form)
        let sha = g.addEntity(name: "Strategic Health Authority", type: .sha, kind: .form, aliases: ["SHA"])
        #expect(g.lookup("the king's fund") == [kf])
        #expect(g.lookup("KING’S FUND") == [kf])
        #expect(g.lookup("Health & Wellbeing Boards") == [hwb])
        #expect(g.lookup("strategic health authorities") == [sha])
        #expect(g.lookup("SHAs") == [sha])
        #expect(g.lookup("Kings Fund").isEmpty, "a different spelling is an alias, not a fold")
    }

    @Test func typeIndexListsEntitiesOfOneType() {
        let (g, ccg, _, act) = sample()
        #expect(g.entities(ofType: .ccg) == [ccg])
        #expect(g.entities(ofType: .act) == [act])
        #expect(g.entities(ofType: .person).isEmpty)
    }

    @Test func sameRelationTwiceMergesEvidenceInsteadOfDuplicatingTheEdge() {
        var (g, ccg, icb, _) = sample()
        let d1 = g.addDocument("a.txt"), d2 = g.addDocument("b.txt")
        let e1 = Evidence(document: d1, sentence: "ICBs replaced CCGs.", start: 0, end: 19)
        let e2 = Evidence(document: d2, sentence: "CCGs gave way to ICBs in 2022.", start: 5, end: 35)
        let r1 = g.addRelation(ccg, .replacedBy, icb, evidence: [e1])
        let r2 = g.addRelation(ccg, .replacedBy, icb, year: 2022, evidence: [e2, e1])
        #expect(r1 != nil && r1 == r2)
        #expect(g.relationCount == 1)
        #expect(g[r1!].evidence == [e1, e2])
        #expect(g[r1!].year == 2022, "a year fills in a missing one")
        #expect(g.invariantViolation() == nil)
    }

    @Test func differentRolesAreDifferentRelations() {
        var g = KnowledgeGraph()
        let p = g.addEntity(name: "Simon Stevens", type: .person)
        let o = g.addEntity(name: "NHS England", type: .nationalBody)
        let a = g.addRelation(p, .leads, o, role: "chief executive")
        let b = g.addRelation(p, .leads, o, role: "chair")
        #expect(a != b)
        #expect(g.relationCount == 2)
    }

    @Test func selfLoopsAreRefused() {
        var (g, ccg, _, _) = sample()
        #expect(g.addRelation(ccg, .replacedBy, ccg) == nil)
        #expect(g.relationCount == 0)
    }

    @Test func adjacencyListsRelationsInAndOutInInsertionOrder() {
        var (g, ccg, icb, act) = sample()
        let r1 = g.addRelation(ccg, .replacedBy, icb)!
        let r2 = g.addRelation(ccg, .abolishedBy, act)!
        let r3 = g.addRelation(icb, .establishedBy, act)!
        #expect(g.outgoing(ccg) == [r1, r2])
        #expect(g.incoming(act) == [r2, r3])
        #expect(g.incoming(ccg).isEmpty)
        var seen: [RelationID] = []
        g.forEachOutgoing(ccg) { seen.append($0.id) }
        #expect(Set(seen) == [r1, r2])
        #expect(g.invariantViolation() == nil)
    }

    @Test func mentionsCountAndDocumentsStaySortedAndUnique() {
        var (g, ccg, _, _) = sample()
        let d0 = g.addDocument("a.txt"), d1 = g.addDocument("b.txt")
        g.recordMention(of: ccg, in: d1)
        g.recordMention(of: ccg, in: d0, count: 2)
        g.recordMention(of: ccg, in: d1)
        #expect(g[ccg].mentions == 4)
        #expect(g[ccg].documents == [d0, d1])
        #expect(g.addDocument("a.txt") == d0)
    }

    @Test func renameKeepsTheOldNameAsAnAlias() {
        var (g, ccg, _, _) = sample()
        g.rename(ccg, to: "Clinical commissioning group (CCG)")
        #expect(g[ccg].aliases.first == "Clinical Commissioning Group")
        #expect(g.lookup("Clinical Commissioning Group") == [ccg])
        #expect(g.invariantViolation() == nil)
    }

    @Test func inducedSelectionKeepsOnlyRelationsBetweenSelectedEntities() {
        var (g, ccg, icb, act) = sample()
        let r1 = g.addRelation(ccg, .replacedBy, icb)!
        _ = g.addRelation(icb, .establishedBy, act)!
        let sel = GraphSelection.induced(by: [icb, ccg], in: g)
        #expect(sel.entities == [ccg, icb])
        #expect(sel.relations == [r1])
        let closed = GraphSelection(entities: [], relations: [r1]).closed(in: g)
        #expect(closed.entities == [ccg, icb])
    }
}

@Suite("Name keys")
struct NameKeyTests {
    @Test(arguments: [
        ("The King's Fund", "king fund"),
        ("King’s Fund", "king fund"),
        ("Integrated Care Boards", "integrated care board"),
        ("CCGs", "ccg"),
        ("NHS", "nhs"),
        ("KONP", "konp"),
        ("Strategic Health Authorities", "strategic health authority"),
        ("Health & Social Care Act 2012", "health and social care act 2012"),
        ("  McKinsey  &  Co. ", "mckinsey and co"),
        ("Mar Sánchez Fernández", "mar sanchez fernandez"),
        ("10-year health plan", "10 year health plan"),
        ("the", "the"),
        ("Business", "business"),
        ("Clinical Commissioning Group’s", "clinical commissioning group"),
        ("", ""),
        ("—", ""),
    ])
    func normalisesSurfaceForms(input: String, key: String) {
        #expect(NameKey.normalise(input) == key)
    }
}

@Suite("Types and predicates")
struct SchemaVocabularyTests {
    @Test func everyWireNameIsWellFormedAndUnique() {
        #expect(Set(EntityType.allCases.map(\.rawValue)).count == EntityType.allCases.count)
        #expect(EntityType.allCases.count == 22)
        #expect(Predicate.schema.count == 20)
        #expect(Predicate.schema.allSatisfy { $0.isWellFormed })
        #expect(Predicate.lineage.allSatisfy { $0.isLineage })
        #expect(!Predicate.coOccurs.isSchema)
        #expect(EntityType(rawValue: "think_tank") == .thinkTank)
        #expect(EntityType.allCases.map(\.ordinal) == Array(0..<22))
    }
}

@Suite("Evidence merging at scale")
struct EvidenceScaleTests {
    @Test func thousandsOfSentencesForOneRelationMergeWithoutDuplicates() {
        var g = KnowledgeGraph()
        let a = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form)
        let b = g.addEntity(name: "Integrated Care Board", type: .icb, kind: .form)
        let d = g.addDocument("big.txt")
        for round in 0..<2 {
            for i in 0..<5_000 {
                let e = Evidence(document: d, sentence: "ICBs replaced CCGs.", start: i * 20, end: i * 20 + 19)
                g.addRelation(a, .replacedBy, b, evidence: round == 0 ? [e] : [e, e])
            }
        }
        #expect(g.relationCount == 1)
        #expect(g.relations[0].evidence.count == 5_000)
        #expect(g.relations[0].evidence[4_999].start == 4_999 * 20, "order of first appearance is kept")
    }
}

@Suite("Evidence merging against a plain model")
struct EvidenceModelTests {
    /// Random documents (new names, repeated names, ids cited before they exist) and relations
    /// with evidence drawn from a small pool: each relation's evidence must be exactly what a
    /// list that appends unseen evidence holds, whichever path the store takes (the run of the
    /// document just added, a plain scan, or the set of a much-cited relation).
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func everyRelationHoldsEachEvidenceOnceInOrderOfFirstAppearance(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        var g = KnowledgeGraph()
        let ids = (0..<4).map { g.appendEntity(name: "e\($0)", type: .organisation) }
        var model: [RelationID: [Evidence]] = [:]
        var documents: [DocumentID] = []
        for _ in 0..<3_000 {
            switch rng.next() % 10 {
            case 0:
                // A new document, or (one time in four) a name already added.
                let name = rng.next() % 4 == 0 && !documents.isEmpty ? "doc\(rng.next() % UInt64(documents.count))" : "doc\(documents.count)"
                let d = g.addDocument(name)
                if d.index == documents.count { documents.append(d) }
            default:
                // Mostly the newest document; sometimes an older one or one not added yet.
                let pick = rng.next() % 8
                let d = pick == 0 ? DocumentID(UInt32(documents.count + Int(rng.next() % 3)))
                    : pick == 1 && !documents.isEmpty ? documents[Int(rng.next() % UInt64(documents.count))]
                    : DocumentID(UInt32(max(0, documents.count - 1)))
                let start = Int(rng.next() % 40) * 10
                let e = Evidence(document: d, sentence: "s\(start)", start: start, end: start + 9)
                let s = ids[Int(rng.next() % 2)], t = ids[2 + Int(rng.next() % 2)]
                let batch = rng.next() % 5 == 0 ? [e, e] : [e]
                guard let r = g.addRelation(s, .replacedBy, t, evidence: batch) else { continue }
                for x in batch where !(model[r, default: []].contains(x)) { model[r, default: []].append(x) }
            }
        }
        #expect(g.relationCount == model.count)
        for (r, expected) in model { #expect(g[r].evidence == expected) }
    }
}
