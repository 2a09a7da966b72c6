/// An outcome as a response body reports it, for the request as a whole or for one item.
///
/// Generated clients build it from the status object the spec points at, so the runtime can read
/// any API's status without knowing its types.
public struct StatusReport: Sendable, Hashable, CustomStringConvertible {
    public var code: Int?
    public var success: Bool?
    public var message: String?

    public init(code: Int?, success: Bool? = nil, message: String? = nil) {
        self.code = code
        self.success = success
        self.message = message
    }

    /// `401 "Invalid credentials"`, or `no code` when there is none.
    public var description: String {
        let codeText = code.map(String.init) ?? "no code"
        guard let message, !message.isEmpty else { return codeText }
        return "\(codeText) \"\(message)\""
    }
}

/// What the request as a whole achieved, as the body's status code says, whatever the HTTP status.
public enum BatchStatus: String, Sendable, Hashable, CaseIterable {
    /// Every item succeeded (Capillary: 200).
    case allSucceeded
    /// Some items succeeded, some failed (Capillary: 201).
    case partial
    /// Every item failed (Capillary: 500).
    case allFailed
}
