/// The shell's help: one entry per command, with usage and examples.
public enum HelpText {
    /// One command's help.
    public struct Entry: Sendable {
        /// The command's name.
        public var name: String
        /// Its syntax.
        public var usage: String
        /// One line on what it answers.
        public var summary: String
        /// More detail, or "".
        public var details: String
        /// Lines to try.
        public var examples: [String]

        /// The summary up to its first ";" or "(", for the overview.
        public var short: String {
            let cut = summary.firstIndex { $0 == ";" || $0 == "(" } ?? summary.endIndex
            var s = String(summary[..<cut])
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// Every entry, in the order `help` lists them.
    public static let entries: [Entry] = [
        Entry(name: "find", usage: "find TEXT [type:T] [limit N]",
              summary: "ranked fuzzy search over names and aliases",
              details: "Exact names first, then names that start with TEXT, contain its words, match its initials, contain it, or are a typo away.",
              examples: ["find commissioning", "find kings fund", "find stevens type:person", "find hsca"]),
        Entry(name: "show", usage: "show ENTITY",
              summary: "type, kind, aliases, documents and every relation in and out",
              details: "ENTITY is any name or alias, any case, quotes optional; `#N` picks entity N, `TYPE:NAME` one type.",
              examples: ["show CCG", "show \"The King's Fund\"", "show person:Simon Stevens"]),
        Entry(name: "neighbours", usage: "neighbours ENTITY [out|in|both] [PREDICATE…] [depth N]",
              summary: "entities one or more steps away (`neighbors` works too)",
              details: "Direction defaults to both, depth to 1. co_occurs edges are skipped unless named.",
              examples: ["neighbours ICB", "neighbours CCG out replaced_by established_by", "neighbours NHS England in depth 2"]),
        Entry(name: "lineage", usage: "lineage ENTITY",
              summary: "predecessors and successors, with the acts and years (through replaced_by, renamed_to, evolved_into, merged_into)",
              details: "Shows the chain (or tree, where it branches), then each step with the acts or reports that abolished the old form and established the new one.",
              examples: ["lineage CCG", "lineage \"Sustainability and Transformation Plan\""]),
        Entry(name: "path", usage: "path A B [PREDICATE…]",
              summary: "the shortest connection, each step with predicate and direction",
              details: "Direction is ignored when searching and shown in the answer (—leads→ or ←member_of—). Quote names when there are several words, or give them unquoted when the split is unambiguous.",
              examples: ["path \"Simon Stevens\" \"King's Fund\"", "path CCG ICS", "path Darzi NHS England authored published"]),
        Entry(name: "paths", usage: "paths A B [PREDICATE…]",
              summary: "every shortest connection (up to 25)",
              details: "As `path`, listing all shortest paths.",
              examples: ["paths \"Simon Stevens\" \"King's Fund\""]),
        Entry(name: "why", usage: "why A B",
              summary: "the evidence sentences for the relations between A and B",
              details: "Both directions. When A and B are not directly related, the evidence for each step of a shortest path between them.",
              examples: ["why CCG ICB", "why \"Clinical Commissioning Group\" \"Health and Social Care Act 2012\""]),
        Entry(name: "subgraph", usage: "subgraph ENTITY [depth N]",
              summary: "everything within N steps and the relations among it (default depth 1)",
              details: "",
              examples: ["subgraph ICS", "subgraph NHS England depth 2"]),
        Entry(name: "top", usage: "top [TYPE] [N]",
              summary: "the N most connected entities (default 10), optionally of one type",
              details: "TYPE is a type name such as person, think_tank, act (plurals work: people, think tanks).",
              examples: ["top", "top person 5", "top think_tank"]),
        Entry(name: "timeline", usage: "timeline [ENTITY] [limit N]",
              summary: "dated relations in year order, for one entity or all",
              details: "",
              examples: ["timeline", "timeline CCG"]),
        Entry(name: "at", usage: "at YEAR",
              summary: "the forms and bodies that existed in YEAR (from dated establish, abolish and replace relations)",
              details: "An entity begins the year it was established (or something was replaced by it) and ends the year it was abolished or replaced; `?` marks an unknown start.",
              examples: ["at 2015", "at 2023"]),
        Entry(name: "types", usage: "types", summary: "entities per type and relations per predicate", details: "", examples: ["types"]),
        Entry(name: "stats", usage: "stats", summary: "the size of the graph", details: "", examples: ["stats"]),
        Entry(name: "export", usage: "export FORMAT FILE",
              summary: "write the last result as a subgraph (formats: see `help export`)",
              details: "Writes atomically: the file is replaced only when complete. `export FILE.json` takes the format from the extension.",
              examples: ["lineage CCG", "export json ccg-lineage.json", "export dot ccg.dot"]),
        Entry(name: "format", usage: "format table|json",
              summary: "show results as aligned tables (default) or JSON",
              details: "", examples: ["format json", "format table"]),
        Entry(name: "rows", usage: "rows N|all",
              summary: "rows shown per table before the rest are counted",
              details: "", examples: ["rows 100", "rows all"]),
        Entry(name: "colour", usage: "colour on|off",
              summary: "colour on a terminal (`color` works too)", details: "", examples: ["colour off"]),
        Entry(name: "help", usage: "help [COMMAND]", summary: "this list, or one command with examples", details: "", examples: ["help lineage"]),
        Entry(name: "quit", usage: "quit", summary: "leave the shell (or Ctrl-D); `exit` works too", details: "", examples: []),
    ]

    /// The help for one command (or alias), if it exists.
    public static func entry(_ name: String) -> Entry? {
        let n = name.lowercased()
        let canonical = QueryParser.commandName(n) ?? ShellCommand.canonical(n) ?? n
        return entries.first { $0.name == canonical }
    }

    /// `help`: every command with its summary.
    public static func overview(exportFormats: [String]) -> String {
        // Fits 80 columns: a long usage gets its own line, the summary goes below it.
        let width = 28
        var lines = ["Commands (ENTITY is any name or alias; quotes are optional when unambiguous):", ""]
        for e in entries {
            if e.usage.count > width {
                lines.append("  " + e.usage)
                lines.append(String(repeating: " ", count: width + 4) + e.short)
            } else {
                lines.append("  " + e.usage + String(repeating: " ", count: width - e.usage.count) + "  " + e.short)
            }
        }
        lines += ["", "Export formats: \(exportFormats.joined(separator: ", ")).  Type `help COMMAND` for examples.",
                  "Try: lineage CCG · path \"Simon Stevens\" \"King's Fund\" · at 2015 · why CCG ICB"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `help COMMAND`.
    public static func detail(_ e: Entry, exportFormats: [String]) -> String {
        var lines = ["usage: " + e.usage, "", e.summary + "."]
        if !e.details.isEmpty { lines.append(e.details) }
        if e.name == "export" { lines.append("Formats: \(exportFormats.joined(separator: ", ")).") }
        if !e.examples.isEmpty {
            lines += ["", "examples:"] + e.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
