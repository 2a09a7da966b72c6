import SpecGenRuntime

/// An endpoint becomes a request value: what the type system can enforce it enforces (an
/// `exactly_one` group is an enum the initializer requires, an `at_most_one` group an optional enum,
/// bulk values are arrays, enums are enums), and the rest (bounds, parameters that need others,
/// `at_least_one` groups, comparisons between parameters) is checked before a query string is built.
struct RequestTranslator {
    let api: APISpec
    let endpoint: EndpointSpec

    static func typeName(of endpoint: EndpointSpec) -> String {
        SwiftName.type(SwiftName.pascalCase(endpoint.name) + "Request")
    }

    private var headers: [ParameterSpec] { api.headers + endpoint.headers }

    private var bodyTranslator: RequestBodyTranslator? {
        endpoint.body.map { RequestBodyTranslator(api: api, body: $0) }
    }

    /// Methods of every request type (its own and `EndpointRequest`'s) that a property of the same
    /// name would redeclare or make ambiguous; the validator refuses such a property.
    static let ownMethods: [String] = ["makeQuery", "makeHeaderFields", "makePath", "makeBody", "validate", "pathAndQuery", "checkConstraints", "decodeResponse"]

    /// The locals of `makeQuery()`, which a property of the same name is read past with `self.`.
    private static let queryLocals = ["query", "item"]

    func declaration() -> TypeDeclaration {
        var members: [Declaration] = [
            .typeAlias(TypeAliasDeclaration(
                doc: "The type the response body decodes into.", access: .public, name: "Response",
                type: SwiftTypeMapping.bodyType(of: endpoint.response))),
            .property(PropertyDeclaration(access: .public, isStatic: true, isMutable: false, name: "method",
                                          value: .expression(SwiftLiteral.string(endpoint.method.rawValue)))),
            .property(PropertyDeclaration(access: .public, isStatic: true, isMutable: false, name: "path",
                                          value: .expression(SwiftLiteral.string(endpoint.path)))),
        ]
        if let decodeResponse = decodeResponse() { members.append(.function(decodeResponse)) }
        members += authenticationProperties().map(Declaration.property)
        members += dateFormats.map { .property($0.declaration) }
        members += nestedTypes().map(Declaration.type)
        members += properties().map(Declaration.property)
        members.append(.function(initializer()))
        let constraints = constraintChecks()
        if !constraints.isEmpty {
            members.append(.function(FunctionDeclaration(
                doc: "Checks what the type system cannot: bounds, and parameters that need others.",
                access: .private, kind: .function("checkConstraints"),
                effects: "throws(RequestValidationError)", body: constraints)))
        }
        if !endpoint.pathParameters.isEmpty {
            members.append(.function(makePath()))
        }
        members.append(.function(makeQuery(checksConstraints: !constraints.isEmpty)))
        members.append(.function(makeHeaderFields()))
        if let body = bodyTranslator {
            members.append(.function(body.makeBody()))
        }

        var doc = endpoint.summary
        if let description = endpoint.description { doc += "\n\n" + description }
        doc += "\n\n`\(endpoint.method.rawValue) \(endpoint.path)`"
        return TypeDeclaration(
            doc: doc, access: .public, kind: .structure, name: Self.typeName(of: endpoint),
            inherits: ["EndpointRequest", "Equatable"], members: members)
    }

    // MARK: Response

    /// A list, map or scalar response reads itself with the API's leniency, as a field of the same
    /// type would; nil for a named object type or union, which reads itself (the runtime's default).
    private func decodeResponse() -> FunctionDeclaration? {
        let mapping = SwiftTypeMapping(api: api)
        guard let shape = mapping.bodyShapeExpression(of: endpoint.response) else { return nil }
        let leniency = SwiftTypeMapping.leniencyExpression(api.leniency ?? .strict)
        return FunctionDeclaration(
            doc: DocCallouts(
                parameters: [("decoder", "The decoder of the response body.")], returns: "The decoded body.",
                throwsText: "A `DecodingError` when the body is not a value of the response's type.")
                .appended(to: "Reads the body with the API's leniency, as a field of this type is read."),
            access: .public, modifiers: ["static"], kind: .function("decodeResponse"),
            parameters: [.init(label: "from", name: "decoder", type: "any Decoder")],
            effects: "throws", returnType: "Response",
            body: [.line("try ValueShape<Response>\(shape).decode(from: decoder, leniency: \(leniency))")])
    }

