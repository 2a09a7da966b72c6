/// The rules of an object type sent in a request body become its `checkBodyRules(_:)`: one
/// `BodyRules` call per rule, each naming the field by its JSON key, so that a broken rule is
/// reported at its JSON path (`root.customer[3].mobile`) before anything is sent.
struct BodyRulesTranslator {
    let api: APISpec

    /// The types whose values a request body can hold: named object types (and unions) reachable
    /// from a body, through fields, lists, inline objects and union variants.
    static func bodyTypes(of api: APISpec) -> Set<String> {
        var found = Set<String>()
        var pending: [FieldType] = api.endpoints.compactMap { $0.body?.type }
        while let type = pending.popLast() {
            switch type {
            case .named(let reference):
                guard found.insert(reference.name).inserted else { continue }
                switch api.type(named: reference.name)?.body {
                case .object(let fields)?: pending += fields.flatMap { [$0.type] + $0.wrapperFields.map(\.type) }
                case .union(let union)?: pending += union.memberTypes
                case .enumeration?, nil: continue
                }
            case .inlineObject(_, let fields):
                pending += fields.flatMap { [$0.type] + $0.wrapperFields.map(\.type) }
            case .list(let items, _), .map(let items), .nullable(let items):
                pending.append(items)
            case .scalar, .inlineEnum:
                continue
            }
        }
        return found
    }

    /// `static func checkBodyRules(_ value: Self)` for an object with `fields`.
    func function(fields: [FieldSpec], atLeastOne: AtLeastOneSpec?) -> FunctionDeclaration {
        var body: [Statement] = []
        for field in fields {
            body += checks(of: field)
            // Fields beside a wrapped list are properties of this type, and sit in the wrapper object.
            for wrapperField in field.wrapperFields {
                body += checks(
                    of: wrapperField, property: TypeNaming.wrapperFieldProperty(wrapperField, besideList: field),
                    path: field.name + "." + wrapperField.name)
            }
        }
        if let atLeastOne {
            let isSet = atLeastOne.fields.compactMap { name -> String? in
                guard let field = fields.first(where: { $0.name == name }) else { return nil }
                return "value.\(SwiftName.property(wire: field.name, override: field.swiftName)) != nil"
            }
            body.append(.line(
                "try BodyRules.checkAtLeastOne([\(isSet.joined(separator: ", "))], fields: [\(atLeastOne.fields.map(SwiftLiteral.string).joined(separator: ", "))])"))
        }
        if body.isEmpty {
            body.append(.line("// The spec gives these fields no rules; a type holding this one calls it all the same."))
        }
        return FunctionDeclaration(
            doc: DocCallouts(
                parameters: [("value", "The value to check.")],
                throwsText: "`RequestValidationError` for the first rule the value breaks.").appended(
                to: "Checks the rules the spec gives the fields, before a value is sent in a request body; a broken "
                    + "rule throws, naming the field's JSON path (never its value)."),
            access: .public, modifiers: ["static"], kind: .function("checkBodyRules"),
            parameters: [.init(label: "_", name: "value", type: "Self")],
            effects: "throws(RequestValidationError)", body: body)
    }

    /// The checks of one field, in the order: list size, then each value.
    /// - Parameters:
    ///   - property: the Swift property, when not the field's own name (a wrapper field's).
    ///   - path: the JSON path inside the object, when not the field's key.
    private func checks(of field: FieldSpec, property: String? = nil, path: String? = nil) -> [Statement] {
        let value = "value." + (property ?? SwiftName.property(wire: field.name, override: field.swiftName))
        let key = SwiftLiteral.string(path ?? field.name)
        let rules = field.constraints
        var statements: [Statement] = []
        if field.isNullable || field.type.hasMapOrNullable {
            return shapeChecks(of: field, value: value, key: key)
        }
        if case .list(let items, let wrapper) = field.type {
            // A wrapped list is sent as {"<wrapper>": [...]}: its elements' path goes through the
            // wrapper key, as the docs' table writes it (`line_items.line_item[1].discount`).
            let key = path != nil || wrapper == nil ? key : SwiftLiteral.string(field.name + "." + wrapper!)
            if rules.minItems != nil || rules.maxItems != nil {
                statements.append(.line("try BodyRules.checkCount(\(value), field: \(key)\(bound("minItems", rules.minItems))\(bound("maxItems", rules.maxItems)))"))
            }
            switch elementCheck(items, rules: rules, value: "element", field: "name") {
            case .object:
                statements.append(.line("try BodyRules.checkEach(\(value), field: \(key))"))
            case .scalar(let check):
                statements.append(.line("try BodyRules.checkEach(\(value), field: \(key)) { element, name throws(RequestValidationError) in \(check) }"))
            case nil:
                break
            }
            return statements
        }
        switch elementCheck(field.type, rules: rules, value: value, field: key) {
        case .object: statements.append(.line("try BodyRules.check(\(value), field: \(key))"))
        case .scalar(let check): statements.append(.line(check))
        case nil: break
        }
        return statements
    }

