import Testing
@testable import SpecGenKit

/// Structural problems: each reported at its own line and column, all of them at once.
@Suite("Loader diagnostics")
struct LoaderDiagnosticsTests {
    @Test func validSpecHasNoDiagnostics() {
        let endpoint = TestSpec.endpoint("""
              parameters:
                - name: limit
                  type: integer
                  minimum: 0
            """)
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpoint]) == [])
    }

    @Test func unknownKeysAreReportedWithSuggestionsAndPositions() {
        let endpoint = TestSpec.endpoint("""
              parameters:
                - name: limit
                  type: integer
                  minimun: 0
                - name: page
                  typ: integer
            """)
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpoint]) == [
            "Spec/shop/get_item.yaml:12:7: error: unknown key 'minimun' in parameter; did you mean 'minimum'?",
            "Spec/shop/get_item.yaml:13:7: error: missing required key 'type' in parameter",
            "Spec/shop/get_item.yaml:14:7: error: unknown key 'typ' in parameter; did you mean 'type'?",
        ])
    }

    @Test func wrongValueTypesAndUnknownTypeNames() {
        let endpoint = TestSpec.endpoint("""
              parameters:
                - name: limit
                  type: integr
                  required: maybe
            """)
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpoint]) == [
            "Spec/shop/get_item.yaml:11:13: error: 'integr' is not a valid type; expected one of 'string', 'integer', 'number', 'boolean', 'date', 'datetime', 'enum' or an enum type of 'types'; did you mean 'integer'?",
            "Spec/shop/get_item.yaml:12:17: error: 'required' must be true or false, found a string",
        ])
    }

    @Test func yamlSyntaxErrorsPointIntoTheFile() {
        let broken = "specgen: 1\nendpoint:\n  name: \"unclosed\n"
        let diagnostics = TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "broken.yaml": broken])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Spec/shop/broken.yaml:") == true)
        #expect(diagnostics.first?.contains("error:") == true)
    }

    @Test func duplicateYAMLKeysAreErrors() {
        let api = TestSpec.apiFile + "types:\n  A:\n    kind: enum\n    values: [x]\n  A:\n    kind: enum\n    values: [y]\n"
        let diagnostics = TestSpec.diagnostics(["api.yaml": api])
        #expect(diagnostics == ["Spec/shop/api.yaml:19:3: error: duplicate key 'A' (first at 16:3)"])
    }

    @Test func errorsInSeveralFilesAreAllReported() {
        let endpoint = TestSpec.endpoint("  methd: GET")
        let api = TestSpec.apiFile.replacingOccurrences(of: "scheme: basic", with: "scheme: digest")
        #expect(TestSpec.diagnostics(["api.yaml": api, "get_item.yaml": endpoint]) == [
            "Spec/shop/api.yaml:10:13: error: 'digest' is not a valid scheme; expected one of 'basic', 'bearer', 'api_key', 'header_token', 'none'",
            "Spec/shop/get_item.yaml:9:3: error: unknown key 'methd' in endpoint; did you mean 'method'?",
        ])
    }

    @Test func emptyFileAndMissingAPIFile() {
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "empty.yaml": ""]) == [
            "Spec/shop/empty.yaml:1:1: error: file is empty; expected an 'api:' or 'endpoint:' section",
        ])
        #expect(TestSpec.diagnostics(["get_item.yaml": TestSpec.endpoint("")]) == [
            "Spec/shop/get_item.yaml:1:1: error: no file of 'shop' has an 'api:' section",
        ])
    }

    @Test func unsupportedFormatVersion() {
        let api = TestSpec.apiFile.replacingOccurrences(of: "specgen: 1", with: "specgen: 2")
        #expect(TestSpec.diagnostics(["api.yaml": api]) == [
            "Spec/shop/api.yaml:1:10: error: unsupported spec format version 2; this specgen reads version 1",
        ])
    }
}
