import SpecGenRuntime
import YAMLReader

/// The examples section: for each spec example, the request URL, a `curl` command and the Swift
/// that builds the same request. The query string comes from the runtime's `QueryBuilder`, the
/// same code the generated requests use, so the docs show exactly what a client sends.
struct ExampleRenderer {
    let api: APISpec
    let endpoint: EndpointSpec

    func write(into page: inout MarkdownWriter) {
        guard !endpoint.examples.isEmpty else { return }
        page.line("## Examples")
        page.blankLine()
        for example in endpoint.examples {
            page.heading(level: 3, example.title)
            let url = (host(of: example)?.url ?? "https://example.com") + filledPath(example) + queryString(example)
            // curl reads `[...]` and `{...}` in a URL as a glob (`filter[name]` is a bad range), so
            // a URL with literal brackets (`query_encoding.brackets: literal`) turns globbing off.
            let globoff = url.contains(where: { "[]{}".contains($0) }) ? "--globoff " : ""
            var curl = "curl \(globoff)--location '\(shellQuoted(url))'"
            if endpoint.method != .GET {
                curl += " \\\n  --request \(endpoint.method.rawValue)"
            }
            for header in api.headers + endpoint.headers {
                if let argument = example.arguments.first(where: { $0.name == header.name }) {
                    curl += " \\\n  --header '\(shellQuoted(header.name)): \(shellQuoted(argument.values.first?.description ?? ""))'"
                }
            }
            // The first scheme the endpoint accepts stands for the others.
            if let scheme = AuthenticationSection(api: api).schemes(for: endpoint).first {
                curl += " \\\n  " + AuthenticationSection.curlArguments(of: scheme)
            }
            if let body = endpoint.body, let node = example.body, let data = bodyText(node, body: body) {
                curl += " \\\n  --header 'Content-Type: \(body.contentType.rawValue)'"
                curl += " \\\n  --data '\(shellQuoted(data))'"
            }
            page.codeBlock(curl, language: "sh")
            page.blankLine()
            page.codeBlock(swiftSnippet(example), language: "swift")
            page.blankLine()
        }
    }

