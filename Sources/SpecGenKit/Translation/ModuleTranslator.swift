/// Stage 3 for Swift: a validated `APISpec` becomes its top-level declarations, each remembering
/// the spec file it came from; a `SwiftLayout` then decides how they are spread over files.
struct ModuleTranslator {
    let api: APISpec

    /// The enum of the API's named hosts, e.g. `CapillaryHost`.
    static func hostsTypeName(of api: APISpec) -> String {
        SwiftName.type(api.name + "Host")
    }

    /// Top-level declarations that belong together, where they came from, and how to make them.
    struct Unit: Sendable {
        /// The spec files (relative to the spec root) that define them; the first decides the file
        /// in the per-spec-file layout.
        var sources: [String]
        /// The folder it goes to in the per-type layout (`Models`, `Requests`), or nil for the top.
        var folder: String?
        var name: String
        /// What in the spec the file name comes from, in the per-type layout.
        var origin: OutputOrigin
        var imports: [String] = ["SpecGenRuntime"]
        /// Translates the declarations. Called when the unit's file is rendered, on the core that
        /// renders it: a declaration tree is built, printed and freed while it is still in the
        /// cache, and a large API never holds every tree at once.
        var declarations: @Sendable () -> [Declaration]
    }

    /// A Swift file to come: where it goes and what it holds, before anything is translated.
    struct PlannedFile: Sendable {
        var path: String
        var origin: OutputOrigin
        var header: [String]
        var imports: [String]
        var units: [Unit]

        /// The file with its units translated.
        func translated() -> SwiftFile {
            SwiftFile(path: path, header: header, imports: imports, declarations: units.flatMap { $0.declarations() })
        }
    }

    func units() -> [Unit] {
        var units: [Unit] = []
        let api = api
        let defaultLeniency = api.leniency ?? .strict
        let mapping = SwiftTypeMapping(api: api)
        let apiOrigin = OutputOrigin(what: "API '\(api.name)'", location: api.location)
        if let hosts = hostsDeclaration() {
            units.append(Unit(
                sources: [api.file], folder: nil, name: api.name, origin: apiOrigin,
                imports: ["Foundation", "SpecGenRuntime"], declarations: { [.type(hosts)] }))
        }
        let parameterEnumTypes = api.parameterEnumTypes
        let bodyTypes = BodyRulesTranslator.bodyTypes(of: api)
        for type in api.types {
            let name = SwiftName.type(type.name)
            let origin = OutputOrigin(what: "type '\(type.name)'", location: type.location)
            units.append(Unit(sources: [type.file], folder: "Models", name: name, origin: origin) {
                switch type.body {
                case .object(let fields):
                    [.type(ObjectTranslator(mapping: mapping).declaration(
                        name: name, description: type.description, fields: fields,
                        leniency: type.leniency ?? defaultLeniency,
                        keepsUnknownKeys: type.keepsUnknownKeys ?? api.keepsUnknownKeys,
                        bodyRules: bodyTypes.contains(type.name) ? BodyTypeRules(atLeastOne: type.atLeastOne) : nil))]
                case .enumeration(let values):
                    [.type(OpenEnumTranslator().declaration(
                        name: name, description: type.description, values: values,
                        isParameterType: parameterEnumTypes.contains(type.name)))]
                case .union(let union):
                    [.type(UnionTranslator(mapping: mapping).declaration(
                        name: name, description: type.description, union: union, isBodyType: bodyTypes.contains(type.name)))]
                }
            })
        }
        if let outcome = api.outcome {
            units.append(Unit(
                sources: [api.file], folder: nil, name: ClientNaming.failureReasonType(of: api), origin: apiOrigin,
                imports: ["SpecGenClient"],
                declarations: { [.type(FailureReasonTranslator(
                    name: ClientNaming.failureReasonType(of: api), subject: "the \(api.title)",
                    failures: outcome.itemFailures).declaration())] }))
            for endpoint in api.endpoints {
                guard let failures = endpoint.outcome?.itemFailures else { continue }
                units.append(Unit(
                    sources: [endpoint.file], folder: nil, name: ClientNaming.failureReasonType(of: endpoint),
                    origin: OutputOrigin(what: "endpoint '\(endpoint.name)'", location: endpoint.location),
                    imports: ["SpecGenClient"],
                    declarations: { [.type(FailureReasonTranslator(
                        name: ClientNaming.failureReasonType(of: endpoint),
                        subject: "`\(endpoint.name)` of the \(api.title)", failures: failures).declaration())] }))
            }
        }
        if !api.endpoints.isEmpty {
            units.append(Unit(
                sources: [api.file] + api.endpoints.map(\.file), folder: nil, name: ClientNaming.clientType(of: api),
                origin: apiOrigin,
                imports: ["Foundation", "OpenAPIRuntime", "SpecGenClient", "SpecGenRuntime"],
                declarations: { ClientTranslator(api: api).declarations() }))
        }
        for endpoint in api.endpoints {
            let requestName = RequestTranslator.typeName(of: endpoint)
            let origin = OutputOrigin(what: "endpoint '\(endpoint.name)'", location: endpoint.location)
            units.append(Unit(sources: [endpoint.file], folder: "Requests", name: requestName, origin: origin) {
                [.type(RequestTranslator(api: api, endpoint: endpoint).declaration())]
            })
            units.append(Unit(sources: [endpoint.file], folder: "Requests", name: requestName + "+Arguments", origin: origin) {
                [.type(ArgumentTranslator(api: api, endpoint: endpoint).declaration())]
            })
        }
        return units
    }

