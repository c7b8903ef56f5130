/// Public entry points to the text stages of ingestion, one stage at a time, for fuzzing,
/// tools and tests that want to check one stage without building a graph.
///
/// Every function accepts arbitrary input (any bytes, any nesting, any length) and returns
/// without trapping; that is what the fuzz targets in `Fuzz/` check.
public enum TextPipeline {
    /// Decodes a file's raw bytes as ingestion does: byte-order marks, UTF-16, invalid UTF-8
    /// (repaired, with a warning) and binary detection. Returns the text and its warnings,
    /// or nil with the reason when the bytes are not text.
    public static func decode(_ bytes: [UInt8]) -> (text: String?, warnings: [String], binaryReason: String?) {
        switch TextDecoding.decode(bytes) {
        case .text(let text, let warnings): return (text, warnings, nil)
        case .binary(let reason): return (nil, [], reason)
        }
    }

    /// The readable text of an HTML document, with block boundaries as blank lines, and the
    /// warnings ingestion would report (such as nesting too deep to keep all the text).
    public static func htmlText(_ html: String) -> (text: String, warnings: [String]) {
        let extracted = HTMLText.extractWithWarnings(html)
        return (extracted.text, extracted.warnings)
    }

    /// The sentences of `text` as ingestion splits them (after the light Markdown clean-up
    /// when `markup` is true), each as a half-open UTF-8 byte range into `text`.
    public static func sentenceRanges(in text: String, markup: Bool = true) -> [Range<Int>] {
        var bytes = Array(text.utf8)
        var hardBreaks: [Int] = []
        if markup {
            let cleaned = MarkupCleaner(bytes)
            bytes = cleaned.bytes
            hardBreaks = cleaned.hardBreaks
        }
        return SentenceSplitter.split(bytes, hardBreaks: hardBreaks).map { $0.start..<$0.end }
    }
}
