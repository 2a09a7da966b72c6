/// A request type learns to build itself from text arguments by wire name (`ArgumentBuildable`),
/// with a catalogue of its arguments, so that tools (the `capillary` command line) offer every
/// parameter the spec declares without repeating them.
struct ArgumentTranslator {
    let api: APISpec
    let endpoint: EndpointSpec

    private var headers: [ParameterSpec] { api.headers + endpoint.headers }

    func declaration() -> TypeDeclaration {
        return TypeDeclaration(
            access: nil, kind: .extension, name: RequestTranslator.typeName(of: endpoint), inherits: ["ArgumentBuildable"],
            members: [
                .property(PropertyDeclaration(
                    doc: endpoint.pathParameters.isEmpty
                        ? "Every parameter, switch set and header of the request, in query order, for tools that take requests as text."
                        : "Every path parameter, then every parameter, switch set and header of the request in query order, for tools that take requests as text.",
                    access: .public, isStatic: true, isMutable: false, name: "arguments", type: "[ArgumentInfo]",
                    value: .arrayLiteral(catalogueEntries()))),
                .function(initializer()),
            ])
    }

    // MARK: Catalogue

    private func catalogueEntries() -> [String] {
        var entries = endpoint.pathParameters.map { info($0, location: "path", group: nil) }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter) where !parameter.objectFields.isEmpty:
                // An object is its fields, each an argument named as it is sent (`filter[name]`).
                let owner = bare(propertyName(parameter))
                for (field, argument) in zip(parameter.objectFields, parameter.bracketedFields) {
                    var argument = argument
                    argument.isRequired = parameter.isRequired && field.isRequired
                    entries.append(info(argument, location: "query", group: nil,
                                        swiftName: owner + "." + bare(QueryObjectTranslator.propertyName(field))))
                }
            case .parameter(let parameter):
                entries.append(info(parameter, location: "query", group: nil))
            case .group(let group):
                entries += group.members.map { info($0, location: "query", group: group) }
            }
        }
        if let switches = endpoint.switches {
            let names = switches.switches.map { SwiftLiteral.string($0.name) }.joined(separator: ", ")
            entries.append(
                "ArgumentInfo(name: \(SwiftLiteral.string(switches.name)), swiftName: \(SwiftLiteral.string(switchesProperty(switches))), "
                    + "kind: .switches([\(names)]), summary: \(SwiftLiteral.string(DocText.firstSentence(switches.description))))")
        }
        entries += headers.map { info($0, location: "header", group: nil) }
        return entries
    }

    private func info(_ parameter: ParameterSpec, location: String, group: ParameterGroupSpec?, swiftName: String? = nil) -> String {
        // One string grown in place rather than an array of arguments joined: this runs for every
        // parameter of every endpoint.
        var text = "ArgumentInfo(name: "
        text.reserveCapacity(160)
        text += SwiftLiteral.string(parameter.name)
        text += ", swiftName: "
        text += SwiftLiteral.string(swiftName ?? bare(propertyName(parameter)))
        if location != "query" { text += ", location: ." + location }
        text += ", kind: "
        text += kind(of: parameter)
        if let separator = parameter.listSeparator {
            text += ", separator: "
            text += SwiftLiteral.string(separator)
        }
        if let group {
            text += ", group: "
            text += SwiftLiteral.string(group.name)
            switch group.requirement {
            case .exactlyOne: break  // the default
            case .atLeastOne: text += ", groupRule: .atLeastOne"
            case .atMostOne: text += ", groupRule: .atMostOne"
            }
        }
        if parameter.isRequired { text += ", isRequired: true" }
        text += ", summary: "
        text += SwiftLiteral.string(DocText.firstSentence(parameter.description))
        text += ")"
        return text
    }

    private func kind(of parameter: ParameterSpec) -> String {
        switch parameter.type {
        case .scalar(let scalar) where scalar.isDateOrTime && parameter.format != nil:
            ".formatted(pattern: \(SwiftLiteral.string(parameter.format ?? "")))"
        case .scalar(let scalar): "." + scalar.rawValue
        case .enumeration(let values): ".choice([" + values.map { SwiftLiteral.string($0.value) }.joined(separator: ", ") + "])"
        case .object: ".string"  // never: the catalogue lists an object's fields instead
        }
    }

    // MARK: Initializer

    private func initializer() -> FunctionDeclaration {
        // The locals holding the initializer's arguments are named like the properties they become,
        // so the parameter holding the text values, and each branch's values, take names that none
        // of them has (a parameter named `arguments` must not hide the text values).
        var locals = endpoint.pathParameters.map(propertyName)
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group) where group.requirement == .exactlyOne:
                locals.append(SwiftName.member(SwiftName.camelCase(group.name)))
            case .group: continue
            case .parameter(let parameter) where parameter.isRequired: locals.append(propertyName(parameter))
            case .parameter: continue
            }
        }
        for header in headers where header.isRequired {
            locals.append(propertyName(header))
        }
        if let requestBody = endpoint.body, requestBody.isRequired {
            locals.append(BodyNaming.property(of: requestBody))
        }
        let arguments = SwiftName.local("arguments", avoiding: locals)
        let values = SwiftName.local("values", avoiding: locals + [arguments])
        let hidden = locals + [arguments]

        var body: [Statement] = [.line("try \(arguments).rejectUnknown(Self.arguments)")]
        var requiredNames: [String] = []
        for parameter in endpoint.pathParameters {
            body.append(.line("let \(propertyName(parameter)): \(SwiftTypeMapping.parameterType(of: parameter)) = try \(read(parameter, from: arguments, required: true))"))
            requiredNames.append(propertyName(parameter))
        }
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group) where group.requirement == .exactlyOne:
                let name = SwiftName.member(SwiftName.camelCase(group.name))
                let members = memberList(group)
                body.append(.line("try \(arguments).requireAtMostOne(of: [\(members)], group: \(SwiftLiteral.string(group.name)))"))
                body.append(.line("let \(name): \(TypeNaming.nestedTypeName(group.name))"))
                body.append(.ifChain(memberBranches(group, assigningTo: name, from: arguments, values: values), otherwise: [
                    .line("throw .noneInGroup(\(SwiftLiteral.string(group.name)), members: [\(members)])"),
                ]))
                requiredNames.append(name)
            case .group(let group):
                // Checked before anything is read, as a missing required parameter would be.
                let rule = group.requirement == .atLeastOne ? "requireAtLeastOne" : "requireAtMostOne"
                body.append(.line("try \(arguments).\(rule)(of: [\(memberList(group))], group: \(SwiftLiteral.string(group.name)))"))
            case .parameter(let parameter) where parameter.isRequired && !parameter.objectFields.isEmpty:
                body.append(.line("let \(propertyName(parameter)) = \(readObject(parameter, from: arguments))"))
                requiredNames.append(propertyName(parameter))
            case .parameter(let parameter) where parameter.isRequired:
                body.append(.line("let \(propertyName(parameter)): \(SwiftTypeMapping.parameterType(of: parameter)) = try \(read(parameter, from: arguments, required: true))"))
                requiredNames.append(propertyName(parameter))
            case .parameter:
                continue
            }
        }
        for header in headers where header.isRequired {
            body.append(.line("let \(propertyName(header)): \(SwiftTypeMapping.parameterType(of: header)) = try \(read(header, from: arguments, required: true))"))
            requiredNames.append(propertyName(header))
        }
        if let requestBody = endpoint.body, requestBody.isRequired {
            let translator = RequestBodyTranslator(api: api, body: requestBody)
            body.append(.line("let \(translator.property) = try \(readBody(translator, from: arguments, required: true))"))
            requiredNames.append(translator.property)
        }
        body.append(.line("self.init(" + requiredNames.map { "\(SwiftName.argumentLabel($0)): \($0)" }.joined(separator: ", ") + ")"))
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter) where !parameter.isRequired && !parameter.objectFields.isEmpty:
                // Set when any of its fields is given; then its required fields must be too.
                let names = parameter.bracketedFields.map { SwiftLiteral.string($0.name) }.joined(separator: ", ")
                body.append(.block("if !\(arguments).names.isDisjoint(with: [\(names)])", [
                    .line("\(SwiftName.propertyReference(propertyName(parameter), hiddenBy: hidden)) = \(readObject(parameter, from: arguments))"),
                ]))
            case .parameter(let parameter) where !parameter.isRequired:
                body.append(.line("\(SwiftName.propertyReference(propertyName(parameter), hiddenBy: hidden)) = try \(read(parameter, from: arguments))"))
            case .group(let group) where group.requirement == .atMostOne:
                // Assigned inside the branches, where `values` is bound too.
                let property = SwiftName.propertyReference(SwiftName.member(SwiftName.camelCase(group.name)), hiddenBy: hidden + [values])
                body.append(.ifChain(memberBranches(group, assigningTo: property, from: arguments, values: values), otherwise: []))
            case .group(let group) where group.requirement == .atLeastOne:
                for member in group.members {
                    body.append(.line("\(SwiftName.propertyReference(propertyName(member), hiddenBy: hidden)) = try \(read(member, from: arguments))"))
                }
            case .parameter, .group:
                continue
            }
        }
        if let switches = endpoint.switches {
            body.append(.line("\(SwiftName.propertyReference(switchesProperty(switches), hiddenBy: hidden)) = try \(arguments).switches(\(SwiftLiteral.string(switches.name)))"))
        }
        for header in headers where !header.isRequired {
            body.append(.line("\(SwiftName.propertyReference(propertyName(header), hiddenBy: hidden)) = try \(read(header, from: arguments))"))
        }
        if let requestBody = endpoint.body, !requestBody.isRequired {
            let translator = RequestBodyTranslator(api: api, body: requestBody)
            body.append(.line("\(SwiftName.propertyReference(translator.property, hiddenBy: hidden)) = try \(readBody(translator, from: arguments, required: false))"))
        }
        let example = ArgumentExample(api: api, endpoint: endpoint).text().map { ", such as `\($0)`" } ?? ""
        let callouts = DocCallouts(
            parameters: [(arguments, "The values by wire name: parameters, headers and a body as JSON text.")],
            throwsText: "`ArgumentError` when a name is not one of ``arguments``, a value or the body does not read as "
                + "its type, a required value is missing, or a group has none or several of its members.")
        return FunctionDeclaration(
            doc: callouts.appended(
                to: "Builds a request from text values by wire name\(example); the rules of ``validate()`` are checked when it is sent."),
            access: .public, kind: .initializer,
            parameters: [.init(label: arguments == "arguments" ? nil : "arguments", name: arguments, type: "ArgumentValues")],
            effects: "throws(ArgumentError)", body: body)
    }

    /// `arguments.requiredBody([NewCustomer].self, envelope: ["root", "customer"])`: the body as
    /// JSON text, as sent.
    private func readBody(_ translator: RequestBodyTranslator, from arguments: String, required: Bool) -> String {
        let envelope = "[" + translator.body.envelope.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        return "\(arguments).\(required ? "requiredBody" : "body")(\(translator.valueType).self, envelope: \(envelope))"
    }

    private func memberList(_ group: ParameterGroupSpec) -> String {
        group.members.map { SwiftLiteral.string($0.name) }.joined(separator: ", ")
    }

    /// `if let values: T = try arguments.value("member") { target = .member(values) }`, one per member.
    private func memberBranches(
        _ group: ParameterGroupSpec, assigningTo target: String, from arguments: String, values: String
    ) -> [(condition: String, body: [Statement])] {
        group.members.map { member in
            (condition: "let \(values): \(SwiftTypeMapping.parameterType(of: member)) = try \(read(member, from: arguments))",
             body: [Statement.line("\(target) = .\(propertyName(member))(\(values))")])
        }
    }

    /// `arguments.value("x")`, `arguments.list("x", separator: ",")` or their required forms.
    private func read(_ parameter: ParameterSpec, from arguments: String, required: Bool = false) -> String {
        let name = SwiftLiteral.string(parameter.name)
        // A declared date format is the request type's, which the text must match.
        var format = ""
        if case .scalar(let scalar) = parameter.type,
           let dateFormat = SwiftTypeMapping(api: api).dateFormat(of: scalar, pattern: parameter.format, wireName: parameter.name, property: propertyName(parameter)) {
            format = ", format: Self.\(dateFormat.name)"
        }
        if let separator = parameter.listSeparator {
            let list = "\(arguments).list(\(name), separator: \(SwiftLiteral.string(separator))\(format))"
            return required ? "\(arguments).requiredList(\(name), separator: \(SwiftLiteral.string(separator))\(format))" : list
        }
        return required ? "\(arguments).required(\(name)\(format))" : "\(arguments).value(\(name)\(format))"
    }

    /// `try Filter(name: arguments.required("filter[name]"), kind: arguments.value("filter[kind]"))`:
    /// an object from its fields' arguments, in its initializer's order (required fields first).
    private func readObject(_ parameter: ParameterSpec, from arguments: String) -> String {
        let typeName = QueryObjectTranslator.typeName(of: parameter)
        let values = QueryObjectTranslator.initializerOrder(of: parameter).map { field -> String in
            let name = SwiftLiteral.string(ParameterSpec.bracketedName(parameter.name, field: field.name))
            var format = ""
            if case .scalar(let scalar) = field.type,
               let dateFormat = SwiftTypeMapping(api: api).dateFormat(
                   of: scalar, pattern: field.format, wireName: field.name, property: QueryObjectTranslator.propertyName(field)) {
                format = ", format: \(typeName).\(dateFormat.name)"
            }
            let read = field.isRequired ? "\(arguments).required(\(name)\(format))" : "\(arguments).value(\(name)\(format))"
            return "\(SwiftName.argumentLabel(QueryObjectTranslator.propertyName(field))): \(read)"
        }
        return "try \(typeName)(" + values.joined(separator: ", ") + ")"
    }

    // MARK: Names

    private func propertyName(_ parameter: ParameterSpec) -> String {
        SwiftName.property(wire: parameter.name, override: parameter.swiftName)
    }

    private func switchesProperty(_ switches: SwitchSetSpec) -> String {
        SwiftName.member(SwiftName.camelCase(switches.name))
    }

    /// A name without the backticks a keyword needs.
    private func bare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }
}
