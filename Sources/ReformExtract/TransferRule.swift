import ReformCore

/// Lineage stated as a transfer of work: "transferred most commissioning from primary care
/// trusts to new clinical commissioning groups", "the agency was abolished, its work passing
/// to Public Health England". The body the work leaves is `replaced_by` the one it goes to.
/// Both must be bodies, and both forms or both named instances.
enum TransferRule {
    private static let transferVerbs: WordSet = [
        "transferred", "transfers", "transferring", "transfer", "moved", "moves", "moving", "passed", "passes",
        "passing", "shifted", "shifts", "shifting", "handed", "hands", "handing", "switched", "migrated",
    ]
    private static let workNouns: WordSet = [
        "work", "functions", "function", "responsibilities", "responsibility", "duties", "role", "roles", "powers",
        "budget", "budgets", "staff", "commissioning",
    ]
    private static let takeVerbs: WordSet = ["took", "take", "takes", "taking", "assumed", "assume", "assumes", "inherited",
                                                 "inherits", "inherit", "absorbed", "absorbs"]
    private static let bodyTypes: Set<EntityType> = Triggers.bodies.subtracting([.report, .programme])

    static func apply(_ view: SentenceView, into out: inout [DocRelation]) {
        let items = view.items, tokens = view.tokens
        for i in items.indices.dropLast() {
            let x = items[i], y = items[i + 1]
            guard bodyTypes.contains(x.type), bodyTypes.contains(y.type), x.entity != y.entity,
                  x.kind == y.kind, !view.negated(max(view.range.lowerBound, x.first - 8), y.first) else { continue }
            let gap = view.keys(x.last, y.first).filter { $0 != "the" && $0 != "new" && $0 != "a" }
            var transfer = false
            // "... transferred (most) commissioning from X to Y".
            if gap == ["to"] {
                var k = x.first - 1
                if k > view.range.lowerBound, ["the", "new", "existing"].contains(tokens[k].key) { k -= 1 }
                if k > view.range.lowerBound, tokens[k].key == "from" {
                    transfer = (max(view.range.lowerBound, k - 6)..<k).contains { transferVerbs.contains(tokens[$0].key) }
                }
            }
            // "X was abolished, its work passing to Y".
            if let its = gap.lastIndex(where: { $0 == "its" || $0 == "their" }), gap.count - its <= 4, gap.last == "to",
               its + 1 < gap.count, workNouns.contains(gap[its + 1]), its + 2 < gap.count, transferVerbs.contains(gap[its + 2]) {
                transfer = true
            }
            // "ICBs took on the commissioning functions of CCGs": the later body is the first.
            if let v = gap.firstIndex(where: { takeVerbs.contains($0) }), gap.last == "of", gap.count - v <= 5,
               gap[(v + 1)..<(gap.count - 1)].contains(where: { workNouns.contains($0) }), !gap[..<v].contains(",") {
                out.append(DocRelation(source: y.entity, predicate: .replacedBy, target: x.entity, year: view.year(near: x.first),
                                       sentence: view.index))
                continue
            }
            guard transfer else { continue }
            out.append(DocRelation(source: x.entity, predicate: .replacedBy, target: y.entity, year: view.year(near: x.first),
                                   sentence: view.index))
        }
    }
}
