import Foundation
import Testing
@testable import SpecGenKit

/// Generated requests of two APIs that choose their `query_encoding`, compiled and run: the query
/// strings they build must equal, byte for byte, the ones the services document. A forecast API
/// joins `hourly` with a literal comma; a media search API writes spaces as `+`; a catalog API
/// sends lists as repeated keys and an object as bracketed keys.
@Suite("Query encodings, generated and run")
struct QueryEncodingConformanceTests {
    /// The query strings as the services' documentation publishes them (request examples).
    static let recorded = [
        "latitude=52.52&longitude=13.41&hourly=temperature_2m,wind_speed_10m",
        "latitude=52.52&longitude=13.41&hourly=temperature_2m,wind_speed_10m&models=icon_seamless%7Cgfs_seamless&cell_selection=land",
        "term=jack+johnson&entity=musicVideo",
        "term=jack+johnson&country=US&attribute=artistTerm%2CalbumTerm",
        // What a value that holds the characters the encoding leaves alone still becomes.
        "term=AC%2FDC+%26+a%2Bb&entity=musicVideo",
        #"refused: hourly: a value contains ",", the list separator; it would be split into two values"#,
        // Lists as repeated keys (the API's default), one list joined by its own choice.
        "id=1&id=2&tag=new%20in%2Csale",
        "id=7&name=a%2Cb&name=c%20d",
        "refused: id needs at least one value",
        // Objects as bracketed keys: escaped by default, literal by the forecast API's choice; fields
        // in the spec's order, those not set left out; the same from text arguments.
        "id=3&filter%5Bname%5D=a%20b&filter%5Bkind%5D=book&filter%5Bsince%5D=31-08-2016",
        "id=3&filter%5Bname%5D=x",
        "latitude=52.52&longitude=13.41&bounds[north]=54.5&bounds[south]=47.25",
        "id=1&id=2&filter%5Bname%5D=a%20b&filter%5Bkind%5D=film",
        "refused: 'filter[name]' is required",
        // A field of the API's open enum type, and a datetime in RFC 3339; an undeclared value refused.
        "id=4&filter%5Bname%5D=y&filter%5Bshade%5D=dark&filter%5Bat%5D=2024-01-31T09%3A30%3A00Z",
        "refused: filter[shade] must be one of the values the spec declares",
    ]

    static let forecastAPI = """
        specgen: 1
        api:
          name: Forecast
          module: ForecastAPI
          title: Forecast API
          hosts:
            - name: main
              url: https://api.forecast.example
          query_encoding:
            list_separator: literal
            brackets: literal
        types:
          Forecast:
            kind: object
            fields:
              - name: latitude
                type: number

        """

    static let forecastEndpoint = """
        specgen: 1
        endpoint:
          name: forecast
          method: GET
          path: /v1/forecast
          summary: Gets a forecast.
          response:
            type: Forecast
          parameters:
            - name: latitude
              type: number
              required: true
            - name: longitude
              type: number
              required: true
            - name: hourly
              type: string
              list: ","
            - name: models
              type: string
              list: "|"
            - name: cell_selection
              type: enum
              values: [land, sea, nearest]
            - name: bounds
              type: object
              style: brackets
              fields:
                - name: north
                  type: number
                - name: south
                  type: number

        """

    static let searchAPI = """
        specgen: 1
        api:
          name: Media
          module: MediaAPI
          title: Media Search API
          hosts:
            - name: main
              url: https://media.search.example
          query_encoding:
            space: plus
        types:
          SearchResults:
            kind: object
            fields:
              - name: resultCount
                type: integer

        """

    static let searchEndpoint = """
        specgen: 1
        endpoint:
          name: search
          method: GET
          path: /search
          summary: Searches the store.
          response:
            type: SearchResults
          parameters:
            - name: term
              type: string
              required: true
            - name: country
              type: string
            - name: entity
              type: string
            - name: attribute
              type: string
              list: ","

        """