    /// The files the API's Swift code goes into, not yet translated (``PlannedFile/translated()``).
    func files(layout: SwiftLayout) -> [PlannedFile] {
        switch layout {
        case .perType:
            return units().map { unit in
                let name = unit.folder.map { "\($0)/\(unit.name)" } ?? unit.name
                return file(path: "\(api.module)/\(name).swift", origin: unit.origin, units: [unit], regeneratedBy: .command)
            }
        case .perSpecFile:
            var bySource: [String: [Unit]] = [:]
            for unit in units() {
                bySource[unit.sources[0], default: []].append(unit)
            }
            // One file for every spec file, even one that defines nothing: a build-tool plugin
            // declares an output per spec file, and the build fails on a declared output not written.
            return api.specFiles.map { specFile in
                let origin = OutputOrigin(
                    what: "spec file '\(OutputPath.split(specFile.relativePath).name)'", location: specFile.start)
                var planned = file(
                    path: SwiftLayout.perSpecFileName(of: specFile.relativePath), origin: origin,
                    units: bySource[specFile.relativePath] ?? [], regeneratedBy: .build, sources: [specFile.relativePath])
                if planned.units.isEmpty {
                    planned.header += [
                        "The spec file defines no types or endpoints. The file is written all the same because the",
                        "build plugin declares one output per spec file.",
                    ]
                }
                return planned
            }
        }
    }

    private func file(
        path: String, origin: OutputOrigin, units: [Unit], regeneratedBy regeneration: GeneratedFileMarker.Regeneration,
        sources: [String] = []
    ) -> PlannedFile {
        let sources = (sources + units.flatMap(\.sources)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return PlannedFile(
            path: path,
            origin: origin,
            header: GeneratedFileMarker.swiftHeader(source: sources.joined(separator: ", "), regeneratedBy: regeneration),
            imports: Set(units.flatMap(\.imports)).sorted(),
            units: units)
    }

    private func hostsDeclaration() -> TypeDeclaration? {
        guard !api.hosts.isEmpty else { return nil }
        var members: [Declaration] = api.hosts.map { host in
            .enumCase(EnumCaseDeclaration(doc: host.description, name: TypeNaming.caseName(of: host)))
        }
        let cases = api.hosts.map { host in
            SwitchCase(
                pattern: "case .\(TypeNaming.caseName(of: host))",
                body: [.line("URL(string: \(SwiftLiteral.string(host.url)))!")])
        }
        members.append(.property(PropertyDeclaration(
            doc: "The host's base URL. Each is a constant the generator checked to be a valid https URL.",
            access: .public, name: "baseURL", type: "URL", getter: [.switchOver("self", cases)])))
        return TypeDeclaration(
            doc: "The hosts of the \(api.title).", access: .public, kind: .enumeration,
            name: Self.hostsTypeName(of: api), inherits: ["String", "Sendable", "CaseIterable"], members: members)
    }
}

/// The first line of every generated file says who made it; `specgen` only ever removes files that
/// carry it, so a hand-written file in the output folder is never deleted.
enum GeneratedFileMarker {
    static let text = "Generated by specgen"

    /// What brings a file up to date after a spec change.
    enum Regeneration {
        /// `specgen generate`, for committed files.
        case command
        /// The build-tool plugin, on the next build.
        case build
    }

    static func swiftHeader(source: String, regeneratedBy regeneration: Regeneration = .command) -> [String] {
        switch regeneration {
        case .command: ["\(text) from \(source). Do not edit: change the spec and run `specgen generate`."]
        case .build: ["\(text) from \(source) at build time. Do not edit: change the spec."]
        }
    }

    static func markdownHeader(source: String) -> String {
        "<!-- \(text) from \(source). Do not edit: change the spec and run `specgen generate`. -->"
    }

    static func isGenerated(_ contents: String) -> Bool {
        contents.hasPrefix("// \(text)") || contents.hasPrefix("<!-- \(text)")
    }
}
