import CapillaryAPI
import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
#if AsyncHTTPClient
import OpenAPIAsyncHTTPClient
#endif
import SpecGenClient
import SpecGenRuntime
import Testing

/// The generated client over URLSession, against a loopback server that replays the recordings and
/// checks every request it receives against them.
@Suite("Generated client against a replaying server")
struct ClientTests {
    /// The fixtures' credentials as a person would type them: the client sends the MD5 digest.
    static let credentials = BasicCredentials(username: "demo.till", password: "demo-password", digest: .md5)

    private func client(_ server: LoopbackServer, middlewares: [any ClientMiddleware] = []) throws -> CapillaryClient {
        var client = try CapillaryClient(
            baseURL: server.baseURL, authentication: CapillaryClient.basic(username: "demo.till", password: "demo-password"),
            // One request per call, whatever the answer: retries are tested on their own (RetryTests).
            transport: URLSessionTransport(), middlewares: middlewares, retryPolicy: .never)
        client.countryCode = "1"
        return client
    }

    /// Runs `name`'s typed request against a server replaying `name` with `answer`.
    private func call(
        _ name: String, answer: FixtureReplay.Answer = .recorded
    ) async throws -> (result: Result<GetCustomerResult, APIError>, server: LoopbackServer, replay: FixtureReplay) {
        let replay = try FixtureReplay(name, answer: answer)
        let server = try replay.start()
        defer { server.stop() }
        let request = try #require(RecordedRequests.all[name])
        var withoutCountry = request
        withoutCountry.countryCode = nil // the client's default supplies it
        let client = try client(server)
        let result: Result<GetCustomerResult, APIError>
        do {
            result = .success(try await client.getCustomer(withoutCountry))
        } catch {
            result = .failure(error)
        }
        let received = server.received
        #expect(received.count == 1)
        for request in received {
            #expect(replay.mismatches(request).isEmpty, "\(replay.mismatches(request))")
        }
        return (result, server, replay)
    }

    @Test func singleCustomer() async throws {
        let (result, server, replay) = try await call("single-customer")
        #expect(server.received.first?.target == replay.recordedTarget)
        let answer = try result.get()
        #expect(answer.status == .allSucceeded)
        #expect(answer.report == StatusReport(code: 200, success: true, message: "Success"))
        #expect(answer.items.map(\.identifier) == ["447700900123"])
        let customer = try #require(answer.items.first?.item)
        #expect(customer.firstname == "Wilhelmina")
        #expect(customer.lifetimePoints == 26447.104)
        #expect(answer.unrequestedItems.isEmpty)
        #expect(answer.body == (try decodeFixture("single-customer")))
    }

    @Test func bulkAnswersEachIdentifierInOrder() async throws {
        let answer = try await call("reference-bulk-email").result.get()
        #expect(answer.status == .allSucceeded)
        #expect(answer.items.map(\.identifier) == ["sai.ishina9@gmail.com", "sai.ishina95@gmail.com", "9478341389@pixar.com"])
        #expect(answer.items.map { $0.item?.email } == answer.items.map(\.identifier))
        #expect(answer.items.map { $0.item?.loyaltyPoints } == [1215, 0, 3301.75])
    }

    @Test func bulkByIDMatchesTheEchoedIDs() async throws {
        let answer = try await call("reference-bulk-id").result.get()
        #expect(answer.items.map(\.identifier) == ["387020208", "3879773"])
        #expect(answer.items.map { $0.item?.id } == [387020208, 3879773])
    }

