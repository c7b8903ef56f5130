import Foundation
import Testing
import ReformCore
@testable import ReformExchange

/// A small graph with every awkward feature a snapshot must carry.
func snapshotSampleGraph() -> KnowledgeGraph {
    var g = KnowledgeGraph()
    let d0 = g.addDocument("a.txt"), d1 = g.addDocument("dir/b “quoted”.md")
    let pct = g.addEntity(name: "Primary Care Trust", type: .pct, kind: .form, aliases: ["PCT"])
    let ccg = g.addEntity(name: "Clinical Commissioning Group", type: .ccg, kind: .form, aliases: ["CCG", "clinical commissioning groups"])
    let act = g.addEntity(name: "Health and Social Care Act 2012", type: .act, aliases: ["2012 Act"])
    let kf = g.addEntity(name: "The King’s Fund", type: .thinkTank)
    let p = g.addEntity(name: "Zoë \"Q\" O'Brien\n\\x", type: .person)
    g.recordMention(of: pct, in: d0, count: 3)
    g.recordMention(of: ccg, in: d1)
    g.recordMention(of: ccg, in: d0)
    let s = "PCTs gave way to CCGs under the 2012 Act."
    g.addRelation(pct, .replacedBy, ccg, year: 2013, evidence: [Evidence(document: d0, sentence: s, start: 10, end: 10 + s.utf8.count)])
    g.addRelation(ccg, .establishedBy, act, year: 2012, evidence: [Evidence(document: d0, sentence: s, start: 10, end: 51),
                                                                  Evidence(document: d1, sentence: "CCGs were created by the 2012 Act.", start: 0, end: 34)])
    g.addRelation(p, .leads, kf, role: "chief executive")
    g.addRelation(p, Predicate("co_occurs"), ccg)
    return g
}

@Suite("Snapshot")
struct SnapshotTests {
    @Test func roundTripGivesAnIdenticalGraph() throws {
        let g = snapshotSampleGraph()
        let bytes = Snapshot.encode(g)
        let back = try Snapshot.decode(bytes, path: "t")
        #expect(back == g)
        #expect(back.invariantViolation() == nil)
        #expect(Snapshot.encode(back) == bytes, "same graph, same bytes")
        #expect(back.lookup("ccgs") == g.lookup("CCG"))
    }

    @Test func sentencesAreStoredOncePerCanonicalTextWhateverTheirBytes() throws {
        var g = KnowledgeGraph()
        let d = g.addDocument("a.txt")
        let a = g.addEntity(name: "Alpha Trust", type: .trust), b = g.addEntity(name: "Beta Trust", type: .trust)
        let nfc = "Alpha Trust merged into Beta Trust at the caf\u{E9}.", nfd = "Alpha Trust merged into Beta Trust at the cafe\u{301}."
        g.addRelation(a, .mergedInto, b, evidence: [Evidence(document: d, sentence: nfc, start: 0, end: 10),
                                                   Evidence(document: d, sentence: nfd, start: 10, end: 20),
                                                   Evidence(document: d, sentence: nfc, start: 20, end: 30)])
        g.addRelation(b, .mergedInto, a, evidence: [Evidence(document: d, sentence: nfd, start: 0, end: 10),
                                                   Evidence(document: d, sentence: "Other.", start: 0, end: 6)])
        let bytes = Snapshot.encode(g)
        // The sentence count: the fourth count after the 28-byte header.
        let sentences = bytes[52..<60].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        #expect(sentences == 2, "canonically equal sentences share one entry, as with String keys")
        let back = try Snapshot.decode(bytes, path: "t")
        #expect(Snapshot.encode(back) == bytes)
    }

    @Test func multigraphParallelEdgesAndSelfLoopsSurviveTheRoundTrip() throws {
        var g = KnowledgeGraph()
        let a = g.addEntity(name: "a", type: .organisation), b = g.addEntity(name: "b", type: .organisation)
        g.addRelation(a, .partOf, b, year: 2001, parallel: true)
        g.addRelation(a, .partOf, b, year: 2002, parallel: true)
        g.addRelation(a, .partOf, a, parallel: true, allowSelfLoop: true)
        let back = try Snapshot.decode(Snapshot.encode(g), path: "m")
        #expect(back.relationCount == 3)
        #expect(back == g)
    }

