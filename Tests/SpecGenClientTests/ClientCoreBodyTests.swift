import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecGenRuntime
import Testing
@testable import SpecGenClient

/// `ClientCore` sends a request's body (`makeBody()`) with its `Content-Type`, re-sends it where a
/// redirect says the request is repeated (307, 308), drops it where the redirect says GET (303),
/// and sends nothing when the body breaks a rule.
@Suite("Client core: request bodies")
struct ClientCoreBodyTests {
    struct Answer: Decodable, Sendable {
        var ok: Bool
    }

    /// A request with a JSON body, as generated code builds one.
    struct AddRequest: EndpointRequest {
        typealias Response = Answer
        static let method = "POST"
        static let path = "/v1/add"
        var names: [String]

        func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
        func makeBody() throws(RequestValidationError) -> RequestBody? {
            try BodyRules.checkCount(names, field: "root.name", maxItems: 2)
            return try RequestBody.json(names, envelope: ["root", "name"])
        }
    }

    struct GetRequest: EndpointRequest {
        typealias Response = Answer
        static let method = "GET"
        static let path = "/v1/get"

        func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
    }

    /// What reached the transport, and the answers it gives in turn.
    final class Recorder: ClientTransport, @unchecked Sendable {
        struct Sent {
            var method: String
            var path: String
            var contentType: String?
            var body: [UInt8]?
        }

        private let lock = NSLock()
        private var replies: [(Int, [HTTPField])]
        private(set) var sent: [Sent] = []

        init(replies: [(Int, [HTTPField])] = []) {
            self.replies = replies
        }

        func send(
            _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
        ) async throws -> (HTTPResponse, HTTPBody?) {
            let bytes: [UInt8]? = if let body { Array(try await Data(collecting: body, upTo: 1 << 20)) } else { nil }
            let reply: (Int, [HTTPField]) = lock.withLock {
                sent.append(Sent(
                    method: request.method.rawValue, path: request.path ?? "", contentType: request.headerFields[.contentType],
                    body: bytes))
                return replies.isEmpty ? (200, []) : replies.removeFirst()
            }
            return (HTTPResponse(status: .init(code: reply.0), headerFields: HTTPFields(reply.1)), HTTPBody(#"{"ok":true}"#))
        }
    }

    private func core(_ transport: Recorder, redirectPolicy: RedirectPolicy = .sameOriginOnly) -> ClientCore {
        ClientCore(
            baseURL: URL(string: "https://api.example.com")!, authentication: nil, transport: transport, middlewares: [],
            redirectPolicy: redirectPolicy, retryPolicy: .never)
    }

    @Test func theBodyGoesWithItsContentType() async throws {
        let transport = Recorder()
        let answer = try await core(transport).send(AddRequest(names: ["a\"b", "é"]), operationID: "add")
        #expect(answer.ok)
        #expect(transport.sent.count == 1)
        #expect(transport.sent[0].method == "POST")
        #expect(transport.sent[0].path == "/v1/add")
        #expect(transport.sent[0].contentType == "application/json")
        #expect(transport.sent[0].body.map { String(decoding: $0, as: UTF8.self) } == #"{"root":{"name":["a\"b","é"]}}"#)
    }

    @Test func aRequestWithoutBodySendsNone() async throws {
        let transport = Recorder()
        _ = try await core(transport).send(GetRequest(), operationID: "get")
        #expect(transport.sent.map(\.contentType) == [nil])
        #expect(transport.sent[0].body == nil)
    }

    @Test func aBrokenRuleSendsNothing() async {
        let transport = Recorder()
        await #expect {
            _ = try await core(transport).send(AddRequest(names: ["a", "b", "c"]), operationID: "add")
        } throws: { error in
            guard case .invalidRequest(let problem)? = error as? APIError else { return false }
            return problem == RequestValidationError(parameter: "root.name", problem: .tooManyItems(2))
        }
        #expect(transport.sent.isEmpty)
    }

    @Test func a307RepeatsTheBodyA303DropsIt() async throws {
        let repeated = Recorder(replies: [(307, [HTTPField(name: .location, value: "/v2/add")])])
        _ = try await core(repeated).send(AddRequest(names: ["x"]), operationID: "add")
        #expect(repeated.sent.map(\.path) == ["/v1/add", "/v2/add"])
        #expect(repeated.sent.map(\.method) == ["POST", "POST"])
        #expect(repeated.sent[1].body == repeated.sent[0].body)
        #expect(repeated.sent[1].contentType == "application/json")

        let seeOther = Recorder(replies: [(303, [HTTPField(name: .location, value: "/v1/result")])])
        _ = try await core(seeOther).send(AddRequest(names: ["x"]), operationID: "add")
        #expect(seeOther.sent.map(\.method) == ["POST", "GET"])
        #expect(seeOther.sent[1].body == nil)
        #expect(seeOther.sent[1].contentType == nil)
    }

    /// Even a policy that follows other origins (without credentials) never hands them the body: it
    /// may hold personal data written for the API. A 303 there is a GET without it, and is followed.
    @Test func aBodyNeverGoesToAnotherOrigin() async throws {
        for status in [301, 302, 307, 308] {
            let elsewhere = Recorder(replies: [(status, [HTTPField(name: .location, value: "https://other.example.net/v1/add")])])
            await #expect {
                _ = try await core(elsewhere, redirectPolicy: .followOtherOriginsWithoutCredentials)
                    .send(AddRequest(names: ["x"]), operationID: "add")
            } throws: { error in
                guard case .redirectRefused(let refusal)? = error as? APIError else { return false }
                return refusal.reason == .bodyToOtherOrigin && refusal.status == status
            }
            #expect(elsewhere.sent.count == 1, "HTTP \(status)")
        }

        let seeOther = Recorder(replies: [(303, [HTTPField(name: .location, value: "https://other.example.net/v1/result")])])
        _ = try await core(seeOther, redirectPolicy: .followOtherOriginsWithoutCredentials)
            .send(AddRequest(names: ["x"]), operationID: "add")
        #expect(seeOther.sent.map(\.method) == ["POST", "GET"])
        #expect(seeOther.sent[1].body == nil)
    }
}
