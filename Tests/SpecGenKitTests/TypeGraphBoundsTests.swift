import Foundation
import Testing
@testable import SpecGenKit

/// Valid specs whose types form graphs that naive recursion handles badly: a chain thousands of
/// types long (one stack frame per type), and types that share sub-types along many paths
/// (exponentially many paths). Generation must finish with a bounded response table, and a cycle
/// at the end of a long chain must still be found.
@Suite("Huge type graphs")
struct TypeGraphBoundsTests {
    /// `Link0` → `Link1` → … → `Link<n-1>`, each holding the next directly.
    static func chain(_ count: Int, closingCycle: Bool = false) -> String {
        var types = ""
        for index in 0..<count {
            let next = index + 1 < count ? "Link\(index + 1)" : (closingCycle ? "Link0" : nil)
            types += "  Link\(index):\n    kind: object\n    fields:\n      - name: value\n        type: string\n"
            if let next { types += "      - name: next\n        type: \(next)\n" }
        }
        return types
    }

    /// `Level0` … `Level<n-1>`, each holding the next twice: 2^n paths from the top.
    static func diamonds(_ count: Int) -> String {
        var types = ""
        for index in 0..<count {
            types += "  Level\(index):\n    kind: object\n    fields:\n      - name: value\n        type: string\n"
            if index + 1 < count {
                types += "      - name: left\n        type: Level\(index + 1)\n      - name: right\n        type: Level\(index + 1)\n"
            }
        }
        return types
    }

    static func endpoint(response: String, types: String) -> String {
        """
        specgen: 1
        endpoint:
          name: get_item
          method: GET
          path: /items
          summary: Gets items.
          response:
            type: \(response)
        types:
        \(types)
        """
    }

    static func responseTableRows(_ files: [OutputFile]) throws -> Int {
        let page = try #require(files.first { $0.path.hasSuffix("get_item.md") })
        let section = try #require(page.contents.components(separatedBy: "## Response").last)
        return section.split(separator: "\n").filter { $0.hasPrefix("| `") }.count
    }

    @Test func aChainOfTwoThousandTypesGeneratesWithATableOfBoundedDepth() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": Self.endpoint(response: "Link0", types: Self.chain(2_000)),
        ])])
        #expect(files.filter { $0.path.hasPrefix("ShopAPI/Models/Link") }.count == 2_000)
        // Two rows per level, for the response type and the 32 levels below it.
        #expect(try Self.responseTableRows(files) == 2 * (ResponseTable.namedTypeDepthLimit + 1))
    }

    @Test func aCycleAtTheEndOfALongChainIsFound() {
        let diagnostics = TestSpec.diagnostics([
            "api.yaml": TestSpec.apiFile,
            "get_item.yaml": Self.endpoint(response: "Link0", types: Self.chain(2_000, closingCycle: true)),
        ])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Spec/shop/get_item.yaml:10:3: error: type 'Link0' contains itself: Link0 → Link1 → Link2 →") == true)
        #expect(diagnostics.first?.hasSuffix("→ Link1999 → Link0; use a list or remove a field") == true)
    }

    @Test func typesSharedAlongTwoToTheFortyPathsGiveABoundedTable() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": Self.endpoint(response: "Level0", types: Self.diamonds(40)),
        ])])
        let rows = try Self.responseTableRows(files)
        // Every path until the table is full, then each type once more at most: 3 rows per type.
        #expect(rows >= ResponseTable.repeatedTypeRowLimit)
        #expect(rows <= ResponseTable.repeatedTypeRowLimit + 3 * 40 + 3 * ResponseTable.namedTypeDepthLimit)
    }
}