    /// The checks of a field holding a map or a declared `null`, nested as its type is: each list
    /// element and map value is checked where it sits (`hourly.temperature[2]`).
    private func shapeChecks(of field: FieldSpec, value: String, key: String) -> [Statement] {
        let rules = field.constraints
        var statements: [Statement] = []
        var key = key
        if case .list(_, let wrapper?) = field.type { key = SwiftLiteral.string(field.name + "." + wrapper) }
        // An optional nullable field is `Nullable<T>?`: its value, if any, is `optional`.
        let checked = field.isNullable && !field.isRequired ? value + "?.optional" : value
        if rules.minItems != nil || rules.maxItems != nil {
            statements.append(.line("try BodyRules.checkCount(\(checked), field: \(key)\(bound("minItems", rules.minItems))\(bound("maxItems", rules.maxItems)))"))
        }
        if let check = nestedCheck(field.type, rules: rules, value: checked, field: key) {
            statements.append(.line(check))
        }
        return statements
    }

    /// The statement checking a value of `type` (a list, map or nullable at any depth), nil when
    /// nothing in it has a rule.
    private func nestedCheck(_ type: FieldType, rules: FieldConstraints, value: String, field: String) -> String? {
        switch type {
        case .list(let items, _):
            return nestedCheck(items, rules: rules, value: "element", field: "name").map {
                "try BodyRules.checkEach(\(value), field: \(field)) { element, name throws(RequestValidationError) in \($0) }"
            }
        case .map(let items):
            return nestedCheck(items, rules: rules, value: "entry", field: "name").map {
                "try BodyRules.checkEachValue(\(value), field: \(field)) { entry, name throws(RequestValidationError) in \($0) }"
            }
        case .nullable(let wrapped):
            // The checks take optionals: `nil` (a `null` sent) passes, as an absent field does.
            return nestedCheck(wrapped, rules: rules, value: value, field: field)
        case .scalar, .named, .inlineObject, .inlineEnum:
            switch elementCheck(type, rules: rules, value: value, field: field) {
            case .object: return "try BodyRules.check(\(value), field: \(field))"
            case .scalar(let check): return check
            case nil: return nil
            }
        }
    }

    private enum ElementCheck {
        /// An object with its own `checkBodyRules(_:)`.
        case object
        /// A statement checking the value.
        case scalar(String)
    }

    /// How a value of `type` is checked: `value` and `field` are Swift expressions.
    private func elementCheck(_ type: FieldType, rules: FieldConstraints, value: String, field: String) -> ElementCheck? {
        switch type {
        case .scalar(.integer) where rules.minimum != nil || rules.maximum != nil, .scalar(.number):
            return .scalar("try BodyRules.check(\(value), field: \(field)\(bound("minimum", rules.minimum))\(bound("maximum", rules.maximum)))")
        case .scalar(.string) where rules.minLength != nil || rules.maxLength != nil:
            return .scalar("try BodyRules.check(\(value), field: \(field)\(bound("minLength", rules.minLength))\(bound("maxLength", rules.maxLength)))")
        case .scalar:
            return nil
        case .inlineEnum:
            return .scalar("try BodyRules.checkDeclared(\(value), field: \(field))")
        case .named(let reference):
            if case .enumeration? = api.type(named: reference.name)?.body {
                return .scalar("try BodyRules.checkDeclared(\(value), field: \(field))")
            }
            return .object
        case .inlineObject:
            return .object
        case .list, .map, .nullable:
            return nil  // read through by nestedCheck; the loader refuses lists of lists
        }
    }

    private func bound(_ label: String, _ value: Int?) -> String {
        value.map { ", \(label): \($0)" } ?? ""
    }

    private func bound(_ label: String, _ value: Double?) -> String {
        value.map { ", \(label): \(LiteralValue.number($0))" } ?? ""
    }
}

/// What makes an object type a body type: it checks its fields' rules, and these of its own.
struct BodyTypeRules {
    var atLeastOne: AtLeastOneSpec?
}
