extension String {
    /// The words of `self` between spaces, empty ones left out: what
    /// `split(separator: " ").map(String.init)` gives.
    ///
    /// (See ``splitOnSpaces()``, which splits ASCII text by bytes.)
    ///
    /// ASCII text is split and copied by bytes straight into each word's `String` (a name's
    /// words are nearly always small strings), with no `Substring` in between.
    func spaceSeparatedWords() -> [String] {
        let fast = utf8.withContiguousStorageIfAvailable { u -> [String]? in
            // The words counted first, so the array is allocated once (growing it word by
            // word reallocated it for nearly every word of a name).
            var count = 0
            var previous: UInt8 = 0x20
            for b in u {
                if b >= 0x80 { return nil }
                if previous == 0x20, b != 0x20 { count += 1 }
                previous = b
            }
            var words: [String] = []
            words.reserveCapacity(count)
            var start = 0
            var i = 0
            while i < u.count {
                let b = u[i]
                if b == 0x20 {
                    if i != start { words.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
                i += 1
            }
            if i != start { words.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) }
            return words
        }
        if let fast, let fast { return fast }
        return splitOnSpaces().map(String.init)
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
    ///
    /// The bytes are read in place (stepping a `UTF8View` index cost some twenty
    /// instructions a byte); a word's bounds are made from its byte offsets, which for
    /// native UTF-8 text is O(1).
    func splitOnSpaces() -> [Substring] {
        let fast = utf8.withContiguousStorageIfAvailable { u -> [Substring]? in
            var words: [Substring] = []
            var start = 0
            var i = 0
            @inline(__always) func word(_ a: Int, _ b: Int) -> Substring {
                self[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
            }
            while i < u.count {
                let b = u[i]
                if b >= 0x80 { return nil }
                if b == 0x20 {
                    if i != start { words.append(word(start, i)) }
                    start = i + 1
                }
                i += 1
            }
            if i != start { words.append(word(start, i)) }
            return words
        }
        if let fast, let fast { return fast }
        return split(separator: " ")
    }
}
