/// The whole pipeline: load → validate → translate → render. Each stage is a value that can be
/// replaced or run on its own in tests; this type only sequences them and stops before
/// translating when any stage reported an error, so a bad spec never produces output.
public struct Generator {
    public var loader: SpecLoader
    public var validator: SpecValidator

    public init(loader: SpecLoader = SpecLoader(), validator: SpecValidator = SpecValidator()) {
        self.loader = loader
        self.validator = validator
    }

    /// The validated specs of `sources`, or every diagnostic found.
    public func validatedSpecs(_ sources: [SpecSource]) throws(SpecErrors) -> [APISpec] {
        let diagnostics = DiagnosticCollector()
        var apis: [APISpec] = []
        for source in sources {
            guard let api = loader.load(source, diagnostics: diagnostics) else { continue }
            validator.validate(api, diagnostics: diagnostics)
            apis.append(api)
        }
        var modules = UniqueNames(what: "module", diagnostics: diagnostics)
        for api in apis {
            modules.insert(api.module, display: api.module, at: api.location)
        }
        // Output paths only mean something once the names they are made of are valid.
        if !diagnostics.hasErrors {
            OutputPathValidator(diagnostics: diagnostics).validate(apis)
        }
        if diagnostics.hasErrors {
            throw SpecErrors(diagnostics: diagnostics.sorted)
        }
        return apis
    }

    /// Every file the specs produce, paths relative to the output root, sorted by path.
    /// - Parameters:
    ///   - layout: how Swift declarations are spread over files.
    ///   - includeDocs: whether to produce the Markdown docs too.
    public func generate(
        _ sources: [SpecSource], layout: SwiftLayout = .perType, includeDocs: Bool = true
    ) throws(SpecErrors) -> [OutputFile] {
        try output(sources, layout: layout, includeDocs: includeDocs).files
    }

    /// Every file the specs produce, as ``generate(_:layout:includeDocs:)`` does, and the folders of
    /// the output root the run owns (where a generated file it no longer produces is stale).
    public func output(
        _ sources: [SpecSource], layout: SwiftLayout = .perType, includeDocs: Bool = true
    ) throws(SpecErrors) -> GeneratedOutput {
        let apis = try validatedSpecs(sources)
        let renderer = SwiftRenderer()
        var files: [OutputFile] = []
        var folders: [OutputFolder] = []
        for api in apis {
            let swiftFiles = ModuleTranslator(api: api).files(layout: layout)
            let docs = DocsTranslator(api: api)
            folders += OutputPaths.folders(of: api, layout: layout, includeDocs: includeDocs).map(\.folder)
            // Every file is translated and rendered on its own, on every core for a large API; its
            // declaration tree is freed as soon as it is printed, so that a large API never holds
            // all its trees and all its rendered files at once.
            files += Parallel.map(swiftFiles.count + (includeDocs ? docs.pageCount : 0)) { index in
                guard index >= swiftFiles.count else {
                    let file = swiftFiles[index].translated()
                    return OutputFile(path: file.path, contents: renderer.render(file))
                }
                let page = docs.page(index - swiftFiles.count)
                return OutputFile(path: page.path, contents: page.contents)
            }
            if OutputPaths.includesOpenAPI(layout: layout, includeDocs: includeDocs) {
                let exporter = OpenAPIExporter(api: api)
                files.append(OutputFile(path: exporter.outputPath, contents: exporter.json()))
            }
        }
        return GeneratedOutput(files: files.sorted { $0.path < $1.path }, folders: folders)
    }
}
