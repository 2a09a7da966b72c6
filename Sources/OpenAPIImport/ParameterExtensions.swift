/// The parameter-level `x-specgen-*` keys of specgen's export, restored into an endpoint's
/// `parameters` and `headers` after ``OperationMapper`` made them: each parameter's `swift_name`,
/// `type_name`, `default`, date `format`, `requires`, `not_after`, list separator and its encoding;
/// the members of each group (`x-specgen-group`, the rule in the operation's `x-specgen-groups`)
/// gathered into their group; and switches (`x-specgen-switch-set`) into the endpoint's `switches`.
extension SpecGenExtensions {
    func restoreParameters(_ entries: inout [(String, SpecYAML)], operation node: JSONTree, at pointer: JSONPointer) {
        restoreHeaderNames(&entries, operation: node)
        guard case .array(let parameters)? = node["parameters"],
              let index = entries.firstIndex(where: { $0.0 == "parameters" }), case .list(var list) = entries[index].1
        else { return }
        var switches: [SpecYAML] = []
        var switchSet: (name: String, value: String)?
        for (offset, parameter) in parameters.enumerated() where parameter["in"]?.stringValue == "query" {
            guard let name = parameter["name"]?.stringValue,
                  let position = list.firstIndex(where: { Self.name(of: $0) == name }), case .mapping(var fields) = list[position]
            else { continue }
            let parameterPointer = pointer.appending("parameters").appending(offset)
            if let set = parameter["x-specgen-switch-set"] {
                guard let setName = set.stringValue, case .array(let values)? = parameter["schema"]?["enum"], values.count == 1,
                      let value = values[0].stringValue, switchSet == nil || switchSet! == (setName, value)
                else {
                    log.warn("x-specgen-switch-set needs one set with a one-string enum; imported as a parameter", at: parameterPointer)
                    continue
                }
                switchSet = (setName, value)
                var entry: [(String, SpecYAML)] = [("name", .text(name))]
                if let description = parameter["description"]?.stringValue { entry.append(("description", .text(description))) }
                switches.append(.mapping(entry))
                list.remove(at: position)
                continue
            }
            if let swiftName = parameter["x-specgen-swift-name"]?.stringValue {
                fields.removeAll { $0.0 == "swift_name" }
                fields.insert(("swift_name", .text(swiftName)), at: 1)
            }
            if let typeName = parameter["x-specgen-type-name"]?.stringValue {
                // Kept only if the parameter's enum goes back in place (``inlineTypes(_:endpoints:)``).
                fields.append(("type_name", .text(typeName)))
            }
            if let separator = parameter["x-specgen-list-separator"]?.stringValue, let list = fields.firstIndex(where: { $0.0 == "list" }) {
                fields[list].1 = .text(separator)
            }
            if let encoding = parameter["x-specgen-list-separator-encoding"] {
                let apiLiteral = document["x-specgen-query-encoding"]?["list_separator"] == .string("literal")
                if let text = encoding.stringValue, ["literal", "escaped"].contains(text), fields.contains(where: { $0.0 == "list" }) {
                    // The export names the encoding in effect; the spec says it only where it is the parameter's own.
                    if (text == "literal") != apiLiteral { fields.append(("list_separator", .text(text))) }
                } else {
                    log.warn("x-specgen-list-separator-encoding must be 'literal' or 'escaped' on a list; ignored", at: parameterPointer.appending("x-specgen-list-separator-encoding"))
                }
            }
            if let requires = parameter["x-specgen-requires"] {
                if case .object(let required) = requires, required.allSatisfy({ $0.value == .null }) {
                    // Any value will do for each: the spec's list form.
                    fields.append(("requires", .flowList(required.map { SpecYAML.text($0.key) })))
                } else if case .object(let required) = requires, !required.contains(where: { $0.value == .null }), let yaml = Self.yaml(requires) {
                    fields.append(("requires", yaml))
                } else {
                    log.warn("x-specgen-requires must be an object; ignored", at: parameterPointer.appending("x-specgen-requires"))
                }
            }
            if let notAfter = parameter["x-specgen-not-after"]?.stringValue { fields.append(("not_after", .text(notAfter))) }
            if let schema = parameter["schema"] {
                restoreScalar(&fields, property: schema, at: parameterPointer.appending("schema"))
                if let value = schema["default"], !fields.contains(where: { $0.0 == "default" }), let yaml = Self.yaml(value) {
                    fields.insert(("default", yaml), at: fields.firstIndex { $0.0 == "description" } ?? fields.count)
                }
            }
            list[position] = .mapping(fields)
        }
        list = gatherGroups(list, operation: node, at: pointer)
        if list.isEmpty { entries.remove(at: index) } else { entries[index].1 = .list(list) }
        if let switchSet, !switches.isEmpty {
            entries.insert(("switches", .mapping([
                ("name", .text(switchSet.name)), ("value", .text(switchSet.value)), ("values", .list(switches)),
            ])), at: min(index + 1, entries.count))
        }
    }

