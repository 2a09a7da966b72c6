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
        case .list(let items, _), .map(let items), .nullable(let items):
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
        case .map(let items): "[String: " + bodyType(of: items) + "]"
        case .nullable(let wrapped): bodyType(of: wrapped) + "?"
        // No case is left out, so that a kind of type added later must say how a body of it is written.
        case .inlineObject, .inlineEnum: "_"
        }
    }

    /// The `ValueShape` a whole body of `type` (a response, an error body) is read through, so
    /// that a list, map or scalar at the top level gets the leniency it would get as a field:
    /// `.list(.object(Forecast.self))`. Nil for a named object type or union, whose own
    /// `init(from:)` already reads its fields with the spec's leniency.
    func bodyShapeExpression(of type: FieldType) -> String? {
        let element: (type: String, shape: Shape)
        switch type.innermost {
        case .scalar(let scalar):
            element = (Self.swiftType(of: scalar), .scalar)
        case .named(let reference):
            let isEnum: Bool
            if case .enumeration? = api.type(named: reference.name)?.body { isEnum = true } else { isEnum = false }
            if !isEnum, case .named = type { return nil }
            element = (SwiftName.type(reference.name), isEnum ? .scalar : .object)
        case .inlineObject, .inlineEnum, .list, .map, .nullable:
            // The loader allows no inline type in a body, and `innermost` is never a container.
            return nil
        }
        return Self.shapeExpression(of: type, element: element, format: nil)
    }

    /// The Swift type of a value of `type` whose innermost element is `element`: `[String: [Double?]]`.
    static func valueType(of type: FieldType, element: String) -> String {
        switch type {
        case .list(let items, _): "[" + valueType(of: items, element: element) + "]"
        case .map(let items): "[String: " + valueType(of: items, element: element) + "]"
        case .nullable(let wrapped): valueType(of: wrapped, element: element) + "?"
        case .scalar, .named, .inlineObject, .inlineEnum: element
        }
    }

    /// The property's declared type, e.g. `[Customer]?`, given its element's type from
    /// ``element(of:field:)``. A nullable field is `T?` when required (the key is always there) and
    /// `Nullable<T>?` when optional, which keeps an absent key and `null` apart.
    static func propertyType(of field: FieldSpec, element: String) -> String {
        let base = valueType(of: field.type, element: element)
        if field.isNullable { return field.isRequired ? base + "?" : "Nullable<" + base + ">?" }
        return field.isRequired ? base : base + "?"
    }

    /// The `ValueShape` that reads and writes a value of `type`:
    /// `.map(.list(.nullable(.scalar(Double.self))))`.
    /// - Parameters:
    ///   - element: the innermost element's Swift type and shape, from ``element(of:field:)``.
    ///   - format: the static property holding the field's date format, if it declares one.
    ///   - wrapper: a wrapped list's key and the keys beside it (a field's own list only).
    static func shapeExpression(
        of type: FieldType, element: (type: String, shape: Shape), format: String?,
        wrapper: (key: String, fields: String?)? = nil
    ) -> String {
        switch type {
        case .list(let items, _):
            var arguments = shapeExpression(of: items, element: element, format: format)
            if let wrapper {
                arguments += ", wrapperKey: " + wrapper.key
                if let fields = wrapper.fields { arguments += ", wrapperFields: " + fields }
            }
            return ".list(" + arguments + ")"
        case .map(let items):
            return ".map(" + shapeExpression(of: items, element: element, format: format) + ")"
        case .nullable(let wrapped):
            return ".nullable(" + shapeExpression(of: wrapped, element: element, format: format) + ")"
        case .scalar, .named, .inlineObject, .inlineEnum:
            if let format { return ".formatted(\(element.type).self, format: \(format))" }
            return element.shape == .scalar ? ".scalar(\(element.type).self)" : ".object(\(element.type).self)"
        }
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
