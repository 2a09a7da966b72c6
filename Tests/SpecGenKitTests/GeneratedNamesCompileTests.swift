import Foundation
import Testing
@testable import SpecGenKit

/// The defects of issue 15 that made a clean spec generate Swift that does not compile, each in one
/// spec compiled like a user's Swift 6 build: a parameter named `arguments` (it hid the text values
/// of `init(arguments:)`), an API header named `core` (it redeclared the client's member), a group
/// named `values` and a switch set named `item` (they hid the generator's locals), and an endpoint
/// without query parameters (its `var query` was never mutated: a warning in every build). The
/// docs' Swift examples are compiled with them: a required header was missing from the initializer.
@Suite("Generated names compile")
struct GeneratedNamesCompileTests {
    static let files = [
        "api.yaml": """
            specgen: 1
            api:
              name: Names
              module: NamesAPI
              title: Names API
              auth:
                scheme: basic
              headers:
                - name: core
                  type: string
                - name: request
                  type: string
            types:
              Answer:
                kind: object
                fields:
                  - name: count
                    type: integer

            """,
        "ping.yaml": """
            specgen: 1
            endpoint:
              name: ping
              method: GET
              path: /ping
              summary: Checks the service.
              response:
                type: Answer

            """,
        "search.yaml": """
            specgen: 1
            endpoint:
              name: search
              method: GET
              path: /search
              summary: Searches.
              response:
                type: Answer
              parameters:
                - name: arguments
                  type: string
                  required: true
                - name: query
                  type: string
                  list: ","
                - group: values
                  require: exactly_one
                  parameters:
                    - name: id
                      type: integer
              switches:
                name: item
                value: "true"
                values:
                  - name: details
              headers:
                - name: class
                  type: string
                  required: true
              examples:
                - title: Everything set
                  arguments:
                    arguments: a b
                    query: [x, y]
                    id: 7
                    item: [details]
                    class: c
                    core: k

            """,
    ]

    static func generated() throws -> [String: String] {
        var swift: [String: String] = [:]
        var snippets: [String] = []
        for file in try Generator().generate([TestSpec.source(files, folder: "names")]) {
            if file.path.hasSuffix(".swift") { swift[file.path] = file.contents }
            if file.path.hasSuffix(".md") { snippets += swiftBlocks(in: file.contents) }
        }
        // The docs' Swift examples, each in a function of its own, compiled with the module.
        swift["DocExamples.swift"] = snippets.enumerated().map { index, snippet in
            "func example\(index)(client: NamesClient) async throws {\n\(snippet)\n_ = result\n}\n"
        }.joined(separator: "\n")
        return swift
    }

    /// The contents of the ```swift blocks of a Markdown page.
    static func swiftBlocks(in page: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```swift" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func theyCompileWithoutWarnings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SwiftCompiler().compile(module: "NamesAPI", files: Self.generated(), in: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
        // The object file is there: the compiler ran every stage, not only the type checker.
        let object = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("NamesAPI.o").path)
        #expect((object[.size] as? Int ?? 0) > 10_000)
        #expect(try Self.generated()["DocExamples.swift"]?.contains("var request = SearchRequest(arguments: \"a b\", values: .id(7), class: \"c\")") == true)
    }

    @Test func theGeneratorsLocalsGiveWay() throws {
        let swift = try Self.generated()
        let ping = try #require(swift["NamesAPI/Requests/PingRequest.swift"])
        #expect(!ping.contains("var query"))
        #expect(ping.contains("        QueryBuilder()\n"))

        let arguments = try #require(swift["NamesAPI/Requests/SearchRequest+Arguments.swift"])
        #expect(arguments.contains("public init(arguments arguments_: ArgumentValues) throws(ArgumentError) {"))
        #expect(arguments.contains("if let values_: Int = try arguments_.value(\"id\") {"))
        #expect(arguments.contains("let arguments: String = try arguments_.required(\"arguments\")"))
        #expect(arguments.contains("self.init(arguments: arguments, values: values, class: `class`)"))
        #expect(arguments.contains("item = try arguments_.switches(\"item\")"))

        let request = try #require(swift["NamesAPI/Requests/SearchRequest.swift"])
        #expect(request.contains("if let value = self.query {"))
        #expect(request.contains("for item in Item.allCases where self.item.contains(item) {"))

        let client = try #require(swift["NamesAPI/NamesClient.swift"])
        #expect(client.contains("private let core_: ClientCore"))
        #expect(client.contains("public var core: String?"))
        #expect(client.contains("request.request = self.request"))
        #expect(client.contains("try await core_.send(request, operationID: \"search\")"))
    }
}
