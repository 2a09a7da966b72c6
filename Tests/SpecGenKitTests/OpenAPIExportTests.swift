import Foundation
import Testing
import YAMLReader
@testable import SpecGenKit

/// `OpenAPIExporter`: what each spec feature becomes in the OpenAPI 3.1 document, that the bytes
/// are deterministic, and that the JSON and YAML writers keep hostile text a string.
@Suite("OpenAPI export")
struct OpenAPIExportTests {
    /// A spec using every feature the export maps: several hosts and auth schemes, API headers and
    /// fixed query, a group, every list style, an enum type, an object in brackets, switches, a map
    /// response of nullable items, errors by status, nullable fields, a tagged union and a union by
    /// kind, date formats, a wrapped list, JSON and form bodies, an envelope, examples.
    static let files: [String: String] = [
        "api.yaml": #"""
        specgen: 1
        api:
          name: Shop
          module: ShopAPI
          title: Shop API
          version: "2"
          description: A shop.
          hosts:
            - name: main
              url: https://api.shop.example
              description: Production.
            - name: test
              url: https://test.shop.example
          auth:
            - scheme: basic
              password_digest: md5
            - scheme: bearer
              name: token
            - scheme: header_token
              name: oauth
              header: X-Token
            - scheme: api_key
              name: key
              query: api_key
          headers:
            - name: X-Client
              type: string
              description: Who calls.
          fixed_query:
            - name: format
              value: json
          leniency: [string_encoded_numbers, collapsed_lists]
          time_zone: "+05:30"
          query_encoding:
            space: plus
          errors:
            default: Problem
        types:
          Problem:
            kind: object
            description: Why.
            fields:
              - {name: message, type: string, required: true}
          Color:
            kind: enum
            description: A color.
            values:
              - {value: red, aliases: [RED]}
              - {value: green, description: Like grass., swift_name: grassGreen}
        """#,
        "get_items.yaml": #"""
        specgen: 1
        endpoint:
          name: get_items
          method: GET
          path: /shops/{shop_id}/items
          summary: Lists items.
          description: All of them.
          path_parameters:
            - name: shop_id
              type: integer
              minimum: 1
          headers:
            - name: X-Trace
              type: string
              required: true
          parameters:
            - group: identifier
              require: exactly_one
              parameters:
                - {name: ids, type: integer, list: ","}
                - {name: skus, type: string, list: ",", list_style: repeated}
            - {name: words, type: string, list: " "}
            - {name: codes, type: string, list: "|"}
            - {name: parts, type: string, list: ";"}
            - name: sort
              type: enum
              type_name: SortOrder
              values: [asc, desc]
              default: asc
            - {name: color, type: Color}
            - name: limit
              type: integer
              minimum: 1
              maximum: 100
              requires: [sort]
            - name: filter
              type: object
              style: brackets
              fields:
                - {name: name, type: string, required: true}
                - {name: since, type: date}
          switches:
            name: include
            value: "true"
            values:
              - name: stock
                description: Stock levels.
          response:
            type: map
            items: {type: Item, nullable: true}
            description: Items by SKU.
          errors:
            "404": {type: Problem, description: No such shop.}
            4XX:
              type: list
              items: Problem
          examples:
            - title: By ids
              arguments:
                shop_id: 7
                ids: [1, 2]
                "filter[name]": socks
        types:
          Item:
            kind: object
            unknown_keys: keep
            leniency: strict
            fields:
              - {name: id, type: integer, required: true, swift_name: identifier}
              - {name: name, type: string, nullable: true}
              - {name: price, type: number, required: true, nullable: true}
              - name: stock
                type: map
                items:
                  type: list
                  items: {type: integer, nullable: true}
              - {name: kind, type: enum, values: [book, film]}
              - {name: created, type: datetime}
              - {name: born, type: date, format: DD-MM-YYYY}
              - {name: seen, type: datetime, format: unix_milliseconds}
              - {name: color, type: Color, nullable: true}
              - {name: hit, type: SearchResult}
              - {name: when, type: TimeValue}
              - name: children
                type: list
                wrapper: child
                items: string
                wrapper_fields:
                  - {name: count, type: integer}
              - {name: extra, type: json}
          SearchResult:
            kind: union
            discriminator: kind
            variants:
              - {value: track, type: Track}
              - {value: album, type: Album}
          Track:
            kind: object
            fields:
              - {name: title, type: string}
          Album:
            kind: object
            fields:
              - {name: tracks, type: integer}
          TimeValue:
            kind: union
            kinds:
              - {kind: string, type: datetime}
              - {kind: integer, type: datetime, format: unix_seconds}
        """#,
        "add_items.yaml": #"""
        specgen: 1
        endpoint:
          name: add_items
          method: POST
          path: /items
          summary: Adds items.
          body:
            type: list
            items: NewItem
            max_items: 10
            envelope: root.items
            swift_name: newItems
            description: The new items.
          response:
            type: string
          idempotent: true
          auth: token
          examples:
            - title: One item
              body:
                - {name: "Ann: \"yes\"", count: 2}
        types:
          NewItem:
            kind: object
            at_least_one: [name, label]
            fields:
              - {name: name, type: string, min_length: 1, max_length: 20}
              - {name: label, type: string}
              - {name: count, type: integer, minimum: 0, as_string: true}
              - {name: sizes, type: list, items: integer, min_items: 1, maximum: 9}
        """#,
        "token.yaml": #"""
        specgen: 1
        endpoint:
          name: create_token
          method: POST
          path: /token
          summary: Makes a token.
          auth: none
          body:
            content_type: application/x-www-form-urlencoded
            type: object
            fields:
              - {name: grant_type, type: enum, values: [password], required: true}
              - {name: scopes, type: list, items: string, separator: ","}
              - {name: words, type: list, items: string, separator: " "}
          response:
            type: list
            items: integer
        """#,
    ]

    static func api() throws -> APISpec {
        try Generator().validatedSpecs([TestSpec.source(files)])[0]
    }

    static func document() throws -> OpenAPIValue {
        try OpenAPIExporter(api: api()).document()
    }

    static func parameter(_ name: String, of operation: OpenAPIValue?) -> OpenAPIValue? {
        operation?["parameters"]?.arrayValue?.first { $0["name"] == .string(name) }
    }

    static let getItems = #"/shops/{shop_id}/items"#

    @Test func documentHasServersInfoAndSecurityInConventionalOrder() throws {
        let document = try Self.document()
        #expect(document.objectValue?.keys == [
            "openapi", "info", "servers", "security", "paths", "components",
            "x-specgen-leniency", "x-specgen-time-zone", "x-specgen-query-encoding",
        ])
        #expect(document["openapi"] == "3.1.0")
        #expect(document["info"]?["title"] == "Shop API")
        #expect(document["info"]?["version"] == "2")
        #expect(document["info"]?["x-specgen-module"] == "ShopAPI")
        #expect(document["servers"]?[0]?["url"] == "https://api.shop.example")
        #expect(document["servers"]?[0]?["description"] == "Production.")
        #expect(document["servers"]?[1]?["x-specgen-name"] == "test")
        #expect(document["servers"]?[1]?["description"] == nil)
        #expect(document["x-specgen-leniency"] == .array(["string_encoded_numbers", "collapsed_lists"]))
        #expect(document["x-specgen-time-zone"] == "+05:30")
        #expect(document["x-specgen-query-encoding"]?["space"] == "plus")
        // Paths in endpoint-file order (the files sort as add_items, get_items, token); schemas by name.
        #expect(document["paths"]?.objectValue?.keys == ["/items", Self.getItems, "/token"])
        #expect(document["components"]?["schemas"]?.objectValue?.keys == [
            "Album", "Color", "Item", "NewItem", "Problem", "SearchResult", "TimeValue", "Track",
        ])
    }

    @Test func authSchemesBecomeSecuritySchemesAndRequirements() throws {
        let document = try Self.document()
        let schemes = document["components"]?["securitySchemes"]
        #expect(schemes?.objectValue?.keys == ["basic", "token", "oauth", "key"])
        #expect(schemes?["basic"]?["type"] == "http")
        #expect(schemes?["basic"]?["scheme"] == "basic")
        #expect(schemes?["basic"]?["x-specgen-password-digest"] == "md5")
        #expect(schemes?["token"]?["scheme"] == "bearer")
        #expect(schemes?["oauth"]?["type"] == "apiKey")
        #expect(schemes?["oauth"]?["in"] == "header")
        #expect(schemes?["oauth"]?["name"] == "X-Token")
        #expect(schemes?["oauth"]?["x-specgen-header-token"] == true)
        #expect(schemes?["key"]?["in"] == "query")
        #expect(schemes?["key"]?["name"] == "api_key")
        // Any one scheme: one requirement per alternative.
        #expect(document["security"] == .array([["basic": []], ["token": []], ["oauth": []], ["key": []]].map(Self.requirement)))
        // `auth: none` is an empty requirement list; `auth: token` that scheme only.
        #expect(document["paths"]?["/token"]?["post"]?["security"] == .array([]))
        #expect(document["paths"]?["/items"]?["post"]?["security"] == .array([Self.requirement(["token": []])]))
        #expect(document["paths"]?[Self.getItems]?["get"]?["security"] == nil)
    }

    static func requirement(_ dictionary: [String: [String]]) -> OpenAPIValue {
        var object = OpenAPIObject()
        for (key, value) in dictionary { object[key] = .strings(value) }
        return .object(object)
    }

    @Test func queryParametersCarryTheirSchemasAndListStyles() throws {
        let operation = try Self.document()["paths"]?[Self.getItems]?["get"]
        #expect(operation?["operationId"] == "get_items")
        #expect(operation?["summary"] == "Lists items.")
        let names = operation?["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == ["shop_id", "format", "ids", "skus", "words", "codes", "parts", "sort", "color", "limit",
                          "filter", "stock", "X-Client", "X-Trace"])

        let shop = Self.parameter("shop_id", of: operation)
        #expect(shop?["in"] == "path")
        #expect(shop?["required"] == true)
        #expect(shop?["schema"]?["minimum"] == .number(1))

        let format = Self.parameter("format", of: operation)
        #expect(format?["required"] == true)
        #expect(format?["schema"]?["enum"] == .array(["json"]))
        #expect(format?["x-specgen-fixed-query"] == true)

        // Joined by ",": form, not exploded; repeated: form, exploded; " " and "|" have styles of their own.
        let ids = Self.parameter("ids", of: operation)
        #expect(ids?["style"] == "form")
        #expect(ids?["explode"] == false)
        #expect(ids?["schema"]?["type"] == "array")
        #expect(ids?["schema"]?["items"]?["type"] == "integer")
        #expect(ids?["x-specgen-group"] == "identifier")
        #expect(ids?["examples"]?["By ids"]?["value"] == .array([1, 2]))
        #expect(Self.parameter("skus", of: operation)?["style"] == "form")
        #expect(Self.parameter("skus", of: operation)?["explode"] == true)
        #expect(Self.parameter("words", of: operation)?["style"] == "spaceDelimited")
        #expect(Self.parameter("codes", of: operation)?["style"] == "pipeDelimited")
        let parts = Self.parameter("parts", of: operation)
        #expect(parts?["style"] == "form")
        #expect(parts?["explode"] == false)
        #expect(parts?["x-specgen-list-separator"] == ";")

        let sort = Self.parameter("sort", of: operation)
        #expect(sort?["schema"]?["enum"] == .array(["asc", "desc"]))
        #expect(sort?["schema"]?["default"] == "asc")
        #expect(sort?["x-specgen-type-name"] == "SortOrder")
        #expect(Self.parameter("color", of: operation)?["schema"]?["$ref"] == "#/components/schemas/Color")

        let limit = Self.parameter("limit", of: operation)
        #expect(limit?["schema"]?["minimum"] == .number(1))
        #expect(limit?["schema"]?["maximum"] == .number(100))
        #expect(limit?["x-specgen-requires"]?["sort"] == .null)
        #expect(limit?["description"]?.stringValue?.contains("needs `sort` to be set") == true)

        // Brackets are deepObject; the example's `filter[name]` is the object's `name`.
        let filter = Self.parameter("filter", of: operation)
        #expect(filter?["style"] == "deepObject")
        #expect(filter?["explode"] == true)
        #expect(filter?["schema"]?["type"] == "object")
        #expect(filter?["schema"]?["properties"]?["since"]?["format"] == "date")
        #expect(filter?["schema"]?["required"] == .array(["name"]))
        #expect(filter?["examples"]?["By ids"]?["value"]?["name"] == "socks")

        let stock = Self.parameter("stock", of: operation)
        #expect(stock?["schema"]?["enum"] == .array(["true"]))
        #expect(stock?["x-specgen-switch-set"] == "include")

        #expect(Self.parameter("X-Client", of: operation)?["in"] == "header")
        #expect(Self.parameter("X-Trace", of: operation)?["required"] == true)

        let group = operation?["x-specgen-groups"]?[0]
        #expect(group?["require"] == "exactly_one")
        #expect(group?["parameters"] == .array(["ids", "skus"]))
        #expect(operation?["description"]?.stringValue?.contains("exactly one of `ids`, `skus`") == true)
    }

    @Test func responsesKeepTheirStrictShapeAndErrorsGoByStatus() throws {
        let responses = try Self.document()["paths"]?[Self.getItems]?["get"]?["responses"]
        #expect(responses?.objectValue?.keys == ["200", "404", "4XX", "default"])
        // A map of nullable named items: additionalProperties, oneOf the reference and null.
        let schema = responses?["200"]?["content"]?["application/json"]?["schema"]
        #expect(schema?["type"] == "object")
        #expect(schema?["additionalProperties"]?["oneOf"] == .array([
            OpenAPISchemas.reference("Item"), .object(Self.object(["type": "null"])),
        ]))
        #expect(responses?["200"]?["x-specgen-leniency"] == .array(["string_encoded_numbers", "collapsed_lists"]))
        #expect(responses?["200"]?["description"]?.stringValue?.hasPrefix("Items by SKU.\n\nThe schema is the documented shape") == true)
        #expect(responses?["404"]?["content"]?["application/json"]?["schema"] == OpenAPISchemas.reference("Problem"))
        #expect(responses?["404"]?["description"]?.stringValue?.hasPrefix("No such shop.") == true)
        #expect(responses?["4XX"]?["content"]?["application/json"]?["schema"]?["type"] == "array")
        // The API's default applies where the endpoint declares none.
        #expect(responses?["default"]?["content"]?["application/json"]?["schema"] == OpenAPISchemas.reference("Problem"))
    }

    static func object(_ entries: KeyValuePairs<String, OpenAPIValue>) -> OpenAPIObject {
        var object = OpenAPIObject()
        for (key, value) in entries { object[key] = value }
        return object
    }

    @Test func typesMapToSchemas() throws {
        let schemas = try Self.document()["components"]?["schemas"]
        let item = schemas?["Item"]
        #expect(item?["required"] == .array(["id", "price"]))
        #expect(item?["x-specgen-unknown-keys"] == "keep")
        #expect(item?["x-specgen-leniency"] == .array([]))
        #expect(item?["additionalProperties"] == nil)
        let properties = item?["properties"]
        #expect(properties?["name"]?["type"] == .array(["string", "null"]))
        #expect(properties?["price"]?["type"] == .array(["number", "null"]))
        #expect(properties?["stock"]?["additionalProperties"]?["items"]?["type"] == .array(["integer", "null"]))
        #expect(properties?["kind"]?["enum"] == .array(["book", "film"]))
        #expect(properties?["kind"]?["x-specgen-open-enum"] == true)
        #expect(properties?["created"]?["format"] == "date-time")
        #expect(properties?["born"]?["format"] == nil)
        #expect(properties?["born"]?["x-specgen-format"] == "DD-MM-YYYY")
        #expect(properties?["seen"]?["type"] == "integer")
        #expect(properties?["seen"]?["x-specgen-format"] == "unix_milliseconds")
        #expect(properties?["color"]?["oneOf"] == .array([OpenAPISchemas.reference("Color"), .object(Self.object(["type": "null"]))]))
        #expect(properties?["hit"] == OpenAPISchemas.reference("SearchResult"))
        #expect(properties?["extra"] == .object(OpenAPIObject()))
        // A wrapped list is the object the service sends, its wrapper fields beside the list.
        let children = properties?["children"]
        #expect(children?["type"] == "object")
        #expect(children?["properties"]?["child"]?["type"] == "array")
        #expect(children?["properties"]?["count"]?["type"] == "integer")
        #expect(children?["x-specgen-wrapper"] == "child")

        let union = schemas?["SearchResult"]
        #expect(union?["oneOf"] == .array([OpenAPISchemas.reference("Track"), OpenAPISchemas.reference("Album")]))
        #expect(union?["discriminator"]?["propertyName"] == "kind")
        #expect(union?["discriminator"]?["mapping"]?["track"] == "#/components/schemas/Track")
        #expect(union?["discriminator"]?["mapping"]?["album"] == "#/components/schemas/Album")

        let kinds = schemas?["TimeValue"]?["oneOf"]
        #expect(kinds?[0]?["type"] == "string")
        #expect(kinds?[0]?["format"] == "date-time")
        #expect(kinds?[1]?["type"] == "integer")
        #expect(kinds?[1]?["x-specgen-format"] == "unix_seconds")

        let color = schemas?["Color"]
        #expect(color?["enum"] == .array(["red", "green"]))
        #expect(color?["x-specgen-aliases"]?["red"] == .array(["RED"]))
        #expect(color?["x-specgen-swift-names"] == .object(Self.object(["green": "grassGreen"])))
        #expect(properties?["id"]?["x-specgen-swift-name"] == "identifier")
        #expect(color?["description"] == "A color.\n\n- `green`: Like grass.")

        let newItem = schemas?["NewItem"]
        #expect(newItem?["x-specgen-at-least-one"] == .array(["name", "label"]))
        #expect(newItem?["properties"]?["name"]?["minLength"] == 1)
        #expect(newItem?["properties"]?["name"]?["maxLength"] == 20)
        #expect(newItem?["properties"]?["count"]?["type"] == "string")
        #expect(newItem?["properties"]?["count"]?["x-specgen-as-string"] == "integer")
        #expect(newItem?["properties"]?["sizes"]?["minItems"] == 1)
        #expect(newItem?["properties"]?["sizes"]?["items"]?["maximum"] == .number(9))
    }

    @Test func requestBodiesAreJSONWithTheirEnvelopeOrForms() throws {
        let paths = try Self.document()["paths"]
        let body = paths?["/items"]?["post"]?["requestBody"]
        #expect(body?["required"] == true)
        #expect(body?["x-specgen-envelope"] == "root.items")
        #expect(body?["x-specgen-swift-name"] == "newItems")
        let media = body?["content"]?["application/json"]
        let list = media?["schema"]?["properties"]?["root"]?["properties"]?["items"]
        #expect(media?["schema"]?["required"] == .array(["root"]))
        #expect(list?["type"] == "array")
        #expect(list?["maxItems"] == 10)
        #expect(list?["items"] == OpenAPISchemas.reference("NewItem"))
        #expect(media?["examples"]?["One item"]?["value"]?["root"]?["items"]?[0]?["name"] == #"Ann: "yes""#)
        #expect(paths?["/items"]?["post"]?["x-specgen-idempotent"] == true)
        #expect(paths?["/items"]?["post"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["type"] == "string")

        let form = paths?["/token"]?["post"]?["requestBody"]?["content"]?["application/x-www-form-urlencoded"]
        #expect(form?["schema"]?["properties"]?["grant_type"]?["enum"] == .array(["password"]))
        #expect(form?["encoding"]?["scopes"]?["style"] == "form")
        #expect(form?["encoding"]?["scopes"]?["explode"] == false)
        #expect(form?["encoding"]?["words"]?["style"] == "spaceDelimited")
    }

    @Test func outcomesAndBulkItemsAreExtensionsAndSentences() throws {
        let sources = try SpecSource.discover(root: TestSpec.repositoryRoot.appendingPathComponent("Spec").path)
        let api = try Generator().validatedSpecs(sources)[0]
        let document = OpenAPIExporter(api: api).document()
        #expect(document["x-specgen-outcome"]?["status"] == "response.status")
        #expect(document["x-specgen-outcome"]?["partial"] == .array([201]))
        #expect(document["x-specgen-outcome"]?["item_failures"]?[0]?["name"] == "not_found")
        let operation = document["paths"]?["/v1.1/customer/get"]?["get"]
        #expect(operation?["x-specgen-items"]?["path"] == "response.customers")
        #expect(operation?["x-specgen-items"]?["answers"] == "identifier")
        #expect(operation?["description"]?.stringValue?.contains("not the HTTP status, says what happened") == true)
        #expect(document["components"]?["securitySchemes"]?["oauth_token"]?["name"] == "X-CAP-API-OAUTH-TOKEN")
    }

    /// OpenAPI has one operation per path and method; a spec may have two, told apart by their
    /// fixed query. The later one is kept in the path item's `x-specgen-operations`, not lost.
    @Test func aListParameterThatEscapesItsSeparatorUnderLiteralAPIEncodingSaysSo() throws {
        let api = TestSpec.apiFile.replacingOccurrences(of: "  auth:\n", with: "  query_encoding:\n    list_separator: literal\n  auth:\n")
        let endpoint = """
            specgen: 1
            endpoint:
              name: get_things
              method: GET
              path: /things
              summary: Gets things.
              parameters:
                - {name: own, type: string, list: ";", list_separator: escaped}
                - {name: inherited, type: string, list: ";"}
              response:
                type: string
            """
        let spec = try Generator().validatedSpecs([TestSpec.source(["api.yaml": api, "get_things.yaml": endpoint])])[0]
        let operation = OpenAPIExporter(api: spec).document()["paths"]?["/things"]?["get"]
        #expect(Self.parameter("own", of: operation)?["x-specgen-list-separator-encoding"] == "escaped")
        #expect(Self.parameter("inherited", of: operation)?["x-specgen-list-separator-encoding"] == "literal")
    }

    @Test func theAPIsHeadersAreMarkedOnEveryOperation() throws {
        let operation = try Self.document()["paths"]?[Self.getItems]?["get"]
        #expect(Self.parameter("X-Client", of: operation)?["x-specgen-api-header"] == true)
        #expect(Self.parameter("X-Trace", of: operation)?["x-specgen-api-header"] == nil)
    }

    @Test func aSecondOperationOnTheSameMethodAndPathIsKeptInAnExtension() throws {
        func endpoint(_ name: String, kind: String) -> String {
            """
            specgen: 1
            endpoint:
              name: \(name)
              method: GET
              path: /things
              summary: Gets things.
              fixed_query:
                - {name: kind, value: \(kind)}
              response:
                type: string
            """
        }
        let api = try Generator().validatedSpecs([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "a.yaml": endpoint("get_a", kind: "a"), "b.yaml": endpoint("get_b", kind: "b"),
        ])])[0]
        let item = OpenAPIExporter(api: api).document()["paths"]?["/things"]
        #expect(item?.objectValue?.keys == ["get", "x-specgen-operations"])
        #expect(item?["get"]?["operationId"] == "get_a")
        #expect(item?["x-specgen-operations"]?["get_b"]?["method"] == "get")
        #expect(item?["x-specgen-operations"]?["get_b"]?["operation"]?["operationId"] == "get_b")
        #expect(Self.parameter("kind", of: item?["x-specgen-operations"]?["get_b"]?["operation"])?["schema"]?["enum"] == .array(["b"]))
    }

    @Test func exportIsDeterministic() throws {
        let first = try OpenAPIExporter(api: Self.api())
        let second = try OpenAPIExporter(api: Self.api())
        #expect(first.json() == second.json())
        #expect(first.yaml() == second.yaml())
        #expect(first.json().hasPrefix("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"Shop API\","))
        #expect(first.json().hasSuffix("}\n"))
    }

    @Test func yamlReadsBackAsTheDocument() throws {
        let document = try Self.document()
        let yaml = OpenAPIExporter(api: try Self.api()).yaml()
        let parsed = YAMLParser.parse(Array(yaml.utf8), file: "export.yaml")
        #expect(parsed.errors.isEmpty)
        // YAML, like JSON, has one way to write 1 and 1.0: a whole number reads back as an integer.
        #expect(parsed.root.map(Self.value) == Self.wholeNumbersAsIntegers(document))
    }

    /// Where two values first differ (`$.paths./x.get`), nil when they are equal: a readable failure
    /// for documents too large to print.
    static func firstDifference(_ left: OpenAPIValue, _ right: OpenAPIValue, at path: String = "$") -> String? {
        switch (left, right) {
        case (.object(let a), .object(let b)):
            guard a.keys == b.keys else { return "\(path): keys \(a.keys) != \(b.keys)" }
            for entry in a.entries {
                if let found = firstDifference(entry.value, b[entry.key]!, at: path + "." + entry.key) { return found }
            }
            return nil
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return "\(path): \(a.count) != \(b.count) elements" }
            for (index, pair) in zip(a, b).enumerated() {
                if let found = firstDifference(pair.0, pair.1, at: path + "[\(index)]") { return found }
            }
            return nil
        default:
            return left == right ? nil : "\(path): \(left) != \(right)"
        }
    }

    static func wholeNumbersAsIntegers(_ value: OpenAPIValue) -> OpenAPIValue {
        switch value {
        case .number(let number) where number.rounded() == number && abs(number) <= 9_007_199_254_740_992: return .integer(Int(number))
        case .array(let items): return .array(items.map(wholeNumbersAsIntegers))
        case .object(let object):
            var result = OpenAPIObject()
            for entry in object.entries { result[entry.key] = wholeNumbersAsIntegers(entry.value) }
            return .object(result)
        default: return value
        }
    }

    /// A YAML node as the value the exporter built, each scalar as the YAML 1.2 core schema reads it.
    static func value(_ node: YAMLNode) -> OpenAPIValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let bool): return .boolean(bool)
            case .int(let int): return .integer(int)
            case .float(let float): return .number(float)
            case .string(let text): return .string(text)
            }
        case .sequence(let items): return .array(items.map(value))
        case .mapping(let entries):
            var object = OpenAPIObject()
            for entry in entries { object[entry.key.scalar!.text] = value(entry.value) }
            return .object(object)
        }
    }

    // MARK: Writers and hostile text

    static let hostileTexts = [
        #"say "hi""#, "a: b", "a #b", "- item", "#comment", "line\nbreak", "tab\there", "yes", "No", "null", "~", "on",
        "OFF", "y", "true", "123", "1.5", "0x1F", "-1", ".inf", "", " leading", "trailing ", "{a}", "[a]", "&anchor",
        "*alias", "!tag", "%percent", "@at", "`tick`", "|", ">", "?", "'single'", "back\\slash", "naïve", "日本",
        "\u{202E}override", "zero\u{200B}width", "bell\u{7}", "nel\u{85}", "bom\u{FEFF}", "sep\u{2028}", "\r\n",
    ]

    @Test(arguments: hostileTexts)
    func hostileTextStaysOneStringInYAMLAndJSON(text: String) throws {
        var object = OpenAPIObject()
        object[text] = .string(text)
        var nested = OpenAPIObject()
        nested[text] = .string(text)
        object["list"] = .array([.string(text), .object(nested)])
        let value = OpenAPIValue.object(object)

        let yaml = OpenAPIYAMLWriter().write(value)
        let parsed = YAMLParser.parse(Array(yaml.utf8), file: "hostile.yaml")
        #expect(parsed.errors.isEmpty, "\(yaml)")
        #expect(parsed.root.map(Self.value) == value, "\(yaml)")

        let json = OpenAPIJSONWriter().write(value)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?[text] as? String == text)
        // No invisible or control character reaches the file: each is an escape.
        #expect(!json.unicodeScalars.contains { $0 != "\n" && DocText.isInvisibleOrControl($0) })
        #expect(!yaml.unicodeScalars.contains { $0 != "\n" && DocText.isInvisibleOrControl($0) })
    }

    /// The hostile spec's names and descriptions (quotes, backslashes, line breaks, direction
    /// overrides, keywords, query syntax) stay strings: both forms read back as the document, and
    /// no invisible character reaches either.
    @Test func hostileSpecExportsReadBackWhole() throws {
        let sources = try SpecSource.discover(root: HostileSpecTests.specRoot.path)
        let exporter = OpenAPIExporter(api: try Generator().validatedSpecs(sources)[0])
        let document = exporter.document()
        let yaml = exporter.yaml()
        let parsed = YAMLParser.parse(Array(yaml.utf8), file: "hostile.yaml")
        #expect(parsed.errors.isEmpty)
        let difference = Self.firstDifference(parsed.root.map(Self.value) ?? .null, Self.wholeNumbersAsIntegers(document))
        #expect(difference == nil)
        let json = exporter.json()
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        for text in [json, yaml] {
            #expect(!text.unicodeScalars.contains { $0 != "\n" && DocText.isInvisibleOrControl($0) })
        }
    }

    @Test func yamlQuotesWhatAReaderCouldTakeForAnotherTypeAndLeavesPlainTextPlain() {
        #expect(OpenAPIEscaping.yamlScalar("yes") == #""yes""#)
        #expect(OpenAPIEscaping.yamlScalar("No") == #""No""#)
        #expect(OpenAPIEscaping.yamlScalar("null") == #""null""#)
        #expect(OpenAPIEscaping.yamlScalar("200") == #""200""#)
        #expect(OpenAPIEscaping.yamlScalar("1.1") == #""1.1""#)
        #expect(OpenAPIEscaping.yamlScalar("- x") == #""- x""#)
        #expect(OpenAPIEscaping.yamlScalar("a: b") == #""a: b""#)
        #expect(OpenAPIEscaping.yamlScalar("#x") == ##""#x""##)
        #expect(OpenAPIEscaping.yamlScalar("$ref") == #""$ref""#)
        #expect(OpenAPIEscaping.yamlScalar("") == #""""#)
        #expect(OpenAPIEscaping.yamlScalar("line\nbreak") == #""line\nbreak""#)
        #expect(OpenAPIEscaping.yamlScalar("\u{202E}") == #""\u202E""#)
        #expect(OpenAPIEscaping.yamlScalar("Lists items (all of them), please.") == "Lists items (all of them), please.")
        #expect(OpenAPIEscaping.yamlScalar("/shops/items") == "/shops/items")
        #expect(OpenAPIEscaping.yamlScalar("application/json") == "application/json")
        #expect(OpenAPIEscaping.yamlScalar("x-specgen-leniency") == "x-specgen-leniency")
    }

