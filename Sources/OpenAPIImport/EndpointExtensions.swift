/// The operation-level `x-specgen-*` keys of specgen's export, restored into an endpoint's spec
/// entries after ``OperationMapper`` made them: the outcome, `idempotent` and `fixed_query` (which the export writes as a required one-value query parameter).
extension SpecGenExtensions {
    func restoreEndpoint(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
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
        restoreResponseItems(&entries, operation: node, at: pointer)
        restoreFixedQuery(&entries, operation: node, at: pointer)
    }

    /// `x-specgen-items` and `x-specgen-item` point into wrapped lists (`x-specgen-wrapper`) and a
    /// request envelope (`x-specgen-envelope`), which this import does not restore: the paths would
    /// not lint, so they are reported rather than restored.
    private func restoreResponseItems(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
        for key in ["x-specgen-items", "x-specgen-item"] where node[key] != nil {
            log.warn("\(key) needs the wrapped lists and envelope specgen's export describes, which the import does not restore; ignored", at: pointer.appending(key))
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
}
