import CapillaryAPI
import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpecGenClient
import SpecGenRuntime
import Testing

/// A read sent without credentials (`auth: none` in a spec), such as a token endpoint.
struct UnauthenticatedRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "GET"
    static let path = "/v1/health"
    static let usesAuthentication = false
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// A read only the `oauth_token` scheme may send (`auth: oauth_token` in a spec).
struct TokenOnlyRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "GET"
    static let path = "/v1/token-only"
    static let requiredAuthentication: String? = "oauth_token"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// A read with a query of its own, to which an API key in the query is added.
struct QueryRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "GET"
    static let path = "/v1/search"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder {
        var query = QueryBuilder()
        query.append("q", "a b")
        return query
    }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// Every authentication scheme: what it sends, to whom, and that its secret shows nowhere else.
@Suite("Authentication schemes")
struct AuthenticationTests {
    static let key = "k3y/with+odd=chars&more-0123456789"

    static func core(_ server: LoopbackServer, _ authentication: Authentication?, policy: RedirectPolicy = .sameOriginOnly) -> ClientCore {
        ClientCore(
            baseURL: server.baseURL, authentication: authentication, transport: URLSessionTransport(), middlewares: [],
            redirectPolicy: policy, retryPolicy: .never)
    }

    @Test func bearerTokenIsSentInAuthorization() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        _ = try await Self.core(server, .bearer("static-token-value")).send(ReadRequest(), operationID: "read")
        #expect(server.received.first?.header("Authorization") == "Bearer static-token-value")
    }

    @Test func providerIsCalledForEveryCall() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let counter = Counter()
        let core = Self.core(server, .bearer(provider: { "token-\(counter.next())" }))
        _ = try await core.send(ReadRequest(), operationID: "read")
        _ = try await core.send(ReadRequest(), operationID: "read")
        #expect(server.received.map { $0.header("Authorization") } == ["Bearer token-0", "Bearer token-1"])
    }

    @Test func failingProviderSendsNothing() async throws {
        struct Expired: Error, CustomStringConvertible {
            var description: String { "refresh token expired\u{1b}[2J" }
        }
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let core = Self.core(server, .headerToken(header: "X-Token", provider: { throw Expired() }))
        await #expect {
            try await core.send(ReadRequest(), operationID: "read")
        } throws: { error in
            guard case .authenticationUnavailable(let message) = error as? APIError else { return false }
            return message == "refresh token expired\\u{1b}[2J"
        }
        #expect(server.received.isEmpty)
    }

    @Test func headerTokenGoesInTheHeaderTheAppNames() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let client = try CapillaryClient(
            baseURL: server.baseURL, authentication: CapillaryClient.oauthToken("jwt-1", header: "CAP-API-ACCESS-TOKEN"),
            transport: URLSessionTransport())
        _ = try? await client.getCustomer(GetCustomerRequest(identifier: .id([1])))
        let request = try #require(server.received.first)
        #expect(request.header("CAP-API-ACCESS-TOKEN") == "jwt-1")
        #expect(request.header("X-CAP-API-OAUTH-TOKEN") == nil)
        #expect(request.header("Authorization") == nil)
        // The spec's default header.
        let other = try CapillaryClient(
            baseURL: server.baseURL, authentication: CapillaryClient.oauthToken("jwt-2"), transport: URLSessionTransport())
        _ = try? await other.getCustomer(GetCustomerRequest(identifier: .id([1])))
        #expect(server.received.last?.header("X-CAP-API-OAUTH-TOKEN") == "jwt-2")
    }

    @Test func unusableHeadersAndTokensAreRefusedBeforeSending() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let cases: [(Authentication, String)] = [
            (.headerToken("t", header: "Host"), "is one the client or the transport writes itself"),
            (.headerToken("t", header: "Bad Header"), "is not a valid header name"),
            (.headerToken("line-one\r\nX-Injected: yes", header: "X-Token"), "holds a control character"),
            (.bearer(""), "the credential is empty"),
            (.apiKey("k", in: .query("")), "query parameter name is empty"),
        ]
        for (authentication, problem) in cases {
            await #expect {
                try await Self.core(server, authentication).send(ReadRequest(), operationID: "read")
            } throws: { error in
                guard case .invalidRequest = error as? APIError else { return false }
                let text = String(describing: error)
                return text.contains(problem) && !text.contains("line-one") && !text.contains("X-Injected")
            }
        }
        #expect(server.received.isEmpty)
    }

    @Test func apiKeyInAHeader() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        _ = try await Self.core(server, .apiKey(Self.key, in: .header("X-Api-Key"))).send(ReadRequest(), operationID: "read")
        #expect(server.received.first?.header("X-Api-Key") == Self.key)
    }

    @Test func apiKeyInTheQueryFollowsTheRequestsOwnQuery() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        _ = try await Self.core(server, .apiKey(Self.key, in: .query("api_key"))).send(QueryRequest(), operationID: "search")
        #expect(server.received.first?.target
            == "/v1/search?q=a%20b&api_key=" + PercentEncoding.encodeQueryComponent(Self.key))
    }

    /// The key rides same-origin redirects (once, even when the Location echoes it), never another origin.
    @Test func apiKeyInTheQueryStaysWithItsOrigin() async throws {
        let encodedKey = PercentEncoding.encodeQueryComponent(Self.key)
        let other = try LoopbackServer(address: "127.0.0.2") { _ in RetryTests.ok }
        defer { other.stop() }
        let otherPort = other.port
        let server = try LoopbackServer { request in
            if request.target.hasPrefix("/v1/search") {
                // Echoes the key back, as a careless service might.
                return LoopbackServer.Reply(
                    status: 302, reason: "Found", headers: [("Location", "/v1/moved?api_key=\(encodedKey)&page=2")], body: Data())
            }
            return LoopbackServer.Reply(
                status: 302, reason: "Found",
                headers: [("Location", "http://127.0.0.2:\(otherPort)/elsewhere?api_key=\(encodedKey)&page=2")], body: Data())
        }
        defer { server.stop() }
        let core = Self.core(server, .apiKey(Self.key, in: .query("api_key")), policy: .followOtherOriginsWithoutCredentials)
        #expect(try await core.send(QueryRequest(), operationID: "search") == Acknowledgement(ok: true))
        #expect(server.received.map(\.target) == ["/v1/search?q=a%20b&api_key=\(encodedKey)", "/v1/moved?page=2&api_key=\(encodedKey)"])
        #expect(other.received.map(\.target) == ["/elsewhere?page=2"])
        for request in other.received {
            #expect(!request.headers.contains { $0.value.contains("k3y") })
        }
    }

    /// A Location to another origin that carries the secret under another name is not followed.
    @Test func redirectCarryingTheSecretElsewhereIsRefused() async throws {
        let other = try LoopbackServer(address: "127.0.0.2") { _ in RetryTests.ok }
        defer { other.stop() }
        let otherPort = other.port
        let server = try LoopbackServer { _ in
            LoopbackServer.Reply(
                status: 307, reason: "Temporary Redirect",
                headers: [("Location", "http://127.0.0.2:\(otherPort)/steal?k=bearer-secret-token")], body: Data())
        }
        defer { server.stop() }
        let core = Self.core(server, .bearer("bearer-secret-token"), policy: .followOtherOriginsWithoutCredentials)
        await #expect {
            try await core.send(ReadRequest(), operationID: "read")
        } throws: { error in
            guard case .redirectRefused = error as? APIError else { return false }
            return !String(describing: error).contains("bearer-secret-token")
        }
        #expect(other.received.isEmpty)
    }

    @Test func endpointWithoutAuthenticationSendsNoCredentials() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let core = Self.core(server, .apiKey(Self.key, in: .query("api_key")))
        _ = try await core.send(UnauthenticatedRequest(), operationID: "health")
        #expect(server.received.first?.target == "/v1/health")
        #expect(server.received.first?.header("Authorization") == nil)
    }

    @Test func endpointRequiringAnotherSchemeIsRefusedBeforeSending() async throws {
        let server = try LoopbackServer { _ in RetryTests.ok }
        defer { server.stop() }
        let basic = Self.core(server, CapillaryClient.basic(username: "u", password: "p"))
        await #expect {
            try await basic.send(TokenOnlyRequest(), operationID: "token_only")
        } throws: { error in
            guard case .invalidRequest(let problem) = error as? APIError else { return false }
            return problem.description.contains("accepts only the 'oauth_token' scheme")
        }
        #expect(server.received.isEmpty)
        _ = try await Self.core(server, CapillaryClient.oauthToken("t")).send(TokenOnlyRequest(), operationID: "token_only")
        #expect(server.received.count == 1)
    }
}