    @Test func saveAndLoadThroughADirectory() throws {
        let dir = NSTemporaryDirectory() + "rg-snap-\(UUID().uuidString)/nested"
        let g = snapshotSampleGraph()
        try Snapshot.save(g, to: dir)
        #expect(try Snapshot.load(from: dir) == g)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anotherFormatVersionSaysToRebuild() throws {
        var bytes = Snapshot.encode(snapshotSampleGraph())
        bytes[8] = 99
        #expect(throws: FileError.snapshotVersion(path: "g/x", found: 99, expected: Snapshot.formatVersion)) {
            try Snapshot.decode(bytes, path: "g/x")
        }
        let message = "\(FileError.snapshotVersion(path: "g/x", found: 99, expected: 1))"
        #expect(message.contains("rebuild"))
    }

    @Test func truncatedOrDamagedSnapshotsAreDetected() throws {
        let bytes = Snapshot.encode(snapshotSampleGraph())
        for cut in [0, 5, 8, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: FileError.self) { try Snapshot.decode(Array(bytes[0..<cut]), path: "x") }
        }
        var flipped = bytes
        flipped[bytes.count - 7] ^= 0x40
        #expect(throws: FileError.snapshotCorrupt(path: "x", reason: "checksum mismatch")) {
            try Snapshot.decode(flipped, path: "x")
        }
        #expect(throws: FileError.notASnapshot(path: "x")) { try Snapshot.decode(Array("{\"entities\":[]}".utf8), path: "x") }
    }

    @Test func aLoadedGraphAnswersAndDeduplicatesWithoutItsIndexesBuiltAtLoad() throws {
        let g = snapshotSampleGraph()
        var back = try Snapshot.decode(Snapshot.encode(g), path: "t")
        #expect(back.isAdjacencyBuilt, "the loader builds the adjacency alongside the entities")
        let pct = try #require(back.lookup("PCT").first), ccg = try #require(back.lookup("clinical commissioning groups").first)
        #expect(back.relation(pct, .replacedBy, ccg) == g.relation(pct, .replacedBy, ccg))
        #expect(back.relation(ccg, .replacedBy, pct) == nil)
        // A change builds the dedup index: the same relation again merges, a new one appends.
        let again = back.addRelation(pct, .replacedBy, ccg, evidence: [Evidence(document: DocumentID(1), sentence: "New.", start: 0, end: 4)])
        #expect(again == g.relation(pct, .replacedBy, ccg))
        #expect(back.relationCount == g.relationCount)
        let icb = back.addEntity(name: "ICB", type: .icb)
        let fresh = back.addRelation(ccg, .replacedBy, icb)
        #expect(fresh?.index == g.relationCount)
        #expect(back.outgoing(ccg).contains(try #require(fresh)))
        #expect(back.invariantViolation() == nil)
    }

    @Test func aVersionOneSnapshotSaysToRebuild() throws {
        // The header of a version-1 file: magic, version 1, then anything.
        var bytes = Array("RGSNAP\r\n".utf8) + [1, 0, 0, 0] + [UInt8](repeating: 0, count: 16)
        bytes += [UInt8](repeating: 7, count: 40)
        #expect(throws: FileError.snapshotVersion(path: "old", found: 1, expected: 2)) { try Snapshot.decode(bytes, path: "old") }
        #expect("\(FileError.snapshotVersion(path: "old", found: 1, expected: 2))".contains("reformgraph build"))
    }

    @Test func outOfRangeIdsBehindAValidChecksumAreRefused() throws {
        // Rewrite one relation target past the last entity and fix the checksum: the loader
        // must refuse it rather than trap later.
        var g = KnowledgeGraph()
        let a = g.addEntity(name: "a", type: .organisation), b = g.addEntity(name: "b", type: .organisation)
        g.addRelation(a, .partOf, b)
        var bytes = Snapshot.encode(g)
        // The target column is the 8 bytes before the end minus (predicate 2 + year 4 + role 4 + evidence starts 8) bytes.
        let targetAt = bytes.count - (2 + 4 + 4 + 8) - 4
        #expect(bytes[targetAt] == 1)
        bytes[targetAt] = 9
        let sum = Snapshot.checksum(Array(bytes[Snapshot.headerSize...]))
        withUnsafeBytes(of: sum.littleEndian) { for (i, x) in $0.enumerated() { bytes[20 + i] = x } }
        #expect(throws: FileError.self) { try Snapshot.decode(bytes, path: "bad") }
        do { _ = try Snapshot.decode(bytes, path: "bad") } catch {
            #expect("\(error)".contains("out of range"))
        }
    }

    @Test func missingSnapshotSaysHowToBuildOne() {
        #expect(throws: FileError.missingSnapshot(path: "/nonexistent-rg/reformgraph.snapshot")) {
            try Snapshot.load(from: "/nonexistent-rg")
        }
    }

    @Test func failedWriteLeavesThePreviousFileIntact() throws {
        let dir = NSTemporaryDirectory() + "rg-atomic-\(UUID().uuidString)"
        try AtomicFile.makeDirectory(dir)
        let path = dir + "/f.txt"
        try AtomicFile.write(to: path) { $0.write("old") }
        struct Boom: Error {}
        #expect(throws: Boom.self) { try AtomicFile.write(to: path) { w in w.write("partial"); throw Boom() } }
        #expect(try AtomicFile.read(path) == Array("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["f.txt"])
    }
}

