import Foundation
import Testing
@testable import OpenAPIImport

/// Bad input is refused with a clear message, a non-zero exit in the tool, and nothing written.
@Suite("Import errors")
struct ImportErrorTests {
    /// Runs the import into a fresh folder; the error, after checking that the folder is still empty.
    private func failure(_ text: String, name: String = "doc.yaml", maxBytes: Int = ImportOptions.defaultMaxBytes) throws -> ImportError {
        let output = try ImportTestSupport.temporaryFolder("out").appendingPathComponent("api").path
        let path = try ImportTestSupport.document(text, name: name)
        do {
            try OpenAPIImporter.run(ImportOptions(document: path, output: output, maxBytes: maxBytes))
        } catch {
            #expect(!FileManager.default.fileExists(atPath: output), "nothing is written on an error")
            return error
        }
        Issue.record("the import succeeded")
        return ImportError(kind: .lint, document: "", message: "")
    }

    @Test func notOpenAPI() throws {
        let error = try failure("{\"title\": \"a JSON file\"}", name: "doc.json")
        #expect(error.kind == .notOpenAPI)
        #expect(error.description.hasSuffix("doc.json: error: not an OpenAPI document: it has no 'openapi' key"))
    }

    @Test func swagger2() throws {
        let error = try failure("swagger: \"2.0\"\ninfo: {title: Old, version: \"1\"}\npaths: {}\n")
        #expect(error.kind == .notOpenAPI)
        #expect(error.message == "a Swagger 2.0 document, not OpenAPI 3; convert it to OpenAPI 3 first (for example with swagger2openapi)")
    }

    @Test func unsupportedVersion() throws {
        let error = try failure("openapi: 4.0.0\ninfo: {title: New, version: \"1\"}\npaths: {}\n")
        #expect(error.kind == .unsupportedVersion)
        #expect(error.message == "OpenAPI 4.0.0 is not supported; this import reads 3.0.x and 3.1.x")
    }

    @Test func brokenReference() throws {
        let error = try failure(ImportTestSupport.openAPI(schemas: """
                Thing:
                  type: object
                  properties:
                    owner: {$ref: '#/components/schemas/Missing'}
            """))
        #expect(error.kind == .brokenReference)
        #expect(error.description.hasSuffix(
            "doc.yaml:#/components/schemas/Thing/properties/owner/$ref: error: $ref '#/components/schemas/Missing' points to nothing in this document"))
    }

    @Test func externalReference() throws {
        let error = try failure(ImportTestSupport.openAPI(schemas: "    Thing: {$ref: 'other.yaml#/Thing'}"))
        #expect(error.kind == .brokenReference)
        #expect(error.message == "$ref 'other.yaml#/Thing' points into another document; only references within the document are imported")
    }

    @Test func referenceCycle() throws {
        let error = try failure(ImportTestSupport.openAPI(schemas: """
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """))
        #expect(error.kind == .referenceCycle)
        #expect(error.description.hasSuffix(
            "doc.yaml:#/components/schemas/A: error: $ref cycle: '#/components/schemas/A' is defined as itself (through $ref and allOf only), which no type can express"))
    }

    @Test func allOfCycle() throws {
        let error = try failure(ImportTestSupport.openAPI(schemas: """
                A:
                  allOf:
                    - $ref: '#/components/schemas/B'
                    - {type: object, properties: {a: {type: string}}}
                B:
                  allOf:
                    - $ref: '#/components/schemas/A'
                    - {type: object, properties: {b: {type: string}}}
            """))
        #expect(error.kind == .referenceCycle)
    }

    @Test func documentPastTheSizeLimit() throws {
        let text = ImportTestSupport.openAPI()
        let error = try failure(text, maxBytes: 100)
        #expect(error.kind == .tooLarge)
        #expect(error.message == "the document is larger than 100 bytes (100 bytes), the most this import reads; pass --max-size BYTES to allow more")
        #expect(ImportOptions.defaultMaxBytes == 64 << 20)
    }

    @Test func unreadableYAMLAndJSONGiveLineAndColumn() throws {
        let yaml = try failure("openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
        #expect(yaml.kind == .unreadable)
        #expect(yaml.description.contains("doc.yaml:4:1: error: not valid JSON or YAML: "))
        let json = try failure("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"x\",, }\n}\n", name: "doc.json")
        #expect(json.kind == .unreadable)
        #expect(json.description.contains("doc.json:3:"))
    }

    @Test func badNamesAreRefused() throws {
        let path = try ImportTestSupport.document(ImportTestSupport.openAPI())
        let output = try ImportTestSupport.temporaryFolder("names").appendingPathComponent("api").path
        #expect(throws: ImportError.self) { try OpenAPIImporter.run(ImportOptions(document: path, output: output, name: "my api")) }
        #expect(throws: ImportError.self) { try OpenAPIImporter.run(ImportOptions(document: path, output: output, module: "9Module")) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aFolderWithOtherSpecFilesIsRefused() throws {
        let output = try ImportTestSupport.temporaryFolder("busy")
        try Data("specgen: 1\n".utf8).write(to: output.appendingPathComponent("mine.yaml"))
        let path = try ImportTestSupport.document(ImportTestSupport.openAPI())
        #expect(throws: ImportError.self) { try OpenAPIImporter.run(ImportOptions(document: path, output: output.path)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["mine.yaml"])
    }

    @Test func reimportRewritesOnlyWhatChanged() throws {
        let output = try ImportTestSupport.temporaryFolder("again").appendingPathComponent("api").path
        let path = try ImportTestSupport.document(ImportTestSupport.openAPI())
        let first = try OpenAPIImporter.run(ImportOptions(document: path, output: output))
        let second = try OpenAPIImporter.run(ImportOptions(document: path, output: output))
        #expect(first.files == second.files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["api.yaml"])
    }
}
