/// How an API reports outcomes in its bodies, from the spec: which request-level codes mean all,
/// some or none of the items succeeded, and which item codes mean success when an item's status
/// has no success flag.
public struct OutcomeRules<Reason: ItemFailureReason>: Sendable {
    public var allSucceeded: Set<Int>
    public var partial: Set<Int>
    public var allFailed: Set<Int>
    public var itemSuccess: Set<Int>

    public init(allSucceeded: Set<Int>, partial: Set<Int>, allFailed: Set<Int>, itemSuccess: Set<Int>) {
        self.allSucceeded = allSucceeded
        self.partial = partial
        self.allFailed = allFailed
        self.itemSuccess = itemSuccess
    }

    /// The batch status the body reports; any other code (invalid input, bad credentials, ...)
    /// means the service refused the request as a whole.
    public func batchStatus(_ report: StatusReport) throws(APIError) -> BatchStatus {
        guard let code = report.code else { throw .rejected(report) }
        if allSucceeded.contains(code) { return .allSucceeded }
        if partial.contains(code) { return .partial }
        if allFailed.contains(code) { return .allFailed }
        throw .rejected(report)
    }

    /// The result of a bulk request: the body's status, and one result per value in `values`, in
    /// their order. Throws ``APIError/rejected(_:)`` when the status refuses the request.
    ///
    /// Services answer a bulk request item by item in request order, but a failed item may echo
    /// its value differently or not at all (a malformed item carries no identifier). So an item
    /// whose echoed value equals a value asked for answers that value; the other items answer the
    /// remaining values in order; values left over are `unanswered`, items left over are returned
    /// as ``BatchResult/unrequestedItems``.
    ///
    /// - Parameters:
    ///   - body: the decoded body, returned in the result.
    ///   - report: the request-level status the body reports.
    ///   - values: the values asked for, as sent.
    ///   - items: the items the body answers with, in its order.
    ///   - echo: the value an item carries of the kind asked for (its e-mail for an e-mail lookup).
    ///   - itemStatus: the item's own status; an item without one takes the request's.
    public func result<Body: Sendable, Item: Sendable>(
        of body: Body, status report: StatusReport, values: [String], items: [Item],
        echo: (Item) -> String?, itemStatus: (Item) -> StatusReport?
    ) throws(APIError) -> BatchResult<Body, Item, Reason> {
        try result(
            of: body, status: report, identifiers: values, keys: values.map { [$0] }, items: items,
            echo: { [echo($0)] }, itemStatus: itemStatus)
    }

    /// The result of a bulk write answered item by item (`answers: body`): the body's status, and
    /// one result per element sent, in the order sent. Throws ``APIError/rejected(_:)`` when the
    /// status refuses the request.
    ///
    /// An item is matched with an element by the fields the spec's `match` lists, tried in that
    /// order: the first field whose echoed text equals the text the element sent (compared with
    /// elements not yet answered, first first) decides. The other items answer the remaining
    /// elements in order; elements left over are `unanswered`, items left over are
    /// ``BatchResult/unrequestedItems``.
    ///
    /// - Parameters:
    ///   - body: the decoded body, returned in the result.
    ///   - report: the request-level status the body reports.
    ///   - keys: per element sent, the text of each `match` field (nil when the element has none).
    ///   - items: the items the body answers with, in its order.
    ///   - echo: per item, the text of each `match` field it echoes, in the same order.
    ///   - itemStatus: the item's own status; an item without one takes the request's.
    /// - Returns: results whose ``ItemResult/identifier`` is the element's first `match` field that
    ///   it sets, or empty when it sets none.
    public func result<Body: Sendable, Item: Sendable>(
        of body: Body, status report: StatusReport, elements keys: [[String?]], items: [Item],
        echo: (Item) -> [String?], itemStatus: (Item) -> StatusReport?
    ) throws(APIError) -> BatchResult<Body, Item, Reason> {
        try result(
            of: body, status: report, identifiers: keys.map { $0.lazy.compactMap { $0 }.first ?? "" }, keys: keys,
            items: items, echo: echo, itemStatus: itemStatus)
    }

    /// Matches items with what was sent (by echo, then in order) and reads each one's outcome.
    private func result<Body: Sendable, Item: Sendable>(
        of body: Body, status report: StatusReport, identifiers: [String], keys: [[String?]], items: [Item],
        echo: (Item) -> [String?], itemStatus: (Item) -> StatusReport?
    ) throws(APIError) -> BatchResult<Body, Item, Reason> {
        let status = try batchStatus(report)
        var answer = [Int?](repeating: nil, count: keys.count)
        var used = Set<Int>()
        for (itemIndex, item) in items.enumerated() {
            for (field, echoed) in echo(item).enumerated() {
                guard let echoed,
                      let sentIndex = keys.indices.first(where: { answer[$0] == nil && field < keys[$0].count && keys[$0][field] == echoed })
                else { continue }
                answer[sentIndex] = itemIndex
                used.insert(itemIndex)
                break
            }
        }
        var remaining = items.indices.filter { !used.contains($0) }.makeIterator()
        for sentIndex in keys.indices where answer[sentIndex] == nil {
            guard let itemIndex = remaining.next() else { break }
            answer[sentIndex] = itemIndex
            used.insert(itemIndex)
        }
        let results = keys.indices.map { sentIndex -> ItemResult<Item, Reason> in
            guard let itemIndex = answer[sentIndex] else {
                return ItemResult(identifier: identifiers[sentIndex], outcome: .unanswered)
            }
            let item = items[itemIndex]
            return ItemResult(
                identifier: identifiers[sentIndex], outcome: outcome(of: item, status: itemStatus(item), batchStatus: status))
        }
        return BatchResult(
            status: status, report: report, items: results,
            unrequestedItems: items.indices.filter { !used.contains($0) }.map { items[$0] }, body: body)
    }

    /// The result of a request answered with one item object: the body's status, and the item's
    /// outcome by its own status (`unanswered` when the body has no item). Throws
    /// ``APIError/rejected(_:)`` when the status refuses the request.
    ///
    /// - Parameters:
    ///   - body: the decoded body, returned in the result.
    ///   - report: the request-level status the body reports.
    ///   - item: the item the body answers with; nil when it has none.
    ///   - itemStatus: the item's own status; an item without one takes the request's.
    public func result<Body: Sendable, Item: Sendable>(
        of body: Body, status report: StatusReport, item: Item?, itemStatus: (Item) -> StatusReport?
    ) throws(APIError) -> SingleItemResult<Body, Item, Reason> {
        let status = try batchStatus(report)
        let itemOutcome: ItemResult<Item, Reason>.Outcome = item.map {
            outcome(of: $0, status: itemStatus($0), batchStatus: status)
        } ?? .unanswered
        return SingleItemResult(status: status, report: report, outcome: itemOutcome, body: body)
    }

    /// An item succeeded when its status says so: its success flag, else a success code. Without a
    /// status of its own, it shares the request's: success only when all items succeeded.
    private func outcome<Item>(
        of item: Item, status: StatusReport?, batchStatus: BatchStatus
    ) -> ItemResult<Item, Reason>.Outcome {
        guard let status else {
            return batchStatus == .allSucceeded
                ? .success(item) : .failure(ItemFailure(reason: Reason(code: nil), code: nil, message: nil))
        }
        let succeeded = status.success ?? status.code.map(itemSuccess.contains) ?? false
        return succeeded ? .success(item) : .failure(ItemFailure(status: status))
    }
}
