import Foundation
import Testing
@testable import OpenAPIImport
import SpecGenKit

/// Paths and helpers the import tests share.
enum ImportTestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let documents = testsFolder.appendingPathComponent("Documents")
    static let golden = testsFolder.appendingPathComponent("Golden")

    /// A fresh, empty folder under the system's temporary folder.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-import-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` as a document named `name` in a fresh folder and returns its path.
    static func document(_ text: String, name: String = "doc.yaml") throws -> String {
        let folder = try temporaryFolder("doc")
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports an inline document (no writing) into a spec whose output folder is named `api`.
    static func importText(_ text: String, name: String = "doc.yaml") throws -> ImportedSpec {
        try OpenAPIImporter.makeSpec(ImportOptions(document: try document(text, name: name), output: "/nonexistent/api", name: "Test"))
    }

    /// The text of one imported file.
    static func file(_ spec: ImportedSpec, _ path: String) -> String {
        spec.files.first { $0.path == path }?.contents ?? ""
    }

    /// A minimal 3.1 document around `paths` and `schemas` (YAML, indented as given).
    static func openAPI(version: String = "3.1.0", paths: String = "  {}", schemas: String? = nil, extra: String = "") -> String {
        var text = """
            openapi: \(version)
            info:
              title: Test
              version: "1"
            servers:
              - url: https://api.example.com/v1
            paths:
            \(paths)

            """
        if let schemas { text += "components:\n  schemas:\n" + schemas + "\n" }
        return text + extra
    }
}