@Suite("JSON export")
struct JSONExportTests {
    static let types: Set<String> = Set(EntityType.allCases.map(\.rawValue))

    func parsed(_ g: KnowledgeGraph, selection: GraphSelection? = nil) throws -> [String: Any] {
        let text = try JSONExporter().string(g, selection: selection)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func exportFollowsTheSchemaWithUniqueIdsAndExistingEnds() throws {
        let g = snapshotSampleGraph()
        let json = try parsed(g)
        let entities = try #require(json["entities"] as? [[String: Any]])
        let relations = try #require(json["relations"] as? [[String: Any]])
        #expect(entities.count == g.entityCount)
        #expect(relations.count == g.relationCount)
        let ids = entities.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        for e in entities {
            #expect(Self.types.contains(e["type"] as? String ?? ""))
            #expect(["form", "instance"].contains(e["kind"] as? String ?? ""))
            #expect(e["aliases"] is [String])
        }
        for r in relations {
            #expect(ids.contains(r["source"] as? String ?? ""))
            #expect(ids.contains(r["target"] as? String ?? ""))
            let p = Predicate(r["predicate"] as? String ?? "")
            #expect(p.isSchema || p.rawValue == "co_occurs")
        }
        let first = relations[0]
        #expect(first["year"] as? Int == 2013)
        let ev = try #require((first["evidence"] as? [[String: Any]])?.first)
        #expect(ev["document"] as? String == "a.txt")
        #expect(ev["sentence"] as? String == "PCTs gave way to CCGs under the 2012 Act.")
    }

    @Test func awkwardNamesSurviveEscaping() throws {
        let g = snapshotSampleGraph()
        let entities = try #require(try parsed(g)["entities"] as? [[String: Any]])
        let names = entities.compactMap { $0["name"] as? String }
        #expect(names.contains("Zoë \"Q\" O'Brien\n\\x"))
        #expect(names.contains("The King’s Fund"))
        var tricky = KnowledgeGraph()
        tricky.addEntity(name: "a\u{1B}[31mred\u{2028}\u{0}", type: .organisation)
        let back = try #require(try parsed(tricky)["entities"] as? [[String: Any]])
        #expect(back[0]["name"] as? String == "a\u{1B}[31mred\u{2028}\u{0}")
    }

    @Test func idsAreReadableSlugsMadeUnique() {
        var g = KnowledgeGraph()
        g.addEntity(name: "The King's Fund", type: .thinkTank)
        g.addEntity(name: "the kings fund", type: .organisation)
        g.addEntity(name: "!!!", type: .organisation)
        let slugs = EntitySlugs(g)
        #expect(slugs[EntityID(0)] == "the-kings-fund")
        #expect(slugs[EntityID(1)] == "the-kings-fund-2")
        #expect(slugs[EntityID(2)] == "entity")
    }

    @Test func selectionExportsOnlyTheSubgraph() throws {
        let g = snapshotSampleGraph()
        let json = try parsed(g, selection: GraphSelection(relations: [RelationID(0)]))
        #expect((json["entities"] as? [Any])?.count == 2)
        #expect((json["relations"] as? [Any])?.count == 1)
        let empty = try parsed(KnowledgeGraph())
        #expect((empty["entities"] as? [Any])?.isEmpty == true)
    }
}

@Suite("JSON import")
struct JSONImportTests {
    @Test func exportImportExportIsByteIdentical() throws {
        let g = snapshotSampleGraph()
        let first = try JSONExporter().string(g)
        let back = try JSONImporter.read(Array(first.utf8), path: "g.json")
        #expect(back.graph == g)
        #expect(try JSONExporter().string(back.graph) == first)
    }

