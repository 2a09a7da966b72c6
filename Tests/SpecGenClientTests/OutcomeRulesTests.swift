import Testing
@testable import SpecGenClient

/// Matching items to the values asked for, and reading statuses, without any API's types.
@Suite("Outcome rules")
struct OutcomeRulesTests {
    enum Reason: ItemFailureReason {
        case notFound
        case unknown(Int?)

        init(code: Int?) {
            self = code == 404 ? .notFound : .unknown(code)
        }

        var description: String { self == .notFound ? "not_found" : "unknown" }
    }

    struct Item: Sendable, Equatable {
        var key: String?
        var status: StatusReport?
    }

    private let rules = OutcomeRules<Reason>(allSucceeded: [200], partial: [201], allFailed: [500], itemSuccess: [1, 2])
    private let found = StatusReport(code: 1, success: true)

    private func result(_ values: [String], _ items: [Item], code: Int = 200) throws -> BatchResult<String, Item, Reason> {
        try rules.result(
            of: "body", status: StatusReport(code: code), values: values, items: items, echo: \.key, itemStatus: \.status)
    }

    @Test func requestLevelCodes() throws {
        #expect(try rules.batchStatus(StatusReport(code: 200)) == .allSucceeded)
        #expect(try rules.batchStatus(StatusReport(code: 201)) == .partial)
        #expect(try rules.batchStatus(StatusReport(code: 500)) == .allFailed)
        #expect(throws: APIError.self) { try rules.batchStatus(StatusReport(code: 401, message: "bad credentials")) }
        #expect(throws: APIError.self) { try rules.batchStatus(StatusReport(code: nil)) }
    }

    @Test func itemsInRequestOrder() throws {
        let answer = try result(["a", "b"], [Item(key: "a", status: found), Item(key: "b", status: found)])
        #expect(answer.items.map(\.identifier) == ["a", "b"])
        #expect(answer.items.map(\.item?.key) == ["a", "b"])
        #expect(answer.unrequestedItems.isEmpty)
    }

    @Test func echoedValuesWinOverPosition() throws {
        let answer = try result(["a", "b", "c"], [
            Item(key: "c", status: found), Item(key: "a", status: found), Item(key: "b", status: found),
        ])
        #expect(answer.items.map(\.item?.key) == ["a", "b", "c"])
    }

    @Test func itemsWithoutEchoTakeTheRemainingValuesInOrder() throws {
        let missing = StatusReport(code: 404, success: false, message: "no such item")
        let answer = try result(["a", "b", "c"], [
            Item(key: "a", status: found), Item(key: nil, status: missing), Item(key: "C-normalised", status: found),
        ], code: 201)
        #expect(answer.status == .partial)
        #expect(answer.items[1].failure == ItemFailure(reason: .notFound, code: 404, message: "no such item"))
        #expect(answer.items[2].item?.key == "C-normalised")
    }

    @Test func leftoverValuesAreUnansweredAndLeftoverItemsKept() throws {
        let short = try result(["a", "b"], [Item(key: "b", status: found)])
        #expect(short.items[0].identifier == "a")
        guard case .unanswered = short.items[0].outcome else {
            Issue.record("expected unanswered")
            return
        }
        #expect(short.items[1].item?.key == "b")

        let long = try result(["a"], [Item(key: "a", status: found), Item(key: "z", status: found)])
        #expect(long.items.count == 1)
        #expect(long.unrequestedItems == [Item(key: "z", status: found)])
    }

    @Test func successFromTheFlagThenTheCodeThenTheRequest() throws {
        let answer = try result(["a", "b", "c", "d"], [
            Item(key: "a", status: StatusReport(code: 999, success: true)),
            Item(key: "b", status: StatusReport(code: 2)),
            Item(key: "c", status: StatusReport(code: 2, success: false)),
            Item(key: "d", status: nil),
        ])
        #expect(answer.items.map { $0.item != nil } == [true, true, false, true])
        let failedRequest = try result(["d"], [Item(key: "d", status: nil)], code: 500)
        #expect(failedRequest.items[0].failure?.reason == .unknown(nil))
    }

