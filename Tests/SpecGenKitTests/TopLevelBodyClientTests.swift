import Foundation
import Testing
@testable import SpecGenKit

/// End to end: a generated client whose responses and error bodies are lists, maps (of nullable
/// values), scalars and unions, built in a package of its own and run against a loopback HTTP
/// server. The API declares `collapsed_lists` and `string_encoded_numbers`, and the top level of a
/// body gets them as a field of the same type would: a lone object is a one-element list, `"1"` in
/// a top-level list of integers is 1. A tagged union response keeps a variant the spec does not
/// know, and a union, a map of a union and a map of nullable strings decode as error bodies.
@Suite("Lists, maps, scalars and unions at the top level: generated client over a loopback server")
struct TopLevelBodyClientTests {
    static let files = [
        "api.yaml": """
            specgen: 1
            api:
              name: Almanac
              module: AlmanacAPI
              title: Almanac API
              auth:
                scheme: none
              leniency: [collapsed_lists, string_encoded_numbers]
              errors:
                5XX: {type: map, items: {type: string, nullable: true}, description: What is down by component.}
            types:
              Forecast:
                kind: object
                fields:
                  - {name: place, type: string, required: true}
                  - {name: temperature, type: number}
              Notice:
                kind: object
                fields:
                  - {name: message, type: string, required: true}
              Outage:
                kind: object
                fields:
                  - {name: minutes, type: integer, required: true}
              Problem:
                kind: union
                discriminator: kind
                variants:
                  - {value: notice, type: Notice}
                  - {value: outage, type: Outage}
              Reading:
                kind: union
                kinds:
                  - {kind: number, type: number}
                  - {kind: string, type: string}

            """,
        "list_forecasts.yaml": endpoint("list_forecasts", "/forecasts", response: "type: list\n    items: Forecast",
                                        errors: #""400": {type: Problem, description: What was refused.}"#),
        "list_counts.yaml": endpoint("list_counts", "/counts", response: "type: list\n    items: integer"),
        "get_forecast_map.yaml": endpoint("get_forecast_map", "/forecast-map", response: "type: map\n    items: {type: Forecast, nullable: true}"),
        "get_problem.yaml": endpoint("get_problem", "/problem", response: "type: Problem", errors: "4XX: {type: map, items: Reading}"),
        "get_reading.yaml": endpoint("get_reading", "/reading", response: "type: Reading"),
    ]

    /// An endpoint with one `variant` parameter, by which the server picks its answer.
    static func endpoint(_ name: String, _ path: String, response: String, errors: String? = nil) -> String {
        var text = """
            specgen: 1
            endpoint:
              name: \(name)
              method: GET
              path: \(path)
              summary: Gets \(name).
              parameters:
                - {name: variant, type: string, required: true}
              response:
                \(response)

            """
        if let errors { text += "  errors:\n    \(errors)\n" }
        return text
    }

    /// Status and body by the variant asked for.
    static let answers: [String: [String]] = [
        // collapsed_lists: one object where a list of one was documented; its number as a string.
        "collapsed": ["200", #"{"place": "Oslo", "temperature": "-3.5"}"#],
        "notice": ["400", #"{"kind": "notice", "message": "Unknown place"}"#],
        "tornado-error": ["400", #"{"kind": "tornado", "eta": 5}"#],
        // string_encoded_numbers in a top-level list, and a lone number for a list of one.
        "counts": ["200", #"["1", 2, "3"]"#],
        "one-count": ["200", #""7""#],
        "map": ["200", #"{"oslo": {"place": "Oslo", "temperature": 1}, "atlantis": null}"#],
        "down": ["503", #"{"db": null, "cache": "cold"}"#],
        "outage": ["200", #"{"kind": "outage", "minutes": "30"}"#],
        "tornado": ["200", #"{"kind": "tornado", "eta": 5}"#],
        "readings": ["404", #"{"a": 1.5, "b": "x"}"#],
        // A map of numbers or strings gets a list: not decoded, and said where.
        "odd-readings": ["404", #"{"a": [1]}"#],
        "reading": ["200", "12.5"],
    ]

    static let main = #"""
        import Foundation
        import OpenAPIURLSession
        import SpecGenClient
        import AlmanacAPI

        // Input: {"answers": {variant: [status, body]}}. Output: one JSON object per call.
        let input = try JSONSerialization.jsonObject(with: FileHandle.standardInput.readDataToEndOfFile()) as! [String: Any]
        let answers = input["answers"] as! [String: [String]]
        let server = try LoopbackServer { request in
            let variant = URLComponents(string: request.target)?.queryItems?.first { $0.name == "variant" }?.value ?? ""
            let answer = answers[variant] ?? ["404", ""]
            return LoopbackServer.Reply(
                status: Int(answer[0])!, reason: "", headers: [("Content-Type", "application/json")], body: Data(answer[1].utf8))
        }
        let client = try AlmanacClient(baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, transport: URLSessionTransport())

        func json<T: Encodable>(_ value: T) -> String {
            // Sorted keys: Foundation's encoder writes an object's keys in no fixed order.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
        }
        func describe(_ problem: Problem) -> String {
            switch problem {
            case .notice(let notice): "notice: \(notice.message)"
            case .outage(let outage): "outage: \(outage.minutes)"
            case .unknown(let object): "unknown: " + json(object)
            }
        }
        func describe(_ reading: Reading) -> String {
            switch reading {
            case .number(let number): "number \(number)"
            case .string(let text): "string \(text)"
            }
        }
        func failure(_ error: APIError) -> [String: String] {
            var entry = ["status": String(error.httpFailure?.status ?? 0)]
            if let body = error.errorBody(as: Problem.self) { entry["Problem"] = describe(body) }
            if let body = error.errorBody(as: [String: Reading].self) {
                entry["[String: Reading]"] = body.keys.sorted().map { "\($0)=\(describe(body[$0]!))" }.joined(separator: ", ")
            }
            if let body = error.errorBody(as: [String: String?].self) {
                entry["[String: String?]"] = body.keys.sorted().map { "\($0)=\(body[$0]!.map { $0 } ?? "null")" }.joined(separator: ", ")
            }
            if let problem = error.httpFailure?.bodyProblem { entry["problem"] = "\(problem.typeName) at \(problem.path)" }
            return entry
        }

        var report: [[String: String]] = []
        for variant in ["collapsed", "notice", "tornado-error"] {
            do {
                let forecasts: [Forecast] = try await client.listForecasts(ListForecastsRequest(variant: variant))
                report.append(["forecasts": forecasts.map { "\($0.place) \($0.temperature.map { String($0) } ?? "-")" }.joined(separator: ", ")])
            } catch {
                report.append(failure(error))
            }
        }
        for variant in ["counts", "one-count"] {
            do {
                let counts: [Int] = try await client.listCounts(ListCountsRequest(variant: variant))
                report.append(["counts": counts.map(String.init).joined(separator: ",")])
            } catch {
                report.append(failure(error))
            }
        }
        for variant in ["map", "down"] {
            do {
                let map: [String: Forecast?] = try await client.getForecastMap(GetForecastMapRequest(variant: variant))
                report.append(["map": map.keys.sorted().map { "\($0)=\(map[$0]!.map { $0.place } ?? "null")" }.joined(separator: ", ")])
            } catch {
                report.append(failure(error))
            }
        }
        for variant in ["outage", "tornado", "readings", "odd-readings"] {
            do {
                let problem: Problem = try await client.getProblem(GetProblemRequest(variant: variant))
                report.append(["problem": describe(problem)])
            } catch {
                report.append(failure(error))
            }
        }
        do {
            let reading: Reading = try await client.getReading(GetReadingRequest(variant: "reading"))
            report.append(["reading": describe(reading)])
        } catch {
            report.append(failure(error))
        }
        server.stop()
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: report))

        """#

    struct Input: Encodable {
        var answers: [String: [String]]
    }

    @Test func bodiesOfEveryShapeReadWithTheAPIsLeniency() throws {
        let generated = try Generator().generate([TestSpec.source(Self.files, folder: "almanac")])
        let server = try String(
            contentsOf: TestSpec.repositoryRoot.appendingPathComponent("Tests/ConformanceTests/Server/LoopbackServer.swift"),
            encoding: .utf8)
        let package = try CompiledConsumer(
            generated: generated, folder: "top-level-body-consumer", module: "AlmanacAPI", product: "AlmanacCheck",
            main: Self.main, extraSources: ["LoopbackServer.swift": server])
        let build = try package.build()
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        let warnings = build.output.split(separator: "\n").filter { $0.contains("warning:") && $0.contains(package.root.path + "/Sources/AlmanacAPI") }
        #expect(warnings.isEmpty, "generated code has warnings:\n\(warnings.joined(separator: "\n"))")
        guard build.status == 0 else { return }

        let report = try package.run(Input(answers: Self.answers), as: [[String: String]].self)
        #expect(report == [
            // A lone object read as a list of one, its number from a string.
            ["forecasts": "Oslo -3.5"],
            // A union error body: a known variant, and one the spec does not list, kept whole.
            ["status": "400", "Problem": "notice: Unknown place"],
            ["status": "400", "Problem": #"unknown: {"eta":5,"kind":"tornado"}"#],
            ["counts": "1,2,3"],
            ["counts": "7"],
            // A map of nullable objects: the null kept as nil under its key.
            ["map": "atlantis=null, oslo=Oslo"],
            // The API's 5XX: a map of nullable strings.
            ["status": "503", "[String: String?]": "cache=cold, db=null"],
            // A tagged-union response: its variant's own leniency ("30"), and an unknown variant.
            ["problem": "outage: 30"],
            ["problem": #"unknown: {"eta":5,"kind":"tornado"}"#],
            // The endpoint's 4XX: a map of a union by kind.
            ["status": "404", "[String: Reading]": "a=number 1.5, b=string x"],
            ["status": "404", "problem": "Dictionary<String, Reading> at $.a"],
            ["reading": "number 12.5"],
        ])
    }
}
