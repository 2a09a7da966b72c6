/// The answer to one value of a bulk request, such as one of several e-mail addresses.
public struct ItemResult<Item: Sendable, Reason: ItemFailureReason>: Sendable {
    public enum Outcome: Sendable {
        /// The service returned the item.
        case success(Item)
        /// The service reported a failure for this value.
        case failure(ItemFailure<Reason>)
        /// The response carried no item for this value.
        case unanswered

        /// The item, when the service returned it.
        public var item: Item? {
            if case .success(let item) = self { return item }
            return nil
        }

        /// The failure, when the service reported one.
        public var failure: ItemFailure<Reason>? {
            if case .failure(let failure) = self { return failure }
            return nil
        }
    }

    /// The value asked for, as it was sent.
    public var identifier: String
    public var outcome: Outcome

    public init(identifier: String, outcome: Outcome) {
        self.identifier = identifier
        self.outcome = outcome
    }

    /// The item, when the service returned it.
    public var item: Item? { outcome.item }

    /// The failure, when the service reported one.
    public var failure: ItemFailure<Reason>? { outcome.failure }
}

extension ItemResult: Equatable where Item: Equatable {}
extension ItemResult.Outcome: Equatable where Item: Equatable {}

/// What a bulk endpoint answered: the request-level status and one result per value asked for, in
/// the order they were asked for.
public struct BatchResult<Body: Sendable, Item: Sendable, Reason: ItemFailureReason>: Sendable {
    /// The request-level outcome, from the body.
    public var status: BatchStatus
    /// The request-level status as the body reports it (code and message).
    public var report: StatusReport
    /// One result per value asked for, in request order.
    public var items: [ItemResult<Item, Reason>]
    /// Items the response carried beyond one per value asked for; normally empty.
    public var unrequestedItems: [Item]
    /// The whole decoded body.
    public var body: Body

    public init(
        status: BatchStatus, report: StatusReport, items: [ItemResult<Item, Reason>], unrequestedItems: [Item],
        body: Body
    ) {
        self.status = status
        self.report = report
        self.items = items
        self.unrequestedItems = unrequestedItems
        self.body = body
    }
}
