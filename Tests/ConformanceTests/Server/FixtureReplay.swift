import Foundation

/// Answers like the recorded service: checks that a request is the one a recording shows (method,
/// path and query byte for byte, every recorded header, the body byte for byte) and answers with
/// the recorded response,
/// or with a variation of it for the failure cases the recordings do not cover.
struct FixtureReplay: Sendable {
    /// How to answer a request that matches the recording.
    enum Answer: Sendable {
        /// The recorded status, headers and body.
        case recorded
        /// Another status and body, as a server or proxy in front of the service would send.
        case status(Int, reason: String, contentType: String, body: String)
        /// The recorded body, but only its first `count` bytes, with a `Content-Length` to match.
        case bodyCutAt(Int)
        /// The recorded headers and `Content-Length`, then the connection closes after `count` bytes.
        case connectionClosedAfter(Int)
        /// A body of its own with the recorded headers.
        case body(String)
    }

    let exchange: RecordedExchange
    let answer: Answer

    init(_ name: String, answer: Answer = .recorded) throws {
        exchange = try RecordedExchange.named(name)
        self.answer = answer
    }

    /// The recorded request's target: path and query, exactly as recorded.
    var recordedTarget: String {
        let url = exchange.request.url
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        return afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
    }

    /// What differs between `request` and the recording; empty when it matches.
    func mismatches(_ request: LoopbackServer.Request) -> [String] {
        var problems: [String] = []
        if request.method != exchange.request.method {
            problems.append("method \(request.method), recorded \(exchange.request.method)")
        }
        if request.target != recordedTarget {
            problems.append("target \(request.target), recorded \(recordedTarget)")
        }
        for (name, value) in exchange.request.headers.sorted(by: { $0.key < $1.key }) {
            let received = request.header(name)
            if received != value {
                problems.append("header \(name): \(received ?? "missing"), recorded \(value)")
            }
        }
        let recordedBody = (try? exchange.requestBody()) ?? Data("unreadable recorded body".utf8)
        if request.body != recordedBody {
            problems.append("body \(String(decoding: request.body, as: UTF8.self).debugDescription), recorded "
                + String(decoding: recordedBody, as: UTF8.self).debugDescription)
        }
        return problems
    }

    func reply(to request: LoopbackServer.Request) -> LoopbackServer.Reply {
        let problems = mismatches(request)
        guard problems.isEmpty else {
            return LoopbackServer.Reply(
                status: 400, reason: "Bad Request", headers: [("Content-Type", "text/plain")],
                body: Data(("not the recorded request: " + problems.joined(separator: "; ")).utf8))
        }
        let recordedHeaders = exchange.response.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let body = (try? exchange.body()) ?? Data()
        switch answer {
        case .recorded:
            return LoopbackServer.Reply(status: exchange.response.status, reason: "OK", headers: recordedHeaders, body: body)
        case .status(let status, let reason, let contentType, let text):
            return LoopbackServer.Reply(status: status, reason: reason, headers: [("Content-Type", contentType)], body: Data(text.utf8))
        case .bodyCutAt(let count):
            return LoopbackServer.Reply(status: exchange.response.status, reason: "OK", headers: recordedHeaders, body: body.prefix(count))
        case .connectionClosedAfter(let count):
            return LoopbackServer.Reply(
                status: exchange.response.status, reason: "OK", headers: recordedHeaders, body: body, bytesSentBeforeClosing: count)
        case .body(let text):
            return LoopbackServer.Reply(status: exchange.response.status, reason: "OK", headers: recordedHeaders, body: Data(text.utf8))
        }
    }

    /// A server answering every request this way.
    func start() throws -> LoopbackServer {
        try LoopbackServer { self.reply(to: $0) }
    }
}
