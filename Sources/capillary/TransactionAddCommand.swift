import ArgumentParser
import CapillaryAPI
import SpecGenClient
import SpecGenRuntime

struct TransactionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transaction", abstract: "Bills (transactions).", subcommands: [TransactionAddCommand.self])
}

/// `capillary transaction add --body bills.json`
struct TransactionAddCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: "Record bills from a JSON body ({\"root\":{\"transaction\":[...]}}); each is answered on its own. Never retried: a repeated request records the bills twice.",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: AddTransactionsRequest.arguments).helpText)
    }

    @OptionGroup var options: WriteOptions

    func run() async throws {
        let runner = try options.runner(for: AddTransactionsRequest.self)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: options.dryRun, { client, request throws(APIError) in
            try await client.addTransactions(request)
        }) else { return }
        try report(result, json: options.json) { bill in
            [bill.id.map { "bill \($0)" }, bill.itemStatus?.message].compactMap { $0 }.joined(separator: "  ")
        }
    }
}
