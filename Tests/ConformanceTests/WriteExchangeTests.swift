import CapillaryAPI
import Foundation
import OpenAPIURLSession
import SpecGenClient
import SpecGenRuntime
import Testing

/// The typed write requests that should produce each recorded write exchange
/// (`Fixtures/writes/NAME.exchange.json`), body byte for byte.
enum RecordedWrites {
    /// A date-time in the store's time zone (no offset), as the write bodies carry them.
    static func storeTime(_ day: String, _ hour: Int, _ minute: Int, _ second: Int) -> DateTime {
        DateTime(day: CalendarDate(day)!, hour: hour, minute: minute, second: second, offset: nil)!
    }

    static var addTwoCustomers: AddCustomersRequest {
        AddCustomersRequest(customers: [
            NewCustomer(
                mobile: "447700900101", email: "ann.lee@example.org", externalID: "ANN101", firstname: "Ann", lastname: "Lee",
                cardDetails: NewCustomer.CardDetails(cardNumber: "SILVER0000000101"), type: .loyalty,
                registeredOn: storeTime("2024-03-05", 10, 20, 30), source: "INSTORE",
                extendedFields: [NameValueField(name: "city", value: "Leeds")],
                subscriptions: [SubscriptionSetting(priority: .transactional, scope: "all", isSubscribed: .subscribed, channel: .sms)]),
            NewCustomer(mobile: "447700900102", firstname: "Ben", type: .nonLoyalty),
        ])
    }

    static var addThreeCustomers: AddCustomersRequest {
        var request = AddCustomersRequest(customers: [
            NewCustomer(mobile: "447700900110", externalID: "CLEO110", firstname: "Cleo", lastname: "Park"),
            NewCustomer(mobile: "447700900111", externalID: "DEV111", firstname: "Dev"),
            NewCustomer(
                mobile: "447700900112", email: "eve.moss@example.net", firstname: "Eve", lastname: "Moss",
                customFields: [NameValueField(name: "home_store", value: "Leeds-02")]),
        ])
        request.userContextEntitySource = .api
        return request
    }

    static var updateCustomer: UpdateCustomerRequest {
        UpdateCustomerRequest(customers: [
            CustomerUpdate(
                mobile: "447700900102", lastname: "Carter",
                subscriptions: [SubscriptionSetting(priority: .bulk, scope: "all", isSubscribed: .unsubscribed, channel: .email)]),
        ])
    }

    static var addTransaction: AddTransactionsRequest {
        AddTransactionsRequest(transactions: [
            NewTransaction(
                type: .regular, number: "TILL4-000871", amount: 1150.5, grossAmount: 1200.5, discount: 50,
                billingTime: storeTime("2024-03-05", 18, 40, 0), currencyCode: "GBP",
                customer: TransactionCustomer(mobile: "447700900101"),
                paymentDetails: [Payment(mode: "CASH", value: 1150.5)],
                lineItems: [
                    LineItem(serial: "1", itemCode: "SKU-1001", description: "Kettle", qty: 1, rate: 800.5, value: 800.5, amount: 800.5),
                    LineItem(
                        serial: "2", itemCode: "SKU-2002", description: "Mugs", qty: 4, rate: 100, value: 400, discount: 50, amount: 350),
                ]),
        ])
    }

    static var redeemPoints: RedeemPointsRequest {
        var request = RedeemPointsRequest(redemptions: [
            PointsRedemption(
                customer: CustomerIdentifiers(mobile: "447700900101"), pointsRedeemed: 25, validationCode: "K7Q2ZD",
                transactionNumber: "TILL4-000871"),
        ])
        request.programID = 2207
        return request
    }

    static var redeemPointsUnknownCustomer: RedeemPointsRequest {
        var request = RedeemPointsRequest(redemptions: [
            PointsRedemption(customer: CustomerIdentifiers(mobile: "447700900999"), pointsRedeemed: 40),
        ])
        request.skipValidation = true
        return request
    }

