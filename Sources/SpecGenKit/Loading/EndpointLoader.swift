import YAMLReader

extension SpecLoader {
    func loadEndpoint(_ node: YAMLNode, file: String, diagnostics: DiagnosticCollector) -> EndpointSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.endpoint, diagnostics: diagnostics) else { return nil }
        let name = reader.string("name")
        if let name, !Self.isOperationName(name) {
            diagnostics.error(
                "endpoint name '\(name)' must be snake_case, like 'get_customer': lower-case letters, digits and '_', starting with a letter",
                at: reader.location(of: "name"))
        }
        let method = reader.choice("method", from: EndpointSpec.Method.allCases.map(\.rawValue))
        let path = reader.string("path")
        let placeholders = path.map { pathPlaceholders(in: $0, reader: reader) } ?? []
        let response = reader.value("response").flatMap { loadResponse($0, diagnostics: diagnostics) }
        let errors = reader.value("errors").map { loadErrorBodies($0, diagnostics: diagnostics) } ?? []
        let outcome = reader.value("outcome").flatMap { loadOutcomeOverride($0, diagnostics: diagnostics) }
        // Every part is read before giving up on the endpoint, so each of their problems is reported.
        let summary = reader.string("summary")
        let description = reader.string("description")
        let fixedQuery = loadFixedQuery(reader.list("fixed_query") ?? [], diagnostics: diagnostics)
        let headers = loadParameters(reader.list("headers") ?? [], as: SpecVocabulary.header, diagnostics: diagnostics)
        let parameters = loadParameterEntries(reader.list("parameters") ?? [], diagnostics: diagnostics)
        let pathParameters = loadPathParameters(reader.list("path_parameters") ?? [], diagnostics: diagnostics)
        let switches = reader.value("switches").flatMap { loadSwitches($0, diagnostics: diagnostics) }
        let body = reader.value("body").flatMap { loadBody($0, diagnostics: diagnostics) }
        let examples = (reader.list("examples") ?? []).compactMap { loadExample($0, diagnostics: diagnostics) }
        let auth = reader.string("auth").map { text -> EndpointAuthSpec in
            text == "none" ? .none : .scheme(text, reader.location(of: "auth"))
        }
        let idempotent = reader.bool("idempotent")
        guard let name, let method, let path, let summary, let response else { return nil }

        var endpoint = EndpointSpec(
            file: file,
            name: name,
            method: EndpointSpec.Method(rawValue: method) ?? .GET,
            path: path,
            pathPlaceholders: placeholders,
            pathParameters: pathParameters,
            summary: summary,
            description: description,
            fixedQuery: fixedQuery,
            headers: headers,
            parameters: parameters,
            switches: switches,
            body: body,
            response: response.type,
            responseLocation: response.location,
            responseDescription: response.description,
            errors: errors,
            responseItems: response.items,
            responseItem: response.item,
            outcome: outcome,
            examples: examples,
            auth: auth,
            idempotent: idempotent,
            location: reader.location)
        let loaded = pathParameters.map(\.name) + endpoint.allParameters.map(\.name) + headers.map(\.name) + parameters.compactMap { entry in
            if case .group(let group) = entry { return group.name }
            return nil
        }
        let declared = Self.declaredNames(in: reader.list("parameters") ?? []) + Self.declaredNames(in: reader.list("headers") ?? [])
            + Self.declaredNames(in: reader.list("path_parameters") ?? [])
        endpoint.namesWithErrors = Set(declared).subtracting(loaded)
        endpoint.bodyHasErrors = reader.has("body") && body == nil
        if endpoint.responseItems?.answers == ResponseItemsSpec.answersBody {
            // A parameter or group named `body` is what `answers: body` names, unless there is a body.
            let namedBody = endpoint.allParameters.contains { $0.name == ResponseItemsSpec.answersBody }
                || parameters.contains { if case .group(let group) = $0 { group.name == ResponseItemsSpec.answersBody } else { false } }
            endpoint.responseItems?.answersBody = reader.has("body") || !namedBody
        }
        return endpoint
    }

    /// The `name` (or `group`, and its members') of every parameter node as written, whether or
    /// not it loaded.
    private static func declaredNames(in nodes: [YAMLNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            guard let entries = node.mapping else { return [] }
            var names: [String] = []
            for entry in entries {
                if entry.key.isScalar(withText: "name") || entry.key.isScalar(withText: "group"), let text = entry.value.scalar?.text {
                    names.append(text)
                }
                if entry.key.isScalar(withText: "parameters"), let members = entry.value.sequence {
                    names += declaredNames(in: members)
                }
            }
            return names
        }
    }

    /// The `type` of every path parameter, parameter and header of an endpoint as written that is not a built-in
    /// type, found in the YAML so that an endpoint that does not load still has them checked.
    static func enumTypeReferences(inEndpoint node: YAMLNode) -> [TypeReference] {
        let sections = (node.mapping ?? []).filter {
            $0.key.isScalar(withText: "parameters") || $0.key.isScalar(withText: "headers") || $0.key.isScalar(withText: "path_parameters")
        }
        return enumTypeReferences(in: sections.flatMap { $0.value.sequence ?? [] })
    }

    /// The `type` of every parameter node (group members included) that is not a built-in type.
    private static func enumTypeReferences(in nodes: [YAMLNode]) -> [TypeReference] {
        nodes.flatMap { node -> [TypeReference] in
            guard let entries = node.mapping else { return [] }
            var references: [TypeReference] = []
            for entry in entries {
                if entry.key.isScalar(withText: "type"), let scalar = entry.value.scalar, case .string(let text) = scalar.value,
                   !parameterTypes.contains(text), text != "object" {
                    references.append(TypeReference(name: text, location: entry.value.location))
                }
                // A group's members, and an object parameter's fields.
                if entry.key.isScalar(withText: "parameters") || entry.key.isScalar(withText: "fields"), let members = entry.value.sequence {
                    references += enumTypeReferences(in: members)
                }
            }
            return references
        }
    }

    /// `get_customer`: the name also names the endpoint's docs page, so it must be a plain file name.
    static func isOperationName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Why `path` cannot be the path of a URL, or nil: it must start with `/` and hold only what
    /// RFC 3986 allows in a path, so the generated request never builds a different URL than the
    /// spec says.
    static func pathProblem(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return "'path' must start with '/'" }
        if path.contains("?") { return "'path' must not contain a query ('?'); use 'fixed_query' for constant parameters" }
        if path.contains("#") { return "'path' must not contain a fragment ('#')" }
        let scalars = Array(path.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "%" {
                let digits = scalars.dropFirst(index + 1).prefix(2)
                if digits.count == 2, digits.allSatisfy(\.properties.isASCIIHexDigit) { continue }
                return "'path' has a '%' that does not start a percent-encoded byte such as '%2F'"
            }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-._~!$&'()*+,;=:@/".unicodeScalars.contains(scalar) {
                continue
            }
            return "'path' contains \(Diagnostic.quoted(scalar)), which a URL path cannot hold; percent-encode it"
        }
        return nil
    }

    /// `items` and `answers` come together: a list, and what its items answer.
    func loadResponseItems(_ reader: MappingReader) -> ResponseItemsSpec? {
        var match: [String] = []
        if reader.has("match") {
            if reader.value("answers")?.scalar?.text != ResponseItemsSpec.answersBody {
                reader.diagnostics.error(
                    "'match' applies only with 'answers: body' (a parameter's values are matched by their own field)",
                    at: reader.location(of: "match"))
            }
            for node in reader.list("match") ?? [] {
                if let scalar = node.scalar, case .string(let text) = scalar.value {
                    match.append(text)
                } else {
                    reader.diagnostics.error("'match' lists field names, found \(node.kindDescription)", at: node.location)
                }
            }
        }
        switch (reader.has("items"), reader.has("answers")) {
        case (false, false):
            return nil
        case (true, false), (false, true):
            let missing = reader.has("items") ? "answers" : "items"
            reader.diagnostics.error("response 'items' and 'answers' go together; '\(missing)' is missing", at: reader.location)
            return nil
        case (true, true):
            guard let path = reader.fieldPath("items"), let answers = reader.string("answers") else { return nil }
            return ResponseItemsSpec(
                path: path, answers: answers, location: reader.location(of: "items"), match: match,
                matchLocation: reader.has("match") ? reader.location(of: "match") : nil,
                answersLocation: reader.location(of: "answers"))
        }
    }

    /// `item`: the one item object of a single-item endpoint; a bulk endpoint's `items` excludes it.
    func loadResponseItem(_ reader: MappingReader) -> ResponseItemSpec? {
        guard reader.has("item") else { return nil }
        if reader.has("items") || reader.has("answers") {
            reader.diagnostics.error(
                "response 'item' (one item object) and 'items' / 'answers' (a bulk list) exclude each other",
                at: reader.location(of: "item"))
            return nil
        }
        guard let path = reader.fieldPath("item") else { return nil }
        return ResponseItemSpec(path: path, location: reader.location(of: "item"))
    }

    private func loadParameterEntries(_ nodes: [YAMLNode], diagnostics: DiagnosticCollector) -> [ParameterEntry] {
        nodes.compactMap { node -> ParameterEntry? in
            // A mapping with a `group` key is a group; anything else is read as a parameter.
            let isGroup = node.mapping?.contains { $0.key.isScalar(withText: "group") } ?? false
            if isGroup {
                return loadGroup(node, diagnostics: diagnostics).map(ParameterEntry.group)
            }
            return loadParameter(node, as: SpecVocabulary.parameter, diagnostics: diagnostics).map(ParameterEntry.parameter)
        }
    }

    private func loadGroup(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> ParameterGroupSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.parameterGroup, diagnostics: diagnostics) else { return nil }
        let requirement = reader.choice("require", from: ParameterGroupSpec.Requirement.allCases.map(\.rawValue))
        let members = loadParameters(reader.list("parameters") ?? [], as: SpecVocabulary.parameter, diagnostics: diagnostics)
        for member in members where member.isRequired || member.defaultValue != nil {
            diagnostics.error(
                "group member '\(member.name)' cannot be 'required' or have a 'default'; the group decides",
                at: member.location)
        }
        if reader.has("parameters"), members.isEmpty, !(reader.list("parameters") ?? []).isEmpty == false {
            diagnostics.error("a parameter group needs at least one parameter", at: reader.location(of: "parameters"))
        }
        guard let name = reader.string("group"), let requirement,
              let requirementValue = ParameterGroupSpec.Requirement(rawValue: requirement)
        else { return nil }
        // One member "at least one" is a required parameter, "at most one" an optional one; a
        // group would only make the Swift shape and the docs harder to read.
        if members.count == 1, requirementValue != .exactlyOne {
            diagnostics.error(
                "group '\(name)' has one parameter, so '\(requirement)' says no more than "
                    + (requirementValue == .atLeastOne ? "'required: true'" : "an optional parameter")
                    + "; declare '\(members[0].name)' as a plain parameter",
                at: reader.location(of: "require"))
        }
        return ParameterGroupSpec(
            name: name, requirement: requirementValue, description: reader.string("description"),
            members: members, location: node.location)
    }

    private func loadSwitches(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> SwitchSetSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.switches, diagnostics: diagnostics) else { return nil }
        let switches = (reader.list("values") ?? []).compactMap { valueNode -> SwitchSpec? in
            guard let valueReader = MappingReader(valueNode, as: SpecVocabulary.switchValue, diagnostics: diagnostics),
                  let name = valueReader.string("name") else { return nil }
            return SwitchSpec(
                name: name, swiftName: valueReader.swiftIdentifier("swift_name"),
                description: valueReader.string("description"), location: valueNode.location)
        }
        guard let name = reader.string("name"), let value = reader.string("value") else { return nil }
        return SwitchSetSpec(
            name: name, value: value, description: reader.string("description"), switches: switches,
            location: node.location)
    }

    private func loadExample(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> ExampleSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.example, diagnostics: diagnostics) else { return nil }
        let arguments = (reader.mapping("arguments") ?? []).compactMap { entry -> ExampleSpec.Argument? in
            guard let name = entry.key.scalar?.text else { return nil }
            if let items = entry.value.sequence {
                let values = items.compactMap { item -> LiteralValue? in
                    guard let literal = item.literal else {
                        diagnostics.error("example values must be scalars, found \(item.kindDescription)", at: item.location)
                        return nil
                    }
                    return literal
                }
                return ExampleSpec.Argument(name: name, values: values, isList: true, location: entry.key.location)
            }
            guard let literal = entry.value.literal else {
                diagnostics.error(
                    "example argument '\(name)' must be a scalar or a list, found \(entry.value.kindDescription)",
                    at: entry.value.location)
                return nil
            }
            return ExampleSpec.Argument(name: name, values: [literal], isList: false, location: entry.key.location)
        }
        let host = reader.string("host")
        guard let title = reader.string("title") else { return nil }
        return ExampleSpec(
            title: title, host: host, hostLocation: host == nil ? nil : reader.location(of: "host"), arguments: arguments,
            location: node.location, body: reader.value("body"))
    }
}
