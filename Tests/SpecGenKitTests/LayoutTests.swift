import Foundation
import Testing
@testable import SpecGenKit

/// The per-spec-file layout the build-tool plugin relies on: output names follow from input names.
@Suite("Per-spec-file layout")
struct LayoutTests {
    @Test func oneSwiftFilePerSpecFileAndNoDocs() throws {
        let endpoint = TestSpec.endpoint("")
        let files = try Generator().generate(
            [TestSpec.source(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpoint])],
            layout: .perSpecFile, includeDocs: false)
        #expect(files.map(\.path) == ["api.swift", "get_item.swift"])
        let api = try #require(files.first)
        #expect(api.contents.contains("public enum ShopHost: String, Sendable, CaseIterable {"))
        #expect(api.contents.contains("import Foundation\nimport OpenAPIRuntime\nimport SpecGenClient\nimport SpecGenRuntime\n"))
        #expect(api.contents.contains("public struct ShopClient"))
        let items = files[1].contents
        #expect(items.contains("public struct GetItemRequest: EndpointRequest, Equatable {"))
        #expect(items.contains("public struct ItemList: Codable, Sendable, Equatable, WireObject {"))
        #expect(!items.contains("import Foundation"))
    }

    @Test func outputNamesFollowInputNames() {
        #expect(SwiftLayout.perSpecFileName(of: "shop/items.yaml") == "items.swift")
        #expect(SwiftLayout.perSpecFileName(of: "api.yml") == "api.swift")
    }

    @Test func specFilesWithTheSameNameAreRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try "specgen: 1".write(to: folder.appendingPathComponent("\(sub)/api.yaml"), atomically: true, encoding: .utf8)
        }
        let first = folder.appendingPathComponent("a/api.yaml").path
        let second = folder.appendingPathComponent("b/api.yaml").path
        let error = #expect(throws: SpecSourceError.self) { try SpecSource.files([first, second], apiName: "X") }
        #expect(error?.description == "\(second):1:1: error: has the same file name as \(first); their generated Swift files would collide")
    }
}
