import Testing
import ReformCore
@testable import ReformExtract

/// The byte-level fast paths for keys and names must answer exactly as the `String`
/// definitions they replace, canonical equivalence and combining marks included.
@Suite struct KeyFastPathTests {
    static let strings = ["", "a", "the", "The", "and", "an", "nhs", "NHS", "café", "cafe\u{301}", "\u{212A}", "K",
                          "integrated care board", "a longer key than fifteen bytes", "x\u{301}", " ", "  a  b ",
                          "a b", "\u{0600}a b", "a \u{301}b", "Socialist Health Association", "é", "e\u{301}"]

    @Test("is(_:) is ==, sameKey is == with equal byte counts")
    func keyComparesAgreeWithDefinitions() {
        for a in Self.strings {
            for b in Self.strings {
                #expect(a.is(b) == (a == b), "\(a.debugDescription) vs \(b.debugDescription)")
                #expect(a.sameKey(b) == (a.utf8.count == b.utf8.count && a == b), "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
        #expect(["of", "the"].containsKey("the") && !["of", "the"].containsKey("a") && ["caf\u{e9}"].containsKey("cafe\u{301}"))
    }

    @Test("splitOnSpaces and spaceSeparatedWords agree with split(separator: \" \")")
    func splitOnSpacesAgreesWithSplit() {
        for s in Self.strings {
            #expect(s.splitOnSpaces() == s.split(separator: " "), "\(s.debugDescription)")
            #expect(s.spaceSeparatedWords() == s.split(separator: " ").map(String.init), "\(s.debugDescription)")
        }
    }

    @Test("KeyRun holds the keys an array of them held, indices and slices included")
    func keyRunAgreesWithArray() {
        var tokenizer = Tokenizer()
        var tokens: [Token] = []
        let text = Array("The King's Fund, with the NHS Confederation, said: \"not now\".".utf8)
        text.withUnsafeBufferPointer { tokenizer.tokenize($0, 0..<$0.count, vocabulary: nil, into: &tokens) }
        for a in 0...tokens.count {
            for b in 0...tokens.count {
                let run = KeyRun(tokens, a, b), array = b > a ? (a..<b).map { tokens[$0].key } : []
                #expect(Array(run) == array && run.count == array.count && run.indices == array.indices)
                #expect(run == array && run == KeyRun(tokens, a, b) && run.first == array.first && run.last == array.last)
                #expect(run.joined(separator: " ") == array.joined(separator: " "))
                for i in run.indices {
                    #expect(run[i] == array[i])
                    #expect(Array(run[i...]) == Array(array[i...]) && run[i...].startIndex == array[i...].startIndex)
                    #expect(Array(run.dropFirst(i)) == Array(array.dropFirst(i)) && Array(run.suffix(i)) == Array(array.suffix(i)))
                }
            }
        }
    }

    @Test("a WordSet answers an interned key as it answers the key's String")
    func wordSetByInternedKey() {
        let set: WordSet = ["the", "of", "café", "integrated care board"]
        for s in Self.strings + ["of"] {
            #expect(set.contains(KeyInterner.shared.intern(s)) == set.contains(s), "\(s.debugDescription)")
        }
        let map: WordMap<Int> = ["the": 1, "of": 2]
        #expect(map[KeyInterner.shared.intern("of")] == 2 && map[KeyInterner.shared.intern("and")] == nil)
    }

    @Test("the interner gives one stored key per byte sequence")
    func internerByBytes() {
        let a = KeyInterner.shared.intern("café"), b = KeyInterner.shared.intern("cafe\u{301}")
        #expect(a != b && a.pointer.pointee == "café" && Array(b.pointer.pointee.utf8) == Array("cafe\u{301}".utf8))
        #expect(KeyInterner.shared.intern("café") == a)
    }

    @Test("NameKeyMemo agrees with NameKey.normalise, repeated and not")
    func nameKeyMemoAgrees() {
        let names = Self.strings + ["Department of Health & Social Care", "St. Thomas' Hospital", "King’s Fund",
                                    "Monitor", "MONITOR", "CCGs", "Lord Darzi", "Darzi, A"]
        for _ in 0..<2 {
            for n in names { #expect(NameKeyMemo.normalise(n) == NameKey.normalise(n), "\(n.debugDescription)") }
        }
    }

    @Test("PhraseTrie follows runs of words as a set of the joined runs and their prefixes would")
    func phraseTrieAgreesWithJoinedStrings() {
        let phrases = ["took over", "took over from", "replaced", "in favour of", "a b c", "x  y", "café bar"]
        let trie = PhraseTrie(phrases)
        let prefixes = Set(phrases.flatMap { p in
            let parts = p.split(separator: " ", omittingEmptySubsequences: false)
            return (1...parts.count).map { parts[..<$0].joined(separator: " ") }
        })
        // Runs of gap words, some holding spaces themselves (as a non-ASCII word's key may).
        let runs: [[String]] = [["took", "over", "from"], ["took over", "from"], ["in", "favour of"], ["a b", "c"],
                                ["a", "b c"], ["x", "", "y"], ["x ", "y"], ["café", "bar"], ["took", "under"], ["of"], [""]]
        for run in runs {
            var node: PhraseTrie.Node? = PhraseTrie.root
            var joined = ""
            for (k, word) in run.enumerated() {
                joined += k == 0 ? word : " " + word
                node = node.flatMap { trie.child($0, word) }
                #expect((node != nil) == prefixes.contains(joined), "\(joined.debugDescription)")
                #expect(node.flatMap { trie.phrase(at: $0) } == phrases.firstIndex(of: joined), "\(joined.debugDescription)")
            }
        }
    }

    @Test("TypeMask answers as the Set<EntityType> it is made from")
    func typeMaskAgreesWithSet() {
        #expect(EntityType.allCases.count <= 32)
        let sets: [Set<EntityType>] = [[], Triggers.bodies, Triggers.agents, [.organisation], [.icb, .person], Set(EntityType.allCases)]
        for set in sets {
            let mask = TypeMask(set)
            for t in EntityType.allCases { #expect(mask.contains(t) == set.contains(t), "\(t)") }
        }
    }
}
