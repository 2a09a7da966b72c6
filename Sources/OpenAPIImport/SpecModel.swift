/// The spec the import builds, typed where the mapping needs to reason about it (named types, their
/// references, cycles), before it is written as YAML.
indirect enum ValueType: Sendable, Equatable {
    case scalar(String)  // string, integer, number, boolean, date, datetime, json
    case named(String)
    case list(ValueType, nullableItems: Bool)
    case map(ValueType, nullableItems: Bool)

    static let json = ValueType.scalar("json")

    /// The JSON kind a value of this type is, for a union by kind; nil when it has none.
    var kind: String? {
        switch self {
        case .scalar(let name):
            switch name {
            case "string", "date", "datetime": "string"
            case "integer", "number", "boolean": name
            default: nil
            }
        case .named: nil  // decided by the named type
        case .list: "array"
        case .map: "object"
        }
    }
}

/// One field of an object type.
struct ImportedField: Sendable {
    var name: String
    var swiftName: String?
    var type: ValueType
    var required = false
    var nullable = false
    var description: String?
    /// `minimum`, `maximum`, `min_length`, ... kept for request bodies.
    var rules: [(String, SpecYAML)] = []
}

enum ImportedTypeBody: Sendable {
    case object([ImportedField], keepsUnknownKeys: Bool)
    /// Values, and the swift_name each needs (nil when the derived one is fine).
    case enumeration([(value: String, swiftName: String?)])
    case taggedUnion(discriminator: String, variants: [(value: String, type: String, swiftName: String?)])
    case kindUnion([(kind: String, type: ValueType)])
}

struct ImportedType: Sendable {
    var name: String
    var description: String?
    var body: ImportedTypeBody

    /// Named types this one holds directly (not through a list or map): the edges of a cycle.
    var directReferences: [String] {
        switch body {
        case .object(let fields, _):
            fields.compactMap { if case .named(let name) = $0.type { name } else { nil } }
        case .enumeration: []
        case .taggedUnion(_, let variants): variants.map(\.type)
        case .kindUnion(let kinds): kinds.compactMap { if case .named(let name) = $0.type { name } else { nil } }
        }
    }
}

extension ValueType {
    /// `type:` and `items:` entries of a field, parameter or body, with `nullable` for items.
    func yamlEntries() -> [(String, SpecYAML)] {
        switch self {
        case .scalar(let name): [("type", .text(name))]
        case .named(let name): [("type", .text(name))]
        case .list(let items, let nullable): [("type", .text("list")), ("items", items.itemYAML(nullable: nullable))]
        case .map(let items, let nullable): [("type", .text("map")), ("items", items.itemYAML(nullable: nullable))]
        }
    }

    /// The `items:` value: a name when it can be, a mapping otherwise.
    func itemYAML(nullable: Bool) -> SpecYAML {
        switch self {
        case .scalar(let name) where !nullable: .text(name)
        case .named(let name) where !nullable: .text(name)
        default: .mapping(yamlEntries() + (nullable ? [("nullable", .literal("true"))] : []))
        }
    }
}

extension ImportedType {
    var yaml: SpecYAML {
        var entries: [(String, SpecYAML)] = []
        switch body {
        case .object(let fields, let keeps):
            entries.append(("kind", .text("object")))
            if let description { entries.append(("description", .text(description))) }
            if keeps { entries.append(("unknown_keys", .text("keep"))) }
            entries.append(("fields", .list(fields.map(\.yaml))))
        case .enumeration(let values):
            entries.append(("kind", .text("enum")))
            if let description { entries.append(("description", .text(description))) }
            entries.append(("values", .list(values.map { value in
                guard let swiftName = value.swiftName else { return .text(value.value) }
                return .mapping([("value", .text(value.value)), ("swift_name", .text(swiftName))])
            })))
        case .taggedUnion(let discriminator, let variants):
            entries.append(("kind", .text("union")))
            if let description { entries.append(("description", .text(description))) }
            entries.append(("discriminator", .text(discriminator)))
            entries.append(("variants", .list(variants.map { variant in
                var entries: [(String, SpecYAML)] = [("value", .text(variant.value)), ("type", .text(variant.type))]
                if let swiftName = variant.swiftName { entries.append(("swift_name", .text(swiftName))) }
                return .mapping(entries)
            })))
        case .kindUnion(let kinds):
            entries.append(("kind", .text("union")))
            if let description { entries.append(("description", .text(description))) }
            entries.append(("kinds", .list(kinds.map { .mapping([("kind", .text($0.kind))] + $0.type.yamlEntries()) })))
        }
        return .mapping(entries)
    }
}

extension ImportedField {
    var yaml: SpecYAML {
        var entries: [(String, SpecYAML)] = [("name", .text(name))]
        if let swiftName { entries.append(("swift_name", .text(swiftName))) }
        entries += type.yamlEntries()
        if required { entries.append(("required", .literal("true"))) }
        if nullable { entries.append(("nullable", .literal("true"))) }
        entries += rules
        if let description { entries.append(("description", .text(description))) }
        return .mapping(entries)
    }
}
