extension String {
    /// The words of `self` between spaces, empty ones left out: what
    /// `split(separator: " ").map(String.init)` gives.
    ///
    /// (See ``splitOnSpaces()``, which splits ASCII text by bytes.)
    func spaceSeparatedWords() -> [String] {
        splitOnSpaces().map(String.init)
    }
}

extension String {
    /// Whether `self`, lower-cased, contains `needle`: `lowercased().contains(needle)`.
    ///
    /// `needle` must be lower-case ASCII letters and spaces. For ASCII text the answer is then
    /// found by bytes: each byte is a Character (a CR LF pair is one, but the needle has
    /// neither), so the byte search and the Character search agree. Other text takes the
    /// Character path as before. The Character search cost some 25,000 instructions a call.
    func lowercasedContains(_ needle: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { u -> Bool? in
            let n = Array(needle.utf8)
            let m = n.count, count = u.count
            for b in u where b >= 0x80 { return nil }
            guard m > 0 else { return true }
            guard count >= m else { return false }
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
            var i = 0
            while i + m <= count {
                var j = 0
                while j < m, lower(u[i + j]) == n[j] { j += 1 }
                if j == m { return true }
                i += 1
            }
            return false
        }
        if let fast, let fast { return fast }
        return lowercased().contains(needle)
    }
}

extension String {
    /// `count`, the number of Characters, read from the UTF-8 bytes when the text is ASCII
    /// without a carriage return: there every byte is one Character (CR LF is the only pair of
    /// ASCII bytes that makes one). Token and name keys nearly always are; `count` walks
    /// grapheme breaks at a few hundred instructions a word. Other text takes `count`.
    var characterCount: Int {
        let fast = utf8.withContiguousStorageIfAvailable { u -> Int? in
            for b in u where b >= 0x80 || b == 0x0D { return nil }
            return u.count
        }
        if let fast, let fast { return fast }
        return count
    }
}

extension String {
    /// `split(separator: " ")`: the words between spaces, empty ones left out, as slices of
    /// `self`.
    ///
    /// ASCII text is split by bytes (there every byte is a Character and a space byte is the
    /// separator, exactly); other text by Characters as `split` does. Splitting a name by
    /// Characters walks grapheme breaks, some ten thousand instructions for a name.
    func splitOnSpaces() -> [Substring] {
        let u = utf8
        var words: [Substring] = []
        var start = u.startIndex
        var i = start
        while i != u.endIndex {
            let b = u[i]
            if b >= 0x80 { return split(separator: " ") }
            if b == 0x20 {
                if i != start { words.append(self[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if i != start { words.append(self[start..<i]) }
        return words
    }
}
