/// A whole body's type as the docs say it: `` `Forecast` ``, ``list of `Forecast` ``, `string`.
enum BodyTypeText {
    /// - Parameter link: how a type name is written; by default as code.
    static func write(
        _ type: FieldType, into page: inout MarkdownWriter,
        link: (String, inout MarkdownWriter) -> Void = { name, page in page.code(name) }
    ) {
        switch type {
        case .scalar(let scalar): page.append(scalar.rawValue)
        case .named(let reference): link(reference.name, &page)
        case .list(let items, _):
            page.append("list of ")
            write(items, into: &page, link: link)
        case .map(let items):
            page.append("map of ")
            write(items, into: &page, link: link)
        case .nullable(let wrapped):
            write(wrapped, into: &page, link: link)
            page.append(" or null")
        // Never for a body, where the loader allows no inline types; no case is left out, so that a
        // kind of type added later must say how it reads.
        case .inlineObject: page.append("object")
        case .inlineEnum: page.append("enum")
        }
    }

    /// As the subject of a sentence: ``a list of `Forecast` ``, `a string`, `any JSON value`.
    static func writeWithArticle(_ type: FieldType, into page: inout MarkdownWriter) {
        switch type {
        case .scalar(.json): page.append("any JSON value")
        case .scalar(let scalar): page.append(IndefiniteArticle.prefixed(scalar.rawValue))
        case .named(let reference):
            page.append(IndefiniteArticle.article(before: reference.name) + " ")
            page.code(reference.name)
        default:
            page.append("a ")
            write(type, into: &page)
        }
    }

    /// The named object type a body is, or holds as list elements or map values: what its field table describes.
    static func objectTypeName(of type: FieldType, in api: APISpec) -> String? {
        guard case .named(let reference) = type.innermost, case .object? = api.type(named: reference.name)?.body else { return nil }
        return reference.name
    }
}