    static var redeemCoupon: RedeemCouponRequest {
        RedeemCouponRequest(coupons: [
            CouponRedemption(
                code: "QW7ERT42", customer: CustomerIdentifiers(mobile: "447700900101"),
                transaction: CouponRedemption.Bill(number: "TILL4-000871", amount: 1150.5)),
        ])
    }
}

@Suite("Write requests reproduce the recordings")
struct WriteRequestConformanceTests {
    /// Checks `request`'s URL, header fields (with the fixtures' credentials) and body against the
    /// exchange `name`.
    private func expectRecorded<Request: EndpointRequest>(_ request: Request, _ name: String) throws {
        let exchange = try RecordedExchange.named("writes/\(name)")
        #expect(Request.method == exchange.request.method)
        #expect(try request.url(relativeTo: CapillaryHost.eu.baseURL).absoluteString == exchange.request.url)
        let body = try #require(try request.makeBody())
        #expect(body.contentType == "application/json")
        #expect(body.bytes == Array(try exchange.requestBody()), "\(String(decoding: body.bytes, as: UTF8.self))")
        var headers = Dictionary(uniqueKeysWithValues: try request.makeHeaderFields().map { ($0.name, $0.value) })
        headers["X-CAP-CLIENT-COUNTRYCODE"] = "1"
        headers["Authorization"] = RecordedRequests.credentials.authorizationValue
        headers["Content-Type"] = body.contentType
        #expect(headers == exchange.request.headers)
    }

    @Test func customerAdd() throws {
        try expectRecorded(RecordedWrites.addTwoCustomers, "customer-add-two")
        try expectRecorded(RecordedWrites.addThreeCustomers, "customer-add-partial-201")
    }

    @Test func customerUpdate() throws {
        try expectRecorded(RecordedWrites.updateCustomer, "customer-update")
    }

    @Test func transactionAddWritesAmountsAsStrings() throws {
        try expectRecorded(RecordedWrites.addTransaction, "transaction-add")
    }

    @Test func pointsRedeem() throws {
        try expectRecorded(RecordedWrites.redeemPoints, "points-redeem")
        try expectRecorded(RecordedWrites.redeemPointsUnknownCustomer, "points-redeem-not-found-816")
    }

    @Test func couponRedeem() throws {
        try expectRecorded(RecordedWrites.redeemCoupon, "coupon-redeem")
        try expectRecorded(RecordedWrites.redeemCoupon, "coupon-redeem-limit-696")
    }

    /// The replaying server compares bodies: one byte off is a mismatch it reports.
    @Test func replayRefusesAnotherBody() throws {
        let replay = try FixtureReplay("writes/points-redeem")
        let exchange = replay.exchange
        var request = LoopbackServer.Request(
            method: "POST", target: replay.recordedTarget,
            headers: exchange.request.headers.map { (name: $0.key, value: $0.value) },
            body: try exchange.requestBody())
        #expect(replay.mismatches(request).isEmpty)
        request.body = Data(String(decoding: request.body, as: UTF8.self).replacingOccurrences(of: ":25,", with: ":26,").utf8)
        #expect(replay.mismatches(request).count == 1)
        request.body = Data()
        #expect(replay.mismatches(request).first?.hasPrefix("body") == true)
    }
}

