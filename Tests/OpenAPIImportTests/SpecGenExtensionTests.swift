import Foundation
import Testing
@testable import OpenAPIImport

/// The `x-specgen-*` keys of specgen's own export: read back into the spec keys they stand for, and
/// a value the import cannot use is a warning at its JSON pointer, never dropped silently.
@Suite("specgen's OpenAPI extensions")
struct SpecGenExtensionTests {
    static func exportLike(info: String = "", top: String = "", operation: String = "") -> String {
        ImportTestSupport.openAPI(
            paths: """
                  /items:
                    get:
                      operationId: list_items
                      description: |-
                        Lists items.

                        The schema is the documented shape (x-specgen-leniency).
                      responses:
                        "200":
                          description: The items.
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Item"
            \(operation)
            """,
            schemas: """
                Item:
                  type: object
                  properties:
                    unit_price:
                      type: string
                      x-specgen-as-string: number
                      x-specgen-swift-name: price
                    state:
                      type: string
                      enum: [ACTIVE]
                      x-specgen-aliases: {ACTIVE: [on]}
                      x-specgen-type-name: State
            """,
            extra: top
        ).replacingOccurrences(of: "  version: \"1\"\n", with: "  version: \"1\"\n  x-specgen-module: ShopAPI\n" + info)
    }

    @Test("API name and module, leniency and time zone come back; the export's sentences leave descriptions")
    func apiKeys() throws {
        let spec = try ImportTestSupport.importText(
            Self.exportLike(info: "  x-specgen-name: Shop\n", top: "x-specgen-leniency: [collapsed_lists]\nx-specgen-time-zone: \"+05:30\"\n"))
        #expect(spec.api.name == "Test")  // --name wins over the document
        let api = ImportTestSupport.file(spec, "api.yaml")
        #expect(api.contains("  module: ShopAPI\n"))
        #expect(api.contains("  leniency: [collapsed_lists]\n"))
        #expect(api.contains("  time_zone: \"+05:30\"\n") || api.contains("  time_zone: '+05:30'\n"))
        let endpoint = ImportTestSupport.file(spec, "list_items.yaml")
        #expect(endpoint.contains("description: Lists items.\n"))
        #expect(!endpoint.contains("x-specgen"))
        #expect(spec.warnings.isEmpty)
    }

    @Test("Fields get their swift_name, as_string and the enum declared in place with its aliases")
    func fieldKeys() throws {
        let spec = try ImportTestSupport.importText(Self.exportLike())
        let api = ImportTestSupport.file(spec, "api.yaml")
        #expect(api.contains("""
                  - name: unit_price
                    swift_name: price
                    type: number
                    as_string: true
            """))
        #expect(api.contains("""
                  - name: state
                    type: enum
                    type_name: State
            """))
        #expect(api.contains("aliases: [on]") || api.contains("aliases: ['on']") || api.contains("aliases: [\"on\"]"))
        #expect(!api.contains("ItemState:"))
    }

    @Test("A value the import cannot use is a warning at its pointer")
    func unusableValues() throws {
        let path = try ImportTestSupport.document(Self.exportLike(
            info: "  x-specgen-name: not a name\n",
            top: "x-specgen-time-zone: 5\nx-specgen-outcome: [1]\n",
            operation: "          x-specgen-idempotent: sometimes\n        x-specgen-operations: {}\n"))
        let spec = try OpenAPIImporter.makeSpec(ImportOptions(document: path, output: "/nonexistent/api"))
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("#/info/x-specgen-name: warning: x-specgen-name must be a PascalCase identifier") })
        #expect(warnings.contains { $0.contains("#/x-specgen-time-zone: warning: x-specgen-time-zone must be a string; ignored") })
        #expect(warnings.contains { $0.contains("#/x-specgen-outcome: warning: x-specgen-outcome must be an object") })
        #expect(warnings.contains { $0.contains("#/paths/~1items/get/x-specgen-idempotent: warning: x-specgen-idempotent must be true or false") })
        #expect(warnings.contains { $0.contains("#/paths/~1items/x-specgen-operations: warning: x-specgen-operations: the later endpoints") })
    }

    @Test("Without the export's marker, a document imports as before: its sentences and keys are its own")
    func otherDocuments() {
        let text = "Read it (x-specgen-leniency)."
        #expect(ExportSentences.withoutSentences("Intro.\n\n" + text) == "Intro.")
        let document = JSONTree.object([(key: "info", value: .object([(key: "description", value: .string(text))]))])
        #expect(ExportSentences.removed(from: document) == document)
    }
}
