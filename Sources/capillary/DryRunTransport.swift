import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport that sends nothing: it keeps the request the client built (credentials, headers and
/// body included, exactly as they would go out) and stops the call. `--dry-run` sends through it,
/// so what it prints is what the client would really send, not a second rendering of it.
final class DryRunTransport: ClientTransport, @unchecked Sendable {
    /// A request as it would have left the client.
    struct Captured {
        var request: HTTPRequest
        var body: [UInt8]
        var baseURL: URL
    }

    /// Thrown to end the call once the request is kept.
    struct Stopped: Error, CustomStringConvertible {
        var description: String { "dry run: nothing was sent" }
    }

    private let lock = NSLock()
    private var kept: Captured?

    /// The request the client handed over, once it has.
    var captured: Captured? {
        lock.withLock { kept }
    }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var bytes: [UInt8] = []
        if let body { bytes = try await [UInt8](collecting: body, upTo: .max) }
        lock.withLock { kept = Captured(request: request, body: bytes, baseURL: baseURL) }
        throw Stopped()
    }
}
