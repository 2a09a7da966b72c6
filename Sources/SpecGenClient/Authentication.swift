import Foundation
import HTTPTypes
import SpecGenRuntime

/// How a client proves who it is: HTTP Basic credentials, a bearer token, an API key in a header or
/// the query, or a token in a header of the API's choosing.
///
/// A token may be fixed or come from a provider the app refreshes it with: the provider is called
/// once per call, before anything is sent, so a token that expires is replaced without a new client.
///
/// It is never printed: `description`, `debugDescription` and the mirror used by `dump()` show the
/// scheme and `<redacted>`. Every secret it sends is replaced by `<redacted>` in the texts the client
/// builds from what it does not control (error texts, body excerpts, bodies before decoding), and
/// goes only to the origin of the client's base URL, in headers or in the query alike.
public struct Authentication: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret: fixed, or fetched for each call.
    enum Token: Sendable {
        case fixed(String)
        case provider(@Sendable () async throws -> String)
    }

    /// Where an API key goes.
    public enum KeyLocation: Sendable, Hashable {
        /// In the header field of this name.
        case header(String)
        /// In the query parameter of this name.
        case query(String)
    }

    enum Method: Sendable {
        case basic(BasicCredentials)
        case bearer(Token)
        case apiKey(Token, KeyLocation)
        case headerToken(header: String, Token)
    }

    /// The spec's name of the scheme (`basic`, or the `name:` it gives), which an endpoint declaring
    /// `auth: <name>` requires.
    public let schemeName: String
    let method: Method

    /// HTTP Basic: `Authorization: Basic <base64 of username:password>`.
    public static func basic(_ credentials: BasicCredentials, schemeName: String = "basic") -> Authentication {
        Authentication(schemeName: schemeName, method: .basic(credentials))
    }

    /// `Authorization: Bearer <token>`, the same token for every call.
    public static func bearer(_ token: String, schemeName: String = "bearer") -> Authentication {
        Authentication(schemeName: schemeName, method: .bearer(.fixed(token)))
    }

    /// `Authorization: Bearer <token>`, with the token `provider` returns, called once per call.
    public static func bearer(
        schemeName: String = "bearer", provider: @escaping @Sendable () async throws -> String
    ) -> Authentication {
        Authentication(schemeName: schemeName, method: .bearer(.provider(provider)))
    }

    /// An API key, sent as it is in a header or, percent-encoded, in the query.
    public static func apiKey(_ key: String, in location: KeyLocation, schemeName: String = "api_key") -> Authentication {
        Authentication(schemeName: schemeName, method: .apiKey(.fixed(key), location))
    }

    /// An API key `provider` returns, called once per call, sent in a header or in the query.
    public static func apiKey(
        in location: KeyLocation, schemeName: String = "api_key", provider: @escaping @Sendable () async throws -> String
    ) -> Authentication {
        Authentication(schemeName: schemeName, method: .apiKey(.provider(provider), location))
    }

    /// A token sent as it is in the header field `header`, the same for every call.
    public static func headerToken(_ token: String, header: String, schemeName: String = "header_token") -> Authentication {
        Authentication(schemeName: schemeName, method: .headerToken(header: header, .fixed(token)))
    }

    /// A token sent as it is in the header field `header`, the one `provider` returns, called once per call.
    public static func headerToken(
        header: String, schemeName: String = "header_token", provider: @escaping @Sendable () async throws -> String
    ) -> Authentication {
        Authentication(schemeName: schemeName, method: .headerToken(header: header, .provider(provider)))
    }

    public var description: String { "Authentication(\(schemeName): <redacted>)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["schemeName": schemeName, "credentials": "<redacted>"], displayStyle: .struct)
    }

    /// The secrets to redact that are known without calling a provider.
    var knownRedaction: SecretRedaction {
        switch method {
        case .basic(let credentials): credentials.secretRedaction
        case .bearer(.fixed(let token)), .apiKey(.fixed(let token), _), .headerToken(_, .fixed(let token)):
            SecretRedaction(secrets: [token])
        case .bearer(.provider), .apiKey(.provider, _), .headerToken(_, .provider):
            .nothing
        }
    }

    /// What one call sends, the provider's token fetched.
    func credential() async throws(APIError) -> Credential {
        switch method {
        case .basic(let credentials):
            return Credential(
                headerField: try Self.field("Authorization", value: credentials.authorizationValue),
                redaction: credentials.secretRedaction)
        case .bearer(let token):
            let value = try await Self.value(of: token)
            return Credential(
                headerField: try Self.field("Authorization", value: "Bearer " + value), redaction: SecretRedaction(secrets: [value]))
        case .apiKey(let token, .header(let name)), .headerToken(let name, let token):
            let value = try await Self.value(of: token)
            return Credential(headerField: try Self.field(name, value: value), redaction: SecretRedaction(secrets: [value]))
        case .apiKey(let token, .query(let name)):
            let value = try await Self.value(of: token)
            guard !name.isEmpty else { throw Self.invalid("the API key's query parameter name is empty") }
            return Credential(queryItem: (name, value), redaction: SecretRedaction(secrets: [value]))
        }
    }

    private static func value(of token: Token) async throws(APIError) -> String {
        let value: String
        switch token {
        case .fixed(let fixed):
            value = fixed
        case .provider(let provider):
            do {
                value = try await provider()
            } catch {
                throw .authenticationUnavailable(TerminalText.escaped(String(describing: error)))
            }
        }
        guard !value.isEmpty else { throw invalid("the credential is empty") }
        return value
    }

    /// A header field the transport cannot misread: a valid name the client and transport do not
    /// write themselves, and a value without control characters (which could end the field and start
    /// another). The value is never quoted in the error.
    private static func field(_ name: String, value: String) throws(APIError) -> HTTPField {
        guard let fieldName = HTTPField.Name(name) else {
            throw invalid("the authentication header '\(TerminalText.escaped(name))' is not a valid header name")
        }
        guard !reservedHeaders.contains(name.lowercased()) else {
            throw invalid("the authentication header '\(name)' is one the client or the transport writes itself")
        }
        guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw invalid("the credential holds a control character, which a header value cannot")
        }
        var field = HTTPField(name: fieldName, value: value)
        // Never indexed by HTTP/2 header compression, so it cannot be recovered from a shared table.
        field.indexingStrategy = .disallow
        return field
    }

    /// Headers the client or the transport writes: an authentication header of one of these names
    /// would be sent twice or would change how the message is framed.
    static let reservedHeaders: Set<String> = [
        "proxy-authorization", "accept", "cookie", "host", "content-length", "transfer-encoding", "content-type",
        "connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade", "expect",
    ]

    private static func invalid(_ problem: String) -> APIError {
        .invalidRequest(RequestValidationError(parameter: "authentication", problem: .invalidValue(problem)))
    }
}

