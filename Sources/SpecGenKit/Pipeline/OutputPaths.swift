/// Every path one API's run writes, each with the spec name it comes from, and the folders the run
/// owns. Taken from the translators' own plans (nothing is translated yet), so the paths the
/// validator checks are the paths the generator writes.
struct OutputPaths {
    struct Entry {
        /// Relative to the output root.
        var path: String
        var origin: OutputOrigin
    }

    var files: [Entry]
    var folders: [(folder: OutputFolder, origin: OutputOrigin)]

    init(api: APISpec, layout: SwiftLayout, includeDocs: Bool) {
        files = ModuleTranslator(api: api).files(layout: layout).map { Entry(path: $0.path, origin: $0.origin) }
        if layout == .perType, includeDocs {
            let docs = DocsTranslator(api: api)
            files += (0..<docs.pageCount).map { docs.pagePath($0) }.map { Entry(path: $0.path, origin: $0.origin) }
        }
        if Self.includesOpenAPI(layout: layout, includeDocs: includeDocs) {
            files.append(Entry(path: OpenAPIExporter(api: api).outputPath,
                               origin: OutputOrigin(what: "the OpenAPI export of API '\(api.name)'", location: api.location)))
        }
        folders = Self.folders(of: api, layout: layout, includeDocs: includeDocs)
    }

    /// Whether a run writes the API's OpenAPI export (`OpenAPI/<folder>.openapi.json`): with the docs,
    /// in the per-type layout of committed output; the build plugin's per-spec-file layout has no use
    /// for it. No folder is owned for it: each API's export is one file named after the API, which
    /// the next run rewrites in place, and `OpenAPI/` may hold other APIs' exports.
    static func includesOpenAPI(layout: SwiftLayout, includeDocs: Bool) -> Bool {
        layout == .perType && includeDocs
    }

    /// The folders a run owns, each with the spec name it is named after.
    static func folders(of api: APISpec, layout: SwiftLayout, includeDocs: Bool) -> [(folder: OutputFolder, origin: OutputOrigin)] {
        switch layout {
        case .perType:
            var folders = [(OutputFolder(path: api.module, includesSubfolders: true),
                            OutputOrigin(what: "module '\(api.module)'", location: api.location))]
            if includeDocs {
                folders.append((OutputFolder(path: DocsTranslator(api: api).folder, includesSubfolders: true),
                                OutputOrigin(what: "the docs of API '\(api.name)'", location: api.location)))
            }
            return folders
        case .perSpecFile:
            // The output folder is the build plugin's own, and this layout writes nothing deeper.
            return [(OutputFolder(path: "", includesSubfolders: false),
                     OutputOrigin(what: "API '\(api.name)'", location: api.location))]
        }
    }
}
