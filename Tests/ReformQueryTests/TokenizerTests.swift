import Testing
@testable import ReformQuery

@Suite struct TokenizerTests {
    func words(_ line: String) throws -> [String] { try CommandTokenizer.tokenize(line).map(\.text) }

    @Test func plainWordsSplitOnSpaces() throws {
        #expect(try words("  lineage   CCG ") == ["lineage", "CCG"])
        #expect(try words("") == [])
    }

    @Test func doubleAndSingleQuotes() throws {
        #expect(try words(#"path "Simon Stevens" "King's Fund""#) == ["path", "Simon Stevens", "King's Fund"])
        #expect(try words("path 'Simon Stevens' 'King's Fund'") == ["path", "Simon Stevens", "King's Fund"])
        #expect(try CommandTokenizer.tokenize(#"show "CCG""#)[1].quoted)
    }

    @Test func curlyQuotesAndApostrophes() throws {
        #expect(try words("path “Simon Stevens” ‘King’s Fund’") == ["path", "Simon Stevens", "King’s Fund"])
        #expect(try words("show King’s Fund") == ["show", "King’s", "Fund"])
        #expect(try words("show King's Fund") == ["show", "King's", "Fund"])
    }

    @Test func escapesAndTypedQuotes() throws {
        #expect(try words(#"show a\ b"#) == ["show", "a b"])
        #expect(try words(#"show "say \"hi\"""#) == ["show", #"say "hi""#])
        #expect(try words(#"show ccg:"Vale Royal CCG""#) == ["show", "ccg:Vale Royal CCG"])
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: QueryError.self) { try CommandTokenizer.tokenize(#"show "CCG"#) }
        #expect(throws: QueryError.self) { try CommandTokenizer.tokenize("show 'CCG") }
    }

    @Test func controlCharactersSeparateWords() throws {
        #expect(try words("show\u{1B}CCG") == ["show", "CCG"])
    }

    @Test func quoteRoundTrips() throws {
        for name in ["CCG", "The King's Fund", #"odd "name""#, "back\\slash"] {
            #expect(try words("show " + CommandTokenizer.quote(name)) == ["show", name])
        }
    }
}
