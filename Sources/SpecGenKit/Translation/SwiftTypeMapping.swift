/// How a spec type appears in Swift: its type name and which runtime helper decodes it.
struct SwiftTypeMapping {
    let api: APISpec

    enum Shape {
        /// Read with `decodeScalar` / `decodeScalarList`: strings, numbers, booleans, dates, enums.
        case scalar
        /// Read with `decodeObject` / `decodeObjectList`.
        case object
    }

    static func swiftType(of scalar: ScalarKind) -> String {
        switch scalar {
        case .string: "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        case .date: "CalendarDate"
        case .json: "JSONValue"
        case .datetime: "DateTime"
        }
    }

    /// A declared date format, as the static property a generated type keeps it in: reading the
    /// pattern once per type rather than once per value keeps decoding as cheap as for any field.
    struct DateFormat {
        /// The static property's name, e.g. `registeredOnFormat`.
        let name: String
        /// The field's or parameter's wire name.
        let wireName: String
        /// `DateTimeFormat(validPattern: "YYYY-MM-DD HH:mm:ss", kind: .dateTime, timeZone: "+05:30")`.
        let expression: String
        let pattern: String

        /// The declaration, public so that callers can read and write values the same way.
        var declaration: PropertyDeclaration {
            PropertyDeclaration(
                doc: "How `\(wireName)` is written: `\(pattern)`.", access: .public, isStatic: true,
                isMutable: false, name: name, value: .expression(expression))
        }
    }

    /// The format of a date or datetime `scalar` declared with `pattern` (nil: none declared, the
    /// type reads and writes itself); for a datetime with the API's time zone.
    func dateFormat(of scalar: ScalarKind?, pattern: String?, wireName: String, property: String) -> DateFormat? {
        guard let scalar, scalar.isDateOrTime, let pattern else { return nil }
        var expression = "DateTimeFormat(validPattern: \(SwiftLiteral.string(pattern)), kind: ."
        expression += scalar == .date ? "date" : "dateTime"
        if scalar == .datetime, let timeZone = api.timeZone {
            expression += ", timeZone: " + SwiftLiteral.string(timeZone)
        }
        expression += ")"
        let bare = property.hasPrefix("`") ? String(property.dropFirst().dropLast()) : property
        return DateFormat(name: SwiftName.member(bare + "Format"), wireName: wireName, expression: expression, pattern: pattern)
    }

    /// The Swift type of a field's value (not optional) and its shape; for lists, of the element.
    func element(of type: FieldType, field: FieldSpec) -> (type: String, shape: Shape) {
        switch type {
        case .scalar(let scalar):
            return (Self.swiftType(of: scalar), .scalar)
        case .named(let reference):
            let isEnum: Bool
            if case .enumeration? = api.type(named: reference.name)?.body { isEnum = true } else { isEnum = false }
            return (SwiftName.type(reference.name), isEnum ? .scalar : .object)
        case .inlineObject:
            return (TypeNaming.inlineTypeName(of: field) ?? "_", .object)
        case .inlineEnum:
            return (TypeNaming.inlineTypeName(of: field) ?? "_", .scalar)
        case .list(let items, _):
            return element(of: items, field: field)
        }
    }

    /// The Swift type a whole body decodes into (a response, an error body): `Forecast`,
    /// `[Forecast]`, `String`. The loader allows no inline object or enum there.
    static func bodyType(of type: FieldType) -> String {
        switch type {
        case .scalar(let scalar): swiftType(of: scalar)
        case .named(let reference): SwiftName.type(reference.name)
        case .list(let items, _): "[" + bodyType(of: items) + "]"
        // No case is left out, so that a kind of type added later must say how a body of it is written.
        case .inlineObject, .inlineEnum: "_"
        }
    }

    /// The property's declared type, e.g. `[Customer]?`, given its element's type from
    /// ``element(of:field:)``.
    static func propertyType(of field: FieldSpec, element: String) -> String {
        let base: String
        if case .list = field.type { base = "[" + element + "]" } else { base = element }
        return field.isRequired ? base : base + "?"
    }

    /// The Swift type of a request parameter's value (not optional, list included).
    static func parameterType(of parameter: ParameterSpec) -> String {
        let element: String
        switch parameter.type {
        case .scalar(let scalar): element = swiftType(of: scalar)
        case .enumeration: element = parameter.enumType.map { SwiftName.type($0.name) } ?? TypeNaming.enumTypeName(of: parameter)
        case .object: element = QueryObjectTranslator.typeName(of: parameter)
        }
        return parameter.listSeparator == nil ? element : "[\(element)]"
    }

    /// A Swift expression for a leniency option set.
    static func leniencyExpression(_ leniency: LeniencySpec) -> String {
        if leniency.options.isEmpty { return ".strict" }
        if leniency.options.count == LeniencySpec.Option.allCases.count { return ".all" }
        let names = LeniencySpec.Option.allCases.filter(leniency.options.contains).map { "." + SwiftName.camelCase($0.rawValue) }
        return "[" + names.joined(separator: ", ") + "]"
    }
}
