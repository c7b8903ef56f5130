import ReformExtract

/// Sentence splitting, with and without the Markdown clean-up: any trap is a bug, and every
/// sentence must be a non-empty, in-bounds, increasing byte range.

func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.utf8.count
    for markup in [false, true] {
        var previousEnd = 0
        for r in TextPipeline.sentenceRanges(in: text, markup: markup) {
            precondition(!r.isEmpty && r.lowerBound >= previousEnd && r.upperBound <= length, "bad sentence range \(r)")
            previousEnd = r.upperBound
        }
    }
    return 0
}
