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
    /// HTTP 401 without a response body the client can read: the service rejected the credentials.
    /// With `errors` declared for 401, its error body (``errorBody(as:)``).
    case unauthorized(HTTPFailure)
    /// Another HTTP error status without a response body the client can read (a proxy's HTML error
    /// page), or one whose `errors` type the spec declares: then with the decoded body
    /// (``errorBody(as:)``), or why it did not decode.
    case httpStatus(HTTPFailure)
    /// A successful HTTP status whose body does not decode into the response type.
    case undecodableBody(BodyDecodingFailure)
    /// The body's own status refuses the request as a whole (invalid input, bad credentials, ...).
    case rejected(StatusReport)
    /// The body is larger than the client accepts.
    case responseTooLarge(limit: Int)
    /// A redirect the ``RedirectPolicy`` does not follow; it names only the target's origin.
    case redirectRefused(RedirectRefusal)
    /// No answer came within the client's timeout; the transport's task was cancelled.
    /// `outcomeUnknown` is true for a request that is not idempotent: it may have been carried out.
    case timedOut(after: Duration, outcomeUnknown: Bool)
    /// The connection failed after a request that is not idempotent (a write) was sent, so the write
    /// may or may not have happened. It is never repeated automatically: check before sending it again.
    case outcomeUnknown(TransportFailure)
    /// The app's token provider threw; nothing was sent. Its error's text, escaped.
    case authenticationUnavailable(String)

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
        case .timedOut(let timeout, let outcomeUnknown):
            "no answer within \(Self.seconds(timeout))"
                + (outcomeUnknown ? "; the request is a write, which may or may not have happened: check before sending it again" : "")
        case .outcomeUnknown(let failure):
            "the connection failed after the request was sent: \(failure.message); the request is a write, which "
                + "may or may not have happened: check before sending it again"
        case .authenticationUnavailable(let message):
            "the authentication provider failed, so nothing was sent: \(message)"
        }
    }

    /// `2 s`, `0.25 s`: a wait as a person reads it, to the millisecond.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = milliseconds / 1000, fraction = milliseconds % 1000
        guard fraction != 0 else { return "\(whole) s" }
        var digits = String(fraction + 1000).dropFirst()
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits) s"
    }
}

/// Why a request did not complete, as the transport or a middleware said it (redacted).
public struct TransportFailure: Sendable, Hashable {
    public var message: String
    /// Whether the transport is known to have sent nothing (no connection could be made), so that
    /// even a write can be sent again.
    public var requestWasNotSent: Bool

    public init(message: String, requestWasNotSent: Bool = false) {
        self.message = message
        self.requestWasNotSent = requestWasNotSent
    }
}

/// An HTTP error status and what its body started with, decoded when the spec declares its type.
public struct HTTPFailure: Sendable, Hashable {
    public var status: Int
    public var reason: String
    public var contentType: String?
    /// The start of the body, redacted and with control characters made visible; kept whether or
    /// not the body decoded.
    public var excerpt: String
    /// The wait the answer's `Retry-After` asked for (429, 503), when the client did not wait it:
    /// longer than its ``RetryPolicy/maximumRetryAfter``, or no attempts left.
    public var retryAfter: Duration?
    /// The body, decoded into the type the spec's `errors` declare for this status; nil when they
    /// declare none, or it did not decode (then ``bodyProblem`` says why). Read it with
    /// ``errorBody(as:)``.
    public var errorBody: ErrorBody?
    /// Why the body did not decode into the type declared for this status; nil when it did, or
    /// none is declared.
    public var bodyProblem: ErrorBodyProblem?

    public init(
        status: Int, reason: String, contentType: String?, excerpt: String, retryAfter: Duration? = nil,
        errorBody: ErrorBody? = nil, bodyProblem: ErrorBodyProblem? = nil
    ) {
        self.status = status
        self.reason = reason
        self.contentType = contentType
        self.excerpt = excerpt
        self.retryAfter = retryAfter
        self.errorBody = errorBody
        self.bodyProblem = bodyProblem
    }

    var excerptSuffix: String {
        let wait = retryAfter.map { "; the service asks to retry after \(APIError.seconds($0))" } ?? ""
        // The decoded body is named by its type only: its values are the server's text.
        let body = errorBody.map { "; \($0)" } ?? bodyProblem.map { "; \($0)" } ?? ""
        return wait + body + (excerpt.isEmpty ? "" : "; the body starts: \(excerpt)")
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
