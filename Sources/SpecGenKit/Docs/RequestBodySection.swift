import SpecGenRuntime

/// The "Request body" section: the content type, the envelope and the Swift property, then every
/// field the body can hold, one row each, named by its path as sent
/// (`root.customer[].custom_fields.field[].name`), with its type, whether it is required, the rules
/// checked before sending and its description.
struct RequestBodySection {
    let api: APISpec
    let endpoint: EndpointSpec

    /// Named types are expanded at most this deep, and once per path: a type that holds itself
    /// through a list is shown once.
    static let namedTypeDepthLimit = 32

    func write(into page: inout MarkdownWriter) {
        guard let body = endpoint.body else { return }
        page.line("## Request body")
        page.blankLine()
        page.append("Sent as ")
        page.code(body.contentType.rawValue)
        if !body.envelope.isEmpty {
            page.append(", inside ")
            page.code(body.envelope.map { "{\"\($0)\": " }.joined() + "…" + String(repeating: "}", count: body.envelope.count))
        }
        page.append(body.isRequired ? "; required. " : "; optional (no body is sent without it). ")
        page.append("Swift: the request's ")
        page.code(BodyNaming.property(of: body))
        page.append(" property, a ")
        page.code(RequestBodyTranslator(api: api, body: body).valueType)
        page.append(".")
        page.endLine()
        if let description = body.description {
            page.blankLine()
            page.text(description)
            page.endLine()
        }
        var rules: [String] = []
        if let minimum = body.minItems { rules.append("at least \(minimum) \(minimum == 1 ? "element" : "elements")") }
        if let maximum = body.maxItems { rules.append("at most \(maximum) \(maximum == 1 ? "element" : "elements") per request") }
        if !rules.isEmpty {
            page.blankLine()
            page.line("The list holds " + rules.joined(separator: " and ") + ".")
        }
        page.blankLine()
        page.line("Every rule is checked before sending; a broken one names the field's path as sent (a list element "
            + "by its index, such as `[3]`), never its value. Keys are sent in the order below; fields that are not set "
            + "are left out.")
        page.blankLine()
        page.tableHeader(["Field", "Type", "Required", "Rules", "Description"])
        var path = body.envelopePath
        if case .list = body.type { path += "[]" }
        let element = body.elementType ?? body.type
        switch element {
        case .named(let reference):
            if case .object(let fields)? = api.type(named: reference.name)?.body {
                writeRows(fields, of: api.type(named: reference.name), path: path, visiting: [reference.name], into: &page)
            }
        case .inlineObject(_, let fields):
            writeRows(fields, of: nil, path: path, visiting: [], into: &page)
        default:
            break
        }
        page.blankLine()
    }

    private func writeRows(_ fields: [FieldSpec], of type: TypeSpec?, path: String, visiting: Set<String>, into page: inout MarkdownWriter) {
        let prefix = path.isEmpty ? "" : path + "."
        for field in fields {
            var fieldPath = prefix + field.name
            if case .list(_, let wrapper) = field.type {
                if let wrapper { fieldPath += "." + wrapper }
                fieldPath += "[]"
            }
            page.startRow()
            page.codeCell(fieldPath)
            page.cell(field.isNullable ? field.type.nullableDocsText : field.type.docsText)
            page.cell(field.isRequired ? "yes" : "no")
            page.textCell(rules(of: field).joined(separator: "; "))
            page.startCell()
            if let description = field.description { page.text(description, inTable: true) }
            if let values = api.enumValues(of: field.type) {
                if !page.cellIsEmpty { page.append(" ") }
                page.append("Values: ")
                page.codeList(values.lazy.map(\.value))
                page.append(".")
            }
            page.endCell()
            page.endRow()
            if !field.wrapperFields.isEmpty {
                // Beside the list in its wrapper object: `lines.count`.
                writeRows(field.wrapperFields, of: nil, path: prefix + field.name, visiting: visiting, into: &page)
            }
            let valuesPath = fieldPath + field.type.nestedPathSuffix
            switch NestedFields(field.type) {
            case .fields(let inner):
                writeRows(inner, of: nil, path: valuesPath, visiting: visiting, into: &page)
            case .named(let name):
                guard !visiting.contains(name), visiting.count <= Self.namedTypeDepthLimit,
                      let named = api.type(named: name), case .object(let inner) = named.body else { break }
                writeRows(inner, of: named, path: valuesPath, visiting: visiting.union([name]), into: &page)
            case .none:
                break
            }
        }
        if let atLeastOne = type?.atLeastOne {
            page.startRow()
            page.codeCell(path.isEmpty ? "(body)" : path)
            page.cell("object")
            page.cell("")
            page.textCell("at least one of " + atLeastOne.fields.joined(separator: ", ") + " is set")
            page.cell("")
            page.endRow()
        }
    }

    /// The rules checked before sending, as a reader would state them.
    private func rules(of field: FieldSpec) -> [String] {
        let rules = field.constraints
        var texts: [String] = []
        let each = { (text: String) -> String in
            if case .list = field.type { return "each " + text }
            if case .map = field.type { return "each value " + text }
            return text
        }
        if let minimum = rules.minimum { texts.append(each(">= \(PlainDecimal.text(minimum))")) }
        if let maximum = rules.maximum { texts.append(each("<= \(PlainDecimal.text(maximum))")) }
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if let minimum = rules.minLength { texts.append(each("at least " + counted(minimum, "character"))) }
        if let maximum = rules.maxLength { texts.append(each("at most " + counted(maximum, "character"))) }
        // A map's bounds count its entries.
        var isMap = false
        if case .map = field.type { isMap = true }
        func items(_ count: Int) -> String { isMap ? "\(count) \(count == 1 ? "entry" : "entries")" : counted(count, "element") }
        if let minimum = rules.minItems { texts.append("at least " + items(minimum)) }
        if let maximum = rules.maxItems { texts.append("at most " + items(maximum)) }
        if field.type.scalarElement == .number { texts.append(each("finite")) }
        if api.enumValues(of: field.type) != nil { texts.append(each("a declared value")) }
        if let format = field.format, let scalar = field.type.scalarElement, scalar.isDateOrTime {
            texts.append("written " + format)
        }
        if rules.asString { texts.append("sent as a JSON string") }
        if let separator = rules.separator { texts.append("in a form, sent as one value joined by \"\(separator)\"") }
        return texts
    }
}
