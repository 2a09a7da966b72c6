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
/// already has. Credentials are added here, last, and never appear in what it throws.
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
    private let credentials: BasicCredentials?
    private let transport: any ClientTransport
    private let middlewares: [any ClientMiddleware]
    public var maximumBodySize: Int
    /// Which redirects are followed; credentials never go to another origin whatever it is.
    public var redirectPolicy: RedirectPolicy

    /// - Parameter baseURL: a URL that passed ``BaseURLPolicy/checked(_:)``, or a host the spec
    ///   declares (the generator checked those are https).
    public init(
        baseURL: URL, credentials: BasicCredentials?, transport: any ClientTransport,
        middlewares: [any ClientMiddleware], maximumBodySize: Int = ClientCore.defaultMaximumBodySize,
        redirectPolicy: RedirectPolicy = .sameOriginOnly
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.transport = RedirectSafeTransport.make(transport)
        self.middlewares = middlewares
        self.maximumBodySize = maximumBodySize
        self.redirectPolicy = redirectPolicy
    }

    public var description: String {
        "ClientCore(baseURL: \(baseURL.absoluteString), credentials: \(credentials == nil ? "none" : "<redacted>"))"
    }

    public var debugDescription: String { description }

    /// What `dump()` and debuggers show: not the transport, whose session may hold other requests
    /// in flight, with their `Authorization` headers.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "baseURL": baseURL.absoluteString,
            "credentials": credentials == nil ? "none" : "<redacted>",
            "transport": String(describing: type(of: transport)),
            "middlewares": middlewares.map { String(describing: type(of: $0)) },
        ], displayStyle: .struct)
    }

    /// Sends `request` and decodes its body.
    ///
    /// A body that echoes the credential has it replaced by `<redacted>` before it is decoded.
    ///
    /// A body that decodes is returned whatever the HTTP status, because some services report
    /// failures in the body of a 200 and successes in the body of an error status. A body that
    /// does not decode is a ``APIError/unauthorized(_:)`` for 401, ``APIError/httpStatus(_:)``
    /// for another error status and ``APIError/undecodableBody(_:)`` otherwise.
    public func send<Request: EndpointRequest>(
        _ request: Request, operationID: String
    ) async throws(APIError) -> Request.Response {
        let (httpRequest, requestBody) = try makeHTTPRequest(request)
        let (response, body) = try await followingRedirects(httpRequest, body: requestBody, operationID: operationID)
        let received = try await collect(body)
        let data = credentials?.redactingSecrets(inBody: received) ?? received
        do {
            return try JSONDecoder().decode(Request.Response.self, from: data)
        } catch {
            throw failure(decoding: error, response: response, data: data)
        }
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

    /// `request` with the `Authorization` field, for the base URL's origin only.
    private func authorized(_ request: HTTPRequest) -> HTTPRequest {
        guard let credentials else { return request }
        var request = request
        // Never indexed by HTTP/2 header compression, so it cannot be recovered from a shared table.
        var authorization = HTTPField(name: .authorization, value: credentials.authorizationValue)
        authorization.indexingStrategy = .disallow
        request.headerFields.append(authorization)
        return request
    }

    // MARK: Sending

    /// Sends `request` to the base URL, then to wherever same-origin redirects point (with the
    /// credentials) and, if the policy allows, other-origin ones (without them).
    private func followingRedirects(
        _ request: HTTPRequest, body: RequestBody?, operationID: String
    ) async throws(APIError) -> (HTTPResponse, HTTPBody?) {
        guard let origin = Origin(baseURL) else {
            throw .invalidRequest(RequestValidationError(parameter: "baseURL", problem: .invalidValue("not an http or https URL")))
        }
        var request = request
        var requestBody = body
        var target = baseURL
        var withCredentials = credentials != nil
        var redirectsFollowed = 0
        while true {
            let (response, responseBody) = try await perform(
                withCredentials ? authorized(request) : request, body: requestBody, baseURL: target, operationID: operationID)
            guard RedirectDecision.redirectStatuses.contains(response.status.code) else { return (response, responseBody) }
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
                if response.status.code == 303 {
                    // A 303 means "GET the answer there": without the body it would have sent again.
                    request.method = .get
                    request.headerFields[.contentType] = nil
                    requestBody = nil
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
        _ request: HTTPRequest, body: RequestBody?, baseURL: URL, operationID: String
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
            throw .transport(TransportFailure(message: redacted(Self.describe(error))))
        }
    }

    /// URLSession's errors print as a dump of their user info; their localized description is the
    /// sentence a person wants ("Failed to connect to 127.0.0.1 port 9: Couldn't connect to server").
    private static func describe(_ error: any Error) -> String {
        if let urlError = error as? URLError { return urlError.localizedDescription }
        return String(describing: error)
    }

    private func collect(_ body: HTTPBody?) async throws(APIError) -> Data {
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
            throw .transport(TransportFailure(message: redacted(Self.describe(error))))
        }
        return data
    }

    // MARK: Failures

    private func failure(decoding error: any Error, response: HTTPResponse, data: Data) -> APIError {
        let excerpt = BodyExcerpt.make(data, redact: redacted)
        let status = response.status
        if status.kind != .successful {
            let failure = HTTPFailure(
                status: status.code, reason: status.reasonPhrase, contentType: response.headerFields[.contentType],
                excerpt: excerpt)
            return status.code == 401 ? .unauthorized(failure) : .httpStatus(failure)
        }
        let (path, problem) = DecodingFailureDescription.describe(error)
        return .undecodableBody(BodyDecodingFailure(path: path, problem: redacted(problem), excerpt: excerpt))
    }

    private func redacted(_ text: String) -> String {
        credentials?.redacting(text) ?? text
    }
}
