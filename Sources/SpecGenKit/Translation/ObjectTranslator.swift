/// Object types become `Codable` structs whose `init(from:)` reads each field with the leniency
/// the spec gives it, and whose `encode(to:)` writes the canonical form (numbers as numbers, lists
/// in their wrappers), so encoding then decoding gives the same value.
struct ObjectTranslator {
    let mapping: SwiftTypeMapping

    /// - Parameter leniency: the leniency fields get when they do not declare their own.
    func declaration(name: String, description: String?, fields: [FieldSpec], leniency: LeniencySpec) -> TypeDeclaration {
        var members: [Declaration] = fields.map { field in
            .property(PropertyDeclaration(
                doc: doc(of: field), access: .public, name: propertyName(field), type: mapping.propertyType(of: field)))
        }
        members += nestedTypes(of: fields, leniency: leniency).map(Declaration.type)
        members.append(.function(memberwiseInitializer(name: name, fields: fields)))
        members.append(.function(decodingInitializer(fields, leniency: leniency)))
        members.append(.function(encodeFunction(fields)))
        return TypeDeclaration(
            doc: description, access: .public, kind: .structure, name: name,
            inherits: ["Codable", "Sendable", "Equatable"], members: members)
    }

    private func propertyName(_ field: FieldSpec) -> String {
        SwiftName.property(wire: field.name, override: field.swiftName)
    }

    private func doc(of field: FieldSpec) -> String? {
        var parts: [String] = []
        if let description = field.description { parts.append(description) }
        if let format = field.format { parts.append("Format: `\(format)`.") }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private func nestedTypes(of fields: [FieldSpec], leniency: LeniencySpec) -> [TypeDeclaration] {
        fields.compactMap { field -> TypeDeclaration? in
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
    private func memberwiseInitializer(name: String, fields: [FieldSpec]) -> FunctionDeclaration {
        let parameters = fields.map { field in
            FunctionDeclaration.Parameter(
                name: propertyName(field), type: mapping.propertyType(of: field),
                defaultValue: field.isRequired ? nil : "nil")
        }
        return FunctionDeclaration(
            doc: "Creates a value from its fields.", access: .public, kind: .initializer, parameters: parameters,
            body: fields.map { .line("self.\(propertyName($0)) = \(propertyName($0))") })
    }

    private func decodingInitializer(_ fields: [FieldSpec], leniency: LeniencySpec) -> FunctionDeclaration {
        var body: [Statement] = []
        if !fields.isEmpty {
            body.append(.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)"))
        }
        for field in fields {
            let name = propertyName(field)
            let key = SwiftLiteral.string(field.name)
            let target = SwiftName.propertyReference(name, hiddenBy: ["decoder", "container"])
            let element = mapping.element(of: field.type, field: field)
            let leniencyText = SwiftTypeMapping.leniencyExpression(field.leniency ?? leniency)
            let call: String
            if case .list(_, let wrapper) = field.type {
                let method = element.shape == .scalar ? "decodeScalarList" : "decodeObjectList"
                let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
                call = "container.\(method)(\(element.type).self, forKey: \(key), wrapperKey: \(wrapperText), leniency: \(leniencyText))"
            } else {
                let method = element.shape == .scalar ? "decodeScalar" : "decodeObject"
                call = "container.\(method)(\(element.type).self, forKey: \(key), leniency: \(leniencyText))"
            }
            if field.isRequired {
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

    private func encodeFunction(_ fields: [FieldSpec]) -> FunctionDeclaration {
        var body: [Statement] = []
        if !fields.isEmpty {
            body.append(.line("var container = encoder.container(keyedBy: AnyCodingKey.self)"))
        }
        for field in fields {
            let key = SwiftLiteral.string(field.name)
            let value = SwiftName.propertyReference(propertyName(field), hiddenBy: ["encoder", "container"])
            if case .list(_, let wrapper) = field.type {
                let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
                body.append(.line("try container.encodeList(\(value), forKey: \(key), wrapperKey: \(wrapperText))"))
            } else {
                body.append(.line("try container.encodeField(\(value), forKey: \(key))"))
            }
        }
        return FunctionDeclaration(
            access: .public, kind: .function("encode"),
            parameters: [.init(label: "to", name: "encoder", type: "any Encoder")],
            effects: "throws", body: body)
    }
}
