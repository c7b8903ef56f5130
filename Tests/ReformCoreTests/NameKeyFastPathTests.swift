import Testing
@testable import ReformCore

/// ``NameKey/normalise(_:)`` takes a flat-buffer path for ASCII names; it must give exactly
/// the key the scalar-by-scalar path gives.
@Suite struct NameKeyFastPathTests {
    static func both(_ name: String) -> (fast: String, slow: String) {
        let fast = Array(name.utf8).withUnsafeBufferPointer { NameKey.normaliseASCII($0) }
        return (fast, NameKey.normaliseScalars(name))
    }

    @Test("the ASCII key path agrees with the scalar path on possessives, '&', 'the', plurals and acronyms")
    func asciiPathAgreesOnEdgeCases() {
        let names = ["", "   ", "'", "''s", "The King's Fund", "the", "The", "THE NHS", "Integrated Care Boards",
                     "CCGs", "NHS", "KONP", "Stevens' review", "O'Sullivan", "`quoted`", "A & E", "&", "R&D&",
                     "Health-and-Care Act 2022", "bodies", "class", "status", "analysis", "ties", "ICBs'",
                     "the the", "x's", "as", "Boss's", "'tis", "3Ss", "2020s", "e.g. things"]
        for name in names {
            let r = Self.both(name)
            #expect(r.fast == r.slow, "name \(name)")
        }
        #expect(NameKey.normalise("The King’s Fund") == NameKey.normaliseScalars("The King’s Fund"))
    }

    @Test("the ASCII key path agrees with the scalar path on random ASCII names")
    func asciiPathAgreesOnRandomNames() {
        var rng = SplitMix(seed: 11)
        let pieces = ["the", "The", "s", "S", "'", "`", "&", " ", "-", ".", "ies", "ss", "us", "is", "NHS", "CCG", "a",
                      "Board", "x", "7", "("]
        for _ in 0..<5000 {
            var name = ""
            for _ in 0..<Int.random(in: 0..<8, using: &rng) { name += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            let r = Self.both(name)
            #expect(r.fast == r.slow, "name \(name)")
        }
    }

    @Test("accented Latin letters fold to ASCII, other letters are lower-cased, marks split words",
          arguments: [("José Álvarez", "jose alvarez"), ("Gärtner & Söhne", "gartner and sohne"),
                      ("Æbleø Trust", "æbleo trust"), ("Straße", "straße"), ("Δήμος", "δήμος"),
                      ("Müller×Øst", "muller ost"), ("Ünited Boards", "united board")])
    func nonASCIINamesFold(name: String, key: String) {
        #expect(NameKey.normalise(name) == key)
    }
}
