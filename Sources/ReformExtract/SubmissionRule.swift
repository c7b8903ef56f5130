import ReformCore

/// Evidence submitted to an inquiry or consultation is a response to it: "the Royal College
/// ... put in a written submission", "the submission from Ealing Council was strongly
/// worded". The target is a report named in the sentence, else the one inquiry or
/// consultation the document names, else the document's topic report.
enum SubmissionRule {
    private static let verbs: WordSet = ["put", "made", "make", "makes", "sent", "send", "submitted", "submits", "gave", "give", "provided", "lodged"]

    /// The one report whose name says it is an inquiry or consultation, if exactly one.
    private static let inquiryBytes: [UInt8] = Array("inquiry".utf8)
    private static let consultationBytes: [UInt8] = Array("consultation".utf8)

    /// `name.lowercasedContains(needle)` with the needle's bytes made once (``Swift/String/
    /// lowercasedContains(_:)`` made them at each call): ASCII text searched by bytes, A-Z
    /// lowered (there each byte is a Character and the needle holds no CR or LF); other text
    /// as that method does.
    private static func lowercasedContains(_ name: String, _ needle: [UInt8], _ word: String) -> Bool {
        var text = name
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            let m = needle.count
            guard u.count >= m else { return false }
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
            var i = 0
            while i + m <= u.count {
                var j = 0
                while j < m, lower(u[i + j]) == needle[j] { j += 1 }
                if j == m { return true }
                i += 1
            }
            return false
        }
        return ascii ?? name.lowercasedContains(word)
    }

    /// `name.lowercasedContains("inquiry") || name.lowercasedContains("consultation")`: an
    /// ASCII name is searched for both in one pass over its bytes (A-Z lowered; there each byte
    /// is a Character and the needles hold no CR or LF); other names as that method does.
    private static func namesInquiry(_ name: String) -> Bool {
        var text = name
        let ascii: Bool? = text.withUTF8 { u in
            guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
            @inline(__always) func at(_ i: Int, _ needle: [UInt8]) -> Bool {
                guard i + needle.count <= u.count else { return false }
                var j = 1
                while j < needle.count, lower(u[i + j]) == needle[j] { j += 1 }
                return j == needle.count
            }
            let inquiry = inquiryBytes, consultation = consultationBytes
            for i in 0..<u.count {
                let b = lower(u[i])
                if b == 0x69, at(i, inquiry) { return true }       // "i"
                if b == 0x63, at(i, consultation) { return true }  // "c"
            }
            return false
        }
        return ascii ?? (lowercasedContains(name, inquiryBytes, "inquiry") || lowercasedContains(name, consultationBytes, "consultation"))
    }

    static func inquiry(_ doc: Document) -> Int? {
        var found: Set<Int> = []
        // Each report's name is read once, not once per mention (the entities seen kept by
        // index, not hashed into a set).
        var seen = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].type == .report, !seen[e] else { continue }
            seen[e] = true
            let name = doc.entities[e].name
            if namesInquiry(name) { found.insert(e) }
        }
        return found.count == 1 ? found.first : nil
    }

    static func apply(_ view: SentenceView, inquiry: Int?, topic: TopicReport, into out: inout [DocRelation]) {
        guard view.classes.contains(.submission) else { return }
        let tokens = view.tokens, items = view.items
        guard let n = view.range.first(where: { tokens[$0].is(.submission) && view.doc.mentionAt[$0] < 0 }) else { return }
        guard !view.negated(view.range.lowerBound, n) else { return }
        var senders: [SentenceView.Item] = []
        // "the submission from X".
        if n + 1 < view.range.upperBound, tokens[n + 1].key.is("from"),
           let s = items.first(where: { $0.first >= n + 2 && $0.first <= n + 3 }), PeopleRule.isOrg(s.type) || s.type == .person {
            senders.append(s)
        }
        // "X (, ...,) put in a written submission": the sentence's subject, with a verb of sending before the noun.
        if senders.isEmpty, let s = items.first, s.first <= view.range.lowerBound + 1, PeopleRule.isOrg(s.type) || s.type == .person,
           s.last < n, (max(s.last, n - 5)..<n).contains(where: { verbs.contains(tokens[$0].interned) }) {
            senders.append(s)
        }
        guard !senders.isEmpty else { return }
        // "a submission to X" names the target; otherwise the document's inquiry (a report
        // named elsewhere in the sentence may only describe the sender).
        let addressed = items.first(where: { $0.type == .report && $0.first > n && $0.first <= n + 4
            && view.keys(n + 1, $0.first).first == "to" })?.entity
        let target = addressed ?? inquiry ?? items.first(where: { $0.type == .report })?.entity ?? topic.entity
        guard let target else { return }
        for s in senders where s.entity != target {
            out.append(DocRelation(source: s.entity, predicate: .respondedTo, target: target, sentence: view.index))
        }
    }
}