    /// The example's body as the generated code sends it (the validator checked it). In JSON, an
    /// invisible character the writer sends as it is (a bidi override, DEL) is shown as its
    /// `\uXXXX` escape instead: the same JSON value, and a page that cannot hide text.
    private func bodyText(_ node: YAMLNode, body: RequestBodySpec) -> String? {
        let checker = BodyExampleChecker(api: api, diagnostics: DiagnosticCollector())
        guard body.contentType == .json else { return checker.formText(node, against: body) }
        guard let json = checker.check(node, against: body) else { return nil }
        guard json.unicodeScalars.contains(where: DocText.isInvisibleOrControl) else { return json }
        var shown = ""
        for scalar in json.unicodeScalars {
            guard DocText.isInvisibleOrControl(scalar) else {
                shown.unicodeScalars.append(scalar)
                continue
            }
            // Only characters of the BMP are invisible by that test: one `\u` escape each.
            let hex = String(scalar.value, radix: 16)
            shown += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return shown
    }

    /// The host the example names, or the API's first.
    private func host(of example: ExampleSpec) -> HostSpec? {
        example.host.flatMap { name in api.hosts.first { $0.name == name } } ?? api.hosts.first
    }

    /// The path with each placeholder replaced by the example's value, encoded by the runtime's
    /// `PathSegment` as the generated `makePath()` does.
    private func filledPath(_ example: ExampleSpec) -> String {
        PathTemplate.parse(endpoint.path).template.parts.map { part in
            switch part {
            case .literal(let text):
                return text
            case .parameter(let name, _):
                // The validator has checked that every example gives every path parameter a segment.
                let text = example.arguments.first { $0.name == name }?.values.first?.description ?? ""
                return (try? PathSegment.encode(text, parameter: name)) ?? ""
            }
        }.joined()
    }

    private func queryString(_ example: ExampleSpec) -> String {
        var query = QueryBuilder(encoding: api.queryEncoding)
        for item in api.fixedQuery + endpoint.fixedQuery {
            query.append(item.name, item.value)
        }
        func append(_ parameter: ParameterSpec) {
            for field in parameter.objectFields {
                let name = ParameterSpec.bracketedName(parameter.name, field: field.name)
                if let text = example.arguments.first(where: { $0.name == name })?.values.first?.description {
                    query.append(parameter.name, key: field.name, text)
                }
            }
            guard let argument = example.arguments.first(where: { $0.name == parameter.name }) else { return }
            let texts = argument.values.map(\.description)
            if parameter.listStyle == .repeated {
                // The validator has checked the values; a failure here would be a generator bug.
                try? query.append(parameter.name, repeating: texts)
            } else if let separator = parameter.listSeparator {
                // The validator has checked the values; a failure here would be a generator bug.
                try? query.append(parameter.name, list: texts, separator: separator, separatorEncoding: parameter.listSeparatorEncoding)
            } else if let text = texts.first {
                query.append(parameter.name, text)
            }
        }
        // In query-string order, as `endpoint.allParameters` lists them, without building that array.
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter): append(parameter)
            case .group(let group): group.members.forEach(append)
            }
        }
        if let switches = endpoint.switches,
           let argument = example.arguments.first(where: { $0.name == switches.name }) {
            let chosen = Set(argument.values.map(\.description))
            for item in switches.switches where chosen.contains(item.name) {
                query.append(item.name, switches.value)
            }
        }
        let encoded = query.encoded
        return encoded.isEmpty ? "" : "?" + encoded
    }

    private func swiftSnippet(_ example: ExampleSpec) -> String {
        let typeName = RequestTranslator.typeName(of: endpoint)
        var initArguments: [String] = []
        var assignments: [String] = []
        for parameter in endpoint.pathParameters {
            guard let argument = example.arguments.first(where: { $0.name == parameter.name }) else { continue }
            let name = SwiftName.property(wire: parameter.name, override: parameter.swiftName)
            initArguments.append("\(SwiftName.argumentLabel(name)): \(swiftValue(argument, for: parameter))")
        }
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group) where group.requirement == .atLeastOne:
                // Each member is an optional property of its own.
                for member in group.members {
                    guard let argument = example.arguments.first(where: { $0.name == member.name }) else { continue }
                    let name = SwiftName.property(wire: member.name, override: member.swiftName)
                    assignments.append("request.\(name) = \(swiftValue(argument, for: member))")
                }
            case .group(let group):
                guard let member = group.members.first(where: { member in example.arguments.contains { $0.name == member.name } }),
                      let argument = example.arguments.first(where: { $0.name == member.name }) else { continue }
                let caseName = SwiftName.property(wire: member.name, override: member.swiftName)
                let property = SwiftName.member(SwiftName.camelCase(group.name))
                let value = ".\(caseName)(\(swiftValue(argument, for: member)))"
                if group.requirement == .exactlyOne {
                    initArguments.append("\(SwiftName.argumentLabel(property)): \(value)")
                } else {
                    assignments.append("request.\(property) = \(value)")
                }
            case .parameter(let parameter) where !parameter.objectFields.isEmpty:
                guard let value = objectValue(parameter, in: example) else { continue }
                let name = SwiftName.property(wire: parameter.name, override: parameter.swiftName)
                if parameter.isRequired {
                    initArguments.append("\(SwiftName.argumentLabel(name)): \(value)")
                } else {
                    assignments.append("request.\(name) = \(value)")
                }
            case .parameter(let parameter):
                guard let argument = example.arguments.first(where: { $0.name == parameter.name }) else { continue }
                let name = SwiftName.property(wire: parameter.name, override: parameter.swiftName)
                if parameter.isRequired {
                    initArguments.append("\(SwiftName.argumentLabel(name)): \(swiftValue(argument, for: parameter))")
                } else {
                    assignments.append("request.\(name) = \(swiftValue(argument, for: parameter))")
                }
            }
        }
        if let switches = endpoint.switches,
           let argument = example.arguments.first(where: { $0.name == switches.name }) {
            let chosen = Set(argument.values.map(\.description))
            let cases = switches.switches.filter { chosen.contains($0.name) }.map {
                "." + SwiftName.property(wire: $0.name, override: $0.swiftName)
            }
            assignments.append("request.\(SwiftName.member(SwiftName.camelCase(switches.name))) = [\(cases.joined(separator: ", "))]")
        }
        for header in api.headers + endpoint.headers {
            guard let argument = example.arguments.first(where: { $0.name == header.name }) else { continue }
            let name = SwiftName.property(wire: header.name, override: header.swiftName)
            // A required header is the initializer's, after the parameters, as the request declares it.
            if header.isRequired {
                initArguments.append("\(SwiftName.argumentLabel(name)): \(swiftValue(argument, for: header))")
            } else {
                assignments.append("request.\(name) = \(swiftValue(argument, for: header))")
            }
        }
        if let body = endpoint.body, let node = example.body {
            let name = BodyNaming.property(of: body)
            let value = BodySwiftExample(api: api).expression(node, body: body, owner: typeName)
            if body.isRequired {
                initArguments.append("\(SwiftName.argumentLabel(name)): \(value)")
            } else {
                assignments.append("request.\(name) = \(value)")
            }
        }
        let declaration = assignments.isEmpty ? "let" : "var"
        var lines = ["\(declaration) request = \(typeName)(\(initArguments.joined(separator: ", ")))"]
        lines += assignments
        var clientNote = "client: " + IndefiniteArticle.prefixed(ClientNaming.clientType(of: api))
        if example.host != nil, let host = host(of: example) {
            clientNote += " for host: .\(TypeNaming.caseName(of: host))"
        }
        lines.append("let result = try await client.\(ClientNaming.method(of: endpoint))(request)   // \(clientNote)")
        return lines.joined(separator: "\n")
    }

    /// `GetItemRequest.Filter(name: "x", kind: .a)` from the fields the example gives
    /// (`filter[name]: x`), in the initializer's order; nil when it gives none.
    private func objectValue(_ parameter: ParameterSpec, in example: ExampleSpec) -> String? {
        let typeName = RequestTranslator.typeName(of: endpoint) + "." + QueryObjectTranslator.typeName(of: parameter)
        let values = QueryObjectTranslator.initializerOrder(of: parameter).compactMap { field -> String? in
            let name = ParameterSpec.bracketedName(parameter.name, field: field.name)
            guard let value = example.arguments.first(where: { $0.name == name })?.values.first else { return nil }
            let label = SwiftName.argumentLabel(QueryObjectTranslator.propertyName(field))
            return "\(label): \(swiftLiteral(value, for: field, owner: typeName))"
        }
        return values.isEmpty ? nil : "\(typeName)(" + values.joined(separator: ", ") + ")"
    }

    private func swiftValue(_ argument: ExampleSpec.Argument, for parameter: ParameterSpec) -> String {
        let values = argument.values.map { swiftLiteral($0, for: parameter) }
        return parameter.listSeparator == nil ? (values.first ?? "nil") : "[" + values.joined(separator: ", ") + "]"
    }

    /// `owner`: the type holding the parameter's date format, the request's unless it is an object's field.
    private func swiftLiteral(_ value: LiteralValue, for parameter: ParameterSpec, owner: String? = nil) -> String {
        switch parameter.type {
        case .enumeration(let values):
            let match = values.first { $0.value == value.description }
            return match.map { "." + TypeNaming.caseName(of: $0) } ?? SwiftLiteral.string(value.description)
        case .scalar(let scalar) where scalar.isDateOrTime:
            let text = SwiftLiteral.string(value.description)
            let type = SwiftTypeMapping.swiftType(of: scalar)
            if let format = SwiftTypeMapping(api: api).dateFormat(
                of: scalar, pattern: parameter.format, wireName: parameter.name, property: SwiftName.property(wire: parameter.name, override: parameter.swiftName)) {
                return "try \(owner ?? RequestTranslator.typeName(of: endpoint)).\(format.name).read(\(text), as: \(type).self)"
            }
            return scalar == .date ? "CalendarDate(\(text))!" : "DateTime(argumentText: \(text))!"
        case .scalar(.string), .object:
            // An object is never given whole: examples give its fields by their bracketed names.
            return SwiftLiteral.string(value.description)
        case .scalar:
            return value.description
        }
    }

    /// Text safe inside single quotes in a POSIX shell.
    private func shellQuoted(_ text: String) -> String {
        // Nearly always there is no quote to replace (a byte search finds every quote character).
        guard text.containsUTF8(where: { $0 == UInt8(ascii: "'") }) else { return text }
        return text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
    }
}
