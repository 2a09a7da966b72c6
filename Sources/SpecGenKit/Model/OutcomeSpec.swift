import YAMLReader

/// How an API's response bodies report what happened, independent of the HTTP status: a
/// request-level status object (at `statusPath` in every response type) whose code says whether
/// all, some or none of the items succeeded, and for item endpoints a status object in each item.
/// An endpoint's own `outcome` overrides parts of the API's (see ``OutcomeOverrideSpec``).
public struct OutcomeSpec: Sendable {
    /// JSON keys from each response type to its status object, e.g. `["response", "status"]`.
    public var statusPath: [String]
    public var allSucceeded: [Int]
    public var partial: [Int]
    public var allFailed: [Int]
    /// The keys of the request-level status object.
    public var statusFields: StatusFieldsSpec
    /// The field of each item that holds the item's status object.
    public var itemStatus: String?
    /// The keys of the items' status objects.
    public var itemStatusFields: StatusFieldsSpec
    /// Item codes that mean success when an item's status has no success flag.
    public var itemSuccess: [Int]
    /// Named reasons for item failures, by code.
    public var itemFailures: [ItemFailureSpec]
    /// Keys written with errors (already reported): what depends on them is not checked again.
    public var keysWithErrors: Set<String> = []
    public var location: SourceLocation

    /// The outcome an endpoint reads: this one, with what the endpoint's `outcome` sets replaced.
    public func overridden(by override: OutcomeOverrideSpec?) -> OutcomeSpec {
        guard let override else { return self }
        var outcome = self
        outcome.statusPath = override.statusPath ?? statusPath
        outcome.allSucceeded = override.allSucceeded ?? allSucceeded
        outcome.partial = override.partial ?? partial
        outcome.allFailed = override.allFailed ?? allFailed
        outcome.statusFields = override.statusFields ?? statusFields
        outcome.itemStatus = override.itemStatus ?? itemStatus
        outcome.itemStatusFields = override.itemStatusFields ?? itemStatusFields
        outcome.itemSuccess = override.itemSuccess ?? itemSuccess
        outcome.itemFailures = override.itemFailures ?? itemFailures
        outcome.keysWithErrors.formUnion(override.keysWithErrors)
        outcome.location = override.location
        return outcome
    }
}

/// The JSON keys of a status object's code, success flag and message; `code`, `success` and
/// `message` unless the spec names others (one service's `"status": "true"` is another's
/// `"success": "true"`).
public struct StatusFieldsSpec: Sendable, Equatable {
    public var code: String
    public var success: String
    public var message: String
    /// Where the spec names them; nil for the defaults. The validator points there when a key
    /// the spec renamed is missing.
    public var location: SourceLocation?

    public init(code: String = "code", success: String = "success", message: String = "message",
                location: SourceLocation? = nil) {
        self.code = code
        self.success = success
        self.message = message
        self.location = location
    }

    /// The same keys, wherever they were written.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.code == rhs.code && lhs.success == rhs.success && lhs.message == rhs.message
    }
}

/// An endpoint's `outcome`: the parts of the API's outcome it reads differently, each nil when the
/// endpoint keeps the API's. An endpoint with its own `item_failures` gets its own failure reason type.
public struct OutcomeOverrideSpec: Sendable {
    public var statusPath: [String]?
    public var allSucceeded: [Int]?
    public var partial: [Int]?
    public var allFailed: [Int]?
    public var statusFields: StatusFieldsSpec?
    public var itemStatus: String?
    public var itemStatusFields: StatusFieldsSpec?
    public var itemSuccess: [Int]?
    public var itemFailures: [ItemFailureSpec]?
    /// Keys written with errors (already reported), so the API's value does not stand in for them.
    public var keysWithErrors: Set<String> = []
    public var location: SourceLocation

    /// Whether the endpoint's codes differ from the API's, so its codes are checked on their own.
    var setsCodes: Bool {
        allSucceeded != nil || partial != nil || allFailed != nil || itemSuccess != nil || itemFailures != nil
    }
}

/// A reason an item fails, such as "not found", and the item codes that mean it.
public struct ItemFailureSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var codes: [Int]
    public var description: String?
    public var location: SourceLocation
}
