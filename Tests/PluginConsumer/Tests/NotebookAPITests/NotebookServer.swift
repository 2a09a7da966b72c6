import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The notebook service of `Server/notebook_server.py`, running in a python3 process on 127.0.0.1
/// for one test.
///
/// ``run(token:_:)`` starts it and stops it by its process when the test's body ends, whatever
/// way it ends. The process also exits when its standard input, a pipe only this process holds,
/// closes: if the test process dies, so does the server.
final class NotebookServer {
    let baseURL: URL
    private let process: Process
    private let input: Pipe

    /// Runs `body` with a server that accepts only `token`.
    static func run<Result>(token: String, _ body: (NotebookServer) async throws -> Result) async throws -> Result {
        let server = try NotebookServer(token: token)
        defer { server.stop() }
        return try await body(server)
    }

    private init(token: String) throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // NotebookAPITests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // PluginConsumer
            .appendingPathComponent("Server/notebook_server.py")
        let output = Pipe()
        process = Process()
        input = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, token]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        do {
            let port = try Self.readPort(from: output.fileHandleForReading)
            baseURL = URL(string: "http://127.0.0.1:\(port)")!
        } catch {
            Self.stop(process, input: input)
            throw error
        }
    }

    /// The port of the server's first line, `PORT <n>`.
    private static func readPort(from handle: FileHandle) throws -> Int {
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            guard !chunk.isEmpty else { break }  // end of output: the server stopped
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            throw StartFailure(output: text)
        }
        return port
    }

    /// Terminates the process and waits for it to end. Closing its input ends it too, should the
    /// signal not reach it.
    private func stop() {
        Self.stop(process, input: input)
    }

    private static func stop(_ process: Process, input: Pipe) {
        process.terminate()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Every request the service received (other than these asks), in order.
    func received() async throws -> [ReceivedRequest] {
        let (data, _) = try await URLSession.shared.data(from: baseURL.appendingPathComponent("_received"))
        return try JSONDecoder().decode([ReceivedRequest].self, from: data)
    }

    struct StartFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "the notebook server did not say its port; it wrote: \(output)" }
    }
}

/// One request as the service received it.
struct ReceivedRequest: Decodable, Equatable {
    var method: String
    /// The request target exactly as sent: the raw path and query, percent-encoding included.
    var target: String
    var authorization: String?
    var contentType: String?
    /// The body's bytes.
    var body: Data

    enum CodingKeys: String, CodingKey {
        case method, target, authorization
        case contentType = "content_type"
        case body
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decode(String.self, forKey: .method)
        target = try container.decode(String.self, forKey: .target)
        authorization = try container.decodeIfPresent(String.self, forKey: .authorization)
        contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        let base64 = try container.decode(String.self, forKey: .body)
        guard let body = Data(base64Encoded: base64) else {
            throw DecodingError.dataCorruptedError(forKey: .body, in: container, debugDescription: "not base64")
        }
        self.body = body
    }
}