    // MARK: Retries and authentication

    /// What the endpoint says about repeating it and about credentials, where it differs from the
    /// runtime's defaults (GET only is idempotent; every endpoint uses the client's credentials).
    private func authenticationProperties() -> [PropertyDeclaration] {
        var properties: [PropertyDeclaration] = []
        if endpoint.isIdempotent != (endpoint.method == .GET) {
            properties.append(PropertyDeclaration(
                doc: endpoint.isIdempotent
                    ? "Sending it twice does what sending it once does, so the client may repeat it after a failure."
                    : "Sending it twice may do it twice, so the client never repeats it after a failure.",
                access: .public, isStatic: true, isMutable: false, name: "isIdempotent",
                value: .expression(String(endpoint.isIdempotent))))
        }
        switch endpoint.auth {
        case .none?:
            properties.append(PropertyDeclaration(
                doc: "Sent without the client's credentials.", access: .public, isStatic: true, isMutable: false,
                name: "usesAuthentication", value: "false"))
        case .scheme(let name, _)?:
            properties.append(PropertyDeclaration(
                doc: "A client created with another authentication scheme refuses to send it.",
                access: .public, isStatic: true, isMutable: false, name: "requiredAuthentication", type: "String?",
                value: .expression(SwiftLiteral.string(name))))
        case nil:
            break
        }
        return properties
    }

    // MARK: Date formats

    /// The declared formats of date and datetime parameters, by wire name.
    private var dateFormats: [SwiftTypeMapping.DateFormat] {
        (endpoint.pathParameters + endpoint.allParameters).compactMap(dateFormat)
    }

    private func dateFormat(_ parameter: ParameterSpec) -> SwiftTypeMapping.DateFormat? {
        guard case .scalar(let scalar) = parameter.type else { return nil }
        return SwiftTypeMapping(api: api).dateFormat(of: scalar, pattern: parameter.format, wireName: parameter.name, property: propertyName(parameter))
    }

    // MARK: Nested types

    private func nestedTypes() -> [TypeDeclaration] {
        var types: [TypeDeclaration] = []
        for entry in endpoint.parameters {
            if case .group(let group) = entry, group.isEnum {
                types.append(groupEnum(group))
            }
        }
        for parameter in endpoint.pathParameters + endpoint.allParameters + headers {
            // A named enum type is the API's own (an open enum), shared with responses and other requests.
            if case .enumeration(let values) = parameter.type, parameter.enumType == nil {
                types.append(Self.closedEnum(
                    name: TypeNaming.enumTypeName(of: parameter),
                    doc: "The values of `\(parameter.name)`.", values: values, conformances: ["QueryValue", "ArgumentValue"]))
            }
            if case .object = parameter.type {
                types.append(QueryObjectTranslator(api: api, parameter: parameter).declaration())
            }
        }
        if let switches = endpoint.switches {
            let values = switches.switches.map {
                EnumValueSpec(value: $0.name, swiftName: $0.swiftName, description: $0.description, location: $0.location)
            }
            types.append(Self.closedEnum(
                name: TypeNaming.nestedTypeName(switches.name),
                doc: switches.description, values: values, conformances: ["ArgumentValue"]))
        }
        if let nested = bodyTranslator?.nestedType() {
            types.append(nested)
        }
        return types
    }

    private func groupEnum(_ group: ParameterGroupSpec) -> TypeDeclaration {
        let cases = group.members.map { member -> Declaration in
            .enumCase(EnumCaseDeclaration(
                doc: ParameterDoc.text(for: member), name: caseName(member),
                associatedValue: SwiftTypeMapping.parameterType(of: member)))
        }
        return TypeDeclaration(
            doc: group.description, access: .public, kind: .enumeration,
            name: TypeNaming.nestedTypeName(group.name), inherits: ["Sendable", "Equatable"], members: cases)
    }

