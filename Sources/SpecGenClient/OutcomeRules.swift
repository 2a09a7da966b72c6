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
    ///   - values: the values asked for, as sent.
    ///   - echo: the value an item carries of the kind asked for (its e-mail for an e-mail lookup).
    ///   - itemStatus: the item's own status; an item without one takes the request's.
    public func result<Body: Sendable, Item: Sendable>(
        of body: Body, status report: StatusReport, values: [String], items: [Item],
        echo: (Item) -> String?, itemStatus: (Item) -> StatusReport?
    ) throws(APIError) -> BatchResult<Body, Item, Reason> {
        let status = try batchStatus(report)
        var answer = [Int?](repeating: nil, count: values.count)
        var used = Set<Int>()
        for (itemIndex, item) in items.enumerated() {
            guard let echoed = echo(item),
                  let valueIndex = values.indices.first(where: { answer[$0] == nil && values[$0] == echoed })
            else { continue }
            answer[valueIndex] = itemIndex
            used.insert(itemIndex)
        }
        var remaining = items.indices.filter { !used.contains($0) }.makeIterator()
        for valueIndex in values.indices where answer[valueIndex] == nil {
            guard let itemIndex = remaining.next() else { break }
            answer[valueIndex] = itemIndex
            used.insert(itemIndex)
        }
        let results = values.indices.map { valueIndex -> ItemResult<Item, Reason> in
            guard let itemIndex = answer[valueIndex] else {
                return ItemResult(identifier: values[valueIndex], outcome: .unanswered)
            }
            let item = items[itemIndex]
            return ItemResult(
                identifier: values[valueIndex], outcome: outcome(of: item, status: itemStatus(item), batchStatus: status))
        }
        return BatchResult(
            status: status, report: report, items: results,
            unrequestedItems: items.indices.filter { !used.contains($0) }.map { items[$0] }, body: body)
    }

    /// The result of a request answered with one item object: the body's status, and the item's
    /// outcome by its own status (`unanswered` when the body has no item). Throws
    /// ``APIError/rejected(_:)`` when the status refuses the request.
    ///
    /// - Parameter itemStatus: the item's own status; an item without one takes the request's.
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
