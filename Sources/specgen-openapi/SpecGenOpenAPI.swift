import ArgumentParser

/// `specgen-openapi`: OpenAPI documents in. A tool of its own so that `specgen`, the build plugin
/// and every plugin user's build never compile the OpenAPI parser.
@main
struct SpecGenOpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen-openapi",
        abstract: "Imports OpenAPI 3.0 and 3.1 documents as specgen spec folders.",
        subcommands: [ImportCommand.self])
}
