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

extension APISpec {
    /// The values a field's enum takes, inline or named, looking through lists: what the docs
    /// tables list beside the field. Nil for a field that is not an enum.
    func enumValues(of type: FieldType) -> [EnumValueSpec]? {
        switch type {
        case .inlineEnum(_, let values): return values
        case .named(let reference):
            if case .enumeration(let values)? = self.type(named: reference.name)?.body { return values }
            return nil
        case .list(let items, _): return enumValues(of: items)
        default: return nil
        }
    }
}