    static let catalogAPI = """
        specgen: 1
        api:
          name: Catalog
          module: CatalogAPI
          title: Catalog API
          hosts:
            - name: main
              url: https://catalog.example
          query_encoding:
            list_style: repeated
        types:
          Shade:
            kind: enum
            values: [light, dark]
          Products:
            kind: object
            fields:
              - name: count
                type: integer

        """

    static let catalogEndpoint = """
        specgen: 1
        endpoint:
          name: products
          method: GET
          path: /products
          summary: Lists products.
          response:
            type: Products
          parameters:
            - name: id
              type: integer
              list: ","
              required: true
            - name: name
              type: string
              list: ","
            - name: tag
              type: string
              list: ","
              list_style: joined
            - name: filter
              type: object
              style: brackets
              fields:
                - name: name
                  type: string
                  required: true
                - name: kind
                  type: enum
                  values: [book, film]
                - name: since
                  type: date
                  format: DD-MM-YYYY
                - name: shade
                  type: Shade
                - name: at
                  type: datetime

        """

    static let program = #"""
        import SpecGenRuntime

        func query(_ request: some EndpointRequest) -> String {
            do {
                return try request.makeQuery().encoded
            } catch {
                return "refused: \(error)"
            }
        }

        var forecast = ForecastRequest(latitude: 52.52, longitude: 13.41)
        forecast.hourly = ["temperature_2m", "wind_speed_10m"]
        print(query(forecast))
        forecast.models = ["icon_seamless", "gfs_seamless"]
        forecast.cellSelection = .land
        print(query(forecast))

        var search = SearchRequest(term: "jack johnson")
        search.entity = "musicVideo"
        print(query(search))
        search.entity = nil
        search.country = "US"
        search.attribute = ["artistTerm", "albumTerm"]
        print(query(search))
        var hostile = SearchRequest(term: "AC/DC & a+b")
        hostile.entity = "musicVideo"
        print(query(hostile))

        forecast.hourly = ["temperature_2m", "a,b"]
        print(query(forecast))

        var products = ProductsRequest(id: [1, 2])
        products.tag = ["new in", "sale"]
        print(query(products))
        products = ProductsRequest(id: [7])
        products.name = ["a,b", "c d"]
        print(query(products))
        print(query(ProductsRequest(id: [])))

        products = ProductsRequest(id: [3])
        products.filter = .init(name: "a b", kind: .book, since: CalendarDate(year: 2016, month: 8, day: 31))
        print(query(products))
        products.filter = .init(name: "x")
        print(query(products))
        var bounded = ForecastRequest(latitude: 52.52, longitude: 13.41)
        bounded.bounds = .init(north: 54.5, south: 47.25)
        print(query(bounded))
        do {
            print(query(try ProductsRequest(arguments: ArgumentValues(["id": "1,2", "filter[name]": "a b", "filter[kind]": "film"]))))
            print(query(try ProductsRequest(arguments: ArgumentValues(["id": "1", "filter[kind]": "film"]))))
        } catch {
            print("refused: \(error)")
        }
        products = ProductsRequest(id: [4])
        products.filter = .init(name: "y", shade: .dark, at: DateTime(argumentText: "2024-01-31T09:30:00Z")!)
        print(query(products))
        products.filter?.shade = .unknown("pale")
        print(query(products))
        """#

    @Test func theRequestsSendTheRecordedQueryStrings() throws {
        var files: [String: String] = [:]
        let sources = [
            TestSpec.source(["api.yaml": Self.forecastAPI, "forecast.yaml": Self.forecastEndpoint], folder: "forecast"),
            TestSpec.source(["api.yaml": Self.searchAPI, "search.yaml": Self.searchEndpoint], folder: "media"),
            TestSpec.source(["api.yaml": Self.catalogAPI, "products.yaml": Self.catalogEndpoint], folder: "catalog"),
        ]
        // Models and requests only: the clients need the transport packages, which a query does not.
        for file in try Generator().generate(sources)
        where file.path.contains("/Models/") || file.path.contains("/Requests/") {
            files[file.path] = file.contents
        }
        files["main.swift"] = Self.program
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-query-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (built, output) = try SwiftProgram().run(files: files, in: folder)
        #expect(built, "\(output)")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines == Self.recorded, "\(output)")
    }
}
