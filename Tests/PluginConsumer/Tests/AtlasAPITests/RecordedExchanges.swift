import AtlasAPI
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization
import Testing

/// A recorded answer: the status and the body file in `Recorded/` the service answered with.
struct RecordedAnswer: Sendable {
    var status: HTTPResponse.Status
    var file: String
}

/// Answers each request with the recorded body for its path, and records every request's path and
/// query exactly as the client sent them.
final class RecordedTransport: ClientTransport {
    private let answers: [String: RecordedAnswer]
    private let sent = Mutex<[String]>([])

    /// - Parameter answers: path (without the query) → answer.
    init(_ answers: [String: RecordedAnswer]) {
        self.answers = answers
    }

    /// The `path?query` of each request sent, in order.
    var requests: [String] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let target = request.path ?? ""
        sent.withLock { $0.append(target) }
        let path = String(target.prefix { $0 != "?" })
        guard let answer = answers[path] else {
            Issue.record("no recorded answer for \(target)")
            return (HTTPResponse(status: .notFound), nil)
        }
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return (HTTPResponse(status: answer.status, headerFields: fields), HTTPBody(try Recorded.data(answer.file)))
    }
}

/// The recorded bodies, read from the test's source folder.
enum Recorded {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Recorded")

    static func data(_ file: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(file))
    }

    /// A client whose transport answers `answers`; loopback http, as the client allows.
    static func client(_ answers: [String: RecordedAnswer]) throws -> (AtlasClient, RecordedTransport) {
        let transport = RecordedTransport(answers)
        let client = try AtlasClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: transport, retryPolicy: .never)
        return (client, transport)
    }
}

/// JSON compared as values: what came and what the generated code wrote back are read into the
/// runtime's `JSONValue`, so key order and number spelling (`2.0`, `2`) do not count, while a
/// `null` and a missing key, or `true` and `1`, are different.
func jsonValue(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

/// Encodes `value` with the generated `encode(to:)` and checks that it is the JSON `received`.
func expectReencodes<Value: Encodable>(_ value: Value, as received: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let written = try JSONEncoder().encode(value)
    #expect(
        try jsonValue(written) == (try jsonValue(received)),
        "wrote \(String(decoding: written, as: UTF8.self))\nreceived \(String(decoding: received, as: UTF8.self))",
        sourceLocation: sourceLocation)
}