    @Test func partialResultKeepsTheFailureInPlace() async throws {
        let answer = try await call("bulk-partial-201").result.get()
        #expect(answer.status == .partial)
        #expect(answer.report.code == 201)
        #expect(answer.items.map(\.identifier)
            == ["rosalind.okonkwo@example.org", "no.such.member@example.com", "ana+loyalty@example.com"])
        #expect(answer.items[0].item?.firstname != nil)
        let failure = try #require(answer.items[1].failure)
        #expect(failure.reason == .notFound)
        #expect(failure.code == 1012)
        #expect(failure.message?.isEmpty == false)
        #expect(answer.items[2].item?.email == "ana+loyalty@example.com")
    }

    @Test func piiDeletedAndAnItemWithoutIdentifier() async throws {
        let answer = try await call("pii-deleted-500").result.get()
        #expect(answer.status == .allFailed)
        #expect(answer.items.map(\.identifier) == ["518340271", "518340299"])
        let deleted = try #require(answer.items[0].failure)
        #expect(deleted == ItemFailure(reason: .piiDeleted, code: 8109, message: "Customer is deleted after PII delete request"))
        // The second item echoes no id: it answers the remaining identifier, by position.
        let invalid = try #require(answer.items[1].failure)
        #expect(invalid.reason == .unknown(400))
        #expect(invalid.code == 400)
    }

    @Test func unknownCustomer() async throws {
        let answer = try await call("unknown-customer").result.get()
        #expect(answer.status == .allFailed)
        #expect(answer.items.first?.failure?.reason == .notFound)
        #expect(answer.items.first?.identifier == "900000417")
    }

    @Test func http401IsUnauthorizedWithoutCredentialsInTheError() async throws {
        let (result, _, _) = try await call(
            "single-customer",
            answer: .status(401, reason: "Unauthorized", contentType: "text/plain", body: "Bad credentials"))
        guard case .failure(.unauthorized(let failure)) = result else {
            Issue.record("expected unauthorized, got \(result)")
            return
        }
        #expect(failure.status == 401)
        #expect(failure.excerpt == "Bad credentials")
        let text = String(describing: APIError.unauthorized(failure))
        #expect(text.contains("rejected the credentials"))
    }

    @Test func htmlErrorPageIsAnHTTPStatusError() async throws {
        let page = "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>"
        let (result, _, _) = try await call(
            "bulk-partial-201", answer: .status(500, reason: "Internal Server Error", contentType: "text/html", body: page))
        guard case .failure(.httpStatus(let failure)) = result else {
            Issue.record("expected httpStatus, got \(result)")
            return
        }
        #expect(failure.status == 500)
        #expect(failure.contentType == "text/html")
        #expect(failure.excerpt.hasPrefix("<html><head><title>500"))
    }

    @Test func truncatedBodyIsUndecodableWithItsStart() async throws {
        let (result, _, _) = try await call("reference-bulk-id", answer: .bodyCutAt(120))
        guard case .failure(.undecodableBody(let failure)) = result else {
            Issue.record("expected undecodableBody, got \(result)")
            return
        }
        let body = try RecordedExchange.named("reference-bulk-id").body()
        #expect(failure.excerpt == String(decoding: body.prefix(120), as: UTF8.self).replacingOccurrences(of: "\n", with: "\\n"))
        #expect(failure.path == "$")
    }

    @Test func wrongValueIsReportedAtItsJSONPath() async throws {
        let body = #"{"response": {"status": {"code": 200, "success": "true"}, "customers": {"customer": [{"id": "1", "lifetime_points": "lots"}]}}}"#
        let (result, _, _) = try await call("unknown-customer", answer: .body(body))
        guard case .failure(.undecodableBody(let failure)) = result else {
            Issue.record("expected undecodableBody, got \(result)")
            return
        }
        #expect(failure.path == "$.response.customers.customer[0].lifetime_points")
        #expect(failure.excerpt.hasPrefix(#"{"response": {"status""#))
    }

    @Test func connectionClosedMidBodyIsATransportFailure() async throws {
        let (result, _, _) = try await call("reference-bulk-email", answer: .connectionClosedAfter(200))
        guard case .failure(.transport) = result else {
            Issue.record("expected a transport failure, got \(result)")
            return
        }
    }

    @Test func envelopeRefusingTheRequestIsRejected() async throws {
        let body = #"{"response": {"status": {"success": "false", "code": 401, "message": "Invalid credentials"}}}"#
        let (result, _, _) = try await call("unknown-customer", answer: .body(body))
        guard case .failure(.rejected(let report)) = result else {
            Issue.record("expected rejected, got \(result)")
            return
        }
        #expect(report == StatusReport(code: 401, success: false, message: "Invalid credentials"))
    }

    @Test func connectionRefused() async throws {
        let refusing = try RefusingPort()
        let client = try CapillaryClient(baseURL: refusing.baseURL, authentication: .basic(Self.credentials), transport: URLSessionTransport())
        do {
            _ = try await client.getCustomer(GetCustomerRequest(identifier: .id([1])))
            Issue.record("expected a transport failure")
        } catch {
            guard case .transport(let failure) = error else {
                Issue.record("expected a transport failure, got \(error)")
                return
            }
            #expect(!failure.message.isEmpty)
            #expect(!failure.message.contains("UserInfo"), "a sentence, not a dump: \(failure.message)")
        }
    }

    @Test func invalidRequestIsRefusedBeforeSending() async throws {
        let server = try FixtureReplay("unknown-customer").start()
        defer { server.stop() }
        var request = GetCustomerRequest(identifier: .id([1]))
        request.gapToUpgradeFor = 30
        await #expect(throws: APIError.self) { try await client(server).getCustomer(request) }
        #expect(server.received.isEmpty)
    }

    @Test func middlewaresRunInOrderAroundTheTransport() async throws {
        let server = try FixtureReplay("unknown-customer").start()
        defer { server.stop() }
        let log = MiddlewareLog()
        let client = try client(server, middlewares: [
            TaggingMiddleware(tag: "outer", log: log), TaggingMiddleware(tag: "inner", log: log),
        ])
        let answer = try await client.getCustomer(try #require(RecordedRequests.all["unknown-customer"]))
        #expect(answer.status == .allFailed)
        #expect(log.entries == ["outer", "inner"])
        #expect(server.received.first?.header("X-Middleware") == "outer,inner")
    }

    #if AsyncHTTPClient
    /// The same client over AsyncHTTPClient: only the transport changes.
    @Test func asyncHTTPClientTransport() async throws {
        let replay = try FixtureReplay("bulk-partial-201")
        let server = try replay.start()
        defer { server.stop() }
        var client = try CapillaryClient(
            baseURL: server.baseURL, authentication: .basic(Self.credentials), transport: AsyncHTTPClientTransport())
        client.countryCode = "1"
        let answer = try await client.getCustomer(try #require(RecordedRequests.all["bulk-partial-201"]))
        #expect(answer.status == .partial)
        #expect(answer.items.map { $0.failure?.reason } == [nil, .notFound, nil])
        #expect(server.received.count == 1)
        #expect(server.received.allSatisfy { replay.mismatches($0).isEmpty })
    }
    #endif

    @Test func hostsAndBaseURLs() throws {
        #expect(try BaseURLPolicy.checked(URL(string: "https://eu.example.com/")!).absoluteString == "https://eu.example.com")
        #expect(try BaseURLPolicy.checked(URL(string: "https://example.com/api//")!).absoluteString == "https://example.com/api")
        #expect(try BaseURLPolicy.checked(URL(string: "http://127.0.0.1:8080")!).absoluteString == "http://127.0.0.1:8080")
        #expect(try BaseURLPolicy.checked(URL(string: "http://localhost")!).absoluteString == "http://localhost")
        #expect(try BaseURLPolicy.checked(URL(string: "http://[::1]:9000")!).absoluteString == "http://[::1]:9000")
        #expect(throws: BaseURLError.plainHTTPToRemoteHost) { try BaseURLPolicy.checked(URL(string: "http://eu.api.capillarytech.com")!) }
        #expect(throws: BaseURLError.plainHTTPToRemoteHost) { try BaseURLPolicy.checked(URL(string: "http://127.0.0.1.example.com")!) }
        #expect(throws: BaseURLError.credentialsInURL) { try BaseURLPolicy.checked(URL(string: "https://u:p@example.com")!) }
        #expect(throws: BaseURLError.queryOrFragment) { try BaseURLPolicy.checked(URL(string: "https://example.com/?a=1")!) }
        #expect(throws: BaseURLError.unsupportedScheme("ftp")) { try BaseURLPolicy.checked(URL(string: "ftp://example.com")!) }
        #expect(CapillaryHost.allCases.allSatisfy { $0.baseURL.scheme == "https" })
    }

    @Test func credentialsNeverShow() throws {
        let server = try FixtureReplay("unknown-customer").start()
        defer { server.stop() }
        let client = try client(server)
        var dumped = ""
        dump(client, to: &dumped)
        for text in [String(describing: client), String(reflecting: client), String(describing: Self.credentials), dumped] {
            #expect(!text.contains("demo-password"))
            #expect(!text.contains("4b4d9529148d8d9440d7e20c78287f69"))
            #expect(!text.contains(Self.credentials.authorizationValue.dropFirst(6)))
        }
        #expect(Self.credentials == BasicCredentials(username: "demo.till", password: "4b4d9529148d8d9440d7e20c78287f69"))
        let token = CapillaryClient.oauthToken("eyJhbGciOiJIUzI1NiJ9.secret-token")
        var dumpedToken = ""
        dump(token, to: &dumpedToken)
        for text in [String(describing: token), String(reflecting: token), dumpedToken] {
            #expect(!text.contains("secret-token"))
            #expect(text.contains("oauth_token"))
        }
    }

    @Test func errorsRedactEchoedCredentials() async throws {
        // A proxy error page that echoes the request's Authorization header.
        let authorization = Self.credentials.authorizationValue
        let page = "<html><pre>Authorization: \(authorization)</pre></html>"
        let (result, _, _) = try await call(
            "unknown-customer", answer: .status(502, reason: "Bad Gateway", contentType: "text/html", body: page))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        let text = String(describing: error)
        #expect(text.contains("HTTP 502"))
        #expect(text.contains("<redacted>"))
        #expect(!text.contains(authorization.dropFirst(6)))
    }
}

/// Records the order middlewares run in and marks the request.
final class MiddlewareLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    var entries: [String] { lock.withLock { storage } }
    func append(_ entry: String) { lock.withLock { storage.append(entry) } }
}

struct TaggingMiddleware: ClientMiddleware {
    let tag: String
    let log: MiddlewareLog

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        log.append(tag)
        var request = request
        let name = HTTPField.Name("X-Middleware")!
        request.headerFields[name] = request.headerFields[name].map { $0 + "," + tag } ?? tag
        #expect(operationID == "get_customer")
        return try await next(request, body, baseURL)
    }
}
