/// The operation-level `x-specgen-*` keys of specgen's export, restored into an endpoint's spec
/// entries after ``OperationMapper`` made them: the outcome, `idempotent`, `fixed_query` (which the
/// export writes as a required one-value query parameter), the body's `swift_name` and `envelope`,
/// the endpoint's `examples`, bulk `items` and `item`, and the parameters (``restoreParameters``).
extension SpecGenExtensions {
    /// Restores what specgen's export wrote; another document's operations are left as mapped.
    func restoreEndpoint(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
        guard isSpecGenExport else { return }
        if let flag = node["x-specgen-idempotent"] {
            if case .bool(let value) = flag {
                entries.append(("idempotent", .literal(value ? "true" : "false")))
            } else {
                log.warn("x-specgen-idempotent must be true or false; ignored", at: pointer.appending("x-specgen-idempotent"))
            }
        }
        if let outcome = node["x-specgen-outcome"] {
            if case .object = outcome, let yaml = Self.yaml(outcome) {
                entries.append(("outcome", yaml))
            } else {
                log.warn("x-specgen-outcome must be an object in the spec's own keys; ignored", at: pointer.appending("x-specgen-outcome"))
            }
        }
        if let swiftName = node["requestBody"]?["x-specgen-swift-name"] {
            if let text = swiftName.stringValue, let index = entries.firstIndex(where: { $0.0 == "body" }), case .mapping(var body) = entries[index].1 {
                body.removeAll { $0.0 == "swift_name" }
                body.append(("swift_name", .text(text)))
                entries[index].1 = .mapping(body)
            } else {
                log.warn("x-specgen-swift-name must be a string on an imported body; ignored", at: pointer.appending("requestBody").appending("x-specgen-swift-name"))
            }
        }
        if let envelope = node["requestBody"].flatMap(ExportEnvelopes.envelopePath),
           let index = entries.firstIndex(where: { $0.0 == "body" }), case .mapping(let body) = entries[index].1 {
            entries[index].1 = .mapping(body + [("envelope", .text(envelope.joined(separator: ".")))])
        }
        restoreExamples(&entries, operation: node)
        restoreResponseItems(&entries, operation: node, at: pointer)
        restoreFixedQuery(&entries, operation: node, at: pointer)
        restoreParameters(&entries, operation: node, at: pointer)
    }

    /// `x-specgen-items` (`path`, `answers`, `match`) and `x-specgen-item` go inside `response:`,
    /// which must name an object type for them.
    private func restoreResponseItems(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
        var additions: [(String, SpecYAML)] = []
        if let items = node["x-specgen-items"] {
            let itemsPointer = pointer.appending("x-specgen-items")
            if let path = items["path"]?.stringValue, let answers = items["answers"]?.stringValue {
                additions += [("items", .text(path)), ("answers", .text(answers))]
                if let match = stringList(items["match"], at: itemsPointer.appending("match")), !match.isEmpty {
                    additions.append(("match", .flowList(match.map(SpecYAML.text))))
                }
            } else {
                log.warn("x-specgen-items needs the strings 'path' and 'answers'; ignored", at: itemsPointer)
            }
        }
        if let item = node["x-specgen-item"] {
            if let path = item.stringValue {
                additions.append(("item", .text(path)))
            } else {
                log.warn("x-specgen-item must be a string; ignored", at: pointer.appending("x-specgen-item"))
            }
        }
        guard !additions.isEmpty, let index = entries.firstIndex(where: { $0.0 == "response" }) else { return }
        switch entries[index].1 {
        case .text(let typeName):
            entries[index].1 = .mapping([("type", .text(typeName))] + additions)
        case .mapping(let response) where response.contains(where: { $0.0 == "type" }):
            entries[index].1 = .mapping(response + additions)
        default:
            log.warn("x-specgen-items and x-specgen-item need an object response; ignored", at: pointer.appending("responses"))
        }
    }

