import Testing
@testable import SpecGenKit

/// What a list or scalar response and declared error bodies emit: the request's `Response`, the
/// client method's return type and the error rules it passes, and the docs' Response and Errors
/// sections.
@Suite("Response shapes and error bodies: emitted code and docs")
struct ResponseShapeEmitterTests {
    static let api = """
        specgen: 1
        api:
          name: Shop
          module: ShopAPI
          title: Shop API
          auth:
            scheme: none
          errors:
            "404": Problem
            default: {type: Problem, description: Anything else.}
        types:
          Problem:
            kind: object
            description: What went wrong.
            fields:
              - name: message
                type: string
                required: true

        """

    static let listItems = """
        specgen: 1
        endpoint:
          name: list_items
          method: GET
          path: /items
          summary: Lists items.
          response:
            type: list
            items: Item
          errors:
            "400": {type: BadRequest, description: A parameter was refused.}
            4XX: Problem
            default: {type: list, items: Problem}
        types:
          Item:
            kind: object
            fields:
              - name: id
                type: integer
                required: true
          BadRequest:
            kind: object
            fields:
              - name: reason
                type: string

        """

    static let countItems = """
        specgen: 1
        endpoint:
          name: count_items
          method: GET
          path: /items/count
          summary: Counts items.
          response:
            type: integer

        """

