import Foundation

/// One recorded HTTP exchange from `Fixtures/` (format in `Fixtures/README.md`).
struct RecordedExchange: Decodable {
    struct Request: Decodable {
        var method: String
        var url: String
        var headers: [String: String]
        /// The file holding the body the request must send, byte for byte; nil for no body.
        var bodyFile: String?

        enum CodingKeys: String, CodingKey {
            case method, url, headers
            case bodyFile = "body_file"
        }
    }

    struct Response: Decodable {
        var status: Int
        var headers: [String: String]
        var bodyFile: String

        enum CodingKeys: String, CodingKey {
            case status, headers
            case bodyFile = "body_file"
        }
    }

    var description: String
    var request: Request
    var response: Response

    static func named(_ name: String) throws -> RecordedExchange {
        try JSONDecoder().decode(RecordedExchange.self, from: fixture("\(name).exchange.json"))
    }

    func body() throws -> Data {
        try Self.fixture(response.bodyFile)
    }

    /// The recorded request's body: empty when it has none.
    func requestBody() throws -> Data {
        try request.bodyFile.map(Self.fixture) ?? Data()
    }

    static func fixture(_ file: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + file, withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: file])
        }
        return try Data(contentsOf: url)
    }

    /// Every `customer/get` exchange in the fixtures folder, by name (the write endpoints' are in
    /// `Fixtures/writes/`, named `writes/NAME`).
    static var allNames: [String] {
        let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".exchange.json") }.map { String($0.dropLast(".exchange.json".count)) }.sorted()
    }
}
