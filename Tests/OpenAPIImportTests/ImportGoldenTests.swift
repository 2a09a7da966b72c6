import Foundation
import Testing
@testable import OpenAPIImport

/// The spec folders imported from petstore and museum, compared byte for byte with Golden/.
/// To re-record them after an intended change, run
/// `SPECGEN_RECORD_OPENAPI_GOLDEN=1 swift test --filter ImportGoldenTests` and review the diff.
@Suite("Imported spec goldens")
struct ImportGoldenTests {
    static let record = ProcessInfo.processInfo.environment["SPECGEN_RECORD_OPENAPI_GOLDEN"] == "1"

    @Test(arguments: [("petstore", "openapi.yaml"), ("museum", "openapi.yaml")])
    func importedFolderMatchesGolden(name: String, file: String) throws {
        // Named by its path from the package root, as a user would type it, so the goldens are stable.
        let path = ImportTestSupport.documents.appendingPathComponent(name).appendingPathComponent(file).path
        let spec = try OpenAPIImporter.makeSpec(
            ImportOptions(document: path, output: name, documentName: "Tests/OpenAPIImportTests/Documents/\(name)/\(file)"))
        let folder = ImportTestSupport.golden.appendingPathComponent(name)
        if Self.record {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in spec.files { try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.path)) }
            try Data((spec.warnings.map(\.description).joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("warnings.txt"))
        }
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(committed == spec.files.map(\.path).sorted())
        for file in spec.files {
            let expected = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(expected == file.contents, "\(name)/\(file.path) differs from the golden; re-record if intended")
        }
        let warnings = try String(contentsOf: folder.appendingPathComponent("warnings.txt"), encoding: .utf8)
        #expect(warnings == spec.warnings.map(\.description).joined(separator: "\n") + "\n")
    }
}
