import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
#if AsyncHTTPClient
import OpenAPIAsyncHTTPClient
#endif
import SpecGenClient
import SpecGenRuntime
import Testing

/// What a write or a read answers in these tests: `{"ok": true}`.
struct Acknowledgement: Decodable, Sendable, Equatable {
    var ok: Bool
}

/// A read: GET, idempotent by default.
struct ReadRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "GET"
    static let path = "/v1/read"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// A write: POST, not idempotent (a purchase recorded twice if it were repeated).
struct WriteRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "POST"
    static let path = "/v1/write"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// A write the spec marks `idempotent: true` (PUT of a whole record).
struct IdempotentWriteRequest: EndpointRequest {
    typealias Response = Acknowledgement
    static let method = "PUT"
    static let path = "/v1/record"
    static let isIdempotent = true
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// Timeouts, retries and rate limits, against a loopback server.
@Suite("Timeouts, retries and rate limits")
struct RetryTests {
    static let ok = LoopbackServer.Reply(
        status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: Data(#"{"ok": true}"#.utf8))

    static func status(_ code: Int, _ reason: String, retryAfter: String? = nil) -> LoopbackServer.Reply {
        LoopbackServer.Reply(
            status: code, reason: reason, headers: retryAfter.map { [("Retry-After", $0)] } ?? [], body: Data("busy".utf8))
    }

    static let cut = LoopbackServer.Reply(status: 0, reason: "", body: Data(), closesWithoutAnswer: true)

    /// A server answering its n-th request (from 0) with `replies[n]`, the last one after that.
    static func server(_ replies: [LoopbackServer.Reply]) throws -> LoopbackServer {
        let counter = Counter()
        return try LoopbackServer { _ in replies[min(counter.next(), replies.count - 1)] }
    }

    static func core(
        _ server: LoopbackServer, retryPolicy: RetryPolicy = RetryPolicy(maximumAttempts: 3, initialBackoff: .milliseconds(20)),
        timeout: Duration? = nil
    ) -> ClientCore {
        ClientCore(
            baseURL: server.baseURL, authentication: nil, transport: URLSessionTransport(), middlewares: [],
            retryPolicy: retryPolicy, timeout: timeout)
    }

    static func send<Request: EndpointRequest>(_ request: Request, with core: ClientCore) async -> Result<Request.Response, APIError> {
        do {
            return .success(try await core.send(request, operationID: "test"))
        } catch {
            return .failure(error)
        }
    }

    @Test func slowAnswerTimesOut() async throws {
        let server = try LoopbackServer { _ in
            Thread.sleep(forTimeInterval: 1.5)
            return Self.ok
        }
        defer { server.stop() }
        // The server does answer, successfully, after 1.5 s: a timeout is the only way to fail.
        let result = await Self.send(ReadRequest(), with: Self.core(server, retryPolicy: .never, timeout: .milliseconds(300)))
        guard case .failure(.timedOut(let after, let outcomeUnknown)) = result else {
            Issue.record("expected a timeout, got \(result)")
            return
        }
        #expect(after == .milliseconds(300))
        #expect(!outcomeUnknown)
        #expect(String(describing: APIError.timedOut(after: after, outcomeUnknown: false)) == "no answer within 0.3 s")
    }

    @Test func slowAnswerToAWriteLeavesItsOutcomeUnknown() async throws {
        let server = try LoopbackServer { _ in
            Thread.sleep(forTimeInterval: 1)
            return Self.ok
        }
        defer { server.stop() }
        let result = await Self.send(WriteRequest(), with: Self.core(server, timeout: .milliseconds(200)))
        guard case .failure(let error) = result, case .timedOut(_, outcomeUnknown: true) = error else {
            Issue.record("expected a timeout with an unknown outcome, got \(result)")
            return
        }
        #expect(String(describing: error).contains("may or may not have happened"))
        #expect(server.received.count == 1)
    }

    /// A call the caller cancels ends at once, and is not reported as a timeout.
    @Test func cancelledCallIsNoTimeout() async throws {
        let server = try LoopbackServer { _ in
            Thread.sleep(forTimeInterval: 1)
            return Self.ok
        }
        defer { server.stop() }
        let core = Self.core(server, retryPolicy: .never, timeout: .seconds(30))
        let call = Task { await Self.send(ReadRequest(), with: core) }
        try await Task.sleep(for: .milliseconds(200))
        call.cancel()
        let result = await call.value
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        if case .timedOut = error { Issue.record("a cancelled call was reported as a timeout") }
    }

    @Test func rateLimitedThenSuccessWaitsForRetryAfter() async throws {
        let server = try Self.server([Self.status(429, "Too Many Requests", retryAfter: "1"), Self.ok])
        defer { server.stop() }
        let start = ContinuousClock.now
        let result = await Self.send(ReadRequest(), with: Self.core(server))
        #expect(try result.get() == Acknowledgement(ok: true))
        #expect(server.received.count == 2)
        #expect(ContinuousClock.now - start >= .seconds(1))
    }

    /// 429 says the request was not processed: a write may be sent again after it.
    @Test func rateLimitedWriteIsSentAgain() async throws {
        let server = try Self.server([Self.status(429, "Too Many Requests", retryAfter: "0"), Self.ok])
        defer { server.stop() }
        #expect(try await Self.send(WriteRequest(), with: Self.core(server)).get() == Acknowledgement(ok: true))
        #expect(server.received.map(\.method) == ["POST", "POST"])
    }

    @Test func retryAfterLongerThanTheLimitEndsTheCall() async throws {
        let server = try Self.server([Self.status(429, "Too Many Requests", retryAfter: "120"), Self.ok])
        defer { server.stop() }
        var policy = RetryPolicy(maximumAttempts: 3)
        policy.maximumRetryAfter = .seconds(10)
        let result = await Self.send(ReadRequest(), with: Self.core(server, retryPolicy: policy))
        guard case .failure(let error) = result, case .httpStatus(let failure) = error else {
            Issue.record("expected the 429, got \(result)")
            return
        }
        #expect(failure.status == 429)
        #expect(failure.retryAfter == .seconds(120))
        #expect(String(describing: error).contains("the service asks to retry after 120 s"))
        #expect(server.received.count == 1)
    }

    @Test func serviceUnavailableForAWriteIsNotSentAgain() async throws {
        let server = try Self.server([Self.status(503, "Service Unavailable", retryAfter: "0"), Self.ok])
        defer { server.stop() }
        let result = await Self.send(WriteRequest(), with: Self.core(server))
        guard case .failure(.httpStatus(let failure)) = result else {
            Issue.record("expected the 503, got \(result)")
            return
        }
        #expect(failure.status == 503)
        #expect(server.received.count == 1)
    }

    @Test func serviceUnavailableForAReadIsSentAgainUpToTheLimit() async throws {
        let server = try Self.server([Self.status(503, "Service Unavailable")])
        defer { server.stop() }
        let result = await Self.send(ReadRequest(), with: Self.core(server))
        guard case .failure(.httpStatus(let failure)) = result else {
            Issue.record("expected the 503, got \(result)")
            return
        }
        #expect(failure.status == 503)
        #expect(server.received.count == 3)
    }

    @Test func idempotentWriteIsSentAgain() async throws {
        let server = try Self.server([Self.status(502, "Bad Gateway"), Self.ok])
        defer { server.stop() }
        #expect(try await Self.send(IdempotentWriteRequest(), with: Self.core(server)).get() == Acknowledgement(ok: true))
        #expect(server.received.map(\.method) == ["PUT", "PUT"])
    }

    @Test func connectionCutDuringAWriteLeavesItsOutcomeUnknown() async throws {
        let server = try Self.server([Self.cut, Self.ok])
        defer { server.stop() }
        let result = await Self.send(WriteRequest(), with: Self.core(server))
        guard case .failure(let error) = result, case .outcomeUnknown = error else {
            Issue.record("expected an unknown outcome, got \(result)")
            return
        }
        #expect(String(describing: error).contains("the request is a write, which may or may not have happened"))
        #expect(server.received.count == 1)
    }

    @Test func connectionCutDuringAReadIsSentAgain() async throws {
        let server = try Self.server([Self.cut, Self.ok])
        defer { server.stop() }
        #expect(try await Self.send(ReadRequest(), with: Self.core(server)).get() == Acknowledgement(ok: true))
        #expect(server.received.count == 2)
    }

    /// Nothing listens: the write never left, so it is a plain transport failure, not an unknown outcome.
    @Test func refusedConnectionForAWriteIsATransportFailure() async throws {
        let (socket, port) = try LoopbackServer.bindLoopback()
        close(socket)  // the port is free again: connecting is refused
        let core = ClientCore(
            baseURL: URL(string: "http://127.0.0.1:\(port)")!, authentication: nil, transport: URLSessionTransport(),
            middlewares: [], retryPolicy: .never)
        let result = await Self.send(WriteRequest(), with: core)
        guard case .failure(.transport(let failure)) = result else {
            Issue.record("expected a transport failure, got \(result)")
            return
        }
        #expect(failure.requestWasNotSent)
    }

    #if AsyncHTTPClient
    /// The same over AsyncHTTPClient: its task is cancelled at the timeout, and a cut write is reported as such.
    @Test func asyncHTTPClientTimeoutAndCutWrite() async throws {
        try await RedirectTests.withRedirectRefusingTransport { transport in
            let slow = try LoopbackServer { _ in
                Thread.sleep(forTimeInterval: 1.5)
                return Self.ok
            }
            defer { slow.stop() }
            let timedOut = ClientCore(
                baseURL: slow.baseURL, authentication: nil, transport: transport, middlewares: [], retryPolicy: .never,
                timeout: .milliseconds(300))
            let result = await Self.send(ReadRequest(), with: timedOut)
            guard case .failure(.timedOut(_, outcomeUnknown: false)) = result else {
                Issue.record("expected a timeout, got \(result)")
                return
            }
            let cutting = try Self.server([Self.cut, Self.ok])
            defer { cutting.stop() }
            let core = ClientCore(baseURL: cutting.baseURL, authentication: nil, transport: transport, middlewares: [])
            let write = await Self.send(WriteRequest(), with: core)
            guard case .failure(.outcomeUnknown) = write else {
                Issue.record("expected an unknown outcome, got \(write)")
                return
            }
            #expect(cutting.received.count == 1)
        }
    }
    #endif

    @Test func retryAfterForms() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT
        #expect(RetryPolicy.retryAfterDelay("7", now: now) == .seconds(7))
        #expect(RetryPolicy.retryAfterDelay(" 0 ", now: now) == .zero)
        #expect(RetryPolicy.retryAfterDelay("Tue, 14 Nov 2023 22:13:50 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfterDelay("Tuesday, 14-Nov-23 22:14:20 GMT", now: now) == .seconds(60))
        #expect(RetryPolicy.retryAfterDelay("Tue Nov 14 22:13:25 2023", now: now) == .seconds(5))
        #expect(RetryPolicy.retryAfterDelay("Mon, 13 Nov 2023 22:13:20 GMT", now: now) == .zero)
        #expect(RetryPolicy.retryAfterDelay("-5", now: now) == nil)
        #expect(RetryPolicy.retryAfterDelay("soon", now: now) == nil)
        #expect(RetryPolicy.retryAfterDelay("99999999999999999999", now: now)! > .seconds(1_000_000))
    }

    @Test func backoffGrowsWithinItsBounds() {
        let policy = RetryPolicy(maximumAttempts: 6, initialBackoff: .milliseconds(100), maximumBackoff: .milliseconds(350))
        for _ in 0..<50 {
            let second = policy.backoff(beforeAttempt: 2)
            #expect(second >= .milliseconds(50) && second <= .milliseconds(100))
            let third = policy.backoff(beforeAttempt: 3)
            #expect(third >= .milliseconds(100) && third <= .milliseconds(200))
            let sixth = policy.backoff(beforeAttempt: 6)
            #expect(sixth >= .milliseconds(175) && sixth <= .milliseconds(350))
        }
    }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The count before this call.
    func next() -> Int {
        lock.withLock {
            defer { count += 1 }
            return count
        }
    }
}
