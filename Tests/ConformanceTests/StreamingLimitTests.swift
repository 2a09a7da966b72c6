#if AsyncHTTPClient
import AsyncHTTPClient
import CapillaryAPI
import Foundation
import OpenAPIAsyncHTTPClient
import SpecGenClient
import Testing

/// The body size limit while the body arrives: AsyncHTTPClient streams it, so the client stops
/// reading at the limit and the connection closes, instead of holding the whole body first.
@Suite("Body size limit while streaming")
struct StreamingLimitTests {
    @Test func asyncHTTPClientTransportStopsReadingAtTheLimit() async throws {
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 64 * 1024)
        let chunks = 1024 // 64 MiB, far more than the limit below
        let server = try LoopbackServer { _ in
            LoopbackServer.Reply(
                status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: chunk,
                streamedRepeats: chunks)
        }
        let limit = 1024 * 1024
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))
        let core = ClientCore(
            baseURL: server.baseURL, authentication: .basic(ClientTests.credentials),
            transport: AsyncHTTPClientTransport(configuration: .init(client: client)), middlewares: [],
            maximumBodySize: limit)
        let result: Result<GetCustomerResponse, APIError>
        do {
            result = .success(try await core.send(GetCustomerRequest(identifier: .id([1])), operationID: "get_customer"))
        } catch {
            result = .failure(error)
        }
        try await client.shutdown()
        // Waits for the server to finish the connection: it stops sending when the client closes it.
        server.stop()
        guard case .failure(.responseTooLarge(let reported)) = result else {
            Issue.record("expected responseTooLarge, got \(result)")
            return
        }
        #expect(reported == limit)
        let sent = server.sentBodyBytes
        // The limit, plus what socket buffers and AsyncHTTPClient's read-ahead hold.
        #expect(sent >= limit)
        #expect(sent < 16 * limit, "the server sent \(sent) of \(chunk.count * chunks) bytes")
    }
}
#endif
