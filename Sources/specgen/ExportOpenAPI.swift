import SpecGenKit

/// `specgen export-openapi`: one API of a spec folder as an OpenAPI 3.1 document, for the tools
/// that read OpenAPI (Swagger UI, Postman, other languages' generators).
enum ExportOpenAPI {
    static let definition = CommandDefinition(
        name: "export-openapi",
        abstract: "Writes one API of the spec folder as an OpenAPI 3.1 document (JSON or YAML).",
        discussion: "Response schemas are the documented shapes; what OpenAPI cannot say (leniency, outcomes, "
            + "parameter groups and rules) is in x-specgen-* extensions and in descriptions. The same spec "
            + "always gives the same bytes. `generate` also writes each API's document as "
            + "OpenAPI/<folder>.openapi.json in the output folder.",
        options: [
            .value("spec", "spec", default: "Spec", help: "The folder of spec files (one subfolder per API)."),
            .optionalValue("api", "name", help: "The API to export, by its name or its folder's; needed only when the spec folder has several."),
            .value("format", "format", default: "json", help: "json or yaml."),
            .value("output", "file", default: "-", help: "The file to write; - for standard output."),
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let format = arguments.value("format")
        guard format == "json" || format == "yaml" else {
            throw UsageError(message: "'--format' must be json or yaml, not '\(format)'")
        }
        let spec = arguments.value("spec")
        guard let apis = reportingSpecErrors({ try Generator().validatedSpecs(try SpecSource.discover(root: spec)) }) else {
            return 1
        }
        guard let api = choose(from: apis, named: arguments.optionalValue("api"), spec: spec) else { return 1 }
        let exporter = OpenAPIExporter(api: api)
        let text = format == "json" ? exporter.json() : exporter.yaml()
        let output = arguments.value("output")
        guard output != "-" else {
            print(text, terminator: "")
            return 0
        }
        // Through the same plan as generated files: written atomically, and only when it changed.
        let (folder, name) = split(output)
        try OutputPlan.make(files: [OutputFile(path: name, contents: text)], root: folder, folders: []).apply()
        return 0
    }

    /// The API `name` names (its `api.name` or its folder's name), or the only one; nil after
    /// saying why there is none.
    private static func choose(from apis: [APISpec], named name: String?, spec: String) -> APISpec? {
        let names = apis.map(\.name).joined(separator: ", ")
        guard let name else {
            guard apis.count == 1 else {
                printError(apis.isEmpty
                    ? "error: \(spec) holds no API"
                    : "error: \(spec) holds several APIs (\(names)); choose one with --api")
                return nil
            }
            return apis[0]
        }
        guard let api = apis.first(where: { $0.name == name }) ?? apis.first(where: { $0.folderName == name }) else {
            printError("error: \(spec) has no API named '\(name)'; its APIs: \(names)")
            return nil
        }
        return api
    }

    /// `path` as the folder it is in (`.` for a bare name) and the file's name.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}