    @Test func relationEndsMayBeNamesAsInGoldFiles() throws {
        let text = """
        {"document": "d.txt", "entities": [
          {"name": "Clinical Commissioning Group", "type": "ccg", "kind": "form", "aliases": ["CCGs"]},
          {"name": "Integrated Care Board", "type": "icb", "kind": "form", "aliases": []}],
         "relations": [{"source": "Clinical Commissioning Group", "target": "Integrated Care Board",
           "predicate": "replaced_by", "year": 2022, "evidence": [{"sentence": "ICBs replaced CCGs.\\u2019"}]}]}
        """
        let r = try JSONImporter.read(Array(text.utf8), path: "gold.json")
        #expect(r.graph.relationCount == 1)
        let rel = r.graph.relations[0]
        #expect(rel.year == 2022)
        #expect(rel.evidence.first?.sentence == "ICBs replaced CCGs.\u{2019}")
        #expect(r.graph.documentName(rel.evidence[0].document) == "d.txt")
    }

    @Test(arguments: [
        ("{\"entities\": [{\"name\": \"X\", \"type\": \"thinktank\"}]}", "g.json:1: unknown entity type 'thinktank'"),
        ("{\"entities\": [\n{\"name\": \"X\", \"type\": \"party\"},\n{\"name\": \"X\", \"type\": \"party\"}]}", "g.json:3: duplicate entity id 'X'"),
        ("{\"entities\": [], \"relations\": [\n{\"source\": \"a\", \"target\": \"b\", \"predicate\": \"p\"}]}", "g.json:2: relation source 'a' is not an entity"),
        ("{\"entities\": [{\"name\": \"X\"", "g.json:1: unexpected end of file"),
        ("[1, 2]", "g.json:1: expected '{', found '['"),
    ])
    func malformedFilesGiveTheLineAndTheProblem(text: String, message: String) {
        do {
            _ = try JSONImporter.read(Array(text.utf8), path: "g.json")
            Issue.record("no error for \(text)")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let text = "{\"x\": " + String(repeating: "[", count: 100_000) + "}"
        #expect(throws: FileError.self) { _ = try JSONImporter.read(Array(text.utf8), path: "deep.json") }
    }

    @Test func goldFilesLoad() throws {
        let dir = sharedDirectory() + "/gold"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir).filter({ $0.hasSuffix(".json") }), !files.isEmpty else {
            try skipOrFail("../shared/gold is not beside this checkout")
            return
        }
        for f in files.sorted() {
            let r = try JSONImporter.read(path: dir + "/" + f)
            #expect(r.graph.entityCount > 0, "\(f)")
            #expect(r.graph.invariantViolation() == nil)
        }
    }
}

/// `../shared` beside the checkout.
func sharedDirectory() -> String {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/../shared"
}

/// Skips (returns) with a stated reason on a user's clone; fails under CI's REFORMGRAPH_REQUIRE_ALL=1.
func skipOrFail(_ reason: String) throws {
    if ProcessInfo.processInfo.environment["REFORMGRAPH_REQUIRE_ALL"] == "1" {
        Issue.record("required but unavailable: \(reason)")
    } else {
        print("skipped: \(reason)")
    }
}
