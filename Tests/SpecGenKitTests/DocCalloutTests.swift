import Foundation
import Testing
@testable import SpecGenKit

/// The DocC callouts of generated functions (`- Parameter name:`, `- Returns:`, `- Throws:`): what
/// DocC and Quick Help show as a function's Parameters, Return Value and Throws sections. DocC warns
/// about a callout that names no parameter, so every one must match its declaration.
@Suite("DocC callouts")
struct DocCalloutTests {
    static let api = TestSpec.apiFile.replacingOccurrences(of: "  auth:\n    scheme: basic\n", with: """
          auth:
            scheme: bearer

        """)

    static let endpoint = TestSpec.endpoint("""
          parameters:
            - name: q
              type: string
              required: true
              description: Words to look for. Matched against names and descriptions.
            - name: page
              type: integer
        """, types: """
          ItemList:
            kind: object
            fields:
              - name: items
                type: list
                items: string
                description: The names found. At most 50.
              - name: next_page
                type: integer
        """)

    static func generated() throws -> [String: String] {
        let files = try Generator().generate([TestSpec.source(["api.yaml": api, "get_item.yaml": endpoint])])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test func clientInitializersAndMethodsDocumentParametersReturnsAndThrows() throws {
        let client = try #require(try Self.generated()["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                /// Creates a client of one of the API's hosts.
                ///
                /// - Parameter host: The host the client sends to: one of ``ShopHost``'s cases.
                /// - Parameter authentication: The credentials, from one of the static functions named after
                /// the API's authentication schemes.
                /// - Parameter transport: What sends the requests, such as a `URLSessionTransport`.
                /// - Parameter middlewares: Run in order around every request the transport sends.
                /// - Parameter redirectPolicy: Which redirects are followed; credentials never go to another
                /// origin whatever it is.
                /// - Parameter retryPolicy: When a failed call is sent again; only requests that are safe to
                /// repeat are.
                /// - Parameter timeout: How long one attempt of a call may take; nil waits as long as the
                /// transport does.
                public init(
                    host: ShopHost,
            """))
        #expect(client.contains("""
                /// - Parameter timeout: How long one attempt of a call may take; nil waits as long as the
                /// transport does.
                /// - Throws: `BaseURLError` when the URL is not absolute https, or plain http to a loopback
                /// address, or carries a query, a fragment or credentials.
                public init(
                    baseURL: URL,
            """))
        #expect(client.contains("""
                /// `Authorization: Bearer <token>` with the same token for every call.
                ///
                /// - Parameter token: The token.
                /// - Returns: What the client's initializer takes as `authentication`.
                public static func bearer(_ token: String) -> Authentication {
            """))
        #expect(client.contains("""
                /// Gets items.
                ///
                /// `GET /items`.
                ///
                /// - Parameter request: The request; its rules are checked before anything is sent.
                /// - Returns: The decoded body.
                /// - Throws: `APIError` when the request breaks a rule of the spec (nothing is sent), cannot be
                /// sent, or its answer is not a body the API documents.
                public func getItem(_ request: GetItemRequest) async throws(APIError) -> ItemList {
            """))
    }

    @Test func requestInitializersDocumentTheirParameters() throws {
        let files = try Self.generated()
        let request = try #require(files["ShopAPI/Requests/GetItemRequest.swift"])
        #expect(request.contains("""
                /// Creates a request; set the optional parameters on the value afterwards.
                ///
                /// - Parameter q: Words to look for.
                public init(q: String) {
            """))
        #expect(request.contains("""
                /// The query string, in the spec's order, after checking the request.
                ///
                /// - Returns: The parameters that are set, in the spec's order.
                /// - Throws: `RequestValidationError` when a value breaks a rule of the spec or cannot be sent
                /// as a query value.
                public func makeQuery() throws(RequestValidationError) -> QueryBuilder {
            """))
        let arguments = try #require(files["ShopAPI/Requests/GetItemRequest+Arguments.swift"])
        #expect(arguments.contains("""
                /// - Parameter arguments: The values by wire name: parameters, headers and a body as JSON text.
                /// - Throws: `ArgumentError` when a name is not one of ``arguments``, a value or the body does
                /// not read as its type, a required value is missing, or a group has none or several of its
                /// members.
                public init(arguments: ArgumentValues) throws(ArgumentError) {
            """))
    }

    @Test func modelInitializerDocumentsEachFieldByItsFirstSentence() throws {
        let model = try #require(try Self.generated()["ShopAPI/Models/ItemList.swift"])
        // A field without a description is named by its JSON key.
        #expect(model.contains("""
                /// Creates a value from its fields.
                ///
                /// - Parameter items: The names found.
                /// - Parameter nextPage: The `next_page` field.
                public init(items: [String]? = nil, nextPage: Int? = nil) {
            """))
    }

    /// Every `- Parameter name:` in every generated file, the repository's Capillary spec's and this
    /// suite's, names a parameter of the declaration it documents, and a declaration that documents
    /// one parameter documents all: DocC warns about a callout that names no parameter and about a
    /// parameter left out.
    @Test func everyParameterCalloutNamesAParameterOfItsDeclaration() throws {
        let root = TestSpec.repositoryRoot
        let capillary = try Generator().generate(SpecSource.discover(root: root.appendingPathComponent("Spec").path))
        var files = Dictionary(uniqueKeysWithValues: capillary.map { ($0.path, $0.contents) })
        files.merge(try Self.generated()) { first, _ in first }
        var callouts = 0
        for (path, contents) in files where path.hasSuffix(".swift") {
            let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var documented: [String] = []
            for (index, line) in lines.enumerated() {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("///") {
                    if let range = text.range(of: "/// - Parameter "), let colon = text[range.upperBound...].firstIndex(of: ":") {
                        documented.append(String(text[range.upperBound..<colon]))
                    }
                    continue
                }
                defer { documented = [] }
                guard !documented.isEmpty else { continue }
                // The declaration, up to its opening brace: parameters may be on lines of their own.
                var declaration = ""
                for next in lines[index...] {
                    declaration += next
                    if next.contains("{") { break }
                }
                let parameters = Self.parameterNames(declaration)
                for name in documented {
                    callouts += 1
                    #expect(parameters.contains(name), "\(path):\(index): `- Parameter \(name):` above \(text)")
                }
                #expect(parameters.isSubset(of: Set(documented)), "\(path):\(index): undocumented parameters of \(text)")
            }
        }
        #expect(callouts > 100)
    }

    /// The internal names of a declaration's parameters: `init(host: X, _ token: String)` → host, token.
    private static func parameterNames(_ declaration: String) -> Set<String> {
        guard let open = declaration.firstIndex(of: "(") else { return [] }
        var depth = 0
        var names: Set<String> = []
        var current = ""
        for character in declaration[open...] {
            switch character {
            case "(", "[":
                depth += 1
                if depth == 1 { continue }
            case ")", "]":
                depth -= 1
            case ",":
                if depth == 1 { current = ""; continue }
            case ":":
                if depth == 1, !current.isEmpty {
                    let words = current.split(separator: " ")
                    if let last = words.last { names.insert(last.replacingOccurrences(of: "`", with: "")) }
                    current = "\u{0}"  // the rest of this parameter is its type
                }
            default:
                break
            }
            if depth == 0 { break }
            if depth == 1, !current.hasPrefix("\u{0}") { current.append(character) }
        }
        return names
    }
}
