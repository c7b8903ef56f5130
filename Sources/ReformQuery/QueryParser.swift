import ReformCore

/// Reads a command line into a ``QueryCommand``, resolving names through an ``EntityResolver``.
///
/// Options go after the names (`neighbours CCG out replaced_by depth 2`); only unquoted
/// words are read as options, so a name that ends in "in" can be quoted. Two names without
/// quotes (`path Simon Stevens King's Fund`) are divided where both halves are known names;
/// if that is not unique the error asks for quotes.
public struct QueryParser: Sendable {
    let graph: KnowledgeGraph
    let resolver: EntityResolver
    let limits: QueryLimits
    /// The engine, when the parser came from one: lets `lineage` settle a name shared by
    /// forms of one lineage.
    var engine: QueryEngine?

    /// Extra predicate names the extractor may emit, accepted as filters.
    static let knownExtraPredicates: Set<String> = ["co_occurs", "runs", "partners_with", "oversees",
                                                    "funds", "recommends", "hosted_by", "located_in"]

    /// A parser for `graph`.
    public init(graph: KnowledgeGraph, resolver: EntityResolver, limits: QueryLimits) {
        self.graph = graph
        self.resolver = resolver
        self.limits = limits
    }

    /// The canonical command name for a word, or nil.
    public static func commandName(_ word: String) -> String? {
        let w = word.lowercased()
        if QueryCommand.names.contains(w) { return w }
        return QueryCommand.aliases[w]
    }

    /// Parses `line`; throws a ``QueryError`` that says what to type instead.
    public func parse(_ line: String) throws -> QueryCommand {
        let tokens = try CommandTokenizer.tokenize(line)
        guard let first = tokens.first else { throw QueryError.missingArgument(command: "", what: "a command") }
        return try parse(command: first.text, arguments: Array(tokens.dropFirst()))
    }

