import ArgumentParser

/// The options every write subcommand takes besides the request's own.
struct WriteOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp(
        "The request body: a JSON file, or - for standard input, as the service documents it, inside its envelope.",
        valueName: "file"))
    var body: String

    @Flag(help: "Print the request (method, URL, headers with credentials redacted, body) instead of sending it.")
    var dryRun = false

    @Flag(help: "Print the decoded response as JSON, keys sorted, instead of a table.")
    var json = false

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var requestOptions: [String] = []

    /// The runner for `Request`, with the body read.
    func runner<Request>(for type: Request.Type) throws -> RequestRunner<Request> {
        RequestRunner(connection: connection, requestOptions: requestOptions, body: try BodyInput.read(body))
    }
}
