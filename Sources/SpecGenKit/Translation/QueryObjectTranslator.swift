import SpecGenRuntime

/// A query parameter of `type: object` (`style: brackets`) becomes a struct nested in its request,
/// one property per field, sent as `name[field]=value` in field order, fields not set left out.
struct QueryObjectTranslator {
    let api: APISpec
    let parameter: ParameterSpec

    private var fields: [ParameterSpec] { parameter.objectFields }

    /// The struct's name: `type_name`, or the parameter's name (`filter` → `Filter`).
    static func typeName(of parameter: ParameterSpec) -> String {
        TypeNaming.enumTypeName(of: parameter)
    }

    /// The fields in the order the struct's initializer takes them: required first, as every other
    /// generated initializer has them, then the optional ones, which may be left out.
    static func initializerOrder(of parameter: ParameterSpec) -> [ParameterSpec] {
        parameter.objectFields.filter(\.isRequired) + parameter.objectFields.filter { !$0.isRequired }
    }

    static func propertyName(_ field: ParameterSpec) -> String {
        SwiftName.property(wire: field.name, override: field.swiftName)
    }

    private func dateFormat(_ field: ParameterSpec) -> SwiftTypeMapping.DateFormat? {
        guard case .scalar(let scalar) = field.type else { return nil }
        return SwiftTypeMapping(api: api).dateFormat(
            of: scalar, pattern: field.format, wireName: ParameterSpec.bracketedName(parameter.name, field: field.name),
            property: Self.propertyName(field))
    }

    func declaration() -> TypeDeclaration {
        var members: [Declaration] = fields.compactMap(dateFormat).map { .property($0.declaration) }
        for field in fields {
            if case .enumeration(let values) = field.type, field.enumType == nil {
                members.append(.type(RequestTranslator.closedEnum(
                    name: TypeNaming.enumTypeName(of: field), doc: "The values of `\(field.name)`.", values: values,
                    conformances: ["QueryValue", "ArgumentValue"])))
            }
        }
        for field in fields {
            members.append(.property(PropertyDeclaration(
                doc: fieldDoc(field), access: .public, name: Self.propertyName(field),
                type: SwiftTypeMapping.parameterType(of: field) + (field.isRequired ? "" : "?"))))
        }
        let ordered = Self.initializerOrder(of: parameter)
        let callouts = DocCallouts(parameters: ordered.map { (Self.propertyName($0), fieldDoc($0)) })
        members.append(.function(FunctionDeclaration(
            doc: callouts.appended(to: "Creates the value; a field left nil is not sent."), access: .public, kind: .initializer,
            parameters: ordered.map {
                .init(name: Self.propertyName($0), type: SwiftTypeMapping.parameterType(of: $0) + ($0.isRequired ? "" : "?"),
                      defaultValue: $0.isRequired ? nil : "nil")
            },
            body: ordered.map { .line("self.\(Self.propertyName($0)) = \(Self.propertyName($0))") })))
        var doc = parameter.description.map { $0 + "\n\n" } ?? ""
        doc += "Sent as `\(parameter.name)[field]=value`, one per field that is set, in this order."
        return TypeDeclaration(
            doc: doc, access: .public, kind: .structure, name: Self.typeName(of: parameter),
            inherits: ["Sendable", "Hashable"], members: members)
    }

    private func fieldDoc(_ field: ParameterSpec) -> String {
        var parts: [String] = []
        if let description = field.description { parts.append(description) }
        var fact = "Sent as `\(ParameterSpec.bracketedName(parameter.name, field: field.name))`."
        if case .scalar(let scalar) = field.type, scalar.isDateOrTime {
            fact += " Written `\(field.format ?? (scalar == .date ? "YYYY-MM-DD" : DateTimeFormat.iso8601.pattern))`."
        }
        parts.append(fact)
        return parts.joined(separator: "\n\n")
    }

    /// `query.append("filter", key: "name", filter.name)` per field, an optional one inside
    /// `if let value = filter.kind`; a number checked finite and an open enum's value declared first,
    /// as a parameter's are.
    func appendStatements(value object: String) -> [Statement] {
        let name = SwiftLiteral.string(parameter.name)
        return fields.map { field in
            let key = SwiftLiteral.string(field.name)
            let wireName = SwiftLiteral.string(ParameterSpec.bracketedName(parameter.name, field: field.name))
            let reference = "\(object).\(Self.propertyName(field))"
            let value = field.isRequired ? reference : "value"
            var statements: [Statement] = []
            if case .scalar(.number) = field.type {
                statements.append(.block("if !\(value).isFinite", [
                    .line("throw RequestValidationError(parameter: \(wireName), problem: .notFinite)"),
                ]))
            }
            if field.enumType != nil {
                statements.append(.block("if case .unknown = \(value)", [
                    .line("throw RequestValidationError(parameter: \(wireName), problem: .undeclaredValue)"),
                ]))
            }
            if let format = dateFormat(field) {
                let typeName = Self.typeName(of: parameter)
                statements.append(.line("query.append(\(name), key: \(key), try \(typeName).\(format.name).queryText(\(value), parameter: \(wireName)))"))
            } else {
                statements.append(.line("query.append(\(name), key: \(key), \(value))"))
            }
            return field.isRequired ? statements : [.block("if let value = \(reference)", statements)]
        }.flatMap { $0 }
    }
}
