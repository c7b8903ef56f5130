import ArgumentParser

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(being written)")
    func run() throws { throw ValidationError("`Repl` is not available yet") }
}
