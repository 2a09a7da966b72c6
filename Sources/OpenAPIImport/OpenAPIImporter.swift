import SpecGenKit

/// What an import asks for: the document, the folder to write, and the names of the API.
public struct ImportOptions: Sendable {
    public var document: String
    public var output: String
    public var name: String?
    public var module: String?
    public var maxBytes: Int
    /// How messages name the document; default the path as given.
    public var documentName: String

    public init(
        document: String, output: String, name: String? = nil, module: String? = nil, maxBytes: Int = ImportOptions.defaultMaxBytes,
        documentName: String? = nil
    ) {
        self.document = document
        self.documentName = documentName ?? document
        self.output = output
        self.name = name
        self.module = module
        self.maxBytes = maxBytes
    }

    /// 64 MiB: see ``DocumentReader/defaultMaxBytes``.
    public static let defaultMaxBytes = DocumentReader.defaultMaxBytes
}

/// A spec folder made from a document, linted, not yet written.
public struct ImportedSpec: Sendable {
    /// `api.yaml` first, then one file per operation, relative to the output folder.
    public var files: [OutputFile]
    public var warnings: [ImportWarning]
    public var endpointCount: Int
    public var typeCount: Int
    /// The spec as SpecGenKit loaded and validated it.
    public var api: APISpec
}

/// OpenAPI 3.0 / 3.1 document → spec folder: read, check (OpenAPIKit, references), map, lint with
/// SpecGenKit, and only then write, atomically.
public enum OpenAPIImporter {
    /// Imports the document into `options.output`: builds, lints, then writes; nothing is written
    /// when any step fails.
    @discardableResult
    public static func run(_ options: ImportOptions) throws(ImportError) -> ImportedSpec {
        let spec = try makeSpec(options)
        try write(spec, to: options.output)
        return spec
    }

    /// Builds and lints the spec; writes nothing.
    public static func makeSpec(_ options: ImportOptions) throws(ImportError) -> ImportedSpec {
        for (option, value) in [("--name", options.name), ("--module", options.module)] {
            if let value, SpecNames.typeName(value) != value {
                throw ImportError(
                    kind: .options, document: "specgen-openapi",
                    message: "\(option) '\(value)' must be a PascalCase identifier of ASCII letters and digits, e.g. '\(SpecNames.typeName(value))'")
            }
        }
        let documentName = options.documentName
        let document = ExportWrappers.unwrapped(ExportEnvelopes.unwrapped(ExportSentences.removed(
            from: try DocumentReader(maxBytes: options.maxBytes).read(path: options.document, displayName: documentName))))
        let version = try OpenAPIValidation.version(of: document, name: documentName)
        let navigator = DocumentNavigator(document: document, documentName: documentName)
        try navigator.checkReferences()
        let check = OpenAPIValidation.Check(document, version: version)
        let log = WarningLog(document: documentName)
        let built: SpecBuilder.Built
        do {
            built = try SpecBuilder(document: document, navigator: navigator, options: options, log: log).build()
        } catch {
            _ = check.wait()
            throw error
        }
        var warnings = built.warnings
        if let problem = check.wait() {
            let version = version == .v3_0 ? "3.0" : "3.1"
            warnings.insert(
                ImportWarning(
                    document: documentName, pointer: .root,
                    message: "the document does not follow OpenAPI \(version) strictly (OpenAPIKit: \(problem)); imported as written"),
                at: 0)
        }
        let api = try lint(built.files, output: options.output)
        return ImportedSpec(files: built.files, warnings: warnings, endpointCount: built.endpointCount, typeCount: built.typeCount, api: api)
    }

    /// Writes the files into `output`, each atomically and only when its content changed. A folder
    /// holding other spec files is refused: they would become part of the imported API.
    public static func write(_ spec: ImportedSpec, to output: String) throws(ImportError) {
        let produced = Set(spec.files.map(\.path))
        let strangers = SpecFolder.specFiles(in: output).filter { !produced.contains($0) }
        if !strangers.isEmpty {
            throw ImportError(
                kind: .output, document: output,
                message: "the folder holds spec files this import does not write (\(strangers.prefix(5).joined(separator: ", "))\(strangers.count > 5 ? ", ..." : "")); "
                    + "they would join the imported API: choose an empty folder or remove them")
        }
        do {
            try OutputPlan.make(files: spec.files, root: output, folders: []).apply()
        } catch {
            throw ImportError(kind: .output, document: output, message: error.description)
        }
    }

    /// Lints the files as `specgen lint` would read them from `output`.
    static func lint(_ files: [OutputFile], output: String) throws(ImportError) -> APISpec {
        let folderName = output.split(separator: "/").last.map(String.init) ?? "imported"
        let source = SpecSource(
            folderName: folderName,
            files: files.map { SpecSource.File(relativePath: $0.path, displayPath: output + "/" + $0.path, bytes: Array($0.contents.utf8)) })
        let apis: [APISpec]
        do {
            apis = try Generator().validatedSpecs([source])
        } catch {
            let count = error.diagnostics.count
            throw ImportError(
                kind: .lint, document: output,
                message: "the imported spec does not lint (\(count) error\(count == 1 ? "" : "s")), so nothing was written; this is a bug in the import",
                details: error.diagnostics.map(\.description))
        }
        guard let api = apis.first else {
            throw ImportError(kind: .lint, document: output, message: "the imported spec has no API; this is a bug in the import")
        }
        return api
    }
}
