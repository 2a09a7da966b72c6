import Foundation
import Testing
@testable import OpenAPIImport
import SpecGenKit

/// The five real documents: each imports, lints, and generates Swift (compiled by
/// `.ci/openapi-import-check`), with counts and particular mappings and warnings asserted.
@Suite("Real OpenAPI documents")
struct RealDocumentTests {
    struct Expected: Sendable, CustomStringConvertible {
        var folder: String
        var file: String
        var endpoints: Int
        var types: Int
        var warnings: Int
        var description: String { folder }
    }

    static let documents = [
        Expected(folder: "petstore", file: "openapi.yaml", endpoints: 19, types: 9, warnings: 13),
        Expected(folder: "museum", file: "openapi.yaml", endpoints: 8, types: 8, warnings: 2),
        Expected(folder: "box", file: "openapi.json", endpoints: 294, types: 1075, warnings: 58),
        Expected(folder: "openai", file: "openapi.yaml", endpoints: 288, types: 3591, warnings: 112),
        Expected(folder: "twilio", file: "twilio_api_v2010.yaml", endpoints: 197, types: 392, warnings: 12),
    ]

    /// Each document imported once for all the tests (the large ones take seconds in a debug build).
    static let imported: [String: Result<ImportedSpec, ImportError>] = Dictionary(uniqueKeysWithValues: documents.map { expected in
        let path = ImportTestSupport.documents.appendingPathComponent(expected.folder).appendingPathComponent(expected.file).path
        return (expected.folder, Result { () throws(ImportError) in
            try OpenAPIImporter.makeSpec(ImportOptions(document: path, output: expected.folder, documentName: "\(expected.folder)/\(expected.file)"))
        })
    })

    static func importDocument(_ folder: String, _ file: String) throws -> ImportedSpec {
        try #require(imported[folder]).get()
    }

    /// Import → lint (inside makeSpec) → generate.
    @Test(arguments: documents)
    func importsLintsAndGenerates(_ expected: Expected) throws {
        let spec = try Self.importDocument(expected.folder, expected.file)
        #expect(spec.endpointCount == expected.endpoints)
        #expect(spec.typeCount == expected.types)
        #expect(spec.warnings.count == expected.warnings)
        #expect(spec.files.count == expected.endpoints + 1)
        let api = spec.api
        #expect(api.endpoints.count == expected.endpoints)
        #expect(api.types.count == expected.types)
        let source = SpecSource(
            folderName: expected.folder,
            files: spec.files.map { SpecSource.File(relativePath: $0.path, displayPath: $0.path, bytes: Array($0.contents.utf8)) })
        let output = try Generator().output([source])
        #expect(output.files.contains { $0.path.hasSuffix("Client.swift") })
        #expect(output.files.filter { $0.path.contains("/Requests/") && !$0.path.hasSuffix("+Arguments.swift") }.count == expected.endpoints)
    }

    @Test func petstore() throws {
        let spec = try Self.importDocument("petstore", "openapi.yaml")
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.contains(
            "petstore/openapi.yaml: #/paths/~1pet/post/requestBody/content/application~1xml: warning: only application/json and form bodies are imported; application/xml dropped"))
        #expect(warnings.contains(
            "petstore/openapi.yaml: #/paths/~1pet/post/requestBody/content/application~1x-www-form-urlencoded: warning: one body per endpoint is imported (application/json); application/x-www-form-urlencoded dropped"))
        #expect(warnings.contains(
            "petstore/openapi.yaml: #/components/securitySchemes/petstore_auth: warning: OAuth 2 / OpenID Connect flows are not imported; the client takes the access token, sent as a bearer token"))
        let findByTags = ImportTestSupport.file(spec, "find_pets_by_tags.yaml")
        #expect(findByTags.contains("    - name: tags\n      type: string\n      list: \",\"\n      list_style: repeated\n"))
        #expect(findByTags.contains("  response:\n    type: list\n    items: Pet\n"))
        let api = ImportTestSupport.file(spec, "api.yaml")
        #expect(api.contains("    - name: petstore3_swagger_io\n      url: https://petstore3.swagger.io/api/v3\n"))
    }

    @Test func museum() throws {
        let spec = try Self.importDocument("museum", "openapi.yaml")
        #expect(spec.warnings.map(\.description) == [
            "museum/openapi.yaml: #/paths/~1tickets~1{ticketId}~1qr/get/responses/200/content: warning: the 200 response has no JSON body (image/png); the response is json",
            "museum/openapi.yaml: #/webhooks: warning: webhooks cannot be expressed; 1 dropped",
        ])
        let event = ImportTestSupport.file(spec, "get_special_event.yaml")
        #expect(event.contains("  path: /special-events/{eventId}\n"))
        #expect(event.contains("  path_parameters:\n    - name: eventId\n      type: string\n"))
    }

    @Test func box() throws {
        let spec = try Self.importDocument("box", "openapi.json")
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.contains(
            "box/openapi.json: #/paths/~1files~1{file_id}#get_shared_link/get: warning: the path's fragment '#get_shared_link' is never sent; dropped"))
        #expect(warnings.contains { $0.contains(": warning: only application/json and form bodies are imported; multipart/form-data dropped") })
        // allOf inheritance: a Mini's fields and the full type's own, in one object.
        let api = spec.api
        let folder = try #require(api.type(named: "Folder"))
        guard case .object(let fields) = folder.body else { Issue.record("Folder is not an object"); return }
        #expect(fields.map(\.name).prefix(4) == ["id", "etag", "type", "sequence_id"])
        #expect(fields.count > 20)
    }

    @Test func openai() throws {
        let spec = try Self.importDocument("openai", "openapi.yaml")
        let api = spec.api
        let unions = api.types.filter { if case .union = $0.body { true } else { false } }
        #expect(unions.count > 100)
        #expect(spec.warnings.first?.description.hasPrefix(
            "openai/openapi.yaml: #: warning: the document does not follow OpenAPI 3.1 strictly (OpenAPIKit: ") == true)
        let text = ImportTestSupport.file(spec, "api.yaml")
        #expect(text.contains("    discriminator: role\n"))
    }

    @Test func twilio() throws {
        let spec = try Self.importDocument("twilio", "twilio_api_v2010.yaml")
        let forms = spec.files.filter { $0.contents.contains("    content_type: application/x-www-form-urlencoded\n") }
        #expect(forms.count > 50)
        let api = ImportTestSupport.file(spec, "api.yaml")
        #expect(api.contains("  auth:\n    - scheme: basic\n      name: account_sid_auth_token\n"))
    }
}
