import ArgumentParser
import OpenAPIImport

import Foundation

/// `specgen-openapi import <document> --output <folder>`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Writes a spec folder (api.yaml and one file per operation) from an OpenAPI 3.0 or 3.1 document.",
        discussion: """
            The document may be JSON or YAML. What the spec format cannot say is imported as the nearest \
            thing it can (often `json`) and reported on stderr as `<document>: <json-pointer>: warning: ...`. \
            The spec is linted before anything is written; an error (not OpenAPI, an unsupported version, a \
            broken or circular $ref, a document past --max-size, unreadable JSON or YAML) writes nothing and \
            exits with status 1. Files are written atomically and only when their content changed; a folder \
            holding other spec files is refused.
            """)

    @Argument(help: "The OpenAPI document (.json, .yaml or .yml).")
    var document: String

    @Option(name: .long, help: "The spec folder to write (created if needed).")
    var output: String

    @Option(name: .long, help: "The API's name, PascalCase (default: from the document's title).")
    var name: String?

    @Option(name: .long, help: "The Swift module's name (default: the API's name followed by API).")
    var module: String?

    @Option(name: .long, help: "The largest document read, in bytes (64 MiB by default).")
    var maxSize: Int = ImportOptions.defaultMaxBytes

    @Flag(name: .shortAndLong, help: "Print no summary (warnings are still printed).")
    var quiet = false

    func run() throws {
        let options = ImportOptions(document: document, output: output, name: name, module: module, maxBytes: maxSize)
        do {
            let spec = try OpenAPIImporter.makeSpec(options)
            for warning in spec.warnings {
                printToStandardError(warning.description)
            }
            try OpenAPIImporter.write(spec, to: output)
            if !quiet {
                print("Imported \(spec.endpointCount) endpoints and \(spec.typeCount) types into \(output) (\(spec.warnings.count) warnings).")
            }
        } catch {
            printToStandardError(error.description)
            throw ExitCode.failure
        }
    }
}

func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
