import Testing
@testable import ReformExtract

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String, markup: Bool = true) -> [String] {
        let doc = Document(name: "t", text: text, markup: markup, lexicon: CompiledLexicon(Lexicon()))
        return doc.sentences.indices.map { doc.sentenceText($0) }
    }

    @Test("abbreviations, initials and decimals do not end sentences")
    func abbreviations() {
        let s = sentences("Dr Smith met Prof. Jones at St. Thomas' e.g. on Jan. 5 with J. Smith. Costs rose 2.5 per cent, i.e. a lot. No. 10 agreed. Then Mrs. Brown left.")
        #expect(s == ["Dr Smith met Prof. Jones at St. Thomas' e.g. on Jan. 5 with J. Smith.",
                      "Costs rose 2.5 per cent, i.e. a lot.", "No. 10 agreed.", "Then Mrs. Brown left."])
    }

    @Test("quotes close sentences; a lower-case word after a full stop continues one")
    func quotes() {
        let s = sentences("He said: ‘It proved disastrous.’ The Act passed. It was approx. ten years.")
        #expect(s == ["He said: ‘It proved disastrous.’", "The Act passed.", "It was approx. ten years."])
    }

    @Test("blank lines, headings and list items without full stops are boundaries")
    func blocks() {
        let s = sentences("# Heading one\nIntro line\ncontinues here\n\n- first item\n- second item\n1. numbered item\n\nLast paragraph")
        #expect(s == ["Heading one", "Intro line continues here", "first item", "second item", "numbered item", "Last paragraph"])
    }

    @Test("paragraph numbers and list markers opening a sentence are not part of it; numbers that are content stay")
    func enumerators() {
        let s = sentences("""
        5.1 The Act established the board. It abolished the trusts.

        (a) GP consortia were renamed.

        iv) Monitor was merged.

        • Bullet text here

        2.5 million people were affected. 2012 saw the Act pass. 40 trusts merged.
        """, markup: false)
        #expect(s == ["The Act established the board.", "It abolished the trusts.", "GP consortia were renamed.",
                      "Monitor was merged.", "Bullet text here", "2.5 million people were affected.",
                      "2012 saw the Act pass.", "40 trusts merged."])
    }

    @Test("Markdown emphasis and links are removed but byte offsets are kept")
    func markdownOffsets() {
        let text = "See **the [Long Term Plan](https://x.org/a)** now."
        let doc = Document(name: "t", text: text, markup: true, lexicon: CompiledLexicon(Lexicon()))
        #expect(doc.sentenceText(0) == "See the Long Term Plan now.")
        #expect(doc.sentences[0].start == 0 && doc.sentences[0].end == text.utf8.count)
    }

    @Test("non-breaking spaces after a full stop still end a sentence")
    func nonBreakingSpace() {
        #expect(sentences("It is fraying.\u{00A0}Improvements stalled.") == ["It is fraying.", "Improvements stalled."])
    }
}