    static func closedEnum(name: String, doc: String?, values: [EnumValueSpec], conformances: [String]) -> TypeDeclaration {
        let cases = values.map { value -> Declaration in
            let caseName = TypeNaming.caseName(of: value)
            let bare = caseName.hasPrefix("`") ? String(caseName.dropFirst().dropLast()) : caseName
            return .enumCase(EnumCaseDeclaration(
                doc: value.description, name: caseName,
                rawValue: bare == value.value ? nil : SwiftLiteral.string(value.value)))
        }
        return TypeDeclaration(
            doc: doc, access: .public, kind: .enumeration, name: name,
            inherits: ["String", "Sendable", "CaseIterable"] + conformances, members: cases)
    }

    // MARK: Properties and initializer

    private func caseName(_ member: ParameterSpec) -> String {
        SwiftName.property(wire: member.name, override: member.swiftName)
    }

    private func propertyName(_ parameter: ParameterSpec) -> String {
        SwiftName.property(wire: parameter.name, override: parameter.swiftName)
    }

    private func groupPropertyName(_ group: ParameterGroupSpec) -> String {
        SwiftName.member(SwiftName.camelCase(group.name))
    }

    private func switchesPropertyName(_ switches: SwitchSetSpec) -> String {
        SwiftName.member(SwiftName.camelCase(switches.name))
    }

