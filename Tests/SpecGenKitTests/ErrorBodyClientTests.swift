import Foundation
import Testing
@testable import SpecGenKit

/// End to end: a generated client of an API whose endpoints answer with a top-level array and a
/// top-level string, and declare error bodies per status (an exact status, a class, the API's
/// `default`), built in a package of its own and run against a loopback HTTP server. The caller
/// reads the decoded error body with `error.errorBody(as:)`; an error body that does not decode
/// keeps its excerpt and says where and why.
@Suite("Error bodies and array responses: generated client over a loopback server")
struct ErrorBodyClientTests {
    static let files = [
        "api.yaml": """
            specgen: 1
            api:
              name: Weather
              module: WeatherAPI
              title: Weather API
              auth:
                scheme: none
              errors:
                default: {type: Problem, description: What the service says went wrong.}
            types:
              Problem:
                kind: object
                fields:
                  - name: message
                    type: string
                    required: true

            """,
        "get_forecasts.yaml": """
            specgen: 1
            endpoint:
              name: get_forecasts
              method: GET
              path: /v1/forecasts
              summary: One forecast per place asked for.
              parameters:
                - name: place
                  type: string
                  required: true
              response:
                type: list
                items: Forecast
              errors:
                "400": {type: ForecastError, description: A parameter was refused.}
                4XX: {type: list, items: Problem}
            types:
              Forecast:
                kind: object
                fields:
                  - name: place
                    type: string
                    required: true
                  - name: temperature_2m
                    type: number
              ForecastError:
                kind: object
                fields:
                  - name: error
                    type: boolean
                    required: true
                  - name: reason
                    type: string
                    required: true

            """,
        "get_summary.yaml": """
            specgen: 1
            endpoint:
              name: get_summary
              method: GET
              path: /v1/summary
              summary: The week's weather in words.
              response:
                type: string

            """,
    ]

    /// Status and body by the place asked for.
    static let answers: [String: [String]] = [
        "oslo": ["200", #"[{"place": "Oslo", "temperature_2m": -3.5}, {"place": "Bergen"}]"#],
        "bad": ["400", #"{"error": true, "reason": "Cannot initialize WeatherVariable from invalid String value tempeture_2m"}"#],
        "gone": ["410", #"[{"message": "gone"}, {"message": "for good"}]"#],
        "down": ["503", #"{"message": "maintenance"}"#],
        "odd": ["400", #"{"error": "yes", "reason": "x"}"#],
    ]

    static let main = #"""
        import Foundation
        import OpenAPIURLSession
        import SpecGenClient
        import WeatherAPI

        // Input: {"answers": {place: [status, body]}, "places": [place]}. Output: one JSON object per call.
        let input = try JSONSerialization.jsonObject(with: FileHandle.standardInput.readDataToEndOfFile()) as! [String: Any]
        let answers = input["answers"] as! [String: [String]]
        let server = try LoopbackServer { request in
            if request.target.hasPrefix("/v1/summary") {
                return LoopbackServer.Reply(
                    status: 200, reason: "OK", headers: [("Content-Type", "application/json")],
                    body: Data("\"Mild, then \\\"showers\\\"\"".utf8))
            }
            let place = URLComponents(string: request.target)?.queryItems?.first { $0.name == "place" }?.value ?? ""
            let answer = answers[place] ?? ["404", ""]
            return LoopbackServer.Reply(
                status: Int(answer[0])!, reason: "", headers: [("Content-Type", "application/json")], body: Data(answer[1].utf8))
        }
        let client = try WeatherClient(baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, transport: URLSessionTransport())
        var report: [[String: String]] = []
        let summary: String = try await client.getSummary(GetSummaryRequest())
        report.append(["summary": summary])
        for place in input["places"] as! [String] {
            do {
                let forecasts: [Forecast] = try await client.getForecasts(GetForecastsRequest(place: place))
                // Encoded again, the list is the JSON that came (compared as JSON values by the test).
                // (`try?`: the `catch` below reads `error` as the client's `APIError`, its only error.)
                let encoded = String(decoding: (try? JSONEncoder().encode(forecasts)) ?? Data(), as: UTF8.self)
                report.append([
                    "forecasts": forecasts.map { "\($0.place) \($0.temperature2m.map { String($0) } ?? "-")" }.joined(separator: ", "),
                    "encoded": encoded,
                ])
            } catch {
                var entry = ["status": String(error.httpFailure?.status ?? 0)]
                if let body = error.errorBody(as: ForecastError.self) { entry["ForecastError"] = body.reason }
                if let body = error.errorBody(as: [Problem].self) { entry["[Problem]"] = body.map(\.message).joined(separator: ", ") }
                if let body = error.errorBody(as: Problem.self) { entry["Problem"] = body.message }
                if let problem = error.httpFailure?.bodyProblem { entry["problem"] = "\(problem.typeName) at \(problem.path)" }
                entry["excerpt"] = error.httpFailure?.excerpt
                report.append(entry)
            }
        }
        server.stop()
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: report))

        """#

    struct Input: Encodable {
        var answers: [String: [String]]
        var places: [String]
    }

    @Test func theClientReturnsArraysAndScalarsAndThrowsDecodedErrorBodies() throws {
        let generated = try Generator().generate([TestSpec.source(Self.files, folder: "weather")])
        let package = try CompiledConsumer(
            generated: generated, folder: "error-body-consumer", module: "WeatherAPI", product: "WeatherCheck",
            main: Self.main, extraSources: CompiledConsumer.loopbackServer())
        let build = try package.build()
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        let warnings = package.warnings(in: build.output, below: "WeatherAPI")
        #expect(warnings.isEmpty, "generated code has warnings:\n\(warnings.joined(separator: "\n"))")
        guard build.status == 0 else { return }

        let report = try package.run(
            Input(answers: Self.answers, places: ["oslo", "bad", "gone", "down", "odd", "nowhere"]), as: [[String: String]].self)
        let encoded = try #require(report.dropFirst().first?["encoded"])
        let received = try JSONSerialization.jsonObject(with: Data(Self.answers["oslo"]![1].utf8)) as? NSArray
        #expect(try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? NSArray == received, "\(encoded)")
        #expect(report == [
            ["summary": #"Mild, then "showers""#],
            ["forecasts": "Oslo -3.5, Bergen -", "encoded": encoded],
            // The exact status's own type.
            ["status": "400", "ForecastError": "Cannot initialize WeatherVariable from invalid String value tempeture_2m",
             "excerpt": #"{"error": true, "reason": "Cannot initialize WeatherVariable from invalid String value tempeture_2m"}"#],
            // 410: the endpoint's 4XX, a list.
            ["status": "410", "[Problem]": "gone, for good", "excerpt": #"[{"message": "gone"}, {"message": "for good"}]"#],
            // 503: the API's default.
            ["status": "503", "Problem": "maintenance", "excerpt": #"{"message": "maintenance"}"#],
            // Declared, but not what came: the excerpt and where it failed.
            ["status": "400", "problem": "ForecastError at $.error", "excerpt": #"{"error": "yes", "reason": "x"}"#],
            // 404 with an empty body: the endpoint's 4XX, which an empty body is not.
            ["status": "404", "problem": "Array<Problem> at $", "excerpt": ""],
        ])
    }
}
