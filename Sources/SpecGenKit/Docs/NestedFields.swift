/// What a docs table recurses into below a field: an inline object's fields, a named type (a table
/// of its own, or its fields, as the table decides), or nothing. A list is looked through to its
/// elements. Shared by the response table and the request body table, which list fields alike.
enum NestedFields {
    case fields([FieldSpec])
    case named(String)
    case none

    init(_ type: FieldType) {
        switch type {
        case .inlineObject(_, let fields): self = .fields(fields)
        case .named(let reference): self = .named(reference.name)
        case .list(let items, _): self.init(items)
        default: self = .none
        }
    }
}
