import ReformCore

/// Names shared out over a list: "the Cumbria, Lancashire, Greater Manchester and Mersey
/// Regional ambulance services", "the former Avon, Gloucestershire and Wiltshire strategic
/// health authorities", "the Bradford City and Airedale CCGs". Two or more capitalised names
/// joined by commas and a final "and", then a plural head: an organisational form the lexicon
/// knows (plural), "ambulance services" or "hospitals". Each name with the head in the singular names one
/// body of that kind ("Cumbria Ambulance Service", "Avon Strategic Health Authority"), found as
/// a candidate over the name's own words (the last over the head too).
enum DistributiveRule {
    /// A list's head: where it starts and ends, the singular name words it gives each listed
    /// name, and the type and form of the bodies.
    private struct Head {
        var first: Int
        var last: Int
        var suffix: String
        var type: EntityType
        var form: Int32
    }

    /// The interned key "ambulance" (``KeyInterner`` gives equal bytes one pointer).
    private static let ambulance = KeyInterner.shared.intern("ambulance")
    /// The interned key "hospitals".
    private static let hospitals = KeyInterner.shared.intern("hospitals")

    /// The candidates of a document's shared-out lists, given its lexicon matches (whose plural
    /// forms are the lists' heads).
    /// `heads`, when given, are the lower-case tokens from the third that hold "ambulance",
    /// "hospitals" or other heads (``EntityFinder/RuleCues``), in order: only they are read.
    static func candidates(_ doc: Document, _ matches: [LexiconMatcher.Match], _ lexicon: CompiledLexicon,
                           heads cues: [Int]? = nil) -> [Candidate] {
        let tokens = doc.tokens
        // The heads first, with the cheap tests before the dear ones: a list needs a
        // capitalised name right before its head, and that name an "and" or a comma before it.
        var heads: [Head] = []
        for m in matches where m.first > 1 {
            // (The entry's fields read in place: a copy of it retained and released its strings.)
            let type = lexicon.entry(m.value.entry).type
            guard PeopleRule.isOrg(type) else { continue }
            if lexicon.entry(m.value.entry).kind == .form {
                guard tokens[m.first - 1].isCapitalised, plural(tokens[m.last - 1]) else { continue }
                // "CCGs" gives "CCG"; "clinical commissioning groups" the form's name.
                let suffix = m.last - m.first == 1 && tokens[m.first].has(.acronym) ? String(doc.text(m.first, m.first + 1).dropLast())
                    : lexicon.entry(m.value.entry).name
                heads.append(Head(first: m.first, last: m.last, suffix: suffix, type: type, form: m.value.entry))
            } else if tokens[m.first].isCapitalised, ["and", "&"].containsKey(tokens[m.first - 1].key), plural(tokens[m.last - 1]),
                      !tokens[m.last - 1].isCapitalised,
                      let j = (m.first + 1..<m.last).first(where: { !tokens[$0].isCapitalised && tokens[$0].isWord }),
                      let f = lexicon.lookup(doc.text(j, m.last)), lexicon.entry(f).kind == .form {
                // "... and Greater Manchester strategic health authorities" is matched whole as
                // the one known authority: its form's words are the list's head.
                let form = lexicon.entry(f)
                heads.append(Head(first: j, last: m.last, suffix: form.name, type: form.type, form: f))
            }
        }
        // "ambulance services" and "ran Heartlands, Good Hope and Solihull hospitals": the keys
        // are interned pointers, compared without reading their bytes, in one pass.
        let ambulance = Self.ambulance, hospitals = Self.hospitals
        let positions: [Int] = cues ?? Array(2..<max(2, tokens.count))
        for k in positions {
            let key = tokens[k].interned
            guard key == ambulance || key == hospitals, tokens[k - 1].isCapitalised, !tokens[k].isCapitalised else { continue }
            if key == hospitals {
                heads.append(Head(first: k, last: k + 1, suffix: "Hospital", type: .trust, form: -1))
            } else if k + 1 < tokens.count, tokens[k + 1].key.is("services") {
                heads.append(Head(first: k, last: k + 2, suffix: "Ambulance Service", type: .trust, form: -1))
            }
        }
        guard !heads.isEmpty else { return [] }
        heads.sort { $0.first < $1.first }
        var out: [Candidate] = []
        for h in heads {
            let sentence = doc.sentences[doc.sentence(ofToken: h.first)]
            guard h.first >= sentence.firstToken + 3, h.last <= sentence.lastToken,
                  let names = conjuncts(doc, before: h.first, start: sentence.firstToken), names.count >= 2 else { continue }
            for (i, n) in names.enumerated() {
                let last = i == names.count - 1 ? h.last : n.upperBound
                out.append(Candidate(first: n.lowerBound, last: last, name: doc.text(n.lowerBound, n.upperBound) + " " + h.suffix,
                                     type: h.type, kind: .instance, form: h.form, priority: 4, partial: true))
            }
        }
        return out
    }

