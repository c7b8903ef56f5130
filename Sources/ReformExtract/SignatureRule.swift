#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReformCore

/// Signature blocks under a foreword or letter: a person's name, then lines that give their
/// posts without a verb:
///
///     Professor Jane Doe
///     Parliamentary Under Secretary of State        (leads the office)
///     Chair of Surgery,
///     Imperial College London                       (member_of)
///     Honorary Consultant Surgeon,
///     Imperial College Healthcare NHS Trust         (member_of)
///
/// A post line is capitalised role words, a comma, and only bodies; an office line is an
/// office and nothing but honours. Either belongs to the person named in the last few
/// sentences.
enum SignatureRule {
    private static let postWords: WordSet = Words.roles.union([
        "surgeon", "consultant", "honorary", "visiting", "emeritus", "reader", "lecturer", "fellow", "physician",
        "chair", "professor", "director", "trustee", "governor", "adviser", "advisor", "associate", "non", "executive",
    ])

    static func apply(_ view: SentenceView, person: Int?, into out: inout [DocRelation]) {
        // (The document read through the view: a local copy of it was made for every sentence.)
        let tokens = view.tokens, items = view.items
        let range = view.range
        // A sentence on one line (nearly all) has no second line: one search for a line feed
        // between its first and last tokens settles that before the lines are listed.
        guard range.count >= 2, view.newline(between: range.lowerBound, range.upperBound) else { return }
        // Lines of the sentence (a signature block has no full stops between its lines).
        var lines: [Range<Int>] = []
        var lineStart = range.lowerBound
        for k in (range.lowerBound + 1)..<range.upperBound where view.newline(between: k - 1, k + 1) {
            lines.append(lineStart..<k)
            lineStart = k
        }
        lines.append(lineStart..<range.upperBound)
        guard lines.count >= 2 else { return }
        var who = person
        var li = 0
        while li < lines.count {
            let line = lines[li]
            defer { li += 1 }
            let inLine = items.filter { line.contains($0.first) }
            if let p = inLine.last(where: { $0.type == .person }) { who = p.entity; continue }
            guard let who else { continue }
            // An office line: "Parliamentary Under Secretary of State" (honours may follow).
            if inLine.count == 1, PeopleRule.isOffice(inLine[0], view) {
                let o = inLine[0]
                let others = line.filter { ($0 < o.first || $0 >= o.last) && tokens[$0].isWord }
                if others.allSatisfy({ tokens[$0].has(.upper) || tokens[$0].key.is("hon") }) {
                    out.append(DocRelation(source: who, predicate: .leads, target: o.entity,
                                           role: view.doc.entities[o.entity].name.lowercased(), sentence: view.index))
                }
                continue
            }
            // A post line ending in a comma, then lines of bodies: "Honorary Consultant Surgeon,".
            guard inLine.isEmpty, let last = line.last, tokens[last].key.is(","), last > line.lowerBound else { continue }
            let post = line.lowerBound..<last
            guard post.allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalised || ["of", "and", "in"].containsKey(tokens[$0].key)) || tokens[$0].key.is("-") }),
                  post.contains(where: { postWords.contains(tokens[$0].interned) }) else { continue }
            var bodies: [SentenceView.Item] = []
            var lj = li + 1
            bodyLines: while lj < lines.count {
                var k = lines[lj].lowerBound
                var found = false
                while k < lines[lj].upperBound {
                    if let item = items.first(where: { $0.first == k }) {
                        guard PeopleRule.isOrg(item.type) else { break bodyLines }
                        bodies.append(item)
                        found = true
                        k = item.last
                        continue
                    }
                    guard ["and", "the", ",", "."].containsKey(tokens[k].key) else { break bodyLines }
                    k += 1
                }
                guard found || lines[lj].allSatisfy({ tokens[$0].isPunct }) else { break }
                lj += 1
            }
            guard !bodies.isEmpty else { continue }
            let role = view.keys(post.lowerBound, post.upperBound).spaceJoined()
            let lead = PeopleRule.predicate(forRole: role, subRole: PeopleRule.hasWordOf(role) || role.hasPrefix("honorary"))
            for b in bodies {
                out.append(DocRelation(source: who, predicate: lead, target: b.entity, role: lead == .leads ? role : nil, sentence: view.index))
            }
            li = lj - 1
        }
    }
}

extension SentenceView {
    /// ``Document/newline(between:_:)`` read through the view's tokens and bytes: called on
    /// ``doc``, it copied the whole document (a struct of many arrays) for every sentence.
    fileprivate func newline(between a: Int, _ b: Int) -> Bool {
        Document.newline(between: a, b, tokens: tokens, bytes: doc.bytes)
    }
}
