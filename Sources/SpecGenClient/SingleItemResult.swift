/// What an endpoint that answers with one item object returned: the request-level status and the
/// outcome for that item, as a bulk endpoint's ``BatchResult`` has one per value asked for.
public struct SingleItemResult<Body: Sendable, Item: Sendable, Reason: ItemFailureReason>: Sendable {
    /// The request-level outcome, from the body.
    public var status: BatchStatus
    /// The request-level status as the body reports it (code and message).
    public var report: StatusReport
    /// The item, why it failed, or `unanswered` when the body carried no item.
    public var outcome: ItemResult<Item, Reason>.Outcome
    /// The whole decoded body.
    public var body: Body

    public init(status: BatchStatus, report: StatusReport, outcome: ItemResult<Item, Reason>.Outcome, body: Body) {
        self.status = status
        self.report = report
        self.outcome = outcome
        self.body = body
    }

    /// The item, when the service returned it.
    public var item: Item? { outcome.item }

    /// The failure, when the service reported one.
    public var failure: ItemFailure<Reason>? { outcome.failure }
}
