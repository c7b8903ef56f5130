import ArgumentParser

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(being written)")
    func run() throws { throw ValidationError("`Import` is not available yet") }
}
