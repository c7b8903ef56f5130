import ReformCore
import Testing
@testable import ReformExtract

/// The ingest fast path hands plain UTF-8 files to extraction as bytes; it must accept exactly
/// the files that ``TextDecoding/decode(_:)`` would return unchanged, with the same bytes.
@Suite struct TextDecodingFastPathTests {
    /// What the slow path gives for `bytes` when it is plain text without repairs.
    static func slowPlain(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        guard case .text(let text, let warnings) = TextDecoding.decode(bytes), warnings.isEmpty else { return nil }
        return Array(text.utf8)
    }

    @Test("the UTF-8 fast path agrees with decode on edge cases: overlong, surrogates, truncation, BOMs, NUL")
    func fastPathAgreesOnEdgeCases() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII text, long enough for eight-byte steps.".utf8),
            Array("curly ‘quotes’ — dashes, café, 𝔘nicode".utf8),
            [0xEF, 0xBB, 0xBF] + Array("BOM then text".utf8),
            [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41],
            [0x41, 0xC0, 0x80], [0x41, 0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x80], [0x80], [0xC3], [0x41, 0x00, 0x42],
            [0x89, 0x50, 0x4E, 0x47, 0x41],
        ]
        for bytes in cases {
            #expect(TextDecoding.plainUTF8(bytes) == Self.slowPlain(bytes), "bytes \(bytes)")
        }
    }

    @Test("the UTF-8 fast path agrees with decode on random byte strings")
    func fastPathAgreesOnRandomBytes() {
        var rng = SplitMix(seed: 7)
        let pieces: [[UInt8]] = [[0x41], [0x20], [0x80], [0xBF], [0xC2], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xE0],
                                 [0xED], [0xF0], [0xF4], [0x9F], [0xA0], [0x90], [0xF0, 0x9F, 0x98, 0x80]]
        var accepted = 0
        for _ in 0..<4000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<24, using: &rng) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            let fast = TextDecoding.plainUTF8(bytes)
            #expect(fast == Self.slowPlain(bytes), "bytes \(bytes)")
            if fast != nil { accepted += 1 }
        }
        // Both outcomes were exercised.
        #expect(accepted > 100 && accepted < 3900)
    }
}