@Suite("Write rules are checked before sending, with field paths")
struct WriteValidationTests {
    @Test func aCustomerWithoutAnIdentifierIsNamedByItsPlace() {
        var request = RecordedWrites.addTwoCustomers
        request.customers.append(NewCustomer(firstname: "Nobody"))
        #expect(throws: RequestValidationError(parameter: "root.customer[2]", problem: .noneInGroup(members: ["mobile", "email", "external_id"]))) {
            try request.validate()
        }
    }

    @Test func aTooLongNameIsNamedByItsPath() {
        var request = RecordedWrites.addTwoCustomers
        request.customers[1].lastname = String(repeating: "é", count: 101)
        #expect(throws: RequestValidationError(parameter: "root.customer[1].lastname", problem: .tooLong(100))) {
            try request.makeBody()
        }
    }

    @Test func singleItemEndpointsRefuseASecondElement() {
        var points = RecordedWrites.redeemPoints
        points.redemptions.append(points.redemptions[0])
        #expect(throws: RequestValidationError(parameter: "root.redeem", problem: .tooManyItems(1))) {
            try points.validate()
        }
        var coupon = RecordedWrites.redeemCoupon
        coupon.coupons = []
        #expect(throws: RequestValidationError(parameter: "root.coupon", problem: .tooFewItems(1))) {
            try coupon.validate()
        }
    }

    @Test func negativeLineAmountsAndZeroPointsAreRefused() {
        var bill = RecordedWrites.addTransaction
        bill.transactions[0].discount = -5
        #expect(throws: RequestValidationError(parameter: "root.transaction[0].discount", problem: .belowMinimum(0))) {
            try bill.validate()
        }
        // Inside a wrapped list the path goes through the wrapper key, as the body is sent.
        bill = RecordedWrites.addTransaction
        bill.transactions[0].lineItems?[1].discount = -5
        #expect(throws: RequestValidationError(
            parameter: "root.transaction[0].line_items.line_item[1].discount", problem: .belowMinimum(0))) {
            try bill.validate()
        }
        var points = RecordedWrites.redeemPoints
        points.redemptions[0].pointsRedeemed = 0
        #expect(throws: RequestValidationError(parameter: "root.redeem[0].points_redeemed", problem: .belowMinimum(0.001))) {
            try points.validate()
        }
    }

    @Test func aCouponNeedsItsCodeOrID() throws {
        var coupon = RecordedWrites.redeemCoupon
        coupon.coupons[0].code = nil
        #expect(throws: RequestValidationError(parameter: "root.coupon[0]", problem: .noneInGroup(members: ["code", "id"]))) {
            try coupon.validate()
        }
        coupon.coupons[0].id = 88123
        try coupon.validate()
    }

    @Test func undeclaredEnumValuesAreNotSent() {
        var request = RecordedWrites.updateCustomer
        request.customers[0].type = .unknown("PROSPECT")
        #expect(throws: RequestValidationError(parameter: "root.customer[0].type", problem: .undeclaredValue)) {
            try request.validate()
        }
    }
}

/// The generated client sends each write through URLSession to a loopback server that replays the
/// recording and checks method, path and query, headers and body bytes.
@Suite("Write endpoints through the generated client")
struct WriteClientTests {
    private func client(_ server: LoopbackServer) throws -> CapillaryClient {
        var client = try CapillaryClient(
            baseURL: server.baseURL, authentication: .basic(ClientTests.credentials), transport: URLSessionTransport())
        client.countryCode = "1"
        return client
    }

    /// Runs `call` against a server replaying `writes/name`, expecting exactly one matching request.
    private func exchange<Answer>(
        _ name: String, _ call: (CapillaryClient) async throws(APIError) -> Answer
    ) async throws -> Answer {
        let replay = try FixtureReplay("writes/\(name)")
        let server = try replay.start()
        defer { server.stop() }
        let answer = try await call(client(server))
        #expect(server.received.count == 1)
        for request in server.received {
            #expect(replay.mismatches(request).isEmpty, "\(replay.mismatches(request))")
        }
        return answer
    }

    @Test func twoCustomersAdded() async throws {
        let result = try await exchange("customer-add-two") { client throws(APIError) in
            try await client.addCustomers(RecordedWrites.addTwoCustomers)
        }
        #expect(result.status == .allSucceeded)
        #expect(result.items.map(\.identifier) == ["447700900101", "447700900102"])
        #expect(result.items.map { $0.item?.userID } == [610022481, 610022482])
        #expect(result.unrequestedItems.isEmpty)
    }

