import ArgumentParser
import CapillaryAPI
import SpecGenClient
import SpecGenRuntime

/// `capillary customer add --body customers.json`
struct CustomerAddCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: "Register customers from a JSON body ({\"root\":{\"customer\":[...]}}); each is answered on its own.",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: AddCustomersRequest.arguments).helpText)
    }

    @OptionGroup var options: WriteOptions

    func run() async throws {
        let runner = try options.runner(for: AddCustomersRequest.self)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: options.dryRun, { client, request throws(APIError) in
            try await client.addCustomers(request)
        }) else { return }
        try report(result, json: options.json, describe: SavedCustomer.summary)
    }
}

/// `capillary customer update --body customer.json`
struct CustomerUpdateCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "update",
            abstract: "Change one customer from a JSON body ({\"root\":{\"customer\":[{...}]}}).",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: UpdateCustomerRequest.arguments).helpText)
    }

    @OptionGroup var options: WriteOptions

    func run() async throws {
        let runner = try options.runner(for: UpdateCustomerRequest.self)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: options.dryRun, { client, request throws(APIError) in
            try await client.updateCustomer(request)
        }) else { return }
        try report(result, json: options.json, describe: SavedCustomer.summary)
    }
}

extension SavedCustomer {
    /// `user 610022481 Ann Lee`, for a table's detail cell.
    static func summary(_ customer: SavedCustomer) -> String {
        let name = [customer.firstname, customer.lastname].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return [customer.userID.map { "user \($0)" }, name.isEmpty ? nil : name, customer.itemStatus?.message]
            .compactMap { $0 }.joined(separator: "  ")
    }
}