/// What one call sends to the base URL's origin, and the secrets to redact from everything else.
struct Credential: Sendable {
    var headerField: HTTPField?
    /// An API key in the query: its name and value, not yet encoded.
    var queryItem: (name: String, value: String)?
    var redaction: SecretRedaction

    init(headerField: HTTPField? = nil, queryItem: (name: String, value: String)? = nil, redaction: SecretRedaction) {
        self.headerField = headerField
        self.queryItem = queryItem
        self.redaction = redaction
    }

    /// `request` carrying the credential: the header field appended, or the query item added after
    /// the request's own query (any item of the same name the path already has, such as one a
    /// redirect's `Location` echoed, is removed first, so the key is sent once).
    func applied(to request: HTTPRequest) -> HTTPRequest {
        var request = request
        if let headerField { request.headerFields.append(headerField) }
        if let queryItem {
            let path = Self.removingQueryItems(named: queryItem.name, from: request.path ?? "/")
            let item = PercentEncoding.encodeQueryComponent(queryItem.name) + "=" + PercentEncoding.encodeQueryComponent(queryItem.value)
            request.path = path + (path.contains("?") ? "&" : "?") + item
        }
        return request
    }

    /// `path` (with its query) without the query items called `name`, compared after decoding.
    static func removingQueryItems(named name: String, from path: String) -> String {
        guard let mark = path.firstIndex(of: "?") else { return path }
        let items = path[path.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).filter { item in
            let rawName = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let decoded = String(rawName).replacing("+", with: " ").removingPercentEncoding ?? String(rawName)
            return decoded != name
        }
        return items.isEmpty ? String(path[..<mark]) : String(path[..<mark]) + "?" + items.joined(separator: "&")
    }
}