    @Test func unknownCodesAreKeptRaw() throws {
        let answer = try result(["a"], [Item(key: "a", status: StatusReport(code: 7777, success: false, message: "new"))])
        #expect(answer.items[0].failure == ItemFailure(reason: .unknown(7777), code: 7777, message: "new"))
        #expect(String(describing: answer.items[0].failure!) == "unknown (7777): new")
    }

    // MARK: One item object

    private func single(_ item: Item?, code: Int = 200) throws -> SingleItemResult<String, Item, Reason> {
        try rules.result(of: "body", status: StatusReport(code: code, message: "m"), item: item, itemStatus: \.status)
    }

    @Test func aSingleItemIsJudgedByItsOwnStatus() throws {
        let answer = try single(Item(key: "a", status: found))
        #expect(answer.status == .allSucceeded)
        #expect(answer.report == StatusReport(code: 200, message: "m"))
        #expect(answer.item == Item(key: "a", status: found))
        #expect(answer.failure == nil)
        #expect(answer.body == "body")

        // A failed item inside a body whose request status is "all succeeded" is still a failure.
        let expired = StatusReport(code: 404, success: false, message: "gone")
        let failed = try single(Item(key: "a", status: expired))
        #expect(failed.outcome == .failure(ItemFailure(reason: .notFound, code: 404, message: "gone")))
        #expect(failed.item == nil)

        // Without a success flag, the item codes decide.
        #expect(try single(Item(key: "a", status: StatusReport(code: 2))).item?.key == "a")
        #expect(try single(Item(key: "a", status: StatusReport(code: 3))).failure?.reason == .unknown(3))
    }

    @Test func aSingleItemWithoutStatusSharesTheRequests() throws {
        #expect(try single(Item(key: "a", status: nil)).item?.key == "a")
        let failed = try single(Item(key: "a", status: nil), code: 500)
        #expect(failed.status == .allFailed)
        #expect(failed.failure == ItemFailure(reason: .unknown(nil), code: nil, message: nil))
    }

    @Test func aMissingItemIsUnansweredAndARefusalThrows() throws {
        let answer = try single(nil, code: 500)
        #expect(answer.outcome == .unanswered)
        #expect(answer.status == .allFailed)
        #expect(throws: APIError.self) { try single(Item(key: "a", status: found), code: 401) }
    }
}

@Suite("Error texts")
struct ErrorTextTests {
    @Test func jsonPaths() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(_ string: String) { stringValue = string }
            init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
            init?(stringValue: String) { self.init(stringValue) }
            init?(intValue: Int) { self.init(intValue) }
        }
        #expect(DecodingFailureDescription.path([]) == "$")
        #expect(DecodingFailureDescription.path([Key("response"), Key("customer"), Key(1), Key("id")]) == "$.response.customer[1].id")
    }

    @Test func excerptsAreShortAndShowControlCharacters() {
        #expect(BodyExcerpt.make(Array("a\nb\u{1B}[2J".utf8)) == "a\\nb\\u{1b}[2J")
        let long = BodyExcerpt.make(Array(String(repeating: "x", count: 500).utf8))
        #expect(long == String(repeating: "x", count: BodyExcerpt.limit) + "…")
        #expect(BodyExcerpt.make(Array(String(repeating: "é", count: 300).utf8)).count == BodyExcerpt.limit + 1)
    }

    @Test func descriptionsNameTheProblem() {
        #expect(String(describing: APIError.rejected(StatusReport(code: 401, message: "Invalid credentials")))
            == "the service refused the request: 401 \"Invalid credentials\"")
        #expect(String(describing: APIError.responseTooLarge(limit: 10)) == "the response body is larger than 10 bytes")
        #expect(String(describing: APIError.httpStatus(HTTPFailure(status: 502, reason: "", contentType: nil, excerpt: "")))
            == "HTTP 502")
    }
}
