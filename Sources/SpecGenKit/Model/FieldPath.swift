/// A path of JSON keys through a response type (`response.customers`), resolved to the fields it
/// passes. The validator reports paths that do not resolve; translators turn resolved ones into
/// Swift member chains.
struct FieldPath {
    /// The fields along the path, the last one being the field the path names.
    let fields: [FieldSpec]

    enum Problem: Error {
        case unknownField(String, owner: String, known: [String])
        case notAnObject(String)
        case nullable(String)
    }

    /// Resolves `keys` from the object type named `typeName`.
    static func resolve(_ keys: [String], from typeName: String, in api: APISpec) -> Result<FieldPath, Problem> {
        guard case .object(var fields)? = api.type(named: typeName)?.body else {
            return .failure(.notAnObject(typeName))
        }
        var owner = typeName
        var resolved: [FieldSpec] = []
        for (index, key) in keys.enumerated() {
            guard let field = fields.first(where: { $0.name == key }) else {
                return .failure(.unknownField(key, owner: owner, known: fields.map(\.name)))
            }
            // What a path names is read as a plain value (a status, the items): `Nullable` is not one.
            if field.isNullable { return .failure(.nullable(key)) }
            resolved.append(field)
            if index < keys.count - 1 {
                guard let nested = objectFields(of: field.type, in: api) else { return .failure(.notAnObject(key)) }
                fields = nested
                owner = key
            }
        }
        return .success(FieldPath(fields: resolved))
    }

    /// The fields of an object value (a named object type or an inline object), nil for anything else.
    static func objectFields(of type: FieldType, in api: APISpec) -> [FieldSpec]? {
        switch type {
        case .named(let reference):
            if case .object(let fields)? = api.type(named: reference.name)?.body { return fields }
            return nil
        case .inlineObject(_, let fields):
            return fields
        default:
            return nil
        }
    }

    /// The last field.
    var field: FieldSpec { fields[fields.count - 1] }

    /// Whether any field along the path may be absent.
    var isOptional: Bool { fields.contains { !$0.isRequired } }

    /// `root.response.customers`, with `?.` after the first optional field.
    func swiftExpression(from root: String) -> String {
        var text = root
        var optionalSoFar = false
        for field in fields {
            text += (optionalSoFar ? "?." : ".") + SwiftName.property(wire: field.name, override: field.swiftName)
            optionalSoFar = optionalSoFar || !field.isRequired
        }
        return text
    }
}

extension FieldPath.Problem {
    var message: String {
        switch self {
        case .unknownField(let key, let owner, let known):
            "'\(owner)' has no field '\(key)'" + Suggestion.didYouMean(key, in: known)
        case .notAnObject(let name):
            "'\(name)' is not an object, so the path cannot go through it"
        case .nullable(let name):
            "'\(name)' is nullable, so the path cannot use it: a status, an item or a list of items must be a value"
        }
    }
}
