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
        index == 0 ? indexPage() : endpointPage(api.endpoints[index - 1])
    }

    static func pageName(of endpoint: EndpointSpec) -> String { endpoint.name + ".md" }

    private func indexPage() -> MarkdownFile {
        var lines = [GeneratedFileMarker.markdownHeader(source: api.file), "", "# \(Markdown.text(api.title))", ""]
        if let version = api.version { lines += ["Version \(Markdown.code(version)). Swift module \(Markdown.code(api.module)).", ""] }
        if let description = api.description { lines += [Markdown.text(description), ""] }
        lines += hostsSection() + authSection() + OutcomeSection(api: api).lines()
        lines += ["## Endpoints", ""]
        lines += Markdown.table(header: ["Endpoint", "Method and path", "Summary"], rows: api.endpoints.map { endpoint in
            ["[\(Markdown.text(endpoint.name))](\(Self.pageName(of: endpoint)))",
             Markdown.code("\(endpoint.method.rawValue) \(endpoint.path)"),
             Markdown.text(endpoint.summary, inTable: true)]
        })
        return MarkdownFile(path: "\(folder)/README.md", contents: lines.joined(separator: "\n") + "\n")
    }

    private func hostsSection() -> [String] {
        guard !api.hosts.isEmpty else { return [] }
        var lines = ["## Hosts", ""]
        lines += Markdown.table(header: ["Host", "Base URL", "Description"], rows: api.hosts.map { host in
            [Markdown.code(host.name), Markdown.code(host.url), Markdown.text(host.description ?? "", inTable: true)]
        })
        lines += ["", "A custom base URL can be used instead of a named host.", ""]
        return lines
    }

    private func authSection() -> [String] {
        var lines = ["## Authentication", ""]
        switch api.auth.scheme {
        case .basic: lines.append("HTTP Basic (`Authorization: Basic <base64 of username:password>`).")
        case .none: lines.append("None.")
        }
        if let description = api.auth.description { lines += ["", Markdown.text(description)] }
        if let digest = api.auth.passwordDigest {
            lines += ["", "The credential carries the password's \(digest.rawValue) digest. The Swift client takes the plain "
                + "password (and sends its digest) or the digest itself."]
        }
        return lines + [""]
    }

    private func endpointPage(_ endpoint: EndpointSpec) -> MarkdownFile {
        let requestType = RequestTranslator.typeName(of: endpoint)
        var lines = [GeneratedFileMarker.markdownHeader(source: endpoint.file), ""]
        lines += ["# \(Markdown.text(endpoint.name))", ""]
        lines += ["`\(endpoint.method.rawValue) \(endpoint.path)` (Swift: \(Markdown.code(requestType)))", ""]
        lines += [Markdown.text(endpoint.summary), ""]
        if let description = endpoint.description { lines += [Markdown.text(description), ""] }
        lines += hostsSection() + authSection()
        lines += headersSection(endpoint)
        lines += ParameterTable(api: api, endpoint: endpoint).lines()
        lines += ["## Response", ""]
        lines.append("The body decodes into \(Markdown.code(SwiftName.type(endpoint.responseType.name))).")
        if let description = endpoint.responseDescription { lines += ["", Markdown.text(description)] }
        lines += OutcomeSection(api: api).lines(for: endpoint)
        lines.append("")
        lines += ResponseTable(api: api).lines(for: endpoint.responseType.name)
        lines.append("")
        lines += ExampleRenderer(api: api, endpoint: endpoint).lines()
        while lines.last == "" { lines.removeLast() }
        return MarkdownFile(path: "\(folder)/\(Self.pageName(of: endpoint))", contents: lines.joined(separator: "\n") + "\n")
    }

    private func headersSection(_ endpoint: EndpointSpec) -> [String] {
        let headers = api.headers + endpoint.headers
        var lines = ["## Headers", ""]
        var rows: [[String]] = []
        if api.auth.scheme == .basic {
            rows.append([Markdown.code("Authorization"), "string", "yes", "HTTP Basic credentials, see Authentication."])
        }
        rows += headers.map { header in
            [Markdown.code(header.name), ParameterTable.typeText(header), header.isRequired ? "yes" : "no",
             Markdown.text(header.description ?? "", inTable: true)]
        }
        guard !rows.isEmpty else { return [] }
        lines += Markdown.table(header: ["Header", "Type", "Required", "Description"], rows: rows)
        return lines + [""]
    }
}
