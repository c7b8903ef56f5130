import ReformExtract

/// A tiny lexicon so that extraction rules run on what the HTML parser yields.
nonisolated(unsafe) let builder = CorpusBuilder(lexicon: Lexicon(entries: [
    LexiconEntry(name: "NHS England", type: .nationalBody),
    LexiconEntry(name: "clinical commissioning group", type: .ccg, kind: .form, aliases: ["CCG"]),
]))

/// HTML ingest: raw bytes are decoded as a file would be, parsed as HTML, split into
/// sentences and run through extraction. Any trap is a bug.

func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded = TextPipeline.decode(bytes)
    guard let text = decoded.text else { return 0 }
    let html = TextPipeline.htmlText(text)
    _ = TextPipeline.sentenceRanges(in: html.text, markup: false)
    var b = builder
    b.parallel = false
    _ = b.build(documents: [(name: "fuzz.html", text: text)])
    return 0
}
