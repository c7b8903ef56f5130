import ArgumentParser

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(being written)")
    func run() throws { throw ValidationError("`Query` is not available yet") }
}
