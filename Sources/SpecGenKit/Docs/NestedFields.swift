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
        case .list(let items, _), .map(let items), .nullable(let items): self.init(items)
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
        case .list(let items, _), .map(let items), .nullable(let items): return enumValues(of: items)
        default: return nil
        }
    }
}

extension FieldType {
    /// How a docs table names the type: `map of list of number or null`.
    var docsText: String {
        switch self {
        case .scalar(let scalar): scalar.rawValue
        case .named(let reference): reference.name
        case .inlineObject: "object"
        case .inlineEnum: "enum"
        case .list(let items, _): "list of " + items.docsText
        case .map(let items): "map of " + items.docsText
        case .nullable(let wrapped): wrapped.nullableDocsText
        }
    }

    /// A value of this type or `null`: `number or null`, and `null or list of number` for a list
    /// or map, whose own "or null" would read as belonging to its elements.
    var nullableDocsText: String {
        isListOrMap ? "null or " + docsText : docsText + " or null"
    }

    var isListOrMap: Bool {
        switch self {
        case .list, .map: true
        default: false
        }
    }

    /// What a docs path adds below a field's own row to reach its values' fields: `.{key}` for a
    /// map's values, `[]` for a list's elements (a field's own list has its `[]` in its row already).
    var nestedPathSuffix: String {
        switch self {
        case .list(let items, _): items.valuePathSuffix
        default: valuePathSuffix
        }
    }

    private var valuePathSuffix: String {
        switch self {
        case .list(let items, _): "[]" + items.valuePathSuffix
        case .map(let items): ".{key}" + items.valuePathSuffix
        case .nullable(let wrapped): wrapped.valuePathSuffix
        case .scalar, .named, .inlineObject, .inlineEnum: ""
        }
    }
}