    /// Required values first (they are the initializer's parameters), then the optional ones.
    private var requiredValues: [(name: String, type: String, doc: String?)] {
        var values: [(String, String, String?)] = endpoint.pathParameters.map {
            (propertyName($0), SwiftTypeMapping.parameterType(of: $0), ParameterDoc.text(for: $0, isPath: true))
        }
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group) where group.requirement == .exactlyOne:
                values.append((groupPropertyName(group), TypeNaming.nestedTypeName(group.name), group.description))
            case .group:
                break
            case .parameter(let parameter) where parameter.isRequired:
                values.append((propertyName(parameter), SwiftTypeMapping.parameterType(of: parameter), ParameterDoc.text(for: parameter)))
            case .parameter:
                break
            }
        }
        for header in headers where header.isRequired {
            values.append((propertyName(header), SwiftTypeMapping.parameterType(of: header), ParameterDoc.text(for: header, isHeader: true)))
        }
        if let body = bodyTranslator, endpoint.body?.isRequired == true {
            values.append((body.property, body.valueType, body.doc))
        }
        return values
    }

    private func properties() -> [PropertyDeclaration] {
        var properties = requiredValues.map {
            PropertyDeclaration(doc: $0.doc, access: .public, name: $0.name, type: $0.type)
        }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter) where !parameter.isRequired:
                properties.append(PropertyDeclaration(
                    doc: ParameterDoc.text(for: parameter), access: .public, name: propertyName(parameter),
                    type: SwiftTypeMapping.parameterType(of: parameter) + "?"))
            case .group(let group) where group.requirement == .atMostOne:
                let doc = (group.description.map { $0 + "\n\n" } ?? "") + "At most one of the group is sent; nil sends none."
                properties.append(PropertyDeclaration(
                    doc: doc, access: .public, name: groupPropertyName(group), type: TypeNaming.nestedTypeName(group.name) + "?"))
            case .group(let group) where group.requirement == .atLeastOne:
                for member in group.members {
                    properties.append(PropertyDeclaration(
                        doc: ParameterDoc.text(for: member, group: group), access: .public, name: propertyName(member),
                        type: SwiftTypeMapping.parameterType(of: member) + "?"))
                }
            case .parameter, .group:
                break
            }
        }
        if let switches = endpoint.switches {
            let doc = "The switches to send, each as `name=\(switches.value)`."
            properties.append(PropertyDeclaration(
                doc: doc, access: .public, name: switchesPropertyName(switches),
                type: "Set<\(TypeNaming.nestedTypeName(switches.name))>", value: "[]"))
        }
        for header in headers where !header.isRequired {
            properties.append(PropertyDeclaration(
                doc: ParameterDoc.text(for: header, isHeader: true), access: .public, name: propertyName(header),
                type: SwiftTypeMapping.parameterType(of: header) + "?"))
        }
        if let body = bodyTranslator, endpoint.body?.isRequired == false {
            properties.append(PropertyDeclaration(
                doc: body.doc + " Nil sends no body.", access: .public, name: body.property, type: body.valueType + "?"))
        }
        return properties
    }

    private func initializer() -> FunctionDeclaration {
        let values = requiredValues
        let callouts = DocCallouts(parameters: values.map { ($0.name, $0.doc ?? "") })
        return FunctionDeclaration(
            doc: callouts.appended(to: "Creates a request; set the optional parameters on the value afterwards."),
            access: .public, kind: .initializer,
            parameters: values.map { .init(name: $0.name, type: $0.type) },
            body: values.map { .line("self.\($0.name) = \($0.name)") })
    }

    // MARK: Constraints

    private func constraintChecks() -> [Statement] {
        var statements: [Statement] = endpoint.pathParameters.flatMap {
            boundChecks($0, value: propertyName($0), isOptional: false)
        }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter):
                statements += propertyChecks(parameter)
            case .group(let group) where group.isEnum:
                let cases = group.members.compactMap { member -> SwitchCase? in
                    // The value is bound only for bounds to check; requirements look at other properties.
                    let bounds = boundChecks(member, value: "value", isOptional: false)
                    let checks = bounds + requirementChecks(member, value: "value", isOptional: false, hiddenBy: bounds.isEmpty ? [] : ["value"])
                    guard !checks.isEmpty else { return nil }
                    let binding = bounds.isEmpty ? "" : "(let value)"
                    let optional = group.requirement == .atMostOne ? "?" : ""
                    return SwitchCase(pattern: "case .\(caseName(member))\(binding)\(optional)", body: checks)
                }
                guard !cases.isEmpty else { continue }
                // An optional enum also has `nil` to cover.
                let exhaustive = cases.count == group.members.count && group.requirement == .exactlyOne
                statements.append(.switchOver(
                    groupPropertyName(group),
                    exhaustive ? cases : cases + [SwitchCase(pattern: "default", body: [.line("break")])]))
            case .group(let group):
                let members = group.members.map { SwiftLiteral.string($0.name) }.joined(separator: ", ")
                statements.append(.block(
                    "if " + group.members.map { "\(propertyName($0)) == nil" }.joined(separator: ", "),
                    [.line("throw RequestValidationError(parameter: \(SwiftLiteral.string(group.name)), problem: .noneInGroup(members: [\(members)]))")]))
                for member in group.members {
                    statements += propertyChecks(member)
                }
            }
        }
        // Headers are written from the same values as query parameters, so they obey the same bounds.
        for header in headers {
            statements += boundChecks(header, value: propertyName(header), isOptional: !header.isRequired)
        }
        return statements
    }

    /// The checks of a parameter that is a property of its own (not a case of a group's enum).
    private func propertyChecks(_ parameter: ParameterSpec) -> [Statement] {
        let name = propertyName(parameter)
        return boundChecks(parameter, value: name, isOptional: !parameter.isRequired)
            + requirementChecks(parameter, value: name, isOptional: !parameter.isRequired)
            + comparisonChecks(parameter)
    }

    /// `not_after`: when both values are set, the parameter's is not greater than the other's.
    private func comparisonChecks(_ parameter: ParameterSpec) -> [Statement] {
        guard let reference = parameter.notAfter, let other = endpoint.parameter(named: reference.parameter) else { return [] }
        let name = propertyName(parameter)
        let otherName = propertyName(other)
        var conditions: [String] = []
        if !parameter.isRequired { conditions.append("let \(name)") }
        if !other.isRequired { conditions.append("let \(otherName)") }
        conditions.append("\(name) > \(otherName)")
        return [.block("if " + conditions.joined(separator: ", "), [
            .line("throw RequestValidationError(parameter: \(SwiftLiteral.string(parameter.name)), problem: .after(parameter: \(SwiftLiteral.string(other.name))))"),
        ])]
    }

    /// For a number: NaN and the infinities first (no server reads `nan` or `inf`), then the bounds.
    /// Bounds are written as `!(value >= bound)` for numbers, so that they refuse NaN by
    /// themselves too (`NaN < bound` is false).
    private func boundChecks(_ parameter: ParameterSpec, value: String, isOptional: Bool) -> [Statement] {
        var checks: [Statement] = []
        let isNumber: Bool
        if case .scalar(.number) = parameter.type { isNumber = true } else { isNumber = false }
        let literal: (Double) -> String = { bound in
            if case .scalar(.integer) = parameter.type { return String(Int(bound)) }
            return LiteralValue.number(bound).description
        }
        let check: (_ test: (String) -> String, _ problem: String) -> Statement = { test, problem in
            let condition = parameter.listSeparator == nil ? test(value) : "\(value).contains(where: { \(test("$0")) })"
            return .block(isOptional ? "if let \(value), \(condition)" : "if \(condition)", [
                .line("throw RequestValidationError(parameter: \(SwiftLiteral.string(parameter.name)), problem: .\(problem))"),
            ])
        }
        if isNumber {
            checks.append(check({ "!\($0).isFinite" }, "notFinite"))
        }
        if parameter.enumType != nil {
            // An open enum also holds values the spec does not declare; the parameter takes only those
            // it declares. A list is checked value by value, as `contains(where:)` takes no pattern.
            if parameter.listSeparator == nil {
                checks.append(.block(isOptional ? "if let \(value), case .unknown = \(value)" : "if case .unknown = \(value)", [
                    .line("throw RequestValidationError(parameter: \(SwiftLiteral.string(parameter.name)), problem: .undeclaredValue)"),
                ]))
            } else {
                let loop = Statement.block("for item in \(value)", [
                    .block("if case .unknown = item", [
                        .line("throw RequestValidationError(parameter: \(SwiftLiteral.string(parameter.name)), problem: .undeclaredValue)"),
                    ]),
                ])
                checks.append(isOptional ? .block("if let \(value)", [loop]) : loop)
            }
        }
        for (bound, comparison, problem) in [
            (parameter.minimum, ">=", "belowMinimum"), (parameter.maximum, "<=", "aboveMaximum"),
        ] {
            guard let bound else { continue }
            let test: (String) -> String = isNumber
                ? { "!(\($0) \(comparison) \(literal(bound)))" }
                : { "\($0) \(comparison == ">=" ? "<" : ">") \(literal(bound))" }
            checks.append(check(test, "\(problem)(\(literal(bound)))"))
        }
        return checks
    }

    /// `hiddenBy`: locals in scope where the checks run (a group case's `value`), which a property
    /// of the same name is read past with `self.`.
    private func requirementChecks(
        _ parameter: ParameterSpec, value: String, isOptional: Bool, hiddenBy locals: [String] = []
    ) -> [Statement] {
        parameter.requires.compactMap { requirement -> Statement? in
            guard let target = endpoint.parameter(named: requirement.parameter) else { return nil }
            let targetName = SwiftName.propertyReference(propertyName(target), hiddenBy: locals)
            let unmet: String
            let problem: String
            if let expected = requirement.value {
                // By value: never a list (the validator refuses one), so there is one value to compare.
                let literal = SwiftLiteral.string(expected.description)
                problem = ".requires(parameter: \(SwiftLiteral.string(target.name)), value: \(literal))"
                if let format = dateFormat(target) {
                    // A date is compared as the text its declared format writes, which is how the spec gives it.
                    unmet = target.isRequired
                        ? "(try? Self.\(format.name).text(for: \(targetName))) != \(literal)"
                        : "\(targetName).map({ try? Self.\(format.name).text(for: $0) }) != \(literal)"
                } else {
                    switch expected {
                    case .boolean(let flag): unmet = "\(targetName) != \(flag)"
                    case .integer(let number): unmet = "\(targetName) != \(number)"
                    default: unmet = "\(targetName)\(target.isRequired ? "" : "?").queryText != \(literal)"
                    }
                }
            } else {
                unmet = "\(targetName) == nil"
                problem = ".requiresPresence(parameter: \(SwiftLiteral.string(target.name)))"
            }
            let condition = isOptional ? "if \(value) != nil, \(unmet)" : "if \(unmet)"
            return .block(condition, [
                .line("throw RequestValidationError(parameter: \(SwiftLiteral.string(parameter.name)), problem: \(problem))"),
            ])
        }
    }

    // MARK: Path, query and headers

    /// The path's text with each placeholder replaced by its parameter's value as one segment.
    private func makePath() -> FunctionDeclaration {
        var body: [Statement] = []
        for (index, part) in PathTemplate.parse(endpoint.path).template.parts.enumerated() {
            let assignment = index == 0 ? "var path = " : "path += "
            switch part {
            case .literal(let text):
                body.append(.line(assignment + SwiftLiteral.string(text)))
            case .parameter(let name, _):
                // The validator has matched every placeholder with a path parameter.
                guard let parameter = endpoint.pathParameters.first(where: { $0.name == name }) else { continue }
                let value = SwiftName.propertyReference(propertyName(parameter), hiddenBy: ["path"])
                let wireName = SwiftLiteral.string(parameter.name)
                let text = dateFormat(parameter).map { "Self.\($0.name).queryText(\(value), parameter: \(wireName))" } ?? "\(value).queryText"
                body.append(.line(assignment + "try PathSegment.encode(\(text), parameter: \(wireName))"))
            }
        }
        body.append(.line("return path"))
        return FunctionDeclaration(
            doc: DocCallouts(
                returns: "The path, with every path parameter's value percent-encoded.",
                throwsText: "`RequestValidationError` when a path parameter's value is empty, `.` or `..`.")
                .appended(to: "The path, each path parameter's value encoded as one segment: no value can add a segment, a query or a fragment, and `.` and `..` are refused."),
            access: .public, kind: .function("makePath"),
            effects: "throws(RequestValidationError)", returnType: "String", body: body)
    }

    private func makeQuery(checksConstraints: Bool) -> FunctionDeclaration {
        var body: [Statement] = []
        if checksConstraints { body.append(.line("try checkConstraints()")) }
        let fixedQuery = api.fixedQuery + endpoint.fixedQuery
        guard !fixedQuery.isEmpty || !endpoint.parameters.isEmpty || endpoint.switches != nil else {
            // Nothing to append: a `var query` that is never mutated would be a warning in every build.
            body.append(.line((body.isEmpty ? "" : "return ") + "QueryBuilder()"))
            return FunctionDeclaration(
                doc: DocCallouts(returns: "An empty query.", throwsText: checksConstraints ? Self.queryThrows : nil)
                    .appended(to: "The query string: empty, as the endpoint has no query parameters."),
                access: .public, kind: .function("makeQuery"),
                effects: "throws(RequestValidationError)", returnType: "QueryBuilder", body: body)
        }
        body.append(.line("var query = QueryBuilder(\(Self.encodingArgument(api.queryEncoding)))"))
        for item in fixedQuery {
            body.append(.line("query.append(\(SwiftLiteral.string(item.name)), \(SwiftLiteral.string(item.value)))"))
        }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter) where !parameter.objectFields.isEmpty:
                body += objectStatements(parameter)
            case .parameter(let parameter):
                body.append(readingProperty(propertyName(parameter), isOptional: !parameter.isRequired, hiddenBy: Self.queryLocals) {
                    appendStatement(parameter, value: $0)
                })
            case .group(let group) where group.requirement == .exactlyOne:
                let subject = SwiftName.propertyReference(groupPropertyName(group), hiddenBy: Self.queryLocals)
                body.append(groupSwitch(group, subject: subject))
            case .group(let group) where group.requirement == .atMostOne:
                body.append(readingProperty(groupPropertyName(group), isOptional: true, hiddenBy: Self.queryLocals) {
                    groupSwitch(group, subject: $0)
                })
            case .group(let group):
                for member in group.members {
                    body.append(readingProperty(propertyName(member), isOptional: true, hiddenBy: Self.queryLocals) {
                        appendStatement(member, value: $0)
                    })
                }
            }
        }
        if let switches = endpoint.switches {
            let typeName = TypeNaming.nestedTypeName(switches.name)
            body.append(.block(
                "for item in \(typeName).allCases where \(SwiftName.propertyReference(switchesPropertyName(switches), hiddenBy: Self.queryLocals)).contains(item)",
                [.line("query.append(item.rawValue, \(SwiftLiteral.string(switches.value)))")]))
        }
        body.append(.line("return query"))
        return FunctionDeclaration(
            doc: DocCallouts(returns: "The parameters that are set, in the spec's order.", throwsText: Self.queryThrows)
                .appended(to: "The query string, in the spec's order, after checking the request."),
            access: .public, kind: .function("makeQuery"),
            effects: "throws(RequestValidationError)", returnType: "QueryBuilder", body: body)
    }

    /// What `makeQuery()` throws, for its doc comment.
    private static let queryThrows = "`RequestValidationError` when a value breaks a rule of the spec or cannot be "
        + "sent as a query value."

    /// `encoding: QueryEncoding(...)` for an API that declares `query_encoding`, else nothing: the
    /// default is today's encoding, and a spec that does not choose gets the code it always had.
    static func encodingArgument(_ encoding: QueryEncoding) -> String {
        guard encoding != .standard else { return "" }
        var arguments: [String] = []
        if encoding.listSeparator != QueryEncoding.standard.listSeparator {
            arguments.append("listSeparator: .\(separatorCase(encoding.listSeparator))")
        }
        if encoding.space == .plus { arguments.append("space: .plus") }
        if encoding.brackets == .literal { arguments.append("brackets: .literal") }
        return "encoding: QueryEncoding(" + arguments.joined(separator: ", ") + ")"
    }

    private static func separatorCase(_ separator: QueryEncoding.Separator) -> String {
        switch separator {
        case .escaped: "escaped"
        case .literal: "literal"
        }
    }

    /// An object parameter's fields, each `name[field]=value` (inside `if let` when it is optional).
    private func objectStatements(_ parameter: ParameterSpec) -> [Statement] {
        let name = propertyName(parameter)
        let reference = SwiftName.propertyReference(name, hiddenBy: Self.queryLocals)
        let translator = QueryObjectTranslator(api: api, parameter: parameter)
        if parameter.isRequired { return translator.appendStatements(value: reference) }
        if reference == name { return [.block("if let \(name)", translator.appendStatements(value: name))] }
        return [.block("if let object = \(reference)", translator.appendStatements(value: "object"))]
    }

    /// Appends the chosen member of a group's enum.
    private func groupSwitch(_ group: ParameterGroupSpec, subject: String) -> Statement {
        .switchOver(subject, group.members.map { member in
            SwitchCase(pattern: "case .\(caseName(member))(let value)", body: [appendStatement(member, value: "value")])
        })
    }

    /// `use(property)`, inside `if let property` when it is optional. A property that one of the
    /// function's `locals` would hide is read through `self.` (and unwrapped into `value`).
    private func readingProperty(
        _ name: String, isOptional: Bool, hiddenBy locals: [String], _ use: (String) -> Statement
    ) -> Statement {
        let reference = SwiftName.propertyReference(name, hiddenBy: locals)
        switch (isOptional, reference == name) {
        case (false, _): return use(reference)
        case (true, true): return .block("if let \(name)", [use(name)])
        case (true, false): return .block("if let value = \(reference)", [use("value")])
        }
    }

    private func appendStatement(_ parameter: ParameterSpec, value: String) -> Statement {
        let name = SwiftLiteral.string(parameter.name)
        // The parameter's own `list_separator`, when it states one; else the builder's encoding decides.
        let separatorEncoding = parameter.listSeparatorEncoding.map { ", separatorEncoding: .\(Self.separatorCase($0))" } ?? ""
        if let format = dateFormat(parameter) {
            let texts = "Self.\(format.name).queryTexts(\(value), parameter: \(name))"
            if parameter.listStyle == .repeated {
                return .line("try query.append(\(name), repeating: \(texts))")
            }
            if let separator = parameter.listSeparator {
                return .line("try query.append(\(name), list: \(texts), separator: \(SwiftLiteral.string(separator))\(separatorEncoding))")
            }
            return .line("query.append(\(name), try Self.\(format.name).queryText(\(value), parameter: \(name)))")
        }
        if parameter.listStyle == .repeated {
            return .line("try query.append(\(name), repeating: \(value))")
        }
        if let separator = parameter.listSeparator {
            return .line("try query.append(\(name), list: \(value), separator: \(SwiftLiteral.string(separator))\(separatorEncoding))")
        }
        return .line("query.append(\(name), \(value))")
    }

    private func makeHeaderFields() -> FunctionDeclaration {
        var body: [Statement] = []
        if headers.isEmpty {
            body.append(.line("[]"))
        } else {
            body.append(.line("var fields: [HeaderField] = []"))
            for header in headers {
                body.append(readingProperty(propertyName(header), isOptional: !header.isRequired, hiddenBy: ["fields"]) {
                    .line("fields.append(try HeaderField.checked(name: \(SwiftLiteral.string(header.name)), value: \($0).queryText))")
                })
            }
            body.append(.line("return fields"))
        }
        return FunctionDeclaration(
            doc: DocCallouts(
                returns: "The header fields that are set, in the spec's order.",
                throwsText: headers.isEmpty ? nil : "`RequestValidationError` when a value has a line break or another "
                    + "character a header field cannot carry.")
                .appended(to: "The headers this request sets (authorization is the client's), checked for line breaks."),
            access: .public, kind: .function("makeHeaderFields"),
            effects: "throws(RequestValidationError)", returnType: "[HeaderField]", body: body)
    }
}

