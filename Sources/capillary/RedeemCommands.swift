import ArgumentParser
import CapillaryAPI
import SpecGenClient
import SpecGenRuntime

struct PointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points", abstract: "Loyalty points.", subcommands: [PointsRedeemCommand.self])
}

/// `capillary points redeem --body redemption.json --program-id 2207`
struct PointsRedeemCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "redeem",
            abstract: "Redeem one customer's points from a JSON body ({\"root\":{\"redeem\":[{...}]}}).",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: RedeemPointsRequest.arguments).helpText)
    }

    @OptionGroup var options: WriteOptions

    func run() async throws {
        let runner = try options.runner(for: RedeemPointsRequest.self)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: options.dryRun, { client, request throws(APIError) in
            try await client.redeemPoints(request)
        }) else { return }
        let label = request.redemptions.first?.customer.identifier ?? "redemption"
        try report(result, label: label, json: options.json) { points in
            [points.redemptionID.map { "redemption \($0)" }, points.balance.map { "balance \(PlainDecimal.text($0))" }]
                .compactMap { $0 }.joined(separator: "  ")
        }
    }
}

struct CouponCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coupon", abstract: "Coupons.", subcommands: [CouponRedeemCommand.self])
}

/// `capillary coupon redeem --body coupon.json`
struct CouponRedeemCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "redeem",
            abstract: "Redeem one coupon from a JSON body ({\"root\":{\"coupon\":[{...}]}}).",
            discussion: "Request options, from the API's spec:\n\n" + EndpointOptions(arguments: RedeemCouponRequest.arguments).helpText)
    }

    @OptionGroup var options: WriteOptions

    func run() async throws {
        let runner = try options.runner(for: RedeemCouponRequest.self)
        let request = try runner.makeRequest()
        guard let result = try await runner.send(request, dryRun: options.dryRun, { client, request throws(APIError) in
            try await client.redeemCoupon(request)
        }) else { return }
        let label = request.coupons.first.flatMap { $0.code ?? $0.id.map(String.init) } ?? "coupon"
        try report(result, label: label, json: options.json) { coupon in
            [coupon.redemptionID.map { "redemption \($0)" }, coupon.itemStatus?.message].compactMap { $0 }.joined(separator: "  ")
        }
    }
}

extension CustomerIdentifiers {
    /// The identifier given, for a table's first column: the first set, in the spec's order.
    var identifier: String? {
        [mobile, email, externalID, id.map(String.init), cardNumber, cardExternalID].lazy.compactMap { $0 }.first
    }
}
