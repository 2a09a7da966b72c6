import SpecGenRuntime

/// Everything that can go wrong in a call, other than item-level failures, which are results.
///
/// No case carries credentials: texts that come from outside the client (a transport's error, the
/// start of a body) are redacted before they are stored.
public enum APIError: Error, Sendable, CustomStringConvertible {
    /// The request breaks a rule of the spec; nothing was sent.
    case invalidRequest(RequestValidationError)
    /// The request did not complete: connection refused, timeout, TLS failure, a body cut short.
    case transport(TransportFailure)
    /// HTTP 401 without a body the client can read: the service rejected the credentials.
    case unauthorized(HTTPFailure)
    /// Another HTTP error status without a body the client can read (a proxy's HTML error page).
    case httpStatus(HTTPFailure)
    /// A successful HTTP status whose body does not decode into the response type.
    case undecodableBody(BodyDecodingFailure)
    /// The body's own status refuses the request as a whole (invalid input, bad credentials, ...).
    case rejected(StatusReport)
    /// The body is larger than the client accepts.
    case responseTooLarge(limit: Int)
    /// A redirect the ``RedirectPolicy`` does not follow; it names only the target's origin.
    case redirectRefused(RedirectRefusal)

    public var description: String {
        switch self {
        case .invalidRequest(let error):
            "invalid request: \(error)"
        case .transport(let failure):
            "the request failed: \(failure.message)"
        case .unauthorized(let failure):
            "HTTP 401 Unauthorized: the service rejected the credentials" + failure.excerptSuffix
        case .httpStatus(let failure):
            "HTTP \(failure.status)\(failure.reason.isEmpty ? "" : " " + failure.reason)" + failure.excerptSuffix
        case .undecodableBody(let failure):
            "the response body is not what the API documents, at \(failure.path): \(failure.problem)"
                + "; the body starts: \(failure.excerpt)"
        case .rejected(let report):
            "the service refused the request: \(report)"
        case .responseTooLarge(let limit):
            "the response body is larger than \(limit) bytes"
        case .redirectRefused(let refusal):
            refusal.description
        }
    }
}

/// Why a request did not complete, as the transport or a middleware said it (redacted).
public struct TransportFailure: Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}

/// An HTTP error status and what its body started with.
public struct HTTPFailure: Sendable, Hashable {
    public var status: Int
    public var reason: String
    public var contentType: String?
    /// The start of the body, redacted and with control characters made visible.
    public var excerpt: String

    public init(status: Int, reason: String, contentType: String?, excerpt: String) {
        self.status = status
        self.reason = reason
        self.contentType = contentType
        self.excerpt = excerpt
    }

    var excerptSuffix: String {
        excerpt.isEmpty ? "" : "; the body starts: \(excerpt)"
    }
}

/// Where and why decoding a body failed.
public struct BodyDecodingFailure: Sendable, Hashable {
    /// The JSON path of the value that failed, such as `$.response.customers.customer[1].id`.
    public var path: String
    /// What was wrong there.
    public var problem: String
    /// The start of the body, redacted and with control characters made visible.
    public var excerpt: String

    public init(path: String, problem: String, excerpt: String) {
        self.path = path
        self.problem = problem
        self.excerpt = excerpt
    }
}
