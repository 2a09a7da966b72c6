import Foundation
import Testing

/// `specgen export-openapi`: its help, its output to standard output or a file (JSON or YAML),
/// choosing an API, and refusing what it cannot do with a message and a non-zero status.
@Suite("specgen export-openapi")
struct ExportOpenAPICommandTests {
    let directory = FileManager.default.temporaryDirectory

    static let bareAPI = "specgen: 1\napi:\n  name: Bare\n  module: BareAPI\n  title: Bare API\n  version: \"3\"\n"

    /// A spec root holding one folder per API of `apis` (folder name → the API file's text).
    func specRoot(_ apis: [String: String]) throws -> URL {
        let root = directory.appendingPathComponent("specgen-export-\(UUID().uuidString)")
        for (folder, text) in apis {
            let api = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
            try text.write(to: api.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func helpDocumentsEveryOption() throws {
        let run = try SpecgenCommand.run(["export-openapi", "--help"], in: directory)
        #expect(run.status == 0)
        let help = run.standardOutput
        #expect(help.first == "OVERVIEW: Writes one API of the spec folder as an OpenAPI 3.1 document (JSON or")
        #expect(help.contains("USAGE: specgen export-openapi [--spec <spec>] [--api <name>] [--format <format>] [--output <file>]"))
        #expect(help.contains("  --format <format>     json or yaml. (default: json)"))
        #expect(help.contains("  --output <file>       The file to write; - for standard output. (default: -)"))
        #expect(help.contains { $0.hasPrefix("  --api <name>          The API to export, by its name or its folder's;") })
        // The synopsis is one line however long; everything else is wrapped.
        #expect(help.filter { !$0.hasPrefix("USAGE: ") }.allSatisfy { $0.count <= 80 })
    }

    @Test func writesJSONToStandardOutputAndYAMLOnRequest() throws {
        let root = try specRoot(["bare": Self.bareAPI])
        defer { try? FileManager.default.removeItem(at: root) }
        let json = try SpecgenCommand.run(["export-openapi", "--spec", root.path], in: directory)
        #expect(json.status == 0)
        #expect(json.standardError.isEmpty)
        #expect(Array(json.standardOutput.prefix(4)) == ["{", "  \"openapi\": \"3.1.0\",", "  \"info\": {", "    \"title\": \"Bare API\","])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.standardOutput.joined(separator: "\n").utf8)) as? [String: Any]
        #expect((decoded?["info"] as? [String: Any])?["version"] as? String == "3")

        let yaml = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--format", "yaml", "--output", "-"], in: directory)
        #expect(yaml.status == 0)
        #expect(Array(yaml.standardOutput.prefix(4)) == ["openapi: \"3.1.0\"", "info:", "  title: Bare API", "  version: \"3\""])
    }

    @Test func writesAFileOnlyWhenItsContentChanges() throws {
        let root = try specRoot(["bare": Self.bareAPI])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("out/bare.openapi.json")
        let first = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--output", file.path], in: directory)
        #expect(first.status == 0)
        #expect(first.standardOutput.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"openapi\": \"3.1.0\""))
        let stamp = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--output", file.path], in: directory)
        #expect(second.status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == stamp)
        #expect(try String(contentsOf: file, encoding: .utf8) == written)
    }

    @Test func severalAPIsNeedAChoiceByNameOrFolder() throws {
        let other = "specgen: 1\napi:\n  name: Other\n  module: OtherAPI\n  title: Other API\n"
        let root = try specRoot(["bare": Self.bareAPI, "zother": other])
        defer { try? FileManager.default.removeItem(at: root) }
        let unchosen = try SpecgenCommand.run(["export-openapi", "--spec", root.path], in: directory)
        #expect(unchosen.status == 1)
        #expect(unchosen.standardOutput.isEmpty)
        #expect(unchosen.standardError == ["error: \(root.path) holds several APIs (Bare, Other); choose one with --api"])
        let byName = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--api", "Other"], in: directory)
        #expect(byName.status == 0)
        #expect(byName.standardOutput.contains("    \"title\": \"Other API\","))
        let byFolder = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--api", "zother"], in: directory)
        #expect(byFolder.standardOutput == byName.standardOutput)
        let unknown = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--api", "Nope"], in: directory)
        #expect(unknown.status == 1)
        #expect(unknown.standardError == ["error: \(root.path) has no API named 'Nope'; its APIs: Bare, Other"])
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try SpecgenCommand.run(["export-openapi", "--format", "xml"], in: directory)
        #expect(run.status == 64)
        #expect(run.standardError.first == "error: '--format' must be json or yaml, not 'xml'")
        #expect(run.standardError.dropFirst().first?.hasPrefix("Usage: specgen export-openapi ") == true)
    }

    @Test func specErrorsAreLocatedAndNothingIsWritten() throws {
        let root = try specRoot(["bare": Self.bareAPI + "  colour: red\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("bare.openapi.json")
        let run = try SpecgenCommand.run(["export-openapi", "--spec", root.path, "--output", file.path], in: directory)
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.first?.hasPrefix("\(root.path)/bare/api.yaml:7:3: error: unknown key 'colour'") == true)
        #expect(run.standardError.last == "1 error; nothing was written.")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