    private func generated() throws -> [String: String] {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": Self.api, "list_items.yaml": Self.listItems, "count_items.yaml": Self.countItems,
        ])])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test func theRequestsResponseIsTheListOrTheScalar() throws {
        let files = try generated()
        let list = try #require(files["ShopAPI/Requests/ListItemsRequest.swift"])
        #expect(list.contains("""
                /// The type the response body decodes into.
                public typealias Response = [Item]
            """), "\(list)")
        let count = try #require(files["ShopAPI/Requests/CountItemsRequest.swift"])
        #expect(count.contains("    public typealias Response = Int\n"), "\(count)")
    }

    /// A list or scalar body is read through its `ValueShape`, with the API's leniency (strict
    /// here), as a field of that type is.
    @Test func aListOrScalarResponseReadsItselfThroughItsShape() throws {
        let files = try generated()
        let list = try #require(files["ShopAPI/Requests/ListItemsRequest.swift"])
        #expect(list.contains("""
                /// Reads the body with the API's leniency, as a field of this type is read.
                ///
                /// - Parameter decoder: The decoder of the response body.
                /// - Returns: The decoded body.
                /// - Throws: A `DecodingError` when the body is not a value of the response's type.
                public static func decodeResponse(from decoder: any Decoder) throws -> Response {
                    try ValueShape<Response>.list(.object(Item.self)).decode(from: decoder, leniency: .strict)
                }
            """), "\(list)")
        let count = try #require(files["ShopAPI/Requests/CountItemsRequest.swift"])
        #expect(count.contains(
            "        try ValueShape<Response>.scalar(Int.self).decode(from: decoder, leniency: .strict)\n"), "\(count)")
    }

    /// Maps (of nullable values), unions and enums as responses and error bodies, under an API with
    /// leniency: a map or a list reads through its shape with that leniency; a named union or
    /// object reads itself (no `decodeResponse`), an enum through `.scalar`.
    @Test func mapAndUnionResponsesAndErrorBodies() throws {
        let api = """
            specgen: 1
            api:
              name: Almanac
              module: AlmanacAPI
              title: Almanac API
              auth:
                scheme: none
              leniency: [collapsed_lists, string_encoded_numbers]
              errors:
                5XX: {type: map, items: {type: string, nullable: true}}
            types:
              Forecast:
                kind: object
                fields:
                  - {name: place, type: string, required: true}
              Notice:
                kind: object
                fields:
                  - {name: message, type: string, required: true}
              Problem:
                kind: union
                discriminator: kind
                variants:
                  - {value: notice, type: Notice}
              Color:
                kind: enum
                values: [red, green]

            """
        let forecastMap = """
            specgen: 1
            endpoint:
              name: get_forecast_map
              method: GET
              path: /forecast-map
              summary: Forecasts by place.
              response:
                type: map
                items: {type: Forecast, nullable: true}
              errors:
                "400": Problem

            """
        let problem = """
            specgen: 1
            endpoint:
              name: get_problem
              method: GET
              path: /problem
              summary: The current problem.
              response:
                type: Problem
              errors:
                4XX: {type: list, items: Color}

            """
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": api, "get_forecast_map.yaml": forecastMap, "get_problem.yaml": problem,
        ])])
        func file(_ path: String) throws -> String { try #require(files.first { $0.path == path }?.contents) }
        let map = try file("AlmanacAPI/Requests/GetForecastMapRequest.swift")
        #expect(map.contains("    public typealias Response = [String: Forecast?]\n"), "\(map)")
        #expect(map.contains(
            "        try ValueShape<Response>.map(.nullable(.object(Forecast.self))).decode(from: decoder, leniency: [.stringEncodedNumbers, .collapsedLists])\n"),
            "\(map)")
        let union = try file("AlmanacAPI/Requests/GetProblemRequest.swift")
        #expect(union.contains("    public typealias Response = Problem\n"), "\(union)")
        #expect(!union.contains("decodeResponse"), "\(union)")
        let client = try file("AlmanacAPI/AlmanacClient.swift")
        #expect(client.contains("""
                private static let getForecastMapErrorBodies: [ErrorBodyRule] = [
                    .status(400, Problem.self),
                    .statusClass(5, .map(.nullable(.scalar(String.self))), leniency: [.stringEncodedNumbers, .collapsedLists]),
                ]
            """), "\(client)")
        #expect(client.contains("""
                private static let getProblemErrorBodies: [ErrorBodyRule] = [
                    .statusClass(4, .list(.scalar(Color.self)), leniency: [.stringEncodedNumbers, .collapsedLists]),
                    .statusClass(5, .map(.nullable(.scalar(String.self))), leniency: [.stringEncodedNumbers, .collapsedLists]),
                ]
            """), "\(client)")
        #expect(client.contains("public func getForecastMap(_ request: GetForecastMapRequest) async throws(APIError) -> [String: Forecast?] {"))
        #expect(client.contains("public func getProblem(_ request: GetProblemRequest) async throws(APIError) -> Problem {"))
        let mapPage = try file("Docs/Almanac/get_forecast_map.md")
        #expect(mapPage.contains("## Response\n\nThe body is a map of `Forecast` or null, decoded into `[String: Forecast?]`.\n"), "\(mapPage)")
        #expect(mapPage.contains("| `400` | `Problem` |   |\n"), "\(mapPage)")
        #expect(mapPage.contains("| `5XX` | map of string or null |   |\n"), "\(mapPage)")
        let unionPage = try file("Docs/Almanac/get_problem.md")
        #expect(unionPage.contains("## Response\n\nThe body decodes into `Problem`.\n"), "\(unionPage)")
        #expect(unionPage.contains("## Unions\n\n### `Problem`\n\nOne of, by `kind`:\n"), "\(unionPage)")
        #expect(unionPage.contains("| `4XX` | list of `Color` |   |\n"), "\(unionPage)")
    }

    /// The endpoint's entries, then the API's for the keys it does not declare (`404`; its `default`
    /// replaces the API's), most specific first, one rule a line.
    @Test func theClientPassesTheErrorBodiesMostSpecificFirst() throws {
        let client = try #require(try generated()["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                /// Which type the body of each error status of `listItems(_:)` decodes into, as the spec's
                /// `errors` say.
                private static let listItemsErrorBodies: [ErrorBodyRule] = [
                    .status(400, BadRequest.self),
                    .status(404, Problem.self),
                    .statusClass(4, Problem.self),
                    .default(.list(.object(Problem.self)), leniency: .strict),
                ]

                /// Lists items.
                ///
                /// `GET /items`.
                ///
                /// - Parameter request: The request; its rules are checked before anything is sent.
                /// - Returns: The decoded body.
                /// - Throws: `APIError` when the request breaks a rule of the spec (nothing is sent), cannot be
                /// sent, or its answer is not a body the API documents. An error status the spec gives a body
                /// type has it decoded: `error.errorBody(as:)` reads it.
                public func listItems(_ request: ListItemsRequest) async throws(APIError) -> [Item] {
                    try await core.send(request, operationID: "list_items", errorBodies: Self.listItemsErrorBodies)
                }
            """), "\(client)")
        // An endpoint without errors of its own reads the API's.
        #expect(client.contains("""
                private static let countItemsErrorBodies: [ErrorBodyRule] = [
                    .status(404, Problem.self),
                    .default(Problem.self),
                ]
            """), "\(client)")
        #expect(client.contains("""
                public func countItems(_ request: CountItemsRequest) async throws(APIError) -> Int {
                    try await core.send(request, operationID: "count_items", errorBodies: Self.countItemsErrorBodies)
                }
            """), "\(client)")
    }

    @Test func theDocsSayListOfAndListTheErrors() throws {
        let files = try generated()
        let page = try #require(files["Docs/Shop/list_items.md"])
        let response = try #require(page.range(of: "## Response\n"))
        #expect(String(page[response.lowerBound...]) == """
            ## Response

            The body is a list of `Item`, decoded into `[Item]`.

            | Field | Type | Description |
            |---|---|---|
            | `id` | integer | Always present. |

            Keys not listed here are dropped when the body is decoded.

            ## Errors

            An error status answers with a body of the type below; the most specific status wins (`400`, then `4XX`, then `default`). The client decodes it into the error it throws: `error.errorBody(as: Type.self)` reads it, and a body that does not decode keeps its excerpt and why it did not.

            | Status | Type | Description |
            |---|---|---|
            | `400` | [`BadRequest`](#error-body-badrequest) | A parameter was refused. |
            | `404` | [`Problem`](#error-body-problem) |   |
            | `4XX` | [`Problem`](#error-body-problem) |   |
            | `default` | list of [`Problem`](#error-body-problem) |   |

            ### Error body `BadRequest`

            | Field | Type | Description |
            |---|---|---|
            | `reason` | string |   |

            Keys not listed here are dropped when the body is decoded.

            ### Error body `Problem`

            What went wrong.

            | Field | Type | Description |
            |---|---|---|
            | `message` | string | Always present. |

            Keys not listed here are dropped when the body is decoded.

            """)
        let count = try #require(files["Docs/Shop/count_items.md"])
        #expect(count.contains("## Response\n\nThe body is an integer, decoded into `Int`.\n\n## Errors\n"), "\(count)")
        #expect(count.contains("| `default` | [`Problem`](#error-body-problem) | Anything else. |"), "\(count)")
    }

    /// Beside an outcome (a status inside the body) the error bodies are read first: the body whose
    /// status the outcome reads is one of the response type.
    @Test func errorBodiesWorkBesideAnOutcome() throws {
        let api = """
            specgen: 1
            api:
              name: Shop
              module: ShopAPI
              title: Shop API
              auth:
                scheme: none
              outcome:
                status: status
                all_succeeded: [200]
                partial: []
                all_failed: [500]
              errors:
                5XX: Problem
            types:
              Status:
                kind: object
                fields:
                  - name: code
                    type: integer
              Problem:
                kind: object
                fields:
                  - name: message
                    type: string
              Answer:
                kind: object
                fields:
                  - name: status
                    type: Status
                    required: true

            """
        let endpoint = """
            specgen: 1
            endpoint:
              name: get_answer
              method: GET
              path: /answer
              summary: Gets an answer.
              response:
                type: Answer

            """
        let files = try Generator().generate([TestSpec.source(["api.yaml": api, "get_answer.yaml": endpoint])])
        let client = try #require(files.first { $0.path == "ShopAPI/ShopClient.swift" }?.contents)
        #expect(client.contains("""
                private static let getAnswerErrorBodies: [ErrorBodyRule] = [
                    .statusClass(5, Problem.self),
                ]
            """), "\(client)")
        #expect(client.contains("""
                    let body = try await core.send(request, operationID: "get_answer", errorBodies: Self.getAnswerErrorBodies)
                    let status = body.status
            """), "\(client)")
        let index = try #require(files.first { $0.path == "Docs/Shop/README.md" }?.contents)
        #expect(index.contains(
            "Every body reports what happened in `status`, whatever the HTTP status (but for an error status whose body an endpoint's Errors declare). Its code means:"),
            "\(index)")
    }

    /// A named enum is a response and an error body like any scalar: no field table, so no link.
    @Test func anEnumResponseAndErrorBody() throws {
        let endpoint = """
            specgen: 1
            endpoint:
              name: get_color
              method: GET
              path: /color
              summary: Gets the color.
              response:
                type: Color
              errors:
                "409": {type: Color, description: The color it is instead.}
            types:
              Color:
                kind: enum
                values: [red, green]

            """
        let files = try Generator().generate([TestSpec.source(["api.yaml": Self.api, "get_color.yaml": endpoint])])
        let request = try #require(files.first { $0.path == "ShopAPI/Requests/GetColorRequest.swift" }?.contents)
        #expect(request.contains("    public typealias Response = Color\n"), "\(request)")
        let page = try #require(files.first { $0.path == "Docs/Shop/get_color.md" }?.contents)
        #expect(page.contains("## Response\n\nThe body decodes into `Color`.\n\n## Errors\n"), "\(page)")
        #expect(page.contains("| `409` | `Color` | The color it is instead. |\n"), "\(page)")
        #expect(!page.contains("### Error body `Color`"), "\(page)")
    }

    /// Without `errors` anywhere, the client passes none: the generated code is what it was.
    @Test func withoutErrorsTheClientPassesNone() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint(""),
        ])])
        let client = try #require(files.first { $0.path == "ShopAPI/ShopClient.swift" }?.contents)
        #expect(client.contains(#"try await core.send(request, operationID: "get_item")"#), "\(client)")
        #expect(!client.contains("ErrorBod"), "\(client)")
        let page = try #require(files.first { $0.path == "Docs/Shop/get_item.md" }?.contents)
        #expect(!page.contains("## Errors"), "\(page)")
    }
}