/// Doc comments of parameters: the spec's description plus what the generator knows about it.
enum ParameterDoc {
    /// `group`: the `at_least_one` group the parameter is a member of (its members are properties).
    static func text(for parameter: ParameterSpec, isHeader: Bool = false, isPath: Bool = false, group: ParameterGroupSpec? = nil) -> String {
        var parts: [String] = []
        if let description = parameter.description { parts.append(description) }
        var facts: [String] = []
        facts.append(isHeader ? "Header `\(parameter.name)`." : isPath ? "Path parameter `{\(parameter.name)}`." : "Query parameter `\(parameter.name)`.")
        if case .object = parameter.type {
            facts.append("Sent as bracketed keys, `\(parameter.name)[field]=value` for each field that is set.")
        }
        if parameter.listStyle == .repeated {
            facts.append("Several values are sent as repeated keys (`\(parameter.name)=a&\(parameter.name)=b`).")
        } else if let separator = parameter.listSeparator {
            facts.append("Several values are sent joined by `\(separator)`.")
        }
        if parameter.listSeparatorEncoding == .literal, let separator = parameter.listSeparator {
            facts.append("The separator is sent unencoded (`\(separator)`).")
        }
        if case .scalar(let scalar) = parameter.type, scalar.isDateOrTime {
            facts.append("Written `\(parameter.format ?? (scalar == .date ? "YYYY-MM-DD" : DateTimeFormat.iso8601.pattern))`.")
        }
        if let defaultValue = parameter.defaultValue {
            facts.append("The service's default is `\(defaultValue)`.")
        }
        if let minimum = parameter.minimum { facts.append("Must be at least \(LiteralValue.number(minimum)).") }
        if let maximum = parameter.maximum { facts.append("Must be at most \(LiteralValue.number(maximum)).") }
        for requirement in parameter.requires {
            if let value = requirement.value {
                facts.append("Requires `\(requirement.parameter)=\(value)`.")
            } else {
                facts.append("Requires `\(requirement.parameter)` to be set.")
            }
        }
        if let other = parameter.notAfter {
            facts.append("Must not be after `\(other.parameter)`.")
        }
        if let group {
            facts.append("Group `\(group.name)`: \(group.requirement.phrase) "
                + group.members.map { "`\($0.name)`" }.joined(separator: ", ") + " must be set.")
        }
        parts.append(facts.joined(separator: " "))
        return parts.joined(separator: "\n\n")
    }
}
