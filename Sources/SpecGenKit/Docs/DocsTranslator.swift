import SpecGenRuntime

/// A Markdown file to write, relative to the output root.
struct MarkdownFile {
    var path: String
    var contents: String
}

/// Stage 3 for docs: an API index page and one page per endpoint, regenerated from the spec.
struct DocsTranslator {
    let api: APISpec

    var folder: String { "Docs/\(api.name)" }

    func files() -> [MarkdownFile] {
        (0..<pageCount).map(page)
    }

    /// The index page and one page per endpoint.
    var pageCount: Int { 1 + api.endpoints.count }

    /// Page `index` of `files()`, made on its own so that pages can be made on several threads.
    func page(_ index: Int) -> MarkdownFile {
        index == 0 ? indexPage() : endpointPage(index)
    }

    static func pageName(of endpoint: EndpointSpec) -> String { endpoint.name + ".md" }

    /// Where page `index` of `files()` goes, relative to the output root, and the spec name that
    /// names it; known before the page is made.
    func pagePath(_ index: Int) -> (path: String, origin: OutputOrigin) {
        guard index > 0 else {
            return ("\(folder)/README.md", OutputOrigin(what: "API '\(api.name)'", location: api.location))
        }
        let endpoint = api.endpoints[index - 1]
        let origin = OutputOrigin(what: "endpoint '\(endpoint.name)'", location: endpoint.location)
        return ("\(folder)/\(Self.pageName(of: endpoint))", origin)
    }

    private func indexPage() -> MarkdownFile {
        var page = MarkdownWriter()
        page.line(GeneratedFileMarker.markdownHeader(source: api.file))
        page.blankLine()
        page.heading(level: 1, api.title)
        if let version = api.version {
            page.append("Version ")
            page.code(version)
            page.append(". Swift module ")
            page.code(api.module)
            page.append(".")
            page.endParagraph()
        }
        if let description = api.description {
            page.paragraph(description)
        }
        writeHosts(into: &page)
        AuthenticationSection(api: api).write(for: nil, into: &page)
        OutcomeSection(api: api).write(into: &page)
        page.line("## Endpoints")
        page.blankLine()
        page.tableHeader(["Endpoint", "Method and path", "Summary"])
        for endpoint in api.endpoints {
            page.startRow()
            page.startCell()
            page.append("[")
            page.text(endpoint.name)
            page.append("](")
            page.append(Self.pageName(of: endpoint))
            page.append(")")
            page.endCell()
            page.codeCell("\(endpoint.method.rawValue) \(endpoint.path)")
            page.textCell(endpoint.summary)
            page.endRow()
        }
        return MarkdownFile(path: pagePath(0).path, contents: page.text)
    }

    private func writeHosts(into page: inout MarkdownWriter) {
        guard !api.hosts.isEmpty else { return }
        page.line("## Hosts")
        page.blankLine()
        page.tableHeader(["Host", "Base URL", "Description"])
        for host in api.hosts {
            page.startRow()
            page.codeCell(host.name)
            page.codeCell(host.url)
            page.textCell(host.description ?? "")
            page.endRow()
        }
        page.blankLine()
        page.line("A custom base URL can be used instead of a named host.")
        page.blankLine()
    }

    private func endpointPage(_ index: Int) -> MarkdownFile {
        let endpoint = api.endpoints[index - 1]
        var page = MarkdownWriter()
        page.line(GeneratedFileMarker.markdownHeader(source: endpoint.file))
        page.blankLine()
        page.heading(level: 1, endpoint.name)
        page.append("`\(endpoint.method.rawValue) \(endpoint.path)` (Swift: ")
        page.code(RequestTranslator.typeName(of: endpoint))
        page.append(")")
        page.endParagraph()
        page.paragraph(endpoint.summary)
        if let description = endpoint.description {
            page.paragraph(description)
        }
        writeHosts(into: &page)
        AuthenticationSection(api: api).write(for: endpoint, into: &page)
        writeHeaders(endpoint, into: &page)
        PathParameterTable(api: api, endpoint: endpoint).write(into: &page)
        ParameterTable(api: api, endpoint: endpoint).write(into: &page)
        RequestBodySection(api: api, endpoint: endpoint).write(into: &page)
        page.line("## Response")
        page.blankLine()
        if case .named = endpoint.response {
            page.append("The body decodes into ")
        } else {
            page.append("The body is ")
            BodyTypeText.writeWithArticle(endpoint.response, into: &page)
            page.append(", decoded into ")
        }
        page.code(SwiftTypeMapping.bodyType(of: endpoint.response))
        page.append(".")
        page.endLine()
        if let description = endpoint.responseDescription {
            page.blankLine()
            page.text(description)
            page.endLine()
        }
        OutcomeSection(api: api).write(for: endpoint, into: &page)
        if let objectType = BodyTypeText.objectTypeName(of: endpoint.response, in: api) {
            page.blankLine()
            ResponseTable(api: api).write(for: objectType, into: &page)
        }
        page.blankLine()
        // Each section ends with its own blank line, and writes nothing when the endpoint has none.
        ErrorsSection(api: api).write(for: endpoint, into: &page)
        UnionSection(api: api).write(
            for: [endpoint.body?.type, endpoint.response].compactMap { $0 } + endpoint.errorBodies(in: api).map(\.type), into: &page)
        ExampleRenderer(api: api, endpoint: endpoint).write(into: &page)
        page.removeTrailingBlankLines()
        return MarkdownFile(path: pagePath(index).path, contents: page.text)
    }

    private func writeHeaders(_ endpoint: EndpointSpec, into page: inout MarkdownWriter) {
        let headers = api.headers + endpoint.headers
        let schemes = AuthenticationSection(api: api).schemes(for: endpoint)
        let credentialHeaders = schemes.compactMap { scheme in AuthenticationSection.header(of: scheme).map { (scheme, $0) } }
        guard !credentialHeaders.isEmpty || !headers.isEmpty else { return }
        page.line("## Headers")
        page.blankLine()
        page.tableHeader(["Header", "Type", "Required", "Description"])
        for (scheme, header) in credentialHeaders {
            page.startRow()
            page.codeCell(header)
            page.cell("string")
            page.cell(schemes.count == 1 ? "yes" : "with this scheme")
            page.textCell("Credentials of the '\(scheme.name)' scheme, see Authentication.")
            page.endRow()
        }
        for header in headers {
            page.startRow()
            page.codeCell(header.name)
            page.cell(ParameterTable.typeText(header))
            page.cell(header.isRequired ? "yes" : "no")
            page.textCell(header.description ?? "")
            page.endRow()
        }
        page.blankLine()
    }
}
