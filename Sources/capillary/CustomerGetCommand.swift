import ArgumentParser
import CapillaryAPI
import Foundation
import SpecGenClient
import SpecGenRuntime

/// `capillary customer get --email a@x.com,b@y.com --include next-slab --mlp --gap-to-upgrade-for 30`
struct CustomerGetCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "get",
            abstract: "Look up customers by one kind of identifier; several values fetch them in bulk.",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: GetCustomerRequest.arguments).helpText)
    }

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Print the decoded response as JSON, keys sorted, instead of a table.")
    var json = false

    @Flag(help: "Print the request (method, URL, headers with credentials redacted) instead of sending it.")
    var dryRun = false

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var requestOptions: [String] = []

    func run() async throws {
        let runner = RequestRunner<GetCustomerRequest>(connection: connection, requestOptions: requestOptions)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: dryRun, { client, request throws(APIError) in
            try await client.getCustomer(request)
        }) else { return }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(TerminalText.escapedJSON(String(decoding: try encoder.encode(result.body), as: UTF8.self)))
        } else {
            print(CustomerTable(result: result).text, terminator: "")
        }
        try finish(result)
    }

    /// Reports failed items on standard error and exits with 0 (all found), 2 (some) or 1 (none).
    private func finish(_ result: GetCustomerResult) throws {
        let found = result.items.filter { $0.item != nil }.count
        for item in result.items where item.item == nil {
            printError("\(item.identifier): \(item.failure.map(String.init(describing:)) ?? "no answer in the response")")
        }
        if found == result.items.count { return }
        printError("\(found) of \(result.items.count) found; the service says \(result.report)")
        throw found == 0 ? ExitCode.failure : ExitCode(2)
    }
}
