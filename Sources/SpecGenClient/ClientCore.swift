import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecGenRuntime

/// Sends generated request values and decodes their responses; what every generated client
/// delegates to.
///
/// It speaks swift-http-types' `HTTPRequest` / `HTTPResponse` and sends through any
/// swift-openapi-runtime `ClientTransport` (URLSession, AsyncHTTPClient, a test double) after
/// running the `ClientMiddleware`s in order, so an app keeps the transport and middlewares it
/// already has. Credentials (an ``Authentication``) are added here, last, and never appear in what
/// it throws. It repeats what is safe to repeat (``RetryPolicy``) and bounds each attempt by a
/// ``timeout``.
///
/// It follows redirects itself, by its ``redirectPolicy``: credentials go only to the origin
/// (scheme, host, port) of its base URL. A transport that followed redirects on its own could send
/// them anywhere, so a `URLSessionTransport` is given a session that leaves redirects to the
/// client (see ``RedirectRefusingSessionDelegate``); an `AsyncHTTPClientTransport` should use an
/// `HTTPClient` whose `redirectConfiguration` is `.disallow` (one that follows redirects drops the
/// credentials on another origin itself, but then answers with the other origin's body).
public struct ClientCore: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Bodies larger than this are refused rather than decoded.
    ///
    /// Where it holds depends on the transport. AsyncHTTPClient streams the body: a declared
    /// `Content-Length` over the limit is refused before the body is read, and otherwise reading
    /// stops and the connection closes once the limit is passed. URLSession on Linux (swift-corelibs-
    /// foundation) and URLSessionTransport's buffered mode hand over the body only once all of it
    /// has arrived, so there the limit refuses it but does not bound the memory it took; on Apple
    /// platforms URLSessionTransport streams, as AsyncHTTPClient does.
    public static let defaultMaximumBodySize = 32 * 1024 * 1024

    public let baseURL: URL
    private let authentication: Authentication?
    private let transport: any ClientTransport
    private let middlewares: [any ClientMiddleware]
    public var maximumBodySize: Int
    /// Which redirects are followed; credentials never go to another origin whatever it is.
    public var redirectPolicy: RedirectPolicy
    /// When a failed call is sent again; only requests that are safe to repeat are.
    public var retryPolicy: RetryPolicy
    /// How long one attempt of a call (redirects and the whole body included) may take; nil waits
    /// as long as the transport does.
    public var timeout: Duration?

    /// - Parameters:
    ///   - baseURL: a URL that passed ``BaseURLPolicy/checked(_:)``, or a host the spec declares
    ///     (the generator checked those are https).
    ///   - authentication: sent with every request of an endpoint that uses authentication, to the
    ///     base URL's origin only; nil sends none.
    ///   - transport: what sends the requests, such as a `URLSessionTransport`.
    ///   - middlewares: run in order around every request the transport sends.
    ///   - maximumBodySize: the largest response body decoded; a larger one is refused.
    ///   - redirectPolicy: which redirects are followed; credentials never go to another origin.
    ///   - retryPolicy: when a failed call is sent again; only requests safe to repeat are.
    ///   - timeout: how long one attempt of a call may take; nil waits as long as the transport does.
    public init(
        baseURL: URL, authentication: Authentication?, transport: any ClientTransport,
        middlewares: [any ClientMiddleware], maximumBodySize: Int = ClientCore.defaultMaximumBodySize,
        redirectPolicy: RedirectPolicy = .sameOriginOnly, retryPolicy: RetryPolicy = .standard, timeout: Duration? = nil
    ) {
        self.baseURL = baseURL
        self.authentication = authentication
        self.transport = RedirectSafeTransport.make(transport)
        self.middlewares = middlewares
        self.maximumBodySize = maximumBodySize
        self.redirectPolicy = redirectPolicy
        self.retryPolicy = retryPolicy
        self.timeout = timeout
    }

    public var description: String {
        "ClientCore(baseURL: \(baseURL.absoluteString), credentials: \(authentication == nil ? "none" : "<redacted>"))"
    }

    public var debugDescription: String { description }

    /// What `dump()` and debuggers show: not the transport, whose session may hold other requests
    /// in flight, with their `Authorization` headers.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "baseURL": baseURL.absoluteString,
            "credentials": authentication == nil ? "none" : "<redacted>",
            "transport": String(describing: type(of: transport)),
            "middlewares": middlewares.map { String(describing: type(of: $0)) },
        ], displayStyle: .struct)
    }

    /// Sends `request` and decodes its body.
    ///
    /// A body that echoes the credential has it replaced by `<redacted>` before it is decoded.
    ///
    /// A status that is not 2xx and that one of `errorBodies` covers (the spec's `errors`: the most
    /// specific of an exact status, a class such as `4XX`, `default`) has its body decoded into that
    /// rule's type, and is thrown as ``APIError/unauthorized(_:)`` for 401 and
    /// ``APIError/httpStatus(_:)`` otherwise, with the decoded body in ``HTTPFailure/errorBody``,
    /// or why it did not decode in ``HTTPFailure/bodyProblem``; the excerpt is kept either way.
    ///
    /// Any other body that decodes into the response type is returned whatever the HTTP status,
    /// because some services report failures in the body of a 200 and successes in the body of an
    /// error status. A body that does not decode is a ``APIError/unauthorized(_:)`` for 401,
    /// ``APIError/httpStatus(_:)`` for another error status and ``APIError/undecodableBody(_:)``
    /// otherwise. A response type may be a list, a map or a scalar: the body is then a JSON array,
    /// object, string, number or boolean at the top level, read by the request type's
    /// `EndpointRequest.decodeResponse(from:)` with the API's leniency.
    ///
    /// A failed attempt is repeated as the ``retryPolicy`` says, for a request that is safe to
    /// repeat (`EndpointRequest.isIdempotent`), or after HTTP 429 for any. A connection that fails
    /// once a request that is not idempotent was sent is ``APIError/outcomeUnknown(_:)``.
    public func send<Request: EndpointRequest>(
        _ request: Request, operationID: String, errorBodies: [ErrorBodyRule] = []
    ) async throws(APIError) -> Request.Response {
        let (httpRequest, requestBody) = try makeHTTPRequest(request)
        let credential = try await credential(for: Request.self)
        let redaction = credential?.redaction ?? authentication?.knownRedaction ?? .nothing
        let idempotent = Request.isIdempotent
        var attempt = 1
        while true {
            let response: HTTPResponse
            let received: Data
            do throws(APIError) {
                (response, received) = try await withinTimeout(outcomeUnknown: !idempotent) { () async throws(APIError) in
                    let (response, body) = try await followingRedirects(
                        httpRequest, body: requestBody, credential: credential, redaction: redaction, operationID: operationID)
                    return (response, try await collect(body, redaction: redaction))
                }
            } catch {
                guard let wait = retryWait(after: error, idempotent: idempotent, attempt: attempt), await pause(wait) else {
                    throw Self.reported(error, idempotent: idempotent)
                }
                attempt += 1
                continue
            }
            let retryAfter = response.headerFields[.retryAfter].flatMap { RetryPolicy.retryAfterDelay($0) }
            if let wait = retryWait(status: response.status.code, retryAfter: retryAfter, idempotent: idempotent, attempt: attempt),
               await pause(wait) {
                attempt += 1
                continue
            }
            let data = redaction.redactingSecrets(inBody: received)
            if response.status.kind != .successful, let rule = ErrorBodyRule.rule(for: response.status.code, in: errorBodies) {
                throw failure(reading: rule, response: response, data: data, retryAfter: retryAfter, redaction: redaction)
            }
            do {
                return try JSONDecoder().decode(ResponseDocument<Request>.self, from: data).value
            } catch {
                throw failure(decoding: error, response: response, data: data, retryAfter: retryAfter, redaction: redaction)
            }
        }
    }

    // MARK: Authenticating

    /// What this call sends to prove who it is: nothing for an endpoint without authentication.
    private func credential<Request: EndpointRequest>(for _: Request.Type) async throws(APIError) -> Credential? {
        if let required = Request.requiredAuthentication, authentication?.schemeName != required {
            throw .invalidRequest(RequestValidationError(
                parameter: "authentication",
                problem: .invalidValue("the endpoint accepts only the '\(required)' scheme, which this client was not created with")))
        }
        guard Request.usesAuthentication, let authentication else { return nil }
        return try await authentication.credential()
    }

    // MARK: Retrying

    /// How long to wait before sending again after `error`, or nil not to.
    private func retryWait(after error: APIError, idempotent: Bool, attempt: Int) -> Duration? {
        guard idempotent, attempt < retryPolicy.maximumAttempts else { return nil }
        switch error {
        case .transport, .timedOut: return retryPolicy.backoff(beforeAttempt: attempt + 1)
        default: return nil
        }
    }

    /// How long to wait before sending again after an answer with `status`, or nil not to: only 429
    /// says a request was not processed, so a request that is not idempotent is repeated after it alone.
    private func retryWait(status: Int, retryAfter: Duration?, idempotent: Bool, attempt: Int) -> Duration? {
        guard attempt < retryPolicy.maximumAttempts, RetryPolicy.retryableStatuses.contains(status), idempotent || status == 429
        else { return nil }
        guard let retryAfter else { return retryPolicy.backoff(beforeAttempt: attempt + 1) }
        return retryAfter <= retryPolicy.maximumRetryAfter ? retryAfter : nil
    }

    /// Waits `duration`; false when the call was cancelled meanwhile.
    private func pause(_ duration: Duration) async -> Bool {
        do {
            try await Task.sleep(for: duration)
            return true
        } catch {
            return false
        }
    }

    /// `error` as the caller sees it: a failed connection after a write was sent leaves its outcome unknown.
    private static func reported(_ error: APIError, idempotent: Bool) -> APIError {
        if !idempotent, case .transport(let failure) = error, !failure.requestWasNotSent { return .outcomeUnknown(failure) }
        return error
    }

    /// What `operation` returns, or ``APIError/timedOut(after:outcomeUnknown:)`` when it takes longer
    /// than ``timeout``; then its task, and with it the transport's, is cancelled.
    private func withinTimeout<Value: Sendable>(
        outcomeUnknown: Bool, _ operation: @escaping @Sendable () async throws(APIError) -> Value
    ) async throws(APIError) -> Value {
        guard let timeout else { return try await operation() }
        let first = await withTaskGroup(of: Result<Value, APIError>?.self) { group in
            group.addTask {
                do throws(APIError) {
                    return .success(try await operation())
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                do {
                    try await Task.sleep(for: timeout)
                    return nil
                } catch {
                    // Cancelled: because the operation ended first (then this result is never looked
                    // at), or because the caller cancelled the call, which is no timeout.
                    return .failure(.transport(TransportFailure(message: "the call was cancelled")))
                }
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let first else { throw .timedOut(after: timeout, outcomeUnknown: outcomeUnknown) }
        return try first.get()
    }

    // MARK: Building

    private func makeHTTPRequest<Request: EndpointRequest>(_ request: Request) throws(APIError) -> (HTTPRequest, RequestBody?) {
        let pathAndQuery: String
        let headers: [HeaderField]
        let body: RequestBody?
        do {
            pathAndQuery = try request.pathAndQuery()
            headers = try request.makeHeaderFields()
            body = try request.makeBody()
        } catch {
            throw .invalidRequest(error)
        }
        guard let method = HTTPRequest.Method(Request.method) else {
            throw .invalidRequest(RequestValidationError(parameter: "method", problem: .invalidValue("not an HTTP method")))
        }
        var fields = HTTPFields()
        fields[.accept] = "application/json"
        for header in headers {
            guard let name = HTTPField.Name(header.name) else {
                throw .invalidRequest(RequestValidationError(parameter: header.name, problem: .invalidValue("not a valid header name")))
            }
            fields.append(HTTPField(name: name, value: header.value))
        }
        if let body { fields[.contentType] = body.contentType }
        return (HTTPRequest(method: method, scheme: nil, authority: nil, path: pathAndQuery, headerFields: fields), body)
    }

    // MARK: Sending

    /// Sends `request` to the base URL, then to wherever same-origin redirects point (with the
    /// credentials) and, if the policy allows, other-origin ones (without them).
    private func followingRedirects(
        _ request: HTTPRequest, body: RequestBody?, credential: Credential?, redaction: SecretRedaction, operationID: String
    ) async throws(APIError) -> (HTTPResponse, HTTPBody?) {
        guard let origin = Origin(baseURL) else {
            throw .invalidRequest(RequestValidationError(parameter: "baseURL", problem: .invalidValue("not an http or https URL")))
        }
        var request = request
        var requestBody = body
        var target = baseURL
        var withCredentials = credential != nil
        var redirectsFollowed = 0
        while true {
            let sent = withCredentials ? credential?.applied(to: request) ?? request : request
            let (response, body) = try await perform(sent, body: requestBody, baseURL: target, redaction: redaction, operationID: operationID)
            guard RedirectDecision.redirectStatuses.contains(response.status.code) else { return (response, body) }
            let current = URL(string: target.absoluteString + (request.path ?? "")) ?? target
            let decision = RedirectDecision.decide(
                status: response.status.code, location: response.headerFields[.location], current: current,
                origin: origin, credentialsSent: withCredentials, redirectsFollowed: redirectsFollowed,
                policy: redirectPolicy)
            switch decision {
            case .refuse(let refusal):
                throw .redirectRefused(refusal)
            case .follow(let url, let keepCredentials):
                // The redirect's own body is not read: released, the transport drops it.
                (target, request.path) = Self.split(url)
                if let name = credential?.queryItem?.name {
                    // A Location that echoes an API key of the query: the key is added again (once)
                    // for the origin, and goes nowhere else.
                    request.path = Credential.removingQueryItems(named: name, from: request.path ?? "/")
                }
                if !keepCredentials, redaction.appears(in: request.path ?? "") {
                    // The target's own URL carries a secret elsewhere: following would hand it over.
                    throw .redirectRefused(RedirectRefusal(status: response.status.code, target: Origin(url), reason: .otherOrigin))
                }
                if response.status.code == 303 {
                    // A 303 means "GET the answer there": without the body it would have sent again.
                    request.method = .get
                    request.headerFields[.contentType] = nil
                    requestBody = nil
                }
                if requestBody != nil, Origin(url) != origin {
                    // A body was written for the API and may hold personal data: like the
                    // credentials, it never goes to another origin.
                    throw .redirectRefused(RedirectRefusal(status: response.status.code, target: Origin(url), reason: .bodyToOtherOrigin))
                }
                withCredentials = keepCredentials
                redirectsFollowed += 1
            }
        }
    }

    /// `url` as the base URL a transport appends a path to (its origin) and that path with its query.
    private static func split(_ url: URL) -> (base: URL, pathAndQuery: String) {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        components.percentEncodedPath = ""
        components.percentEncodedQuery = nil
        components.fragment = nil
        components.user = nil
        components.password = nil
        return (components.url ?? url, path)
    }

    private func perform(
        _ request: HTTPRequest, body: RequestBody?, baseURL: URL, redaction: SecretRedaction, operationID: String
    ) async throws(APIError) -> (HTTPResponse, HTTPBody?) {
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        do {
            return try await next(request, body.map { HTTPBody($0.bytes) }, baseURL)
        } catch {
            throw .transport(TransportFailure(
                message: redaction.redacting(Self.describe(error)), requestWasNotSent: Self.sentNothing(error)))
        }
    }

    /// Whether `error` says no connection was made, so the request cannot have reached the service.
    private static func sentNothing(_ error: any Error) -> Bool {
        guard let urlError = error as? URLError else { return false }
        return [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .badURL, .unsupportedURL]
            .contains(urlError.code)
    }

    /// URLSession's errors print as a dump of their user info; their localized description is the
    /// sentence a person wants ("Failed to connect to 127.0.0.1 port 9: Couldn't connect to server").
    private static func describe(_ error: any Error) -> String {
        if let urlError = error as? URLError { return urlError.localizedDescription }
        return String(describing: error)
    }

    private func collect(_ body: HTTPBody?, redaction: SecretRedaction) async throws(APIError) -> Data {
        guard let body else { return Data() }
        if case .known(let length) = body.length, length > Int64(maximumBodySize) {
            throw .responseTooLarge(limit: maximumBodySize)
        }
        var data = Data()
        do {
            for try await chunk in body {
                guard data.count + chunk.count <= maximumBodySize else {
                    throw APIError.responseTooLarge(limit: maximumBodySize)
                }
                data.append(contentsOf: chunk)
            }
        } catch let error as APIError {
            throw error
        } catch {
            // The connection broke while the body was arriving.
            throw .transport(TransportFailure(message: redaction.redacting(Self.describe(error))))
        }
        return data
    }

    // MARK: Failures

    /// An error status whose body the spec declares: decoded into `rule`'s type, or why it is not one.
    private func failure(
        reading rule: ErrorBodyRule, response: HTTPResponse, data: Data, retryAfter: Duration?, redaction: SecretRedaction
    ) -> APIError {
        let status = response.status
        var failure = HTTPFailure(
            status: status.code, reason: status.reasonPhrase, contentType: response.headerFields[.contentType],
            excerpt: BodyExcerpt.make(data, redact: redaction.redacting), retryAfter: retryAfter)
        do {
            failure.errorBody = try rule.decode(JSONDecoder(), data)
        } catch {
            let (path, problem) = DecodingFailureDescription.describe(error)
            // The path may hold the server's keys (a map's) and the problem its text: both escaped.
            failure.bodyProblem = ErrorBodyProblem(
                typeName: rule.typeName, path: TerminalText.escaped(path), problem: TerminalText.escaped(redaction.redacting(problem)))
        }
        return status.code == 401 ? .unauthorized(failure) : .httpStatus(failure)
    }

    private func failure(
        decoding error: any Error, response: HTTPResponse, data: Data, retryAfter: Duration?, redaction: SecretRedaction
    ) -> APIError {
        let excerpt = BodyExcerpt.make(data, redact: redaction.redacting)
        let status = response.status
        if status.kind != .successful {
            let failure = HTTPFailure(
                status: status.code, reason: status.reasonPhrase, contentType: response.headerFields[.contentType],
                excerpt: excerpt, retryAfter: retryAfter)
            return status.code == 401 ? .unauthorized(failure) : .httpStatus(failure)
        }
        let (path, problem) = DecodingFailureDescription.describe(error)
        return .undecodableBody(BodyDecodingFailure(path: path, problem: redaction.redacting(problem), excerpt: excerpt))
    }
}

/// A whole response body, read by the request type's ``EndpointRequest/decodeResponse(from:)``:
/// `JSONDecoder` hands a top-level value only to a `Decodable` type.
private struct ResponseDocument<Request: EndpointRequest>: Decodable {
    let value: Request.Response

    init(from decoder: any Decoder) throws {
        value = try Request.decodeResponse(from: decoder)
    }
}
