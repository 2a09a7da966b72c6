import SpecGenRuntime
import YAMLReader

/// An example body (YAML, checked by the validator) as the Swift expression that builds it with
/// the generated types: `[NewMember(mobile: "9199", name: "Ann")]`, fields in declaration order.
struct BodySwiftExample {
    let api: APISpec

    /// - Parameter owner: the Swift type inline types of the body are nested in (the request).
    func expression(_ node: YAMLNode, body: RequestBodySpec, owner: String) -> String {
        let element = body.elementType ?? body.type
        let elementType: String
        switch element {
        case .named(let reference): elementType = SwiftName.type(reference.name)
        default: elementType = owner + "." + (BodyNaming.inlineTypeName(of: body) ?? "_")
        }
        if body.elementType != nil {
            let elements = (node.sequence ?? []).map { value($0, type: element, typeName: elementType, format: nil, owner: owner) }
            return "[" + elements.joined(separator: ", ") + "]"
        }
        return value(node, type: element, typeName: elementType, format: nil, owner: owner)
    }

    /// `typeName`: the Swift type of an object or enum value; `owner`: the type whose static
    /// members (date formats) and nested types a field's value uses.
    private func value(_ node: YAMLNode, type: FieldType, typeName: String, format: (String, String)?, owner: String) -> String {
        switch type {
        case .scalar(let kind):
            return scalar(node, kind: kind, format: format)
        case .inlineEnum(_, let values):
            return enumCase(node, values: values)
        case .named(let reference):
            switch api.type(named: reference.name)?.body {
            case .enumeration(let values)?: return enumCase(node, values: values)
            case .object(let fields)?: return object(node, fields: fields, typeName: SwiftName.type(reference.name))
            case .union(let union)?: return unionCase(node, union: union, typeName: SwiftName.type(reference.name), owner: owner)
            case nil: return "nil"
            }
        case .inlineObject(_, let fields):
            return object(node, fields: fields, typeName: typeName)
        case .list(let items, _):
            return "[" + (node.sequence ?? []).map { value($0, type: items, typeName: typeName, format: format, owner: owner) }
                .joined(separator: ", ") + "]"
        case .map(let items):
            let entries = (node.mapping ?? []).map { (key: $0.key.scalar?.text ?? "", value: $0.value) }
                .sorted { MapKeyOrder.precedes($0.key, $1.key) }
            guard !entries.isEmpty else { return "[:]" }
            return "[" + entries.map {
                SwiftLiteral.string($0.key) + ": " + value($0.value, type: items, typeName: typeName, format: format, owner: owner)
            }.joined(separator: ", ") + "]"
        case .nullable(let wrapped):
            if case .null? = node.scalar?.value { return "nil" }
            return value(node, type: wrapped, typeName: typeName, format: format, owner: owner)
        }
    }

    private func object(_ node: YAMLNode, fields: [FieldSpec], typeName: String) -> String {
        let entries = node.mapping ?? []
        var arguments: [String] = []
        for field in fields {
            guard let entry = entries.first(where: { $0.key.scalar?.text == field.name }) else { continue }
            let property = SwiftName.property(wire: field.name, override: field.swiftName)
            let nested = TypeNaming.inlineTypeName(of: field).map { typeName + "." + $0 } ?? typeName
            let format = SwiftTypeMapping(api: api)
                .dateFormat(of: field.type.scalarElement, pattern: field.format, wireName: field.name, property: property)
                .map { (typeName + "." + $0.name, SwiftTypeMapping.swiftType(of: field.type.scalarElement ?? .date)) }
            var argument = value(entry.value, type: field.type, typeName: nested, format: format, owner: typeName)
            if field.isNullable {
                // Required: `T?`; optional: `Nullable<T>?`, which says `null` apart from absent.
                if case .null? = entry.value.scalar?.value { argument = field.isRequired ? "nil" : ".null" }
                else if !field.isRequired { argument = ".value(" + argument + ")" }
            }
            arguments.append(SwiftName.argumentLabel(property) + ": " + argument)
        }
        return typeName + "(" + arguments.joined(separator: ", ") + ")"
    }

    /// `.track(Track(...))`: the case of the variant the validator matched the value to.
    private func unionCase(_ node: YAMLNode, union: UnionSpec, typeName: String, owner: String) -> String {
        guard let index = union.exampleVariant(of: node) else { return "nil" }
        switch union {
        case .tagged(_, let variants):
            let variant = variants[index]
            return "." + TypeNaming.caseName(of: variant) + "("
                + value(node, type: .named(variant.type), typeName: SwiftName.type(variant.type.name), format: nil, owner: owner) + ")"
        case .byKind(let variants):
            let variant = variants[index]
            let caseName = TypeNaming.caseName(of: variant)
            let format = SwiftTypeMapping(api: api)
                .dateFormat(of: variant.type.scalarElement, pattern: variant.format, wireName: variant.kind.rawValue, property: caseName)
                .map { (typeName + "." + $0.name, SwiftTypeMapping.swiftType(of: variant.type.scalarElement ?? .date)) }
            return "." + caseName + "(" + value(node, type: variant.type, typeName: typeName, format: format, owner: owner) + ")"
        }
    }

    private func enumCase(_ node: YAMLNode, values: [EnumValueSpec]) -> String {
        let text = node.scalar?.text ?? ""
        return values.first { $0.value == text }.map { "." + TypeNaming.caseName(of: $0) } ?? SwiftLiteral.string(text)
    }

    /// `format`: the static property holding the field's declared date format, and the value's type.
    private func scalar(_ node: YAMLNode, kind: ScalarKind, format: (String, String)?) -> String {
        let text = node.scalar?.text ?? ""
        switch kind {
        case .string: return SwiftLiteral.string(text)
        case .integer, .boolean: return text
        case .number:
            if case .float(let number)? = node.scalar?.value { return LiteralValue.number(number).description }
            return text
        case .date, .datetime:
            if let (property, type) = format { return "try \(property).read(\(SwiftLiteral.string(text)), as: \(type).self)" }
            return kind == .date ? "CalendarDate(\(SwiftLiteral.string(text)))!" : "DateTime(argumentText: \(SwiftLiteral.string(text)))!"
        case .json: return "nil"
        }
    }
}