    /// Parses a command word and its argument tokens.
    public func parse(command word: String, arguments args: [Token]) throws -> QueryCommand {
        guard let name = Self.commandName(word) else {
            throw QueryError.unknownCommand(word, suggestions: Self.suggestCommands(word))
        }
        switch name {
        case "find":
            var rest = args
            var type: EntityType? = nil
            var limit = 20
            if let n = try takeNumber(&rest, keyword: "limit", command: name) { limit = min(max(n, 1), limits.maxRows) }
            rest.removeAll { t in
                guard !t.quoted, t.text.lowercased().hasPrefix("type:") else { return false }
                type = Self.entityType(String(t.text.dropFirst(5)))
                return true
            }
            if let bad = args.first(where: { !$0.quoted && $0.text.lowercased().hasPrefix("type:") }), type == nil {
                throw QueryError.badArgument(command: name, argument: bad.text, expected: "type:T with T one of \(Self.typeList)")
            }
            let text = rest.map(\.text).joined(separator: " ")
            guard !text.isEmpty || type != nil else { throw QueryError.missingArgument(command: name, what: "some text to search for, e.g. `find commissioning`") }
            return .find(text: text, type: type, limit: limit)
        case "show":
            return .show(try entity(args, command: name))
        case "lineage":
            // "STP" may name both the Plan and the Partnership; if the candidates share one
            // lineage the answer is the same tree, so take the earliest.
            guard !args.isEmpty else { return .lineage(try entity(args, command: name)) }
            return .lineage(try resolver.resolve(args.map(\.text).joined(separator: " ")) { ids in
                guard let engine else { return nil }
                let first = ids.min()!
                let family = Set(engine.lineageMembers(of: first).entities)
                return ids.allSatisfy(family.contains) ? first : nil
            })
        case "neighbours":
            var rest = args
            let depth = try takeNumber(&rest, keyword: "depth", command: name) ?? 1
            var direction = Direction.both
            var predicates: [Predicate] = []
            while let last = rest.last, !last.quoted {
                let w = last.text.lowercased()
                if let d = Direction(rawValue: w) { direction = d }
                else if let p = predicate(w) { predicates.insert(p, at: 0) }
                else { break }
                rest.removeLast()
            }
            let id: EntityID
            do { id = try entity(rest, command: name) } catch { throw misspeltPredicate(rest, command: name, error: error) }
            return .neighbours(id, direction: direction, predicates: predicates, depth: try checkDepth(depth, command: name))
        case "path", "paths":
            var rest = args
            var predicates: [Predicate] = []
            while let last = rest.last, !last.quoted, rest.count > 2, let p = predicate(last.text.lowercased()) {
                predicates.insert(p, at: 0)
                rest.removeLast()
            }
            let (a, b): (EntityID, EntityID)
            do { (a, b) = try twoEntities(rest, command: name) } catch { throw misspeltPredicate(rest, command: name, error: error) }
            return .path(a, b, predicates: predicates, all: name == "paths")
        case "why":
            let (a, b) = try twoEntities(args, command: name)
            return .why(a, b)
        case "subgraph":
            var rest = args
            let depth = try takeNumber(&rest, keyword: "depth", command: name) ?? 1
            return .subgraph(try entity(rest, command: name), depth: try checkDepth(depth, command: name))
        case "top":
            var type: EntityType? = nil
            var count = 10
            for t in args {
                if let n = Int(t.text) {
                    guard n > 0 else { throw QueryError.badArgument(command: name, argument: t.text, expected: "a positive count") }
                    count = min(n, limits.maxRows)
                } else if let ty = Self.entityType(t.text) {
                    type = ty
                } else {
                    throw QueryError.badArgument(command: name, argument: t.text, expected: "an entity type (\(Self.typeList)) or a count")
                }
            }
            return .top(type: type, count: count)
        case "timeline":
            var rest = args
            let limit = try takeNumber(&rest, keyword: "limit", command: name) ?? limits.maxRows
            if rest.isEmpty { return .timeline(nil, limit: min(max(limit, 1), limits.maxRows)) }
            return .timeline(try entity(rest, command: name), limit: min(max(limit, 1), limits.maxRows))
        case "at":
            guard args.count == 1 else { throw QueryError.missingArgument(command: name, what: "one year, e.g. `at 2015`") }
            guard let y = Int(args[0].text), (1000...2999).contains(y) else {
                throw QueryError.badArgument(command: name, argument: args[0].text, expected: "a four-digit year such as 2015")
            }
            return .at(year: y)
        case "types":
            guard args.isEmpty else { throw QueryError.badArgument(command: name, argument: args[0].text, expected: "no arguments") }
            return .types
        default:
            guard args.isEmpty else { throw QueryError.badArgument(command: name, argument: args[0].text, expected: "no arguments") }
            return .stats
        }
    }

    // MARK: Pieces

