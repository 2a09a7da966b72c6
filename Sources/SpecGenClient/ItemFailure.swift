/// The reasons an API gives for failing one item, generated from the spec's item failure codes.
public protocol ItemFailureReason: Sendable, Hashable, CustomStringConvertible {
    /// The reason an item code stands for. A code the spec does not list, or none, is kept raw in
    /// an `unknown` case rather than lost.
    init(code: Int?)
}

/// One item the service could not answer: why, with the item's code and message as sent.
public struct ItemFailure<Reason: ItemFailureReason>: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: Reason
    public var code: Int?
    public var message: String?

    public init(reason: Reason, code: Int?, message: String?) {
        self.reason = reason
        self.code = code
        self.message = message
    }

    /// The failure an item's status reports.
    public init(status: StatusReport) {
        self.init(reason: Reason(code: status.code), code: status.code, message: status.message)
    }

    /// `not_found (1012): Customer not found`.
    public var description: String {
        var text = reason.description
        if let code { text += " (\(code))" }
        if let message, !message.isEmpty { text += ": " + message }
        return text
    }
}
