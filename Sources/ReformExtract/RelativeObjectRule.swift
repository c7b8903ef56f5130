import ReformCore

/// "the Competition and Markets Authority, which the Enterprise and Regulatory Reform Act 2013
/// had created": a relative clause whose subject is another name, with the body before it as
/// the verb's object. The verb phrase after that subject (up to the next comma or the end of
/// the clause) is read as ``VerbRule`` reads a gap, with subject and object swapped back.
enum RelativeObjectRule {
    /// Adds to `out` the relations of every "X, which Y <verb>" in the sentence.
    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens, end = view.range.upperBound
        guard items.count >= 2 else { return }
        for i in 0..<(items.count - 1) {
            let object = items[i], subject = items[i + 1]
            var k = object.last
            guard k + 2 < end, tokens[k].key.is(",") else { continue }
            k += 1
            guard tokens[k].key.is("which") || tokens[k].key.is("that") || tokens[k].key.is("whom") else { continue }
            k += 1
            if tokens[k].key.is("the") { k += 1 }
            guard subject.first == k, subject.entity != object.entity else { continue }
            // The verb phrase: to the next comma, clause end or mention, at most nine words
            // ("had led and published in October 2016").
            var v = subject.last
            while v < end, v - subject.last < 10, view.doc.mentionAt[v] < 0,
                  ![",", ".", ";", ":", ")"].containsKey(tokens[v].key) { v += 1 }
            guard v > subject.last, v - subject.last <= 9, v == end || view.doc.mentionAt[v] < 0 else { continue }
            let gap = VerbRule.content(view, subject.last, v)
            guard !gap.isEmpty, !view.negated(subject.last, v) else { continue }
            // "which Sir Hugh Taylor had led and published": each verb of a coordination.
            let parts = gap.contains(where: { $0.is("and") }) ? gap.split(whereSeparator: { $0.is("and") }).map(Array.init) : [gap]
            for part in parts {
                guard let trigger = VerbRule.match(part) else { continue }
                // Only verbs whose object is the thing the clause is about ("which X created",
                // "which Y absorbed"), not a link that wants a further name ("which X merged with").
                guard let tail = part.last, !Triggers.fillers.contains(tail) || tail.is("itself") else { continue }
                // ("X, which Y had created": Y is the verb's subject, X its object.)
                VerbRule.emit(view, [i + 1], [i], trigger, pivot: subject.last, into: &out)
            }
        }
    }
}