    @Test func partialAddKeepsTheRejectedCustomerInPlace() async throws {
        let result = try await exchange("customer-add-partial-201") { client throws(APIError) in
            try await client.addCustomers(RecordedWrites.addThreeCustomers)
        }
        #expect(result.status == .partial)
        #expect(result.report == StatusReport(code: 201, success: true, message: "Some requests have failed due to errors"))
        #expect(result.items.map(\.identifier) == ["447700900110", "447700900111", "447700900112"])
        #expect(result.items[0].item?.userID == 610022490)
        let rejected = try #require(result.items[1].failure)
        #expect(rejected == ItemFailure(
            reason: .identifierTaken, code: 1033, message: "External id is already assigned to another customer"))
        #expect(result.items[2].item?.email == "eve.moss@example.net")
    }

    @Test func customerUpdated() async throws {
        let result = try await exchange("customer-update") { client throws(APIError) in
            try await client.updateCustomer(RecordedWrites.updateCustomer)
        }
        #expect(result.status == .allSucceeded)
        #expect(result.items.first?.item?.lastname == "Carter")
        #expect(result.items.first?.item?.itemStatus?.warnings == [91017, 1017])
    }

    @Test func billAdded() async throws {
        let result = try await exchange("transaction-add") { client throws(APIError) in
            try await client.addTransactions(RecordedWrites.addTransaction)
        }
        #expect(result.status == .allSucceeded)
        #expect(result.items.map(\.identifier) == ["TILL4-000871"])
        #expect(result.items.first?.item?.id == 48120077)
    }

    @Test func pointsRedeemed() async throws {
        let result = try await exchange("points-redeem") { client throws(APIError) in
            try await client.redeemPoints(RecordedWrites.redeemPoints)
        }
        #expect(result.status == .allSucceeded)
        #expect(result.item?.redemptionID == "Xq4wLm")
        #expect(result.item?.balance == 115)
    }

    @Test func pointsForAnUnknownCustomerFailWith816() async throws {
        let result = try await exchange("points-redeem-not-found-816") { client throws(APIError) in
            try await client.redeemPoints(RecordedWrites.redeemPointsUnknownCustomer)
        }
        #expect(result.status == .allFailed)
        #expect(result.failure == ItemFailure(reason: .notFound, code: 816, message: "Customer not found for organization"))
    }

    @Test func couponRedeemed() async throws {
        let result = try await exchange("coupon-redeem") { client throws(APIError) in
            try await client.redeemCoupon(RecordedWrites.redeemCoupon)
        }
        #expect(result.status == .allSucceeded)
        #expect(result.item?.redemptionID == "9120334")
    }

    /// The service's latest success shape, without the `response` wrapper, gives the same result.
    @Test func couponRedeemedAnsweredWithoutTheWrapper() async throws {
        let unwrapped = String(decoding: try RecordedExchange.fixture("writes/coupon-redeem-unwrapped.body.json"), as: UTF8.self)
        let replay = try FixtureReplay("writes/coupon-redeem", answer: .body(unwrapped))
        let server = try replay.start()
        defer { server.stop() }
        let result = try await client(server).redeemCoupon(RecordedWrites.redeemCoupon)
        #expect(server.received.count == 1)
        #expect(result.status == .allSucceeded)
        #expect(result.report == StatusReport(code: 200, success: true, message: "Success"))
        #expect(result.item?.code == "ZP3MD8C1")
        #expect(result.item?.redemptionID == "9120360")
    }

    @Test func couponAtItsLimitFailsWith696() async throws {
        let result = try await exchange("coupon-redeem-limit-696") { client throws(APIError) in
            try await client.redeemCoupon(RecordedWrites.redeemCoupon)
        }
        #expect(result.status == .allFailed)
        #expect(result.failure?.reason == .perCodeLimitReached)
        #expect(result.failure?.code == 696)
    }
}
