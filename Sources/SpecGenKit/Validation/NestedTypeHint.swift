/// Why a type name that is not a named type is still a name the user saw: an inline enum or
/// object's `type_name` (or the name it gets from its field) names a type nested in the struct
/// that declares it, which no other field can see. "unknown type" alone sends the user looking for
/// a typo that is not there; this says where the type is and how to share it.
enum NestedTypeHint {
    /// The text to append to an "unknown type 'X'" message when `name` is a nested type of one of
    /// the API's types, or nil.
    static func hint(for name: String, in api: APISpec) -> String? {
        for type in api.types {
            guard case .object(let fields) = type.body,
                  let found = nestedType(named: name, in: fields, path: [])
            else { continue }
            let shape = found.isEnum ? "{kind: enum, values: [...]}" : "{kind: object, fields: [...]}"
            return "; '\(name)' is the \(found.isEnum ? "enum" : "object") nested in '\(type.name)' (field"
                + " '\(found.path.joined(separator: "."))'), which only that field can use; to share it,"
                + " declare it under 'types:' as '\(name): \(shape)' and give that field 'type: \(name)' too"
        }
        return nil
    }

    /// The first inline enum or object in `fields` (at any depth) whose Swift name is `name`.
    private static func nestedType(
        named name: String, in fields: [FieldSpec], path: [String]
    ) -> (path: [String], isEnum: Bool)? {
        for field in fields {
            let fieldPath = path + [field.name]
            let type = field.type.innermost
            var wrapper: String?
            if case .list(_, let listWrapper) = field.type { wrapper = listWrapper }
            switch type {
            case .inlineEnum(let typeName, _):
                if (typeName ?? TypeNaming.nestedTypeName(wrapper ?? field.name)) == name { return (fieldPath, true) }
            case .inlineObject(let typeName, let nested):
                if (typeName ?? TypeNaming.nestedTypeName(wrapper ?? field.name)) == name { return (fieldPath, false) }
                if let found = nestedType(named: name, in: nested, path: fieldPath) { return found }
            case .scalar, .named, .list, .map, .nullable:
                break
            }
            if let found = nestedType(named: name, in: field.wrapperFields, path: fieldPath) { return found }
        }
        return nil
    }
}
