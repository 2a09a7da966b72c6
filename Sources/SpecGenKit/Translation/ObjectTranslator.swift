/// Object types become `Codable` structs whose `init(from:)` reads each field with the leniency
/// the spec gives it, and whose `encode(to:)` writes the canonical form (numbers as numbers, lists
/// in their wrappers), so encoding then decoding gives the same value.
struct ObjectTranslator {
    let mapping: SwiftTypeMapping

    /// - Parameter leniency: the leniency fields get when they do not declare their own.
    func declaration(name: String, description: String?, fields: [FieldSpec], leniency: LeniencySpec) -> TypeDeclaration {
        // Each field's names appear in four members; work them out once.
        let fields = fields.map { TranslatedField($0, mapping: mapping) }
        var members: [Declaration] = fields.map { field in
            .property(PropertyDeclaration(doc: doc(of: field.spec), access: .public, name: field.property, type: field.type))
        }
        members += nestedTypes(of: fields, leniency: leniency).map(Declaration.type)
        members.append(.function(memberwiseInitializer(fields)))
        members.append(.function(decodingInitializer(fields, leniency: leniency)))
        members.append(.function(encodeFunction(fields)))
        return TypeDeclaration(
            doc: description, access: .public, kind: .structure, name: name,
            inherits: ["Codable", "Sendable", "Equatable"], members: members)
    }

    /// A field with the Swift text the members print for it.
    private struct TranslatedField {
        let spec: FieldSpec
        /// The property name, escaped.
        let property: String
        /// The property's declared type, e.g. `[Customer]?`.
        let type: String
        /// The wire name as a string literal: the coding key.
        let key: String
        /// The value's (or each list element's) Swift type and how it is decoded.
        let element: (type: String, shape: SwiftTypeMapping.Shape)

        init(_ spec: FieldSpec, mapping: SwiftTypeMapping) {
            self.spec = spec
            property = SwiftName.property(wire: spec.name, override: spec.swiftName)
            element = mapping.element(of: spec.type, field: spec)
            type = SwiftTypeMapping.propertyType(of: spec, element: element.type)
            key = SwiftLiteral.string(spec.name)
        }
    }

    private func doc(of field: FieldSpec) -> String? {
        var parts: [String] = []
        if let description = field.description { parts.append(description) }
        if let format = field.format { parts.append("Format: `\(format)`.") }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private func nestedTypes(of fields: [TranslatedField], leniency: LeniencySpec) -> [TypeDeclaration] {
        fields.compactMap { translated -> TypeDeclaration? in
            let field = translated.spec
            guard let typeName = TypeNaming.inlineTypeName(of: field) else { return nil }
            let inner = field.leniency ?? leniency
            switch field.type {
            case .inlineObject(_, let nested), .list(.inlineObject(_, let nested), _):
                return declaration(name: typeName, description: field.description, fields: nested, leniency: inner)
            case .inlineEnum(_, let values), .list(.inlineEnum(_, let values), _):
                return OpenEnumTranslator().declaration(name: typeName, description: field.description, values: values)
            default:
                return nil
            }
        }
    }

    /// Every field a parameter, optional ones defaulting to nil, so values can be built in tests
    /// and previews without decoding JSON.
    private func memberwiseInitializer(_ fields: [TranslatedField]) -> FunctionDeclaration {
        let parameters = fields.map { field in
            FunctionDeclaration.Parameter(
                name: field.property, type: field.type, defaultValue: field.spec.isRequired ? nil : "nil")
        }
        return FunctionDeclaration(
            doc: "Creates a value from its fields.", access: .public, kind: .initializer, parameters: parameters,
            body: fields.map { .line("self.\($0.property) = \($0.property)") })
    }

    private func decodingInitializer(_ fields: [TranslatedField], leniency: LeniencySpec) -> FunctionDeclaration {
        var body: [Statement] = []
        if !fields.isEmpty {
            body.append(.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)"))
        }
        let defaultLeniencyText = SwiftTypeMapping.leniencyExpression(leniency)
        for field in fields {
            let key = field.key
            let target = SwiftName.propertyReference(field.property, hiddenBy: ["decoder", "container"])
            let element = field.element
            let leniencyText = field.spec.leniency.map(SwiftTypeMapping.leniencyExpression) ?? defaultLeniencyText
            let call: String
            if case .list(_, let wrapper) = field.spec.type {
                let method = element.shape == .scalar ? "decodeScalarList" : "decodeObjectList"
                let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
                call = "container.\(method)(\(element.type).self, forKey: \(key), wrapperKey: \(wrapperText), leniency: \(leniencyText))"
            } else {
                let method = element.shape == .scalar ? "decodeScalar" : "decodeObject"
                call = "container.\(method)(\(element.type).self, forKey: \(key), leniency: \(leniencyText))"
            }
            if field.spec.isRequired {
                body.append(.line("\(target) = try container.requireValue(\(call), forKey: \(key))"))
            } else {
                body.append(.line("\(target) = try \(call)"))
            }
        }
        return FunctionDeclaration(
            access: .public, kind: .initializer,
            parameters: [.init(label: "from", name: "decoder", type: "any Decoder")],
            effects: "throws", body: body)
    }

    private func encodeFunction(_ fields: [TranslatedField]) -> FunctionDeclaration {
        var body: [Statement] = []
        if !fields.isEmpty {
            body.append(.line("var container = encoder.container(keyedBy: AnyCodingKey.self)"))
        }
        for field in fields {
            let value = SwiftName.propertyReference(field.property, hiddenBy: ["encoder", "container"])
            if case .list(_, let wrapper) = field.spec.type {
                let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
                body.append(.line("try container.encodeList(\(value), forKey: \(field.key), wrapperKey: \(wrapperText))"))
            } else {
                body.append(.line("try container.encodeField(\(value), forKey: \(field.key))"))
            }
        }
        return FunctionDeclaration(
            access: .public, kind: .function("encode"),
            parameters: [.init(label: "to", name: "encoder", type: "any Encoder")],
            effects: "throws", body: body)
    }
}
