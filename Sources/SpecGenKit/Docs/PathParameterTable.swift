/// The path parameter section of an endpoint page, before the query parameters: one row per
/// `{name}` of the path, in the order the spec lists them.
struct PathParameterTable {
    let api: APISpec
    let endpoint: EndpointSpec

    func write(into page: inout MarkdownWriter) {
        guard !endpoint.pathParameters.isEmpty else { return }
        page.line("## Path parameters")
        page.blankLine()
        page.append("Each value replaces its ")
        page.code("{name}")
        page.append(" in the path as one segment, percent-encoded (")
        page.code("/")
        page.append(", ")
        page.code("?")
        page.append(", ")
        page.code("#")
        page.append(" and ")
        page.code("%")
        page.append(" included); an empty value, ")
        page.code(".")
        page.append(" and ")
        page.code("..")
        page.append(" are refused before sending.")
        page.endParagraph()
        page.tableHeader(["Parameter", "Type", "Required or default", "Allowed values", "Constraints", "Description"])
        let rows = ParameterTable(api: api, endpoint: endpoint)
        for parameter in endpoint.pathParameters {
            rows.writeRow(parameter, into: &page) { page in page.append("required") }
        }
        page.blankLine()
    }
}