    @Test func yamlLaysOutNestedListsAndEmptyCollections() {
        var inner = OpenAPIObject()
        inner["a"] = 1
        inner["b"] = .array([])
        var object = OpenAPIObject()
        object["items"] = .array([.object(inner), .array([1, 2]), "x"])
        object["empty"] = .object(OpenAPIObject())
        object["flag"] = true
        object["number"] = .number(0.5)
        #expect(OpenAPIYAMLWriter().write(.object(object)) == """
            items:
              - a: 1
                b: []
              - - 1
                - 2
              - x
            empty: {}
            flag: true
            number: 0.5

            """)
    }

    @Test func numbersAreWrittenWithoutNeedlessDigits() {
        #expect(OpenAPIEscaping.number(30) == "30")
        #expect(OpenAPIEscaping.number(-2) == "-2")
        #expect(OpenAPIEscaping.number(0.25) == "0.25")
        #expect(OpenAPIEscaping.number(.infinity) == #"".inf""#)
    }

    // MARK: Generated output

    @Test func generateWritesTheExportBesideTheDocsOnly() throws {
        let output = try Generator().output([TestSpec.source(Self.files)])
        let export = output.files.first { $0.path == "OpenAPI/shop.openapi.json" }
        #expect(export?.contents == OpenAPIExporter(api: try Self.api()).json())
        let sources = try Generator().output([TestSpec.source(Self.files)], layout: .perSpecFile, includeDocs: false)
        #expect(!sources.files.contains { $0.path.hasPrefix("OpenAPI/") })
        let noDocs = try Generator().output([TestSpec.source(Self.files)], includeDocs: false)
        #expect(!noDocs.files.contains { $0.path.hasPrefix("OpenAPI/") })
    }

    @Test func aSpecRootThatIsTheAPIIsNamedAfterTheAPI() throws {
        var api = try Self.api()
        api.folderName = ""
        #expect(OpenAPIExporter(api: api).outputPath == "OpenAPI/Shop.openapi.json")
    }
}
