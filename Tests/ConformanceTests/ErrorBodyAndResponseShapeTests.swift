import Foundation
import OpenAPIURLSession
import SpecGenClient
import SpecGenRuntime
import Testing

/// `ClientCore` against a loopback server: a top-level array and a top-level scalar decode into a
/// response of that shape, and an error status's body decodes into the type its `errors` rule
/// declares, the most specific rule winning (exact, then class, then default), with the excerpt
/// kept and, when the body does not decode, where and why. Statuses no rule covers keep today's
/// behaviour: a body of the response type is returned.
@Suite("Error bodies and responses of any shape over a loopback server")
struct ErrorBodyAndResponseShapeTests {
    struct Forecast: Codable, Sendable, Equatable {
        var place: String
        var temperature: Double?
    }

    /// `{"error": true, "reason": "..."}`, as the weather API answers a bad parameter.
    struct ForecastError: Codable, Sendable, Equatable {
        var error: Bool
        var reason: String
    }

    struct Problem: Codable, Sendable, Equatable {
        var message: String
    }

    /// What the generator emits for `response: {type: list, items: Forecast}` with
    /// `errors: {"400": ForecastError, 4XX: Problem, default: {type: list, items: Problem}}`.
    struct GetForecastsRequest: EndpointRequest {
        typealias Response = [Forecast]
        static let method = "GET"
        static let path = "/v1/forecasts"
        var place: String

        func makeQuery() throws(RequestValidationError) -> QueryBuilder {
            var query = QueryBuilder()
            query.append("place", place)
            return query
        }

        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }

