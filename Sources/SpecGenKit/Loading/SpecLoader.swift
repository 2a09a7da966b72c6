#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecGenRuntime
import YAMLReader

/// Stage 1: parses the YAML files of one API and builds its `APISpec`, reporting every structural
/// problem (syntax, unknown or missing keys, wrong value types). Cross-references are the
/// validator's job; the loader only needs each file on its own.
public struct SpecLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Nil when the API cannot be assembled at all (errors are in `diagnostics` then). A non-nil
    /// result may still come with errors; the pipeline stops before generating in that case.
    public func load(_ source: SpecSource, diagnostics: DiagnosticCollector) -> APISpec? {
        var apiSection: (reader: MappingReader, file: SpecSource.File)?
        var endpoints: [EndpointSpec] = []
        var types: [TypeSpec] = []
        var enumTypeReferences: [TypeReference] = []

        // Files are parsed and loaded independently (on every core for a large API), then merged in
        // file order, so diagnostics and output are the same as loading them one by one.
        let loadedFiles = Parallel.map(source.files.count) { loadFile(source.files[$0]) }
        for (file, loaded) in zip(source.files, loadedFiles) {
            diagnostics.add(loaded.diagnostics)
            types += loaded.types
            enumTypeReferences += loaded.enumTypeReferences
            if let endpoint = loaded.endpoint { endpoints.append(endpoint) }
            guard let apiNode = loaded.apiNode else { continue }
            if let previous = apiSection {
                diagnostics.error(
                    "a second 'api:' section; the first is in \(previous.file.displayPath)", at: apiNode.keyLocation)
            } else if let apiReader = MappingReader(apiNode.value, as: SpecVocabulary.api, diagnostics: diagnostics) {
                apiSection = (apiReader, file)
            }
        }

        guard let (api, apiFile) = apiSection else {
            if let first = source.files.first, !diagnostics.hasErrors {
                diagnostics.error(
                    "no file of '\(source.folderName)' has an 'api:' section",
                    at: SourceLocation(file: first.displayPath, line: 1, column: 1))
            }
            return nil
        }
        let name = api.string("name") ?? ""
        let module = api.string("module") ?? ""
        // Both name folders of the output and prefix Swift names, so they must be identifiers.
        if !name.isEmpty, SwiftName.pascalCase(name) != name {
            diagnostics.error(
                "API name '\(name)' must be a PascalCase identifier, e.g. '\(SwiftName.pascalCase(name))'", at: api.location(of: "name"))
        }
        if !module.isEmpty, SwiftName.pascalCase(module) != module {
            diagnostics.error(
                "module '\(module)' must be a Swift module name, e.g. '\(SwiftName.pascalCase(module))'", at: api.location(of: "module"))
        }
        var spec = APISpec(
            folderName: source.folderName,
            file: apiFile.relativePath,
            name: name,
            module: module,
            title: api.string("title") ?? "",
            version: api.string("version"),
            description: api.string("description"),
            hosts: loadHosts(api, diagnostics: diagnostics),
            auth: loadAuth(api, diagnostics: diagnostics),
            headers: loadParameters(api.list("headers") ?? [], as: SpecVocabulary.header, diagnostics: diagnostics),
            fixedQuery: loadFixedQuery(api.list("fixed_query") ?? [], diagnostics: diagnostics),
            leniency: loadLeniency(api, diagnostics: diagnostics),
            timeZone: loadTimeZone(api, diagnostics: diagnostics),
            outcome: api.value("outcome").flatMap { loadOutcome($0, diagnostics: diagnostics) },
            types: types,
            endpoints: endpoints,
            specFiles: source.files.map { SpecFileName(relativePath: $0.relativePath, displayPath: $0.displayPath) },
            location: api.location)
        spec.keepsUnknownKeys = loadUnknownKeys(api) ?? false
        spec.errors = api.value("errors").map { loadErrorBodies($0, diagnostics: diagnostics) } ?? []
        (spec.queryEncoding, spec.listStyle) = loadQueryEncoding(api, diagnostics: diagnostics)
        resolveListStyles(&spec, diagnostics: diagnostics)
        resolveEnumTypes(&spec, references: spec.headers.compactMap(\.enumType) + enumTypeReferences, diagnostics: diagnostics)
        return spec
    }

    /// `unknown_keys: keep` or `drop`; nil when not given.
    func loadUnknownKeys(_ reader: MappingReader) -> Bool? {
        reader.choice("unknown_keys", from: ["keep", "drop"]).map { $0 == "keep" }
    }

    /// What one spec file contributes, with the diagnostics found in it, in the order found.
    private struct LoadedFile {
        var diagnostics: [Diagnostic] = []
        var types: [TypeSpec] = []
        var endpoint: EndpointSpec?
        /// Every enum type named by a parameter or header of the endpoint, loaded or not.
        var enumTypeReferences: [TypeReference] = []
        /// An API file's `api:` section, read when files are merged: only the first one counts.
        var apiNode: (value: YAMLNode, keyLocation: SourceLocation)?
    }

    private func loadFile(_ file: SpecSource.File) -> LoadedFile {
        let diagnostics = DiagnosticCollector()
        var loaded = LoadedFile()
        read(file, into: &loaded, diagnostics: diagnostics)
        loaded.diagnostics = diagnostics.diagnostics
        return loaded
    }

    private func read(_ file: SpecSource.File, into loaded: inout LoadedFile, diagnostics: DiagnosticCollector) {
        let document = YAMLParser.parse(file.bytes, file: file.displayPath, limits: limits)
        for error in document.errors {
            diagnostics.error(error.message, at: error.location)
        }
        guard document.errors.isEmpty else { return }
        guard let root = document.root else {
            diagnostics.error(
                "file is empty; expected an 'api:' or 'endpoint:' section",
                at: SourceLocation(file: file.displayPath, line: 1, column: 1))
            return
        }
        guard let topLevel = root.mapping else {
            diagnostics.error("expected a mapping at the top of a spec file, found \(root.kindDescription)", at: root.location)
            return
        }
        let isAPIFile = topLevel.contains { $0.key.isScalar(withText: "api") }
        guard let reader = MappingReader(
            root, as: isAPIFile ? SpecVocabulary.apiFile : SpecVocabulary.endpointFile, diagnostics: diagnostics)
        else { return }
        checkFormatVersion(reader)

        if let typeEntries = reader.mapping("types") {
            loaded.types = loadTypes(typeEntries, file: file.relativePath, diagnostics: diagnostics)
        }
        if isAPIFile {
            if let apiNode = reader.value("api") {
                loaded.apiNode = (apiNode, reader.location(of: "api"))
            }
        } else if let endpointNode = reader.value("endpoint") {
            loaded.endpoint = loadEndpoint(endpointNode, file: file.relativePath, diagnostics: diagnostics)
            loaded.enumTypeReferences = Self.enumTypeReferences(inEndpoint: endpointNode)
        }
    }

    private func checkFormatVersion(_ reader: MappingReader) {
        guard reader.has("specgen"), let version = reader.int("specgen") else { return }
        if version != SpecVocabulary.formatVersion {
            reader.diagnostics.error(
                "unsupported spec format version \(version); this specgen reads version \(SpecVocabulary.formatVersion)",
                at: reader.location(of: "specgen"))
        }
    }

    private func loadHosts(_ api: MappingReader, diagnostics: DiagnosticCollector) -> [HostSpec] {
        (api.list("hosts") ?? []).compactMap { node in
            guard let reader = MappingReader(node, as: SpecVocabulary.host, diagnostics: diagnostics),
                  let name = reader.string("name"), let url = reader.string("url") else { return nil }
            if let problem = Self.hostURLProblem(url) {
                diagnostics.error("host '\(name)' \(problem)", at: reader.location(of: "url"))
            }
            return HostSpec(name: name, url: url, description: reader.string("description"), location: node.location)
        }
    }

    /// Why `url` cannot be a host's base URL, or nil. The generated code turns each into a `URL`
    /// constant with `URL(string:)!`, and requests refuse a base URL with a query or fragment, so
    /// both are checked here rather than failing in an app.
    static func hostURLProblem(_ url: String) -> String? {
        guard url.hasPrefix("https://") else { return "must have an https:// URL" }
        // Checked by hand first: `URL(string:)` accepts more with only FoundationEssentials loaded
        // (it percent-encodes a space) than with the full Foundation an app loads, where the
        // generated `URL(string:)!` would then crash.
        guard url.utf8.allSatisfy(Self.isURLCharacter),
              let components = URLComponents(string: url), URL(string: url) != nil,
              let host = components.host, !host.isEmpty else {
            return "has '\(url)', which is not a valid URL"
        }
        if components.user != nil || components.password != nil {
            return "must not put credentials in its URL"
        }
        if components.query != nil || components.fragment != nil {
            return "must have a URL without a query or fragment"
        }
        return nil
    }

    /// RFC 3986's unreserved and reserved characters and `%`: what a URL may hold as written.
    private static func isURLCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }

    func loadFixedQuery(_ nodes: [YAMLNode], diagnostics: DiagnosticCollector) -> [FixedQueryItem] {
        nodes.compactMap { node in
            guard let reader = MappingReader(node, as: SpecVocabulary.fixedQuery, diagnostics: diagnostics),
                  let name = reader.string("name"), let value = reader.string("value") else { return nil }
            return FixedQueryItem(name: name, value: value, description: reader.string("description"), location: node.location)
        }
    }

    /// `query_encoding: {list_separator: escaped|literal, space: percent|plus, list_style: joined|repeated,
    /// brackets: escaped|literal}`; each key defaults
    /// to today's encoding (`%2C`, `%20`), so a spec that says nothing keeps its bytes.
    /// `list_style: joined|repeated` is the generator's (the generated code calls a different
    /// `QueryBuilder` method), so it comes back beside the runtime's encoding.
    private func loadQueryEncoding(_ api: MappingReader, diagnostics: DiagnosticCollector) -> (QueryEncoding, ListStyle) {
        guard let node = api.value("query_encoding"),
              let reader = MappingReader(node, as: SpecVocabulary.queryEncoding, diagnostics: diagnostics) else { return (.standard, .joined) }
        var encoding = QueryEncoding.standard
        if let separator = loadSeparatorEncoding(reader) { encoding.listSeparator = separator }
        if reader.choice("space", from: ["percent", "plus"]) == "plus" { encoding.space = .plus }
        if reader.choice("brackets", from: ["escaped", "literal"]) == "literal" { encoding.brackets = .literal }
        return (encoding, loadListStyle(reader) ?? .joined)
    }

    /// Gives every list parameter that does not choose its `list_style` the API's
    /// (`query_encoding.list_style`, default `joined`), so that everything after the loader reads
    /// one style per list. A `list_separator` of a list the API makes repeated has nothing to encode.
    private func resolveListStyles(_ spec: inout APISpec, diagnostics: DiagnosticCollector) {
        let apiStyle = spec.listStyle
        func resolved(_ parameter: ParameterSpec) -> ParameterSpec {
            guard parameter.listSeparator != nil, parameter.listStyle == nil else { return parameter }
            var parameter = parameter
            parameter.listStyle = apiStyle
            if apiStyle == .repeated, parameter.listSeparatorEncoding != nil {
                diagnostics.error(
                    "'list_separator' applies only to a joined list; the API's 'query_encoding' sends lists as repeated keys "
                        + "(add 'list_style: joined' to join this one)",
                    at: parameter.listSeparatorEncodingLocation ?? parameter.location)
            }
            return parameter
        }
        for index in spec.endpoints.indices {
            spec.endpoints[index].parameters = spec.endpoints[index].parameters.map { entry in
                switch entry {
                case .parameter(let parameter):
                    return .parameter(resolved(parameter))
                case .group(var group):
                    group.members = group.members.map(resolved)
                    return .group(group)
                }
            }
        }
    }

    /// `list_separator: escaped` or `literal`; nil when not given (or wrong, which is reported).
    func loadSeparatorEncoding(_ reader: MappingReader) -> QueryEncoding.Separator? {
        switch reader.choice("list_separator", from: ["escaped", "literal"]) {
        case "escaped": .escaped
        case "literal": .literal
        default: nil
        }
    }

    /// `time_zone:` a fixed UTC offset. Zone names (`Asia/Kolkata`) are refused: their offsets
    /// change with daylight saving time and the rules come from the system's time zone database,
    /// which generated code cannot count on (FoundationEssentials on Linux has none).
    private func loadTimeZone(_ api: MappingReader, diagnostics: DiagnosticCollector) -> String? {
        guard let text = api.string("time_zone") else { return nil }
        guard let offset = UTCOffset(text), offset.notation != .unknownLocalOffset else {
            diagnostics.error(
                "time_zone '\(text)' is not a UTC offset such as +05:30, -03:00 or Z; zone names are not supported "
                    + "(their offsets change with daylight saving time): give the offset the service's clock keeps",
                at: api.location(of: "time_zone"))
            return nil
        }
        return text
    }

    /// `leniency:` is a list of option names, `strict` or `all`.
    func loadLeniency(_ reader: MappingReader, diagnostics: DiagnosticCollector) -> LeniencySpec? {
        guard let node = reader.value("leniency") else { return nil }
        let names = LeniencySpec.Option.allCases.map(\.rawValue)
        if let scalar = node.scalar {
            switch scalar.text {
            case "strict": return .strict
            case "all": return .all
            default:
                diagnostics.error(
                    "'leniency' must be 'strict', 'all' or a list of \(names.joined(separator: ", "))"
                        + Suggestion.didYouMean(scalar.text, in: names + ["strict", "all"]),
                    at: node.location)
                return nil
            }
        }
        guard let items = node.sequence else {
            reader.typeError("leniency", expected: "a list", found: node)
            return nil
        }
        var options = Set<LeniencySpec.Option>()
        for item in items {
            guard let text = item.scalar?.text, let option = LeniencySpec.Option(rawValue: text) else {
                let text = item.scalar?.text ?? item.kindDescription
                diagnostics.error("unknown leniency '\(text)'" + Suggestion.didYouMean(text, in: names), at: item.location)
                continue
            }
            if !options.insert(option).inserted {
                diagnostics.error("leniency '\(text)' is listed twice", at: item.location)
            }
        }
        return LeniencySpec(options: options)
    }
}