    /// Whether a head word is plural ("authorities", "CCGs", "services").
    private static func plural(_ t: Token) -> Bool {
        let acronym = t.has(.acronym)
        return Vocabulary.singular(t.key, acronymPlural: acronym, upper: !acronym && t.has(.upper)) != t.key
    }

    /// Words a shared-out list opens after: "the Cumbria, Lancashire and ... services", "the
    /// former Avon, ... authorities", "its ...", "their ...".
    /// Words a list of names opens after: determiners, and verbs of running or including
    /// ("which ran Heartlands, Good Hope and Solihull hospitals").
    private static let listOpeners: WordSet = ["the", "former", "its", "their", "ran", "runs", "run", "running", "including", "includes",
                                               "included", "comprising"]

    /// The names listed right before token `k`, opened by one of ``listOpeners``: capitalised
    /// runs joined by "," and a final "and" ("the Cumbria, Lancashire, Greater Manchester and
    /// Mersey Regional ambulance services", two or more names of up to three words), or, with a
    /// comma before that "and", by the commas alone, when a name may hold "and" itself ("the
    /// former Cheshire and Merseyside, Cumbria and Lancashire, and Greater Manchester strategic
    /// health authorities", three or more names of up to six tokens). A list of the first kind
    /// with a second "and" ("the Greater Manchester and Cheshire and Merseyside ICSs") is
    /// ambiguous and gives nil.
    static func conjuncts(_ doc: Document, before k: Int, start: Int) -> [Range<Int>]? {
        let tokens = doc.tokens
        // The run of a name ending at `end`: capitalised words, and (in a serial list) "and"
        // between capitalised words.
        func nameStart(_ end: Int, serial: Bool) -> Int {
            var s = end
            while s > start, end - s < (serial ? 6 : 3), tokens[s - 1].isWord,
                  tokens[s - 1].isCapitalised && !Words.leading.contains(tokens[s - 1].interned)
                    || serial && tokens[s - 1].key.is("and") && s - 1 > start && tokens[s - 2].isCapitalised && s < end {
                s -= 1
            }
            // A name neither starts nor ends with "and".
            while serial, s < end, tokens[s].key.is("and") { s += 1 }
            return s
        }
        // Serial when the last name (read as a serial one) follows ", and".
        let last = nameStart(k, serial: true)
        let serial = last < k && last > start + 1 && !tokens[k - 1].key.is("and") && tokens[last - 1].key.is("and") && tokens[last - 2].key.is(",")
        var names: [Range<Int>] = []
        var end = k
        while true {
            let s = nameStart(end, serial: serial)
            guard s < end, s > start, !serial || s > start + 1 && !tokens[end - 1].key.is("and") else { return nil }
            names.append(s..<end)
            let link = tokens[s - 1].key
            if names.count == 1 {
                // The separator before the last name: "and" (", and" in a serial list).
                guard link.is("and") || !serial && link.is("&") else { return nil }
                end = serial ? s - 2 : s - 1
            } else if link.is(",") {
                end = s - 1
            } else if link.is("and") || link.is("&") {
                // "the Greater Manchester and Cheshire and Merseyside ICSs": which "and" joins
                // names and which is inside one is not known.
                return nil
            } else {
                // The list opens here, after a determiner ("In England and Wales NHS trusts
                // must ..." names no trusts).
                guard listOpeners.contains(link) else { return nil }
                break
            }
            guard end > start else { return nil }
        }
        return names.count >= (serial ? 3 : 2) ? names.reversed() : nil
    }
}
