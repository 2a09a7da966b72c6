import Testing
@testable import SpecGenClient

/// A bulk write answered item by item (`answers: body` with `match`): one result per element
/// sent, items matched by any echoed `match` field first, then in order, `unanswered` left over.
@Suite("Bulk write matching")
struct BulkWriteMatchingTests {
    enum Reason: ItemFailureReason {
        case duplicate
        case other(Int?)

        init(code: Int?) {
            self = code == 1200 ? .duplicate : .other(code)
        }

        var description: String { "reason" }
    }

    /// A customer as an item echoes it: some of its identifiers, and its status.
    struct Answer: Sendable, Equatable {
        var mobile: String?
        var email: String?
        var externalID: String?
        var code: Int
    }

    private let rules = OutcomeRules<Reason>(allSucceeded: [200], partial: [201], allFailed: [500], itemSuccess: [1000])

    /// `match: [mobile, email, external_id]`.
    private func result(sent: [[String?]], answers: [Answer], code: Int = 200) throws -> BatchResult<String, Answer, Reason> {
        try rules.result(
            of: "body", status: StatusReport(code: code), elements: sent, items: answers,
            echo: { [$0.mobile, $0.email, $0.externalID] },
            itemStatus: { StatusReport(code: $0.code) })
    }

    @Test func echoedIdentifiersMatchWhateverTheOrder() throws {
        let sent: [[String?]] = [["91", nil, nil], [nil, "b@x", nil], [nil, nil, "E3"]]
        let answer = try result(sent: sent, answers: [
            Answer(externalID: "E3", code: 1000), Answer(mobile: "91", code: 1000), Answer(email: "b@x", code: 1200),
        ], code: 201)
        #expect(answer.items.map(\.identifier) == ["91", "b@x", "E3"])
        #expect(answer.items.map { $0.item?.externalID ?? $0.item?.mobile ?? $0.failure.map { _ in "failed" } } == ["91", "failed", "E3"])
        #expect(answer.items[1].failure?.reason == .duplicate)
        #expect(answer.unrequestedItems.isEmpty)
    }

    @Test func theFirstMatchFieldThatMatchesWins() throws {
        // The item echoes the first element's mobile and the second element's e-mail: `match`
        // lists mobile first, so it answers the first element; the second is answered in order.
        let sent: [[String?]] = [["91", "a@x", nil], ["92", "b@x", nil]]
        let answer = try result(sent: sent, answers: [
            Answer(mobile: "91", email: "b@x", code: 1000), Answer(code: 1000),
        ])
        #expect(answer.items[0].item == Answer(mobile: "91", email: "b@x", code: 1000))
        #expect(answer.items[1].item == Answer(code: 1000))
    }

    @Test func itemsWithoutAnEchoTakeTheRemainingElementsInOrderAndTheRestIsUnanswered() throws {
        let sent: [[String?]] = [["91", nil, nil], ["92", nil, nil], ["93", nil, nil], [nil, nil, nil]]
        let answer = try result(sent: sent, answers: [Answer(mobile: "93", code: 1000), Answer(code: 1200)], code: 201)
        #expect(answer.items[2].item?.mobile == "93")
        #expect(answer.items[0].failure?.reason == .duplicate)
        #expect(answer.items[1].outcome == .unanswered)
        #expect(answer.items[3].outcome == .unanswered)
        // An element that sets no match field has no identifier.
        #expect(answer.items.map(\.identifier) == ["91", "92", "93", ""])
    }

    @Test func twoElementsWithTheSameIdentifierAreAnsweredOneEach() throws {
        let sent: [[String?]] = [["91", nil, nil], ["91", nil, nil]]
        let answer = try result(sent: sent, answers: [Answer(mobile: "91", code: 1000), Answer(mobile: "91", code: 1200)], code: 201)
        #expect(answer.items[0].item != nil)
        #expect(answer.items[1].failure?.reason == .duplicate)
    }

    @Test func moreItemsThanElementsAreKeptAsUnrequested() throws {
        let answer = try result(sent: [["91", nil, nil]], answers: [Answer(mobile: "99", code: 1000), Answer(mobile: "91", code: 1000)])
        #expect(answer.items.map(\.item?.mobile) == ["91"])
        #expect(answer.unrequestedItems == [Answer(mobile: "99", code: 1000)])
    }

    @Test func aRefusedRequestThrows() {
        #expect(throws: APIError.self) { try result(sent: [["91", nil, nil]], answers: [], code: 400) }
    }
}
