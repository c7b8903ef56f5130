import ReformCore

/// Lists under a heading that names a form: "Map of Accountable Care Organisations" (or
/// "Accountable Care Systems:") followed by three or more lines (numbered, bulleted or
/// bare), each a short capitalised name.
/// Every item names an instance of that form, even when the name is also a place
/// ("Dorset"); `instance_of` then follows from ``InstanceRule``. A line that is wholly the
/// name of a known body is left alone.
enum ListRule {
    static let bodyTypes: Set<EntityType> = PlaceCover.types.union([.trust])
    private static let nameWords: WordSet = ["and", "of", "the", "&", ",", "-", "upon", "on", "in"]

    static func apply(_ doc: inout Document, _ lexicon: CompiledLexicon) {
        var changed = false
        var s = 0
        while s < doc.sentences.count {
            guard let form = heading(doc, s) else { s += 1; continue }
            var bodies: [(first: Int, nameEnd: Int, last: Int)] = []
            var t = s + 1
            while t < doc.sentences.count, let body = itemBody(doc, t) { bodies.append(body); t += 1 }
            // Three lines at least, under a plural heading ("... Organisations").
            if bodies.count >= 3, doc.tokens[headingEnd(doc, s) - 1].key.hasSuffix("s") {
                for b in bodies where claim(&doc, b, form) { changed = true }
            }
            s = max(t, s + 1)
        }
        if changed { doc.indexMentions() }
    }

    /// The form entity a heading sentence names: at most eight tokens, ending (before any
    /// colon) in one mention of a form of a body type, with no other mention.
    static func headingEnd(_ doc: Document, _ s: Int) -> Int {
        let end = doc.sentences[s].tokenRange.upperBound
        return doc.tokens[end - 1].key.is(":") ? end - 1 : end
    }

    static func heading(_ doc: Document, _ s: Int) -> Int? {
        let r = doc.sentences[s].tokenRange
        guard !r.isEmpty, r.count <= 8, wholeLine(doc, s) else { return nil }
        let end = headingEnd(doc, s)
        guard end > r.lowerBound else { return nil }
        let mi = doc.mentionAt[end - 1]
        guard mi >= 0 else { return nil }
        let m = doc.mentions[Int(mi)]
        guard m.last == end, m.entity >= 0 else { return nil }
        let e = doc.entities.resolved(m.entity)
        guard doc.entities[e].kind == .form, bodyTypes.contains(doc.entities[e].type), doc.entities[e].lexicon >= 0 else { return nil }
        for k in r.lowerBound..<m.first where doc.mentionAt[k] >= 0 { return nil }
        // A heading, not a sentence: no full stop.
        for k in r where doc.tokens[k].key.is(".") { return nil }
        return e
    }

    /// A list line: a number with "." or ")" or a bullet, then one to eight name tokens that
    /// start capitalised and hold no lower-case word but "and", "of"...; a trailing
    /// parenthesis is kept apart ("Greater Manchester (devolution deal)").
    static func itemBody(_ doc: Document, _ s: Int) -> (first: Int, nameEnd: Int, last: Int)? {
        let r = doc.sentences[s].tokenRange
        guard !r.isEmpty else { return nil }
        guard wholeLine(doc, s) else { return nil }
        var k = r.lowerBound
        let t0 = doc.tokens[k]
        if t0.has(.number), !t0.isYear, k + 1 < r.upperBound, [".", ")"].containsKey(doc.tokens[k + 1].key) {
            k += 2
        } else if ["-", "*", "\u{2022}", "\u{00B7}"].containsKey(t0.key) {
            k += 1
        }
        guard k < r.upperBound, doc.tokens[k].isWord, doc.tokens[k].isCapitalised else { return nil }
        var end = r.upperBound
        if [".", ";", ","].containsKey(doc.tokens[end - 1].key) { end -= 1 }
        var nameEnd = end
        if let open = (k..<end).first(where: { doc.tokens[$0].key.is("(") }) {
            guard doc.tokens[end - 1].key.is(")") else { return nil }
            nameEnd = open
        }
        guard nameEnd > k, nameEnd - k <= 8 else { return nil }
        for j in k..<nameEnd {
            let t = doc.tokens[j]
            if t.isWord, t.isCapitalised || t.has(.upper) { continue }
            if nameWords.contains(t.interned) { continue }
            return nil
        }
        return (k, nameEnd, end)
    }

    /// Whether sentence `s` is a line of its own: only blanks, digits and list marks
    /// (which markup cleaning blanks out) before it on its line, only blanks after it.
    static func wholeLine(_ doc: Document, _ s: Int) -> Bool {
        var i = doc.sentences[s].start - 1
        while i >= 0, doc.bytes[i] != 0x0A {
            let b = doc.bytes[i]
            guard b == 0x20 || b == 0x09 || b == 0x2E || b == 0x29 || b == 0x2D || b == 0x2A || (0x30...0x39).contains(b) else { return false }
            i -= 1
        }
        var j = doc.sentences[s].end
        while j < doc.bytes.count, doc.bytes[j] != 0x0A {
            guard doc.bytes[j] == 0x20 || doc.bytes[j] == 0x09 || doc.bytes[j] == 0x0D else { return false }
            j += 1
        }
        return true
    }

    /// Makes the item an instance of `form` unless a body of another type already claims it.
    static func claim(_ doc: inout Document, _ b: (first: Int, nameEnd: Int, last: Int), _ form: Int) -> Bool {
        let type = doc.entities[form].type
        var inside: [Int] = []
        var k = b.first
        while k < b.last {
            let mi = doc.mentionAt[k]
            if mi >= 0 {
                let m = doc.mentions[Int(mi)]
                if m.first < b.first || m.last > b.last { return false }
                inside.append(Int(mi))
                k = m.last
            } else {
                k += 1
            }
        }
        for mi in inside {
            let e = doc.entities.resolved(doc.mentions[mi].entity)
            let t = doc.entities[e].type
            let exact = doc.mentions[mi].first == b.first && doc.mentions[mi].last == b.nameEnd
            // A body named by the whole line keeps its type; one named by part of it
            // ("Frimley Health" in "Frimley Health and Care") is another body.
            if exact, t != .place { return false }
        }
        let name = doc.text(b.first, b.nameEnd)
        let e = doc.entities.ruleEntity(name, type, .instance)
        if doc.entities[e].form < 0 { doc.entities[e].form = doc.entities[form].lexicon }
        for mi in inside {
            let old = doc.mentions[mi].entity
            doc.entities[old].mentions -= 1
            doc.mentions[mi].entity = -1
        }
        doc.mentions.append(Mention(first: b.first, last: b.nameEnd, entity: e))
        doc.entities.noteSurface(name, of: e)
        if b.last > b.nameEnd {
            let full = doc.text(b.first, b.last)
            if !doc.entities[e].aliases.contains(full) { doc.entities[e].aliases.append(full) }
        }
        return true
    }
}
