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

    /// An endpoint whose response type (`ItemList`) holds the first of `types`.
    static func endpoint(first: String, types: String) -> String {
        TestSpec.endpoint("", types: "  ItemList:\n    kind: object\n    fields:\n      - name: first\n        type: \(first)\n" + types)
    }

    static func responseTableRows(_ files: [OutputFile]) throws -> Int {
        let page = try #require(files.first { $0.path.hasSuffix("get_item.md") })
        let section = try #require(page.contents.components(separatedBy: "## Response").last)
        return section.split(separator: "\n").filter { $0.hasPrefix("| `") }.count
    }

    @Test func aChainOfTwoThousandTypesGeneratesWithATableOfBoundedDepth() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": Self.endpoint(first: "Link0", types: Self.chain(2_000)),
        ])])
        #expect(files.filter { $0.path.hasPrefix("ShopAPI/Models/Link") }.count == 2_000)
        // The response type's one row, then two for each of the 32 levels below it.
        #expect(try Self.responseTableRows(files) == 1 + 2 * ResponseTable.namedTypeDepthLimit)
    }

    @Test func aCycleAtTheEndOfALongChainIsFound() {
        let diagnostics = TestSpec.diagnostics([
            "api.yaml": TestSpec.apiFile,
            "get_item.yaml": Self.endpoint(first: "Link0", types: Self.chain(2_000, closingCycle: true)),
        ])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Spec/shop/get_item.yaml:16:3: error: type 'Link0' contains itself: Link0 → Link1 → Link2 →") == true)
        #expect(diagnostics.first?.hasSuffix("→ Link1999 → Link0; use a list or remove a field") == true)
    }

    @Test func typesSharedAlongTwoToTheFortyPathsGiveABoundedTable() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": Self.endpoint(first: "Level0", types: Self.diamonds(40)),
        ])])
        let rows = try Self.responseTableRows(files)
        // Every path until the table is full, then each type once more at most: 3 rows per type.
        #expect(rows >= ResponseTable.repeatedTypeRowLimit)
        #expect(rows <= ResponseTable.repeatedTypeRowLimit + 3 * 40 + 3 * ResponseTable.namedTypeDepthLimit)
    }
}
