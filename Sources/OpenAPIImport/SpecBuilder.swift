import Foundation
import SpecGenKit

/// Puts the parts together: `api.yaml` (title, hosts, auth, every type) and one endpoint file per
/// operation, named after its operationId.
struct SpecBuilder {
    let document: JSONTree
    let navigator: DocumentNavigator
    let options: ImportOptions
    let log: WarningLog

    /// The methods an endpoint may have; OpenAPI's others are reported and skipped.
    static let methods = ["get", "put", "post", "delete", "patch"]
    static let otherMethods = ["options", "head", "trace", "query"]

    /// The files and what the import learned making them; linted by the caller.
    struct Built {
        var files: [OutputFile]
        var warnings: [ImportWarning]
        var endpointCount: Int
        var typeCount: Int
    }

    func build() throws(ImportError) -> Built {
        let info = document["info"]
        let extensions = SpecGenExtensions(document: document, log: log)
        let name = options.name ?? extensions.apiName ?? Self.apiName(info?["title"]?.stringValue ?? "Imported")
        let module = options.module ?? extensions.module ?? SpecNames.typeName(name + "API")

        let operations = try collectOperations(log: log)
        var fileNames = UniqueNames(reserved: ["api", "readme"])
        let endpointNames = operations.map { operation in
            let raw = operation.node["operationId"]?.stringValue ?? (operation.method + " " + operation.path)
            return fileNames.claim(SpecNames.snakeCase(raw, fallback: "operation"), separator: "_")
        }
        let reserved = [name, name + "Host", name + "Client", name + "Authentication", module] + endpointNames.map { SwiftName.pascalCase($0) + "Request" }
        let schemas = SchemaMapper(document: document, log: log, reservedTypeNames: reserved)
        try schemas.mapComponents()
        let auth = try AuthMapping(document: document, navigator: navigator, log: log)
        let mapper = OperationMapper(navigator: navigator, schemas: schemas, log: log, auth: auth)
        var endpointFiles: [OutputFile] = []
        var endpointEntries: [[(String, SpecYAML)]] = []
        for (operation, endpointName) in zip(operations, endpointNames) {
            var endpoint = try mapper.endpoint(operation, name: endpointName)
            extensions.restoreEndpoint(&endpoint, operation: operation.node, at: operation.pointer)
            endpointEntries.append(endpoint)
        }
        CycleBreaker.breakCycles(in: schemas, log: log)
        reportUnmapped(log: log)

        var api: [(String, SpecYAML)] = [
            ("name", .text(name)), ("module", .text(module)), ("title", .text(info?["title"]?.stringValue ?? name)),
        ]
        if let version = info?["version"] { api.append(("version", .text(version.stringValue ?? version.jsonText))) }
        if let description = info?["description"]?.stringValue { api.append(("description", .text(description))) }
        let hosts = hosts(log: log)
        if !hosts.isEmpty { api.append(("hosts", .list(hosts))) }
        if !auth.schemes.isEmpty { api.append(("auth", .list(extensions.restoreAuth(auth.schemes)))) }
        let apiHeaders = extensions.liftAPIHeaders(&endpointEntries, operations: operations.map(\.node))
        if !apiHeaders.isEmpty { api.append(("headers", .list(apiHeaders))) }
        api += extensions.apiEntries()
        var root: [(String, SpecYAML)] = [("specgen", .literal("1")), ("api", .mapping(api))]
        let pointers = extensions.schemaPointers(of: schemas.types, objects: schemas.objectPointers)
        let types = extensions.inlineTypes(
            schemas.types.map { ($0.name, extensions.restoredYAML(of: $0, objectPointer: pointers[$0.name])) },
            endpoints: &endpointEntries)
        if !types.isEmpty { root.append(("types", .mapping(types))) }
        for ((operation, endpointName), endpoint) in zip(zip(operations, endpointNames), endpointEntries) {
            let contents = SpecYAMLWriter.file(
                [("specgen", .literal("1")), ("endpoint", .mapping(endpoint))],
                comment: "Imported from \(operation.method.uppercased()) \(operation.path) (\(operation.pointer)) by specgen-openapi.")
            endpointFiles.append(OutputFile(path: endpointName + ".yaml", contents: contents))
        }
        let apiFile = OutputFile(
            path: "api.yaml",
            contents: SpecYAMLWriter.file(root, comment: "Imported from \(Self.fileName(options.documentName)) by specgen-openapi; warnings name what did not map exactly."))
        return Built(
            files: [apiFile] + endpointFiles, warnings: log.warnings, endpointCount: endpointFiles.count, typeCount: types.count)
    }

