import ArgumentParser

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(being written)")
    func run() throws { throw ValidationError("`build` is not available yet") }
}
