import Foundation
import OpenAPIURLSession
import SpecGenClient
import SpecGenRuntime
import Testing

/// A request with a path parameter, sent by `ClientCore` through URLSession to the loopback server:
/// the target that arrives is the encoded path, byte for byte, with nothing decoded, re-encoded or
/// resolved on the way.
@Suite("Path parameters on the wire")
struct PathParameterClientTests {
    /// Shaped like a generated request with a path parameter.
    private struct GetOrder: EndpointRequest {
        struct Response: Decodable, Sendable { var ok: Bool }
        static let method = "GET"
        static let path = "/v2/orders/{order_id}/lines"

        var orderID: String

        func makePath() throws(RequestValidationError) -> String {
            var path = "/v2/orders/"
            path += try PathSegment.encode(orderID.queryText, parameter: "order_id")
            path += "/lines"
            return path
        }

        func makeQuery() throws(RequestValidationError) -> QueryBuilder {
            var query = QueryBuilder()
            query.append("format", "json")
            return query
        }

        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
    }

    private func send(_ orderID: String) async throws -> (result: Result<GetOrder.Response, APIError>, targets: [String]) {
        let server = try LoopbackServer { _ in
            LoopbackServer.Reply(status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
        defer { server.stop() }
        let core = ClientCore(
            baseURL: server.baseURL.appendingPathComponent("api"), authentication: nil, transport: URLSessionTransport(), middlewares: [])
        let result: Result<GetOrder.Response, APIError>
        do {
            result = .success(try await core.send(GetOrder(orderID: orderID), operationID: "get_order"))
        } catch {
            result = .failure(error)
        }
        return (result, server.received.map(\.target))
    }

    @Test(arguments: [
        ("a/b", "/api/v2/orders/a%2Fb/lines?format=json"),
        ("../../admin", "/api/v2/orders/..%2F..%2Fadmin/lines?format=json"),
        ("x?y=1#z", "/api/v2/orders/x%3Fy=1%23z/lines?format=json"),
        ("100% é", "/api/v2/orders/100%25%20%C3%A9/lines?format=json"),
        ("%2F", "/api/v2/orders/%252F/lines?format=json"),
    ])
    func theValueArrivesAsOneEncodedSegment(orderID: String, target: String) async throws {
        let (result, targets) = try await send(orderID)
        #expect(targets == [target])
        #expect(try result.get().ok)
    }

    @Test(arguments: ["", ".", ".."])
    func aDotSegmentIsRefusedBeforeSending(orderID: String) async throws {
        let (result, targets) = try await send(orderID)
        #expect(targets.isEmpty)
        guard case .failure(.invalidRequest(let error)) = result else {
            Issue.record("expected invalidRequest, got \(result)")
            return
        }
        #expect(error.parameter == "order_id")
    }
}