    /// The API's name from its title: the first words, PascalCase (`Swagger Petstore - OpenAPI 3.0` → `SwaggerPetstore`).
    static func apiName(_ title: String) -> String {
        let words = SwiftName.words(title).filter { word in word.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic } }
        return SpecNames.typeName(words.prefix(2).joined(separator: " "))
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func collectOperations(log: WarningLog) throws(ImportError) -> [OperationMapper.Operation] {
        guard case .object(let paths)? = document["paths"] else { return [] }
        var operations: [OperationMapper.Operation] = []
        for entry in paths {
            let (item, itemPointer) = try navigator.resolved(entry.value, at: JSONPointer(["paths", entry.key]))
            var shared: [(JSONTree, JSONPointer)] = []
            if case .array(let list)? = item["parameters"] {
                shared = list.enumerated().map { ($1, itemPointer.appending("parameters").appending($0)) }
            }
            for method in Self.methods {
                guard let node = item[method] else { continue }
                operations.append(OperationMapper.Operation(path: entry.key, method: method, node: node, pointer: itemPointer.appending(method), sharedParameters: shared))
            }
            for method in Self.otherMethods where item[method] != nil {
                log.warn("\(method.uppercased()) operations cannot be expressed; skipped", at: itemPointer.appending(method))
            }
        }
        return operations
    }

    /// The servers whose URL (with each variable at its default) is an absolute https URL.
    private func hosts(log: WarningLog) -> [SpecYAML] {
        guard case .array(let servers)? = document["servers"] else { return [] }
        var names = UniqueNames(reserved: [])
        var hosts: [SpecYAML] = []
        for (index, server) in servers.enumerated() {
            let pointer = JSONPointer(["servers", String(index)])
            guard var url = server["url"]?.stringValue else { continue }
            if case .object(let variables)? = server["variables"] {
                for variable in variables {
                    if let value = variable.value["default"]?.stringValue { url = url.replacingOccurrences(of: "{\(variable.key)}", with: value) }
                }
            }
            guard let host = Self.httpsHost(url) else {
                log.warn("server '\(url)' is not an absolute https URL with a host, which a host must be; not imported", at: pointer)
                continue
            }
            let name = names.claim(SpecNames.snakeCase(server["x-specgen-name"]?.stringValue ?? host, fallback: "host"), separator: "_")
            var entry: [(String, SpecYAML)] = [("name", .text(name)), ("url", .text(url))]
            if let description = server["description"]?.stringValue { entry.append(("description", .text(description))) }
            hosts.append(.mapping(entry))
        }
        return hosts
    }

    /// The host of a plain `https://host/path` URL (no credentials, query, fragment or braces left).
    static func httpsHost(_ url: String) -> String? {
        guard url.hasPrefix("https://"), !url.contains("?"), !url.contains("#"), !url.contains("{"), !url.contains(" ") else { return nil }
        let rest = url.dropFirst("https://".count)
        let authority = rest.prefix { $0 != "/" }
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        return String(authority.prefix { $0 != ":" })
    }

    /// Parts of the document the format has no place for, each reported once.
    private func reportUnmapped(log: WarningLog) {
        if case .object(let hooks)? = document["webhooks"], !hooks.isEmpty {
            log.warn("webhooks cannot be expressed; \(hooks.count) dropped", at: JSONPointer(["webhooks"]))
        }
        for kind in ["callbacks", "links"] {
            if case .object(let entries)? = document["components"]?[kind], !entries.isEmpty {
                log.warn("\(kind) cannot be expressed; \(entries.count) dropped", at: JSONPointer(["components", kind]))
            }
        }
    }
}
