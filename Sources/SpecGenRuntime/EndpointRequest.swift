#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A typed request value for one endpoint, generated per endpoint.
///
/// Requests are plain values: building the query and headers is separate from
/// sending them, so any transport can be used and requests can be tested as
/// exact strings without a network.
public protocol EndpointRequest: Sendable {
    associatedtype Response: Decodable & Sendable

    /// The HTTP method, e.g. `"GET"`.
    static var method: String { get }
    /// The path below the base URL as the spec writes it, e.g. `"/v1.1/customer/get"` or
    /// `"/v2/orders/{order_id}"`.
    static var path: String { get }

    /// Checks everything sending would check: the spec's rules (bounds, dependencies), list
    /// values and header values. Has a default implementation that builds the query and headers.
    func validate() throws(RequestValidationError)
    /// The query parameters, in the spec's order; throws when the request breaks a rule.
    func makeQuery() throws(RequestValidationError) -> QueryBuilder
    /// The request-specific header fields (not credentials).
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField]
    /// The path with each path parameter's value filled in as one encoded segment. Has a default
    /// implementation, ``path``, for endpoints without path parameters.
    func makePath() throws(RequestValidationError) -> String
    /// The body, after checking its rules; nil when the request sends none. Has a default
    /// implementation for requests without a body.
    func makeBody() throws(RequestValidationError) -> RequestBody?

    /// Whether sending the request twice does what sending it once does, so a client may repeat it
    /// after a failure. Defaults to true for GET and HEAD only; a spec's `idempotent:` overrides it.
    static var isIdempotent: Bool { get }
    /// Whether the client's credentials go with the request; false for an endpoint with `auth: none`.
    static var usesAuthentication: Bool { get }
    /// The name of the only authentication scheme the endpoint accepts (`auth: <name>` in the spec),
    /// or nil when any of the client's will do. A client with another one refuses the call.
    static var requiredAuthentication: String? { get }

    /// Reads a whole response body. Has a default implementation, `Response(from:)`, which a named
    /// object type's own leniency already covers; a list, map or scalar response reads itself
    /// through a ``ValueShape`` with the API's leniency, as a field of the same type would be read.
    static func decodeResponse(from decoder: any Decoder) throws -> Response
}

extension EndpointRequest {
    public static var isIdempotent: Bool { method == "GET" || method == "HEAD" }

    public static var usesAuthentication: Bool { true }

    public static var requiredAuthentication: String? { nil }

    /// The response type reads itself.
    public static func decodeResponse(from decoder: any Decoder) throws -> Response {
        try Response(from: decoder)
    }

    /// Validation is exactly what building the request checks, so the two can never disagree.
    public func validate() throws(RequestValidationError) {
        _ = try makePath()
        _ = try makeQuery()
        _ = try makeHeaderFields()
        _ = try makeBody()
    }

    /// An endpoint without path parameters is at ``path`` itself.
    public func makePath() throws(RequestValidationError) -> String { Self.path }

    /// No body.
    public func makeBody() throws(RequestValidationError) -> RequestBody? { nil }

    /// ``makePath()``, then `"?"` and the encoded query unless the query is empty.
    ///
    /// An invalid request never yields a path: ``makeQuery()`` checks the rules first.
    public func pathAndQuery() throws(RequestValidationError) -> String {
        let path = try makePath()
        let query = try makeQuery()
        return query.isEmpty ? path : path + "?" + query.encoded
    }

    /// `baseURL` followed by ``pathAndQuery()``.
    ///
    /// The base URL may end with or without `/` and may carry a path prefix
    /// (`https://host/api` + `/v1.1/x` → `https://host/api/v1.1/x`). It must
    /// not carry a query or fragment.
    public func url(relativeTo baseURL: URL) throws -> URL {
        let tail = try pathAndQuery()
        var base = baseURL.absoluteString
        guard !base.contains("?"), !base.contains("#") else {
            throw RequestValidationError(
                parameter: "baseURL", problem: .invalidValue("must not contain a query or fragment"))
        }
        while base.hasSuffix("/") { base.removeLast() }
        let joined = base + (tail.hasPrefix("/") ? tail : "/" + tail)
        guard let url = URL(string: joined) else {
            throw RequestValidationError(
                parameter: "path", problem: .invalidValue("cannot be combined with the base URL into a URL"))
        }
        return url
    }
}
