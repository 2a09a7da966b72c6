/// An endpoint's error bodies: which HTTP statuses answer with which type (the endpoint's `errors`
/// and the API's), then the fields of each object type among them.
struct ErrorsSection {
    let api: APISpec

    func write(for endpoint: EndpointSpec, into page: inout MarkdownWriter) {
        let errors = endpoint.errorBodies(in: api).sorted { $0.status < $1.status }
        guard !errors.isEmpty else { return }
        page.line("## Errors")
        page.blankLine()
        page.append("An error status answers with a body of the type below; the most specific status wins ")
        page.append("(`400`, then `4XX`, then `default`). The client decodes it into the error it throws: ")
        page.code("error.errorBody(as: Type.self)")
        page.append(" reads it, and a body that does not decode keeps its excerpt and why it did not.")
        page.endParagraph()
        page.tableHeader(["Status", "Type", "Description"])
        var objectTypes: [String] = []
        for error in errors {
            page.startRow()
            page.codeCell(error.status.description)
            page.startCell()
            BodyTypeText.write(error.type, into: &page) { name, page in
                // An object type's fields follow under its own heading; an enum's name is all there is.
                guard case .object? = api.type(named: name)?.body else {
                    page.code(name)
                    return
                }
                page.append("[")
                page.code(name)
                page.append("](#")
                page.append(Self.anchor(of: name))
                page.append(")")
            }
            page.endCell()
            page.textCell(error.description ?? "")
            page.endRow()
            if let name = BodyTypeText.objectTypeName(of: error.type, in: api), !objectTypes.contains(name) {
                objectTypes.append(name)
            }
        }
        for name in objectTypes {
            page.blankLine()
            page.line("### Error body `\(name)`")
            page.blankLine()
            if let description = api.type(named: name)?.description {
                page.paragraph(description)
            }
            ResponseTable(api: api).write(for: name, into: &page)
        }
        page.blankLine()
    }

    /// The heading's anchor as GitHub and most renderers make it: ``### Error body `Problem` `` →
    /// `error-body-problem`. The words before the name keep it apart from the page's other headings
    /// (a type named `Response` or `Errors`).
    static func anchor(of typeName: String) -> String {
        "error-body-" + typeName.lowercased()
    }
}
