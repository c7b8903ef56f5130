import Testing
@testable import ReformExtract

/// `replacingPossessive` answers most names from their last bytes; it must agree with the
/// Character-level definition everywhere.
@Suite struct PossessiveFastPathTests {
    /// The Character-level definition.
    static func reference(_ s: String) -> String {
        for suffix in ["'s", "\u{2019}s"] where s.hasSuffix(suffix) { return String(s.dropLast(2)) }
        for suffix in ["s'", "s\u{2019}"] where s.hasSuffix(suffix) { return String(s.dropLast(1)) }
        return s
    }

    @Test("dropping a possessive agrees with the Character-level definition, combining marks included")
    func possessiveAgreesWithCharacterDefinition() {
        let names = ["", "s", "'", "'s", "’s", "s'", "s’", "King's", "King’s", "Stevens'", "Stevens’", "CCGs", "NHS",
                     "Trusts", "Jones's", "x\u{301}'s", "s\u{301}", "'\u{301}s", "\u{0600}'s", "Ca\u{0319}s", "é's",
                     "Board", "Smith’", "’", "a's'", "a’s’"]
        for name in names {
            #expect(name.replacingPossessive() == Self.reference(name), "name \(name)")
        }
    }
}
