/// An endpoint's body becomes one property of its request (`customers: [NewCustomer]`, with no
/// wrapper type for the envelope), a nested type for an inline object, and `makeBody()`, which
/// checks the body's rules and writes it with the runtime's strict writer.
struct RequestBodyTranslator {
    let api: APISpec
    let body: RequestBodySpec

    var property: String { BodyNaming.property(of: body) }

    /// The property's type, not optional: a named type, the nested type, or an array of either.
    var valueType: String {
        if case .list(let items, _) = body.type { return "[" + elementType(items) + "]" }
        return elementType(body.type)
    }

    private func elementType(_ type: FieldType) -> String {
        switch type {
        case .named(let reference): SwiftName.type(reference.name)
        case .scalar(let scalar): SwiftTypeMapping.swiftType(of: scalar)
        case .inlineObject, .inlineEnum: BodyNaming.inlineTypeName(of: body) ?? "_"
        case .list, .map, .nullable: "_"  // refused by the loader and the validator
        }
    }

    /// The doc comment of the property.
    var doc: String {
        var parts: [String] = []
        if let description = body.description { parts.append(description) }
        var facts = "The request body, sent as `\(body.contentType.rawValue)`"
        facts += body.envelope.isEmpty ? "." : " inside `\(body.envelopePath)`."
        if let maximum = body.maxItems { facts += " At most \(maximum) \(maximum == 1 ? "element" : "elements")." }
        if let minimum = body.minItems { facts += " At least \(minimum) \(minimum == 1 ? "element" : "elements")." }
        parts.append(facts)
        return parts.joined(separator: "\n\n")
    }

    /// The inline object (of the body or of its elements), nested in the request.
    func nestedType() -> TypeDeclaration? {
        guard let name = BodyNaming.inlineTypeName(of: body) else { return nil }
        let fields: [FieldSpec]
        switch body.type {
        case .inlineObject(_, let inline), .list(.inlineObject(_, let inline), _): fields = inline
        default: return nil
        }
        return ObjectTranslator(mapping: SwiftTypeMapping(api: api)).declaration(
            name: name, description: body.elementType == nil ? "The body of the request." : "An element of the request's body.",
            fields: fields, leniency: .strict, keepsUnknownKeys: false, bodyRules: BodyTypeRules(atLeastOne: nil))
    }

    /// `makeBody()`: nil for an optional body that is not set; else the rules, then the bytes.
    func makeBody() -> FunctionDeclaration {
        let reference = SwiftName.propertyReference(property, hiddenBy: ["value"])
        var statements: [Statement] = []
        let value: String
        if body.isRequired {
            value = reference
        } else {
            statements.append(.line("guard let value = \(property == "value" ? "self.value" : reference) else { return nil }"))
            value = "value"
        }
        let path = SwiftLiteral.string(body.envelopePath)
        if case .list(let items, _) = body.type {
            var arguments = ""
            if let minimum = body.minItems { arguments += ", minItems: \(minimum)" }
            if let maximum = body.maxItems { arguments += ", maxItems: \(maximum)" }
            if !arguments.isEmpty {
                statements.append(.line("try BodyRules.checkCount(\(value), field: \(path)\(arguments))"))
            }
            if isObject(items) {
                statements.append(.line("try BodyRules.checkEach(\(value), field: \(path))"))
            } else if isEnum(items) {
                statements.append(.line(
                    "try BodyRules.checkEach(\(value), field: \(path)) { element, name throws(RequestValidationError) in try BodyRules.checkDeclared(element, field: name) }"))
            } else if case .scalar(.number) = items {
                statements.append(.line(
                    "try BodyRules.checkEach(\(value), field: \(path)) { element, name throws(RequestValidationError) in try BodyRules.check(element, field: name) }"))
            }
        } else {
            statements.append(.line("try BodyRules.check(\(value), field: \(path))"))
        }
        switch body.contentType {
        case .json:
            let envelope = "[" + body.envelope.map(SwiftLiteral.string).joined(separator: ", ") + "]"
            statements.append(.line("return try RequestBody.json(\(value)\(body.envelope.isEmpty ? "" : ", envelope: \(envelope)"))"))
        case .form:
            let separators = (BodyNaming.objectFields(of: body, in: api) ?? []).compactMap { field in
                field.constraints.separator.map { SwiftLiteral.string(field.name) + ": " + SwiftLiteral.string($0) }
            }
            // Spaces as the API's query encoding writes them; nothing said, nothing written.
            let space = api.queryEncoding.space == .plus ? ", space: .plus" : ""
            statements.append(.line(
                "return try RequestBody.form(\(value)" + (separators.isEmpty ? "" : ", listSeparators: [\(separators.joined(separator: ", "))]") + space + ")"))
        }
        var doc = "The body: its rules checked (a broken one names the field's JSON path), then written as "
        doc += body.contentType == .json ? "JSON, keys in the spec's order" : "a form, fields in the spec's order"
        doc += body.envelope.isEmpty ? "." : ", inside `\(body.envelopePath)`."
        let callouts = DocCallouts(
            returns: body.isRequired ? "The body's bytes and content type." : "The body's bytes and content type; nil when it is not set.",
            throwsText: "`RequestValidationError` when the body breaks a rule of the spec.")
        return FunctionDeclaration(
            doc: callouts.appended(to: doc), access: .public, kind: .function("makeBody"),
            effects: "throws(RequestValidationError)", returnType: "RequestBody?", body: statements)
    }

    private func isObject(_ type: FieldType) -> Bool {
        switch type {
        case .inlineObject: true
        case .named(let reference): if case .object? = api.type(named: reference.name)?.body { true } else { false }
        default: false
        }
    }

    private func isEnum(_ type: FieldType) -> Bool {
        switch type {
        case .inlineEnum: true
        case .named(let reference): if case .enumeration? = api.type(named: reference.name)?.body { true } else { false }
        default: false
        }
    }
}