        static let errorBodies: [ErrorBodyRule] = [
            .status(400, ForecastError.self),
            .statusClass(4, Problem.self),
            .default([Problem].self),
        ]
    }

    /// `response: {type: string}`, without `errors`.
    struct GetSummaryRequest: EndpointRequest {
        typealias Response = String
        static let method = "GET"
        static let path = "/v1/summary"

        func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
    }

    /// `response: {type: integer}`.
    struct CountRequest: EndpointRequest {
        typealias Response = Int
        static let method = "GET"
        static let path = "/v1/count"

        func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
    }

    /// What the generator emits for `response: {type: list, items: integer}` under an API with
    /// `leniency: [collapsed_lists, string_encoded_numbers]`, with `errors: {5XX: {type: map, items:
    /// {type: string, nullable: true}}}`: the top level is read as a field of the type would be.
    struct ListCountsRequest: EndpointRequest {
        typealias Response = [Int]
        static let method = "GET"
        static let path = "/v1/counts"
        var variant: String

        static func decodeResponse(from decoder: any Decoder) throws -> Response {
            try ValueShape<Response>.list(.scalar(Int.self)).decode(from: decoder, leniency: [.stringEncodedNumbers, .collapsedLists])
        }

        func makeQuery() throws(RequestValidationError) -> QueryBuilder {
            var query = QueryBuilder()
            query.append("variant", variant)
            return query
        }

        func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }

        static let errorBodies: [ErrorBodyRule] = [
            .statusClass(5, .map(.nullable(.scalar(String.self))), leniency: [.stringEncodedNumbers, .collapsedLists]),
        ]
    }

    /// Answers by the `place` asked for: status and body.
    static let answers: [String: (Int, String, String)] = [
        "oslo": (200, "OK", #"[{"place": "Oslo", "temperature": -3.5}, {"place": "Oslo airport"}]"#),
        "bad": (400, "Bad Request", #"{"error": true, "reason": "Parameter 'place' is invalid"}"#),
        "gone": (410, "Gone", #"{"message": "No longer forecast"}"#),
        "broken": (503, "Service Unavailable", #"[{"message": "down"}, {"message": "for maintenance"}]"#),
        // Declared as ForecastError, but `reason` is a number: not decoded, and said why.
        "odd": (400, "Bad Request", #"{"error": true, "reason": 42}"#),
        // A proxy's page where the API's error body was declared.
        "proxy": (502, "Bad Gateway", "<html>\u{1B}[31mbad gateway</html>"),
        // A body of the response type under an error status: with `errors` declared for every
        // error status (`default`), it is read as the error type, not returned.
        "forecast-in-500": (500, "Internal Server Error", #"[{"place": "Oslo"}]"#),
    ]

    /// Answers of `/v1/counts` by the `variant` asked for.
    static let countAnswers: [String: (Int, String)] = [
        "strings": (200, #"["1", 2, "3"]"#),
        "lone": (200, #""7""#),
        "map": (503, #"{"db": null, "cache": "cold"}"#),
        "null-in-map": (503, #"{"db": 5}"#),
    ]

    private static func makeServer() throws -> LoopbackServer {
        try LoopbackServer { request in
            let place = URLComponents(string: request.target)?.queryItems?.first { $0.name == "place" }?.value ?? ""
            if request.target.hasPrefix("/v1/summary") {
                return LoopbackServer.Reply(
                    status: 200, reason: "OK", headers: [("Content-Type", "application/json")],
                    body: Data(#""Mild, with \"showers\" later""#.utf8))
            }
            if request.target.hasPrefix("/v1/counts") {
                let variant = URLComponents(string: request.target)?.queryItems?.first { $0.name == "variant" }?.value ?? ""
                let (status, body) = Self.countAnswers[variant] ?? (404, "")
                return LoopbackServer.Reply(status: status, reason: "", headers: [("Content-Type", "application/json")], body: Data(body.utf8))
            }
            if request.target.hasPrefix("/v1/count") {
                // An error status, no `errors`: as before, a body of the response type is returned.
                return LoopbackServer.Reply(status: 500, reason: "Internal Server Error", body: Data("12".utf8))
            }
            let (status, reason, text) = Self.answers[place] ?? (404, "Not Found", "")
            return LoopbackServer.Reply(
                status: status, reason: reason, headers: [("Content-Type", "application/json")], body: Data(text.utf8))
        }
    }

    private static func core(_ server: LoopbackServer) -> ClientCore {
        ClientCore(baseURL: server.baseURL, authentication: nil, transport: URLSessionTransport(), middlewares: [], retryPolicy: .never)
    }

    /// What asking for `place`'s forecasts gives, the client reading error bodies by `rules`.
    private static func forecasts(
        _ place: String, rules: [ErrorBodyRule] = GetForecastsRequest.errorBodies
    ) async throws -> Result<[Forecast], APIError> {
        let server = try makeServer()
        defer { server.stop() }
        do {
            return .success(try await core(server).send(GetForecastsRequest(place: place), operationID: "get_forecasts", errorBodies: rules))
        } catch {
            return .failure(error)
        }
    }

    /// The error of a call expected to fail with an HTTP status, and its failure.
    private static func httpFailure(
        _ place: String, rules: [ErrorBodyRule] = GetForecastsRequest.errorBodies
    ) async throws -> (error: APIError, failure: HTTPFailure) {
        let result = try await forecasts(place, rules: rules)
        guard case .failure(let error) = result, let failure = error.httpFailure else {
            Issue.record("expected an HTTP status failure, got \(result)")
            throw CancellationError()
        }
        return (error, failure)
    }

    /// `HTTP 400 Bad Request`, or `HTTP 400` from a transport that does not pass the reason on
    /// (URLSession on Linux).
    private static func statusLine(_ failure: HTTPFailure) -> String {
        "HTTP \(failure.status)" + (failure.reason.isEmpty ? "" : " " + failure.reason)
    }

    @Test func aTopLevelArrayDecodesIntoAListResponse() async throws {
        let result = try await Self.forecasts("oslo").get()
        #expect(result == [Forecast(place: "Oslo", temperature: -3.5), Forecast(place: "Oslo airport", temperature: nil)])
    }

    @Test func aTopLevelScalarDecodesIntoAScalarResponse() async throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let summary = try await Self.core(server).send(GetSummaryRequest(), operationID: "get_summary")
        #expect(summary == #"Mild, with "showers" later"#)
        // No `errors`: a body of the response type under an error status is returned, as before.
        let count = try await Self.core(server).send(CountRequest(), operationID: "count")
        #expect(count == 12)
    }

    /// The top level gets the API's leniency through the request's `decodeResponse(from:)`, and an
    /// error body that is a map through its rule's shape.
    @Test func aTopLevelListAndAMapErrorBodyReadWithTheLeniencyDeclared() async throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let core = Self.core(server)
        func send(_ variant: String) async throws(APIError) -> [Int] {
            try await core.send(ListCountsRequest(variant: variant), operationID: "list_counts", errorBodies: ListCountsRequest.errorBodies)
        }
        #expect(try await send("strings") == [1, 2, 3])
        #expect(try await send("lone") == [7])
        do {
            _ = try await send("map")
            Issue.record("expected HTTP 503")
        } catch {
            #expect(error.httpFailure?.status == 503)
            #expect(error.errorBody(as: [String: String?].self) == ["db": nil, "cache": "cold"])
            #expect(error.httpFailure?.errorBody?.typeName == "Dictionary<String, Optional<String>>")
        }
        do {
            _ = try await send("null-in-map")
            Issue.record("expected HTTP 503")
        } catch {
            // A number where a string (or null) was declared: not decoded, and said where.
            #expect(error.errorBody(as: [String: String?].self) == nil)
            #expect(error.httpFailure?.bodyProblem?.path == "$.db")
        }
    }

    @Test func anExactStatusReadsItsOwnType() async throws {
        let (error, failure) = try await Self.httpFailure("bad")
        guard case .httpStatus = error else {
            Issue.record("expected httpStatus, got \(error)")
            return
        }
        #expect(failure.status == 400)
        #expect(error.errorBody(as: ForecastError.self) == ForecastError(error: true, reason: "Parameter 'place' is invalid"))
        #expect(error.errorBody(as: Problem.self) == nil)
        #expect(failure.errorBody?.typeName == "ForecastError")
        #expect(failure.bodyProblem == nil)
        #expect(failure.excerpt == #"{"error": true, "reason": "Parameter 'place' is invalid"}"#)
        #expect(error.description == Self.statusLine(failure)
            + #"; the body decoded as ForecastError; the body starts: {"error": true, "reason": "Parameter 'place' is invalid"}"#)
    }

    @Test func aClassCoversTheStatusesWithoutAnEntry() async throws {
        let (error, failure) = try await Self.httpFailure("gone")
        #expect(failure.status == 410)
        #expect(error.errorBody(as: Problem.self) == Problem(message: "No longer forecast"))
        #expect(error.errorBody(as: ForecastError.self) == nil)
    }

    @Test func defaultCoversEveryOtherErrorStatus() async throws {
        let (error, failure) = try await Self.httpFailure("broken")
        #expect(failure.status == 503)
        #expect(error.errorBody(as: [Problem].self) == [Problem(message: "down"), Problem(message: "for maintenance")])
        // A body of the response type is read as the error type when a rule covers the status.
        let (inServerError, _) = try await Self.httpFailure("forecast-in-500")
        #expect(inServerError.errorBody(as: [Problem].self) == nil)
        #expect(inServerError.httpFailure?.bodyProblem?.typeName == "Array<Problem>")
    }

    @Test func anUndecodableErrorBodyKeepsTheExcerptAndSaysWhy() async throws {
        let (error, failure) = try await Self.httpFailure("odd")
        #expect(failure.status == 400)
        #expect(failure.errorBody == nil)
        #expect(error.errorBody(as: ForecastError.self) == nil)
        let problem = try #require(failure.bodyProblem)
        #expect(problem.typeName == "ForecastError")
        #expect(problem.path == "$.reason")
        #expect(problem.problem.contains("String"), "\(problem.problem)")
        #expect(failure.excerpt == #"{"error": true, "reason": 42}"#)
        #expect(error.description.hasPrefix(Self.statusLine(failure) + "; the body does not decode as ForecastError, at $.reason: "))
        #expect(error.description.hasSuffix(#"; the body starts: {"error": true, "reason": 42}"#))

        // Not JSON at all, with a terminal escape: the excerpt shows it escaped, the problem is kept.
        let (proxyError, proxy) = try await Self.httpFailure("proxy")
        #expect(proxy.status == 502)
        #expect(proxy.errorBody == nil)
        #expect(proxy.bodyProblem?.typeName == "Array<Problem>")
        #expect(proxy.bodyProblem?.path == "$")
        #expect(!proxy.excerpt.contains("\u{1B}"))
        #expect(proxy.excerpt.hasPrefix("<html>"))
        #expect(!proxyError.description.contains("\u{1B}"))
    }

    /// A status that is not 2xx and that no rule covers keeps today's behaviour.
    @Test func aStatusNoRuleCoversKeepsTodaysBehaviour() async throws {
        let (error, failure) = try await Self.httpFailure("unknown-place", rules: [.status(400, ForecastError.self)])
        guard case .httpStatus = error else {
            Issue.record("expected httpStatus, got \(error)")
            return
        }
        #expect(failure.status == 404)
        #expect(failure.errorBody == nil)
        #expect(failure.bodyProblem == nil)
        #expect(error.description == Self.statusLine(failure))
    }

    /// The most specific rule wins whatever order the rules come in.
    @Test func theMostSpecificRuleWinsInAnyOrder() async throws {
        let rules: [ErrorBodyRule] = [.default([Problem].self), .statusClass(4, Problem.self), .status(400, ForecastError.self)]
        let (bad, _) = try await Self.httpFailure("bad", rules: rules)
        #expect(bad.errorBody(as: ForecastError.self)?.reason == "Parameter 'place' is invalid")
        let (gone, _) = try await Self.httpFailure("gone", rules: rules)
        #expect(gone.errorBody(as: Problem.self)?.message == "No longer forecast")
    }

    /// `APIError` stays `Sendable` and `HTTPFailure` `Hashable`: equal bodies are equal failures.
    @Test func failuresWithBodiesCompareByValue() {
        func failure(_ body: ErrorBody?) -> HTTPFailure {
            HTTPFailure(status: 400, reason: "Bad Request", contentType: nil, excerpt: "", errorBody: body)
        }
        let reason = ForecastError(error: true, reason: "x")
        #expect(failure(ErrorBody(reason)) == failure(ErrorBody(reason)))
        #expect(failure(ErrorBody(reason)) != failure(ErrorBody(ForecastError(error: true, reason: "y"))))
        #expect(failure(ErrorBody(reason)) != failure(nil))
        #expect(Set([failure(ErrorBody(reason)), failure(ErrorBody(reason))]).count == 1)
        let error: any Error & Sendable = APIError.httpStatus(failure(ErrorBody(reason)))
        #expect((error as? APIError)?.errorBody(as: ForecastError.self) == reason)
    }
}
