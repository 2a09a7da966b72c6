import CapillaryAPI
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
#if AsyncHTTPClient
import AsyncHTTPClient
import OpenAPIAsyncHTTPClient
#endif
@testable import SpecGenClient
import SpecGenRuntime
import Testing

/// Redirects against two loopback servers on different origins (127.0.0.1 and 127.0.0.2): the
/// credentials reach only the origin they were given for, whatever the transport.
@Suite("Redirects and credentials")
struct RedirectTests {
    static let credentials = ClientTests.credentials

    /// The `unknown-customer` recording's answer, which decodes as a `GetCustomerResponse`.
    static func fixtureReply() throws -> LoopbackServer.Reply {
        let exchange = try RecordedExchange.named("unknown-customer")
        let headers = exchange.response.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        return LoopbackServer.Reply(status: 200, reason: "OK", headers: headers, body: try exchange.body())
    }

    static func redirect(to location: String, status: Int = 302) -> LoopbackServer.Reply {
        LoopbackServer.Reply(status: status, reason: "Found", headers: [("Location", location)], body: Data("moved".utf8))
    }

    /// A server on `address` that answers `/moved…` with the fixture and anything else with a
    /// redirect to `location(server)`.
    static func redirecting(
        address: String = "127.0.0.1", to location: @escaping @Sendable () -> String
    ) throws -> LoopbackServer {
        let answer = try fixtureReply()
        return try LoopbackServer(address: address) { request in
            request.target.hasPrefix("/moved") ? answer : redirect(to: location())
        }
    }

    static func answering(address: String) throws -> LoopbackServer {
        let answer = try fixtureReply()
        return try LoopbackServer(address: address) { _ in answer }
    }

    /// The generated client's answer, through `transport`, by `policy`.
    static func send(
        to server: LoopbackServer, transport: any ClientTransport, policy: RedirectPolicy = .sameOriginOnly
    ) async throws -> Result<GetCustomerResponse, APIError> {
        let client = try CapillaryClient(
            baseURL: server.baseURL, authentication: .basic(credentials), transport: transport, redirectPolicy: policy)
        do {
            return .success(try await client.getCustomer(GetCustomerRequest(identifier: .id([900000417]))).body)
        } catch {
            return .failure(error)
        }
    }

    // MARK: The checks, for any transport

    static func checkSameOriginRedirectIsFollowedWithCredentials(_ transport: any ClientTransport) async throws {
        let server = try redirecting { "/moved/customer?id=900000417" }
        defer { server.stop() }
        let answer = try await send(to: server, transport: transport).get()
        #expect(answer == (try decodeFixture("unknown-customer")))
        let received = server.received
        #expect(received.map(\.target).last == "/moved/customer?id=900000417")
        #expect(received.count == 2)
        #expect(received.allSatisfy { $0.header("Authorization") == credentials.authorizationValue })
    }

    static func checkOtherOriginRedirectIsRefused(_ transport: any ClientTransport) async throws {
        let other = try answering(address: "127.0.0.2")
        defer { other.stop() }
        let port = other.port
        let server = try redirecting { "http://someone:pa55word@127.0.0.2:\(port)/moved/steal?token=abc#frag" }
        defer { server.stop() }
        let result = try await send(to: server, transport: transport)
        guard case .failure(.redirectRefused(let refusal)) = result else {
            Issue.record("expected a refused redirect, got \(result)")
            return
        }
        #expect(refusal.reason == .otherOrigin)
        #expect(refusal.status == 302)
        #expect(refusal.target?.description == "http://127.0.0.2:\(port)")
        let text = String(describing: APIError.redirectRefused(refusal))
        #expect(text.contains("to http://127.0.0.2:\(port),"))
        for secret in ["someone", "pa55word", "steal", "token", "abc", "frag", String(credentials.authorizationValue.dropFirst(6))] {
            #expect(!text.contains(secret), "\(text)")
        }
        #expect(server.received.count == 1)
        #expect(other.received.isEmpty)
    }

    static func checkOptInFollowsOtherOriginWithoutCredentials(_ transport: any ClientTransport) async throws {
        let other = try answering(address: "127.0.0.2")
        defer { other.stop() }
        let port = other.port
        let server = try redirecting { "http://127.0.0.2:\(port)/moved/elsewhere" }
        defer { server.stop() }
        let answer = try await send(to: server, transport: transport, policy: .followOtherOriginsWithoutCredentials).get()
        #expect(answer == (try decodeFixture("unknown-customer")))
        #expect(server.received.map { $0.header("Authorization") } == [credentials.authorizationValue])
        #expect(other.received.map(\.target) == ["/moved/elsewhere"])
        #expect(other.received.allSatisfy { $0.header("Authorization") == nil })
    }

    // MARK: URLSession

    /// `URLSessionTransport()` as an app writes it: its session (`URLSession.shared`) follows
    /// redirects on its own, so the client gives it one that leaves them to the client.
    @Test func sameOriginRedirectIsFollowedWithCredentials() async throws {
        try await Self.checkSameOriginRedirectIsFollowedWithCredentials(URLSessionTransport())
    }