    /// An entity type from its wire name, label or plural ("think_tank", "think tanks", "ccgs", "people").
    public static func entityType(_ word: String) -> EntityType? {
        var w = word.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "_")
        if w == "people" { return .person }
        if let t = EntityType(rawValue: w) { return t }
        if w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" } else if w.hasSuffix("s") { w = String(w.dropLast()) }
        return EntityType(rawValue: w)
    }

    static var typeList: String { EntityType.allCases.map(\.rawValue).joined(separator: ", ") }

    func predicate(_ word: String) -> Predicate? {
        let w = String(word.map { $0 == "-" ? "_" : $0 })
        let p = Predicate(w)
        guard p.isWellFormed else { return nil }
        if p.isSchema || Self.knownExtraPredicates.contains(w) || w.contains("_") { return p }
        return nil
    }

    /// When a name does not resolve and its last word looks like a misspelt predicate
    /// (`neighbours CCG replacedby`), that is the better error.
    func misspeltPredicate(_ tokens: [Token], command: String, error: Error) -> Error {
        guard let last = tokens.last, !last.quoted, tokens.count > 1 else { return error }
        let w = Array(last.text.lowercased().utf8)
        let known = Predicate.schema.map(\.rawValue) + Self.knownExtraPredicates.sorted()
        let close = known.filter { EntityResolver.editDistance(Array($0.utf8), w, limit: 2) != nil
            || EntityResolver.editDistance(Array($0.utf8).filter { $0 != 0x5F }, w.filter { $0 != 0x5F }, limit: 1) != nil }
        guard let guess = close.first else { return error }
        return QueryError.badArgument(command: command, argument: last.text, expected: "a predicate such as `\(guess)`")
    }

    private func takeNumber(_ tokens: inout [Token], keyword: String, command: String) throws -> Int? {
        for i in tokens.indices where !tokens[i].quoted {
            let w = tokens[i].text.lowercased()
            if w == keyword {
                guard i + 1 < tokens.count, let n = Int(tokens[i + 1].text) else {
                    throw QueryError.badArgument(command: command, argument: i + 1 < tokens.count ? tokens[i + 1].text : keyword,
                                                 expected: "a number after `\(keyword)`, e.g. `\(keyword) 2`")
                }
                tokens.removeSubrange(i...(i + 1))
                return n
            }
            if w.hasPrefix(keyword + ":") || w.hasPrefix(keyword + "=") {
                guard let n = Int(w.dropFirst(keyword.count + 1)) else {
                    throw QueryError.badArgument(command: command, argument: tokens[i].text, expected: "`\(keyword) N`")
                }
                tokens.remove(at: i)
                return n
            }
        }
        return nil
    }

    private func checkDepth(_ d: Int, command: String) throws -> Int {
        guard d >= 1 else { throw QueryError.badArgument(command: command, argument: String(d), expected: "a depth of 1 or more") }
        guard d <= limits.maxDepth else {
            throw QueryError.badArgument(command: command, argument: String(d), expected: "a depth of at most \(limits.maxDepth)")
        }
        return d
    }

    private func entity(_ tokens: [Token], command: String) throws -> EntityID {
        guard !tokens.isEmpty else {
            throw QueryError.missingArgument(command: command, what: "an entity name, e.g. `\(command) CCG`")
        }
        return try resolver.resolve(tokens.map(\.text).joined(separator: " "))
    }

    private func twoEntities(_ tokens: [Token], command: String) throws -> (EntityID, EntityID) {
        guard tokens.count >= 2 else {
            throw QueryError.missingArgument(command: command, what: "two entity names, e.g. `\(command) \"Simon Stevens\" \"King's Fund\"`")
        }
        func join(_ s: ArraySlice<Token>) -> String { s.map(\.text).joined(separator: " ") }
        if tokens.count == 2 { return (try resolver.resolve(tokens[0].text), try resolver.resolve(tokens[1].text)) }
        if tokens[0].quoted { return (try resolver.resolve(tokens[0].text), try resolver.resolve(join(tokens[1...]))) }
        if tokens.last!.quoted { return (try resolver.resolve(join(tokens.dropLast())), try resolver.resolve(tokens.last!.text)) }
        // Unquoted words: divide where both halves are known names.
        let splits = 1..<tokens.count
        let exact = splits.filter { !graph.lookup(join(tokens[..<$0])).isEmpty && !graph.lookup(join(tokens[$0...])).isEmpty }
        if exact.count == 1 {
            let i = exact[0]
            return (try resolver.resolve(join(tokens[..<i])), try resolver.resolve(join(tokens[i...])))
        }
        if exact.isEmpty {
            var resolved: [(EntityID, EntityID)] = []
            for i in splits {
                if let a = try? resolver.resolve(join(tokens[..<i])), let b = try? resolver.resolve(join(tokens[i...])) {
                    resolved.append((a, b))
                }
            }
            if resolved.count == 1 { return resolved[0] }
        }
        throw QueryError.ambiguousSplit(command: command, words: join(tokens[...]))
    }

    /// Commands within a small edit distance of `word`.
    public static func suggestCommands(_ word: String) -> [String] {
        let w = Array(word.lowercased().utf8)
        let all = QueryCommand.names + ShellCommand.names
        return all.filter { name in
            let n = Array(name.utf8)
            return EntityResolver.editDistance(n, w, limit: max(1, min(2, n.count / 3))) != nil
                || (w.count >= 3 && n.starts(with: w))
        }
    }
}