    /// Each group of `x-specgen-groups` in place of its first member, holding its members.
    private func gatherGroups(_ list: [SpecYAML], operation node: JSONTree, at pointer: JSONPointer) -> [SpecYAML] {
        guard case .array(let groups)? = node["x-specgen-groups"] else { return list }
        var list = list
        for (offset, group) in groups.enumerated() {
            let groupPointer = pointer.appending("x-specgen-groups").appending(offset)
            guard let name = group["name"]?.stringValue, let requirement = group["require"]?.stringValue,
                  let members = stringList(group["parameters"], at: groupPointer.appending("parameters")),
                  members.allSatisfy({ member in list.contains { Self.name(of: $0) == member } })
            else {
                log.warn("x-specgen-groups entry needs a name, a rule and parameters of this operation; its members stay plain parameters", at: groupPointer)
                continue
            }
            let position = list.firstIndex { members.contains(Self.name(of: $0) ?? "") }!
            let memberEntries = members.compactMap { member in list.first { Self.name(of: $0) == member } }.map { entry -> SpecYAML in
                guard case .mapping(let fields) = entry else { return entry }
                return .mapping(fields.filter { $0.0 != "required" })
            }
            list.removeAll { members.contains(Self.name(of: $0) ?? "") }
            var entry: [(String, SpecYAML)] = [("group", .text(name)), ("require", .text(requirement))]
            if let description = group["description"]?.stringValue { entry.append(("description", .text(description))) }
            entry.append(("parameters", .list(memberEntries)))
            list.insert(.mapping(entry), at: min(position, list.count))
        }
        return list
    }

    static func name(of parameter: SpecYAML) -> String? {
        guard case .mapping(let fields) = parameter, case .text(let name)? = fields.first(where: { $0.0 == "name" })?.1 else { return nil }
        return name
    }

    /// Headers (the endpoint's and the API's, which every operation lists) with their `swift_name`
    /// and `type_name`.
    private func restoreHeaderNames(_ entries: inout [(String, SpecYAML)], operation node: JSONTree) {
        guard case .array(let parameters)? = node["parameters"],
              let index = entries.firstIndex(where: { $0.0 == "headers" }), case .list(let headers) = entries[index].1 else { return }
        entries[index].1 = .list(headers.map { header in
            guard case .mapping(var fields) = header, let name = Self.name(of: header),
                  let parameter = parameters.first(where: { $0["in"] == .string("header") && $0["name"] == .string(name) })
            else { return header }
            if let swiftName = parameter["x-specgen-swift-name"]?.stringValue {
                fields.removeAll { $0.0 == "swift_name" }
                fields.insert(("swift_name", .text(swiftName)), at: 1)
            }
            // Kept only if the header's enum goes back in place (``inlineTypes(_:endpoints:)``).
            if let typeName = parameter["x-specgen-type-name"]?.stringValue { fields.append(("type_name", .text(typeName))) }
            return .mapping(fields)
        })
    }
}
