import YAMLReader

/// How an API's response bodies report what happened, independent of the HTTP status: a
/// request-level status object (at `statusPath` in every response type) whose code says whether
/// all, some or none of the items succeeded, and for bulk endpoints a status object in each item.
public struct OutcomeSpec: Sendable {
    /// JSON keys from each response type to its status object, e.g. `["response", "status"]`.
    public var statusPath: [String]
    public var allSucceeded: [Int]
    public var partial: [Int]
    public var allFailed: [Int]
    /// The field of each item that holds the item's status object.
    public var itemStatus: String?
    /// Item codes that mean success when an item's status has no success flag.
    public var itemSuccess: [Int]
    /// Named reasons for item failures, by code.
    public var itemFailures: [ItemFailureSpec]
    public var location: SourceLocation
}

/// A reason an item fails, such as "not found", and the item codes that mean it.
public struct ItemFailureSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var codes: [Int]
    public var description: String?
    public var location: SourceLocation
}
