import Foundation
import SpecGenKit

/// Builds in-memory spec folders so tests state their whole input inline.
enum TestSpec {
    static let apiFile = """
        specgen: 1
        api:
          name: Shop
          module: ShopAPI
          title: Shop API
          hosts:
            - name: main
              url: https://api.shop.example
          auth:
            scheme: basic
          fixed_query:
            - name: format
              value: json
          leniency: all

        """

    static func source(_ files: [String: String], folder: String = "shop") -> SpecSource {
        SpecSource(folderName: folder, files: files.keys.sorted().map { name in
            SpecSource.File(
                relativePath: "\(folder)/\(name)", displayPath: "Spec/\(folder)/\(name)", bytes: Array(files[name]!.utf8))
        })
    }

    /// The diagnostics of loading and validating `files`, as printed (`file:line:col: error: ...`).
    static func diagnostics(_ files: [String: String], folder: String = "shop") -> [String] {
        do {
            _ = try Generator().validatedSpecs([source(files, folder: folder)])
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// An endpoint file around `body` (indented two spaces under `endpoint:`), plus optional types.
    static func endpoint(_ body: String, types: String = defaultTypes) -> String {
        """
        specgen: 1
        endpoint:
          name: get_item
          method: GET
          path: /items
          summary: Gets items.
          response:
            type: ItemList
        \(body)
        types:
        \(types)
        """
    }

    static let defaultTypes = """
          ItemList:
            kind: object
            fields:
              - name: items
                type: list
                items: string
        """

    /// The repository root, found from this file's location.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