    /// Query parameters marked `x-specgen-fixed-query: true` leave `parameters` for `fixed_query`.
    private func restoreFixedQuery(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
        guard case .array(let parameters)? = node["parameters"] else { return }
        var fixed: [String: SpecYAML] = [:]
        for (index, parameter) in parameters.enumerated() where parameter["x-specgen-fixed-query"] != nil {
            let parameterPointer = pointer.appending("parameters").appending(index)
            guard parameter["x-specgen-fixed-query"] == .bool(true), let name = parameter["name"]?.stringValue,
                  case .array(let values)? = parameter["schema"]?["enum"], values.count == 1, let value = values[0].stringValue
            else {
                log.warn("x-specgen-fixed-query needs a query parameter with a one-string enum; imported as a parameter", at: parameterPointer)
                continue
            }
            var item: [(String, SpecYAML)] = [("name", .text(name)), ("value", .text(value))]
            if let description = parameter["description"]?.stringValue { item.append(("description", .text(description))) }
            fixed[name] = .mapping(item)
        }
        guard !fixed.isEmpty, let index = entries.firstIndex(where: { $0.0 == "parameters" }), case .list(let list) = entries[index].1 else { return }
        var kept: [SpecYAML] = []
        var moved: [SpecYAML] = []
        for parameter in list {
            if case .mapping(let fields) = parameter, let name = fields.first(where: { $0.0 == "name" }).flatMap({ if case .text(let text) = $0.1 { text } else { nil } }),
               let item = fixed[name] {
                moved.append(item)
            } else {
                kept.append(parameter)
            }
        }
        if kept.isEmpty { entries.remove(at: index) } else { entries[index].1 = .list(kept) }
        if let existing = entries.firstIndex(where: { $0.0 == "fixed_query" }), case .list(let items) = entries[existing].1 {
            entries[existing].1 = .list(items + moved)
        } else {
            entries.insert(("fixed_query", .list(moved)), at: min(4, entries.count))
        }
    }

    /// The endpoint's `examples`, gathered back by title (each example's `summary`) from the
    /// parameters' and the body's examples, in the order the titles first come.
    private func restoreExamples(_ entries: inout [(String, SpecYAML)], operation node: JSONTree) {
        var titles: [String] = []
        var arguments: [String: [(String, SpecYAML)]] = [:]
        var bodies: [String: SpecYAML] = [:]
        func claim(_ title: String) {
            if arguments[title] == nil && bodies[title] == nil { titles.append(title) }
        }
        if case .array(let parameters)? = node["parameters"] {
            for parameter in parameters where parameter["x-specgen-fixed-query"] == nil {
                guard let name = parameter["name"]?.stringValue, case .object(let examples)? = parameter["examples"] else { continue }
                let brackets = parameter["style"]?.stringValue == "deepObject"
                for example in examples {
                    guard let title = example.value["summary"]?.stringValue, let value = example.value["value"] else { continue }
                    var values: [(String, SpecYAML)] = []
                    if brackets, case .object(let fields) = value {
                        values = fields.compactMap { field in Self.yaml(field.value).map { ("\(name)[\(field.key)]", $0) } }
                    } else if let yaml = Self.yaml(value) {
                        values = [(name, yaml)]
                    }
                    claim(title)
                    arguments[title, default: []] += values
                }
            }
        }
        if case .object(let contents)? = node["requestBody"]?["content"], case .object(let examples)? = contents.first?.value["examples"] {
            for example in examples {
                guard let title = example.value["summary"]?.stringValue, let value = example.value["value"].flatMap(Self.yaml) else { continue }
                claim(title)
                bodies[title] = value
            }
        }
        guard !titles.isEmpty else { return }
        entries.append(("examples", .list(titles.map { title in
            var example: [(String, SpecYAML)] = [("title", .text(title))]
            if let values = arguments[title], !values.isEmpty { example.append(("arguments", .mapping(values))) }
            if let body = bodies[title] { example.append(("body", body)) }
            return .mapping(example)
        })))
    }
}

extension SpecGenExtensions {
    /// The API's `headers:`: the header parameters marked `x-specgen-api-header`, which every
    /// operation lists, taken out of each endpoint's `headers` (in the order the first lists them).
    func liftAPIHeaders(_ endpoints: inout [[(String, SpecYAML)]], operations: [JSONTree]) -> [SpecYAML] {
        guard isSpecGenExport else { return [] }
        var apiHeaders: [SpecYAML] = []
        var seen: Set<String> = []
        for (index, node) in operations.enumerated() where index < endpoints.count {
            guard case .array(let parameters)? = node["parameters"] else { continue }
            let marked = Set(parameters.filter { $0["in"] == .string("header") && $0["x-specgen-api-header"] == .bool(true) }.compactMap { $0["name"]?.stringValue })
            guard !marked.isEmpty, let position = endpoints[index].firstIndex(where: { $0.0 == "headers" }),
                  case .list(let headers) = endpoints[index][position].1 else { continue }
            for header in headers where marked.contains(Self.name(of: header) ?? "") && seen.insert(Self.name(of: header)!).inserted {
                apiHeaders.append(header)
            }
            let kept = headers.filter { !marked.contains(Self.name(of: $0) ?? "") }
            if kept.isEmpty { endpoints[index].remove(at: position) } else { endpoints[index][position].1 = .list(kept) }
        }
        return apiHeaders
    }
}
