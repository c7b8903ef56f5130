import ReformCore

/// A rename stated without the new name: "by then the name of the inquiry had been changed",
/// "the inquiry's title change", "the programme was later renamed". The two names are the
/// ones the document gives the thing elsewhere: when it names exactly two inquiries (or
/// reviews, programmes …), each dated in the sentence that names it, the earlier was renamed
/// to the later.
///
/// An inquiry is often named by its subject: "the committee's inquiry into Integrated Care:
/// organisations, partnerships and systems" names the report "Integrated Care: …", so a
/// report right after "<noun> into/on" counts as one of the noun's, as does a report whose
/// own name holds the noun ("the Sustainability and Transformation Partnerships Inquiry").
enum UnnamedRenameRule {
    /// Nouns for a renamed thing, with the entity type its names have.
    private static let nouns: WordMap<EntityType> = [
        "inquiry": .report, "review": .report, "investigation": .report, "strategy": .report, "report": .report,
        "programme": .programme, "scheme": .programme, "campaign": .programme, "initiative": .programme,
    ]
    /// The words for a change of name (``WordClass/renameCue``).
    static let cues: WordSet = ["changed", "change", "renamed", "retitled"]

    static func apply(_ doc: Document, into out: inout [DocRelation]) {
        for s in doc.sentences.indices {
            let range = doc.sentences[s].tokenRange
            // Most sentences have no word for a change of name: one bit test per sentence.
            guard doc.sentences[s].classes.contains(.renameCue), let (noun, cue) = unnamedRename(doc, range) else { continue }
            // A new name right after the cue ("renamed the Health Innovation Network", "changed
            // to X") is the verb rules' to read.
            if doc.mentionAt[(cue + 1)..<min(range.upperBound, cue + 4)].contains(where: { $0 >= 0 }) { continue }
            guard let type = nouns[doc.tokens[noun].interned] else { continue }
            let named = dated(doc, noun: doc.tokens[noun].key, type: type)
            guard named.count == 2, let y0 = named[0].year, let y1 = named[1].year, y0 != y1 else { continue }
            let (old, new) = y0 < y1 ? (named[0], named[1]) : (named[1], named[0])
            out.append(DocRelation(source: old.entity, predicate: .renamedTo, target: new.entity, year: nil, sentence: s))
        }
    }

    /// The renamed thing's noun and the cue word, in "the name/title of the N had been
    /// changed", "the N's title/name change", "the N was (later) renamed/retitled".
    private static func unnamedRename(_ doc: Document, _ range: Range<Int>) -> (noun: Int, cue: Int)? {
        let t = doc.tokens
        for k in range where nouns[t[k].interned] != nil && doc.mentionAt[k] < 0 {
            guard k > range.lowerBound, (t[k - 1].key.is("the") || t[k - 1].key.is("its") || t[k - 1].key.is("their") || t[k - 1].key.is("this") || t[k - 1].key.is("that") || t[k - 1].key.is("original")) || t[k - 1].has(.possessive) else { continue }
            // "the name of the inquiry had been changed".
            if k >= range.lowerBound + 3, t[k - 2].key.is("of"), (t[k - 3].key.is("name") || t[k - 3].key.is("title")) {
                var j = k + 1
                while j < range.upperBound, j <= k + 4, (t[j].key.is("had") || t[j].key.is("has") || t[j].key.is("was") || t[j].key.is("were") || t[j].key.is("been") || t[j].key.is("being") || t[j].key.is("be") || t[j].key.is("later") || t[j].key.is("since") || t[j].key.is("then") || t[j].key.is("already") || t[j].key.is("quietly")) { j += 1 }
                if j < range.upperBound, t[j].key.is("changed") { return (k, j) }
            }
            // "the inquiry's title change".
            if t[k].has(.possessive), k + 2 < range.upperBound, (t[k + 1].key.is("title") || t[k + 1].key.is("name")), t[k + 2].key.is("change") {
                return (k, k + 2)
            }
            // "the programme was later renamed".
            var j = k + 1
            while j < range.upperBound, j <= k + 4, (t[j].key.is("had") || t[j].key.is("has") || t[j].key.is("was") || t[j].key.is("were") || t[j].key.is("been") || t[j].key.is("later") || t[j].key.is("since") || t[j].key.is("then") || t[j].key.is("subsequently") || t[j].key.is("quietly")) { j += 1 }
            if j > k + 1, j < range.upperBound, t[j].key.is("renamed") || t[j].key.is("retitled") { return (k, j) }
        }
        return nil
    }

    /// The document's entities of `type` that are `noun`s (their name holds it, a mention
    /// follows "<noun> into/on" or is followed by the noun), each with the year nearest its first mention in that
    /// sentence (nil when that sentence gives none).
    private static func dated(_ doc: Document, noun: String, type: EntityType) -> [(entity: Int, year: Int?)] {
        var out: [(entity: Int, year: Int?)] = []
        var seen: Set<Int> = []
        // Whether each entity's name holds the noun (-1: not read yet), read once per entity:
        // it was lowered and split again at every mention.
        var holdsNoun = [Int8](repeating: -1, count: doc.entities.count)
        for m in doc.mentions where m.entity >= 0 {
            let e = doc.entities.resolved(m.entity)
            guard doc.entities[e].type == type, doc.entities[e].kind == .instance, !seen.contains(e) else { continue }
            let subject = m.first >= 2 && doc.tokens[m.first - 2].key == noun
                && (doc.tokens[m.first - 1].key.is("into") || doc.tokens[m.first - 1].key.is("on"))
            // "the Better Care Together programme".
            let headed = doc.tokens[m.last - 1].key == noun || m.last < doc.tokens.count && doc.tokens[m.last].key == noun
            if !subject, !headed, holdsNoun[e] < 0 {
                holdsNoun[e] = doc.entities[e].name.lowercased().splitOnSpaces().contains { $0 == noun } ? 1 : 0
            }
            let holds = holdsNoun[e] == 1
            guard holds || subject || headed else { continue }
            seen.insert(e)
            var best: (year: Int, distance: Int)?
            // (A year inside another name, "the Health Act 2009", dates that name, not this one.)
            for k in doc.sentences[doc.sentence(ofToken: m.first)].tokenRange where doc.tokens[k].isYear && doc.mentionAt[k] < 0 {
                let d = k < m.first ? m.first - k : k - m.last + 1
                if best == nil || d < best!.distance { best = (Int(doc.tokens[k].key)!, d) }
            }
            out.append((e, best?.year))
        }
        return out
    }
}
