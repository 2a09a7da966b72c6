/// A validated spec as an OpenAPI 3.1 document: hosts as `servers`, auth as security schemes, one
/// operation per endpoint, every type in `components.schemas`. Keys follow OpenAPI's conventional
/// order, paths the order of the endpoint files and schemas their names, so one spec always gives
/// the same bytes (`specgen check` compares the committed export like any generated file).
public struct OpenAPIExporter {
    public let api: APISpec

    public init(api: APISpec) {
        self.api = api
    }

    /// The OpenAPI version written: 3.1, whose schemas are JSON Schema (`type: [T, "null"]`).
    public static let openAPIVersion = "3.1.0"

    /// Where `generate` writes the export, relative to the output root: named after the API's spec
    /// folder (`OpenAPI/capillary.openapi.json`), or its name for a spec root that is the API itself.
    public var outputPath: String {
        "OpenAPI/\(api.folderName.isEmpty ? api.name : api.folderName).openapi.json"
    }

    public func document() -> OpenAPIValue {
        let schemas = OpenAPISchemas(api: api)
        var document = OpenAPIObject()
        document["openapi"] = .string(Self.openAPIVersion)
        document["info"] = .object(info())
        if !api.hosts.isEmpty {
            document["servers"] = .array(api.hosts.map { host in
                var server = OpenAPIObject()
                server["url"] = .string(host.url)
                server.setText("description", host.description)
                server["x-specgen-name"] = .string(host.name)
                return .object(server)
            })
        }
        if api.auth.requiresCredentials {
            // Any one of the schemes will do: each is an alternative of its own.
            document["security"] = .array(api.auth.schemes.map { OpenAPISecurity.requirement($0.name) })
        }
        document["paths"] = .object(paths(schemas: schemas))
        var components = OpenAPIObject()
        var componentSchemas = OpenAPIObject()
        for type in api.types.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            componentSchemas[type.name] = .object(schemas.component(type))
        }
        components["schemas"] = componentSchemas.nonEmpty
        components["securitySchemes"] = OpenAPISecurity.schemes(api.auth).nonEmpty
        document["components"] = components.nonEmpty
        document["x-specgen-leniency"] = api.leniency.map(OpenAPIExtensions.leniency)
        if api.keepsUnknownKeys { document["x-specgen-unknown-keys"] = "keep" }
        document["x-specgen-time-zone"] = api.timeZone.map(OpenAPIValue.string)
        document["x-specgen-query-encoding"] = OpenAPIExtensions.queryEncoding(api)
        document["x-specgen-outcome"] = api.outcome.map(OpenAPIExtensions.outcome)
        return .object(document)
    }

    /// The document as JSON (two-space indentation, a final newline).
    public func json() -> String {
        OpenAPIJSONWriter().write(document())
    }

    /// The document as block-style YAML.
    public func yaml() -> String {
        OpenAPIYAMLWriter().write(document())
    }

    private func info() -> OpenAPIObject {
        var info = OpenAPIObject()
        info["title"] = .string(api.title)
        // OpenAPI requires a version; a spec without one says so rather than inventing a number.
        info["version"] = .string(api.version ?? "unversioned")
        var description = api.description
        if let leniency = api.leniency, !leniency.options.isEmpty {
            description = OpenAPIExtensions.sentence(after: description, OpenAPIExtensions.leniencySentence(leniency))
        }
        if let timeZone = api.timeZone {
            description = OpenAPIExtensions.sentence(
                after: description, "Date-times written without an offset are at UTC\(timeZone) (x-specgen-time-zone).")
        }
        info.setText("description", description)
        info["x-specgen-name"] = .string(api.name)
        info["x-specgen-module"] = .string(api.module)
        return info
    }

    /// One path item per path, in the order its first endpoint comes, holding one operation per
    /// method. OpenAPI has room for one operation per path and method; a spec may have two (told
    /// apart by their fixed query), so a later one is listed in the path item's
    /// `x-specgen-operations` rather than lost.
    private func paths(schemas: OpenAPISchemas) -> OpenAPIObject {
        var paths = OpenAPIObject()
        let operations = OpenAPIOperations(api: api, schemas: schemas)
        for endpoint in api.endpoints {
            var item = paths[endpoint.path]?.objectValue ?? OpenAPIObject()
            let method = endpoint.method.rawValue.lowercased()
            let operation = OpenAPIValue.object(operations.operation(endpoint))
            if item[method] == nil {
                item[method] = operation
            } else {
                var more = item["x-specgen-operations"]?.objectValue ?? OpenAPIObject()
                more[endpoint.name] = .object({
                    var entry = OpenAPIObject()
                    entry["method"] = .string(method)
                    entry["operation"] = operation
                    return entry
                }())
                item["x-specgen-operations"] = .object(more)
            }
            paths[endpoint.path] = .object(item)
        }
        return paths
    }
}