    @Test func otherOriginRedirectIsRefusedAndTheOtherHostSeesNothing() async throws {
        try await Self.checkOtherOriginRedirectIsRefused(URLSessionTransport())
        // A session of the app's without a delegate is given one that refuses redirects too.
        let session = URLSession(configuration: .ephemeral)
        try await Self.checkOtherOriginRedirectIsRefused(URLSessionTransport(configuration: .init(session: session)))
    }

    @Test func optInFollowsAnotherOriginWithoutCredentials() async throws {
        try await Self.checkOptInFollowsOtherOriginWithoutCredentials(URLSessionTransport())
    }

    /// A session whose delegate is the app's own may follow redirects with the credentials: the
    /// client refuses to send through it at all.
    @Test func sessionWithAnotherDelegateSendsNothing() async throws {
        let server = try Self.answering(address: "127.0.0.1")
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral, delegate: FollowingDelegate(), delegateQueue: nil)
        let result = try await Self.send(to: server, transport: URLSessionTransport(configuration: .init(session: session)))
        guard case .failure(.transport(let failure)) = result else {
            Issue.record("expected a transport failure, got \(result)")
            return
        }
        #expect(failure.message.contains("RedirectRefusingSessionDelegate"))
        #expect(server.received.isEmpty)
    }

    @Test func redirectLoopStopsAfterTheLimit() async throws {
        let server = try Self.redirecting { "/again" }
        defer { server.stop() }
        let result = try await Self.send(to: server, transport: URLSessionTransport())
        guard case .failure(.redirectRefused(let refusal)) = result else {
            Issue.record("expected a refused redirect, got \(result)")
            return
        }
        #expect(refusal.reason == .tooManyRedirects)
        #expect(server.received.count == RedirectPolicy.maximumRedirects + 1)
    }

    /// http://[::1]:PORT works like http://127.0.0.1:PORT, through URLSession (which on Linux cannot
    /// send to a bracketed IPv6 address) and through the capillary tool.
    @Test func ipv6LoopbackBaseURL() async throws {
        let server: LoopbackServer
        do {
            server = try Self.answering(address: "::1")
        } catch {
            Issue.record("this machine has no IPv6 loopback (binding ::1 failed: \(error)); the IPv6 test cannot run")
            return
        }
        defer { server.stop() }
        #expect(server.baseURL.absoluteString == "http://[::1]:\(server.port)")
        let client = try CapillaryClient(baseURL: server.baseURL, authentication: .basic(Self.credentials), transport: URLSessionTransport())
        let answer = try await client.getCustomer(GetCustomerRequest(identifier: .id([900000417])))
        #expect(answer.items.first?.failure?.reason == .notFound)
        #expect(server.received.first?.header("Authorization") == Self.credentials.authorizationValue)

        let tool = try await CommandLineToolTests().run(
            ["customer", "get", "--base-url", server.baseURL.absoluteString, "--country-code", "1", "--id", "900000417"])
        #expect(tool.stderr.contains("900000417: not_found (1012)"), "stderr: \(tool.stderr)")
        #expect(server.received.count == 2)
    }

    // MARK: The decision, without a server

    @Test func redirectDecisions() throws {
        let base = try #require(Origin(URL(string: "https://api.example.com")!))
        let current = URL(string: "https://api.example.com/v1.1/customer/get?id=1")!
        func decide(_ location: String?, from url: URL = current, credentialsSent: Bool = true, followed: Int = 0,
                    _ policy: RedirectPolicy = .sameOriginOnly) -> RedirectDecision {
            RedirectDecision.decide(
                status: 302, location: location, current: url, origin: base, credentialsSent: credentialsSent,
                redirectsFollowed: followed, policy: policy)
        }
        func refusal(_ reason: RedirectRefusal.Reason, _ target: String?) -> RedirectDecision {
            .refuse(RedirectRefusal(status: 302, target: target.flatMap { Origin(URL(string: $0)!) }, reason: reason))
        }
        #expect(decide("/v2/x?a=1") == .follow(URL(string: "https://api.example.com/v2/x?a=1")!, withCredentials: true))
        #expect(decide("https://API.example.com:443/y") == .follow(URL(string: "https://API.example.com:443/y")!, withCredentials: true))
        // https → http: never, not even to the same host, not even with the opt-in.
        for policy in RedirectPolicy.allCases {
            #expect(decide("http://api.example.com/x", policy) == refusal(.downgradeToHTTP, "http://api.example.com"))
            #expect(decide("http://127.0.0.1:8080/x", policy) == refusal(.downgradeToHTTP, "http://127.0.0.1:8080"))
        }
        #expect(decide("https://api.example.com:8443/x") == refusal(.otherOrigin, "https://api.example.com:8443"))
        #expect(decide("https://evil.example/x") == refusal(.otherOrigin, "https://evil.example"))
        #expect(decide("https://evil.example/x", .followOtherOriginsWithoutCredentials)
            == .follow(URL(string: "https://evil.example/x")!, withCredentials: false))
        // Plain http to a remote host, from http: refused whatever the policy.
        let plain = URL(string: "http://127.0.0.1:9000/x")!
        #expect(decide("http://example.com/x", from: plain, .followOtherOriginsWithoutCredentials)
            == refusal(.plainHTTPToRemoteHost, "http://example.com"))
        // Once the credentials were left behind, coming back to the origin does not restore them.
        let away = URL(string: "https://evil.example/x")!
        #expect(decide("https://api.example.com/z", from: away, credentialsSent: false, .followOtherOriginsWithoutCredentials)
            == .follow(URL(string: "https://api.example.com/z")!, withCredentials: false))
        #expect(decide("/v2", followed: RedirectPolicy.maximumRedirects) == refusal(.tooManyRedirects, "https://api.example.com"))
        #expect(decide(nil) == refusal(.unusableLocation, nil))
        #expect(decide("ftp://files.example.com/x") == refusal(.unusableLocation, nil))
        // A host that decodes to control characters stays encoded in the error text.
        #expect(decide("https://%1B%5D0;pwned%07.example/x") == refusal(.otherOrigin, "https://%1B%5D0;pwned%07.example"))
        #expect(try #require(Origin(URL(string: "https://%1B%5D0;pwned%07.example/x")!)).description
            == "https://%1b%5d0;pwned%07.example:443")
        #expect(Origin(URL(string: "http://[::1]:8080/p?q")!)?.description == "http://[::1]:8080")
        #expect(Origin(URL(string: "HTTPS://User:Pw@Example.COM/p")!)?.description == "https://example.com:443")
    }

    // MARK: The capillary tool

    @Test func commandLineToolRefusesAnotherOrigin() async throws {
        try await Self.checkCommandLineTool(transport: [])
    }

    static func checkCommandLineTool(transport: [String]) async throws {
        let other = try answering(address: "127.0.0.2")
        defer { other.stop() }
        let port = other.port
        let server = try redirecting { "http://127.0.0.2:\(port)/moved/steal?token=abc" }
        defer { server.stop() }
        let result = try await CommandLineToolTests().run(
            ["customer", "get", "--base-url", server.baseURL.absoluteString, "--id", "900000417"] + transport)
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 302 redirects to http://127.0.0.2:\(port), another origin"), "\(result.stderr)")
        #expect(!result.stderr.contains("steal"))
        #expect(server.received.count == 1)
        #expect(other.received.isEmpty)
    }

    // MARK: AsyncHTTPClient

    #if AsyncHTTPClient
    /// An `HTTPClient` that leaves redirects to the client, as the capillary tool's is.
    static func withRedirectRefusingTransport(_ body: (AsyncHTTPClientTransport) async throws -> Void) async throws {
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))
        do {
            try await body(AsyncHTTPClientTransport(configuration: .init(client: client)))
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    @Test func asyncHTTPClientTransportRedirects() async throws {
        try await Self.withRedirectRefusingTransport { transport in
            try await Self.checkSameOriginRedirectIsFollowedWithCredentials(transport)
            try await Self.checkOtherOriginRedirectIsRefused(transport)
            try await Self.checkOptInFollowsOtherOriginWithoutCredentials(transport)
        }
    }

    /// `AsyncHTTPClientTransport()` follows redirects itself (up to 5); it drops the credentials on
    /// another origin, so they still reach no other host.
    @Test func asyncHTTPClientTransportFollowingRedirectsItselfDropsCredentials() async throws {
        let other = try Self.answering(address: "127.0.0.2")
        defer { other.stop() }
        let port = other.port
        let server = try Self.redirecting { "http://127.0.0.2:\(port)/moved/elsewhere" }
        defer { server.stop() }
        _ = try await Self.send(to: server, transport: AsyncHTTPClientTransport()).get()
        #expect(server.received.first?.header("Authorization") == Self.credentials.authorizationValue)
        #expect(other.received.count == 1)
        #expect(other.received.allSatisfy { $0.header("Authorization") == nil })
    }

    @Test func asyncHTTPClientTransportCommandLineToolRefusesAnotherOrigin() async throws {
        try await Self.checkCommandLineTool(transport: ["--transport", "async-http-client"])
    }

    @Test func asyncHTTPClientTransportIPv6Loopback() async throws {
        let server: LoopbackServer
        do {
            server = try Self.answering(address: "::1")
        } catch {
            Issue.record("this machine has no IPv6 loopback (binding ::1 failed: \(error)); the IPv6 test cannot run")
            return
        }
        defer { server.stop() }
        try await Self.withRedirectRefusingTransport { transport in
            let answer = try await Self.send(to: server, transport: transport).get()
            #expect(answer == (try decodeFixture("unknown-customer")))
        }
        #expect(server.received.first?.header("Authorization") == Self.credentials.authorizationValue)
    }
    #endif
}

/// A session delegate of an app's own, which lets URLSession follow redirects.
final class FollowingDelegate: NSObject, URLSessionTaskDelegate, Sendable {}
