import Testing
@testable import SpecGenKit

/// Output paths are checked at validation, where the spec names them: a name too long for a file
/// system, and files or folders that are one on a case-insensitive file system.
@Suite("Output path validation")
struct OutputPathValidationTests {
    private func endpointFile(name: String) -> String {
        TestSpec.endpoint("").replacingOccurrences(of: "name: get_item", with: "name: \(name)")
    }

    /// 237 bytes is the longest file name (255 less the temporary's 18): a type whose Swift file
    /// name is exactly that passes, one byte more is a located error.
    @Test func fileNameLengthLimitCountsTheTemporarysBytes() {
        let fitting = "Item" + String(repeating: "Detail", count: 37) + "Extra"
        #expect(fitting.utf8.count + ".swift".utf8.count == 237)
        let types = TestSpec.defaultTypes + "\n  \(fitting):\n    kind: object\n    fields:\n      - name: id\n        type: integer\n"
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint("", types: types)]).isEmpty)

        let tooLong = fitting + "s"
        let longTypes = types.replacingOccurrences(of: fitting, with: tooLong)
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint("", types: longTypes)]) == [
            "Spec/shop/get_item.yaml:17:3: error: type '\(tooLong)' makes the file name '\(tooLong).swift' 238 bytes long; "
                + "a generated file's name may have at most 237 bytes (the 255 a file system takes, less 18 for the "
                + "temporary file written first); use a shorter name",
        ])
    }

    /// Bytes, not characters: 'é' is two.
    @Test func lengthsAreCountedInUTF8Bytes() {
        let name = "Caf" + String(repeating: "é", count: 116)
        let types = TestSpec.defaultTypes + "\n  \(name):\n    kind: object\n    fields:\n      - name: id\n        type: integer\n"
        let diagnostics = TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint("", types: types)])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("makes the file name '\(name).swift' 241 bytes long") == true)
    }

    /// An endpoint called `readme` writes `readme.md` beside the index page `README.md`: one file on
    /// macOS. Both places are named.
    @Test func docsPagesAreComparedCaseFolded() {
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpointFile(name: "readme")]) == [
            "Spec/shop/get_item.yaml:3:3: error: endpoint 'readme' writes 'Docs/Shop/readme.md', which is "
                + "'Docs/Shop/README.md' of API 'Shop' on a case-insensitive file system (macOS's default); rename one "
                + "(first at Spec/shop/api.yaml:3:3)",
        ])
    }

    /// Two APIs whose modules differ only in case would share one folder on macOS, and a module
    /// called `Docs` would hold every API's docs (and sweep them as its own stale files).
    @Test func foldersOfDifferentAPIsMustNotMeet() {
        func api(name: String, module: String) -> SpecSource {
            let file = TestSpec.apiFile.replacingOccurrences(of: "name: Shop\n", with: "name: \(name)\n")
                .replacingOccurrences(of: "module: ShopAPI", with: "module: \(module)")
            return TestSpec.source(["api.yaml": file], folder: name.lowercased())
        }
        func diagnostics(_ sources: [SpecSource]) -> [String] {
            do {
                _ = try Generator().validatedSpecs(sources)
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(diagnostics([api(name: "Shop", module: "ShopAPI"), api(name: "Store", module: "Shopapi")]) == [
            "Spec/store/api.yaml:3:3: error: module 'Shopapi' writes into the folder 'Shopapi', which on a case-insensitive "
                + "file system is or shares the folder 'ShopAPI' of module 'ShopAPI'; each module and docs folder must be "
                + "its own (first at Spec/shop/api.yaml:3:3)",
        ])
        #expect(diagnostics([api(name: "Shop", module: "ShopAPI"), api(name: "Store", module: "Docs")]) == [
            "Spec/store/api.yaml:3:3: error: module 'Docs' writes into the folder 'Docs', which on a case-insensitive "
                + "file system is or shares the folder 'Docs/Shop' of the docs of API 'Shop'; each module and docs folder "
                + "must be its own (first at Spec/shop/api.yaml:3:3)",
        ])
    }

    /// The OpenAPI exports go to `OpenAPI/<folder>.openapi.json`: a module of that name (in any case)
    /// would hold them among its Swift sources, and two API folders differing only in case would
    /// write one export.
    @Test func theOpenAPIExportsHaveAFolderAndANameOfTheirOwn() {
        let module = TestSpec.apiFile.replacingOccurrences(of: "module: ShopAPI", with: "module: Openapi")
        #expect(TestSpec.diagnostics(["api.yaml": module]) == [
            "Spec/shop/api.yaml:3:3: error: module 'Openapi' writes into the folder 'Openapi', where `specgen generate` "
                + "writes the OpenAPI exports ('OpenAPI/shop.openapi.json'); rename it",
        ])
        let store = TestSpec.apiFile.replacingOccurrences(of: "name: Shop\n", with: "name: Store\n")
            .replacingOccurrences(of: "module: ShopAPI", with: "module: StoreAPI")
        var diagnostics: [String] = []
        do {
            _ = try Generator().validatedSpecs([
                TestSpec.source(["api.yaml": TestSpec.apiFile], folder: "shop"),
                TestSpec.source(["api.yaml": store], folder: "Shop"),
            ])
        } catch {
            diagnostics = error.diagnostics.map(\.description)
        }
        #expect(diagnostics == [
            "Spec/Shop/api.yaml:3:3: error: the OpenAPI export of API 'Store' writes 'OpenAPI/Shop.openapi.json', which is "
                + "'OpenAPI/shop.openapi.json' of the OpenAPI export of API 'Shop' on a case-insensitive file system "
                + "(macOS's default); rename one (first at Spec/shop/api.yaml:3:3)",
        ])
    }
}
