import Testing
@testable import ReformExtract

/// The per-thread memos and scratch arrays keep bounded memory whatever the input.
@Suite("Memo and scratch bounds")
struct MemoBoundsTests {
    func find(_ table: ByteKeyedTable<Int>, _ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { table.find($0, hash: $0.byteKeyHash) }
    }

    func insert(_ table: inout ByteKeyedTable<Int>, _ key: [UInt8], _ value: Int) {
        key.withUnsafeBufferPointer { table.insert($0, hash: $0.byteKeyHash, value) }
    }

    @Test func aKeyLongerThanTheByteLimitIsNotKept() {
        var table = ByteKeyedTable<Int>()
        let long = [UInt8](repeating: 0x61, count: ByteKeyedTable<Int>.byteLimit + 1)
        insert(&table, long, 1)
        #expect(find(table, long) == nil)
        insert(&table, Array("short".utf8), 2)
        #expect(find(table, Array("short".utf8)) == 2)
    }

    @Test func keysPastTheByteLimitStartTheTableAgainAndTheLatestAreFound() {
        var table = ByteKeyedTable<Int>()
        // 3 MB keys: the third passes the 8 MB limit, so the table starts again with it.
        let keys = (0..<3).map { [UInt8](repeating: UInt8(0x61 + $0), count: 3 << 20) }
        for (i, k) in keys.enumerated() { insert(&table, k, i) }
        #expect(find(table, keys[0]) == nil)
        #expect(find(table, keys[2]) == 2)
    }

    @Test func aVeryLongDocumentsScratchArrayIsNotKeptForTheNextLoan() {
        var big = TokenScratch.marks(2 << 20)
        #expect(big.count >= 2 << 20)
        TokenScratch.giveBack(&big)
        let next = TokenScratch.marks(10)
        #expect(next.count < 2 << 20, "the big array was let go")
        var n = next
        TokenScratch.giveBack(&n)
    }
}
