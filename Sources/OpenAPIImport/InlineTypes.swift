/// specgen's export puts every named type in `components.schemas` and writes a type declared in
/// place (a field's `type: object` or `type: enum`, a list's `items: {type: object}`) as a schema
/// in place, its Swift name in `x-specgen-type-name` when the spec gave one. The import makes a
/// named type of each; here, for specgen's own export, a type that is no component and is used by
/// exactly one field goes back in place, so it is nested in its owner's Swift type again.
extension SpecGenExtensions {
    /// `types` with the in-place types moved into the field, query parameter or header that uses them, and
    /// without the types no one uses (made for the fixed query and switches restored otherwise).
    func inlineTypes(_ types: [(String, SpecYAML)], endpoints: inout [[(String, SpecYAML)]]) -> [(String, SpecYAML)] {
        guard isSpecGenExport else { return types }
        let components = Set(document["components"]?["schemas"]?.objectEntries?.map(\.key) ?? [])
        var uses: [String: Int] = [:]
        for (_, yaml) in types { Self.countUses(yaml, key: nil, into: &uses) }
        for entries in endpoints { Self.countUses(.mapping(entries), key: nil, into: &uses) }
        let types = types.filter { components.contains($0.0) || uses[$0.0, default: 0] > 0 }
        var movable: [String: SpecYAML] = [:]
        for (name, yaml) in types where !components.contains(name) && uses[name] == 1 && Self.isInlineKind(yaml) {
            movable[name] = yaml
        }
        // Only uses by fields and query parameters are moved; count those, so a type used by a
        // response or body stays named.
        var fieldUses: [String: Int] = [:]
        for (_, yaml) in types { Self.countFieldUses(yaml, into: &fieldUses) }
        for entries in endpoints {
            for list in entries where list.0 == "parameters" || list.0 == "headers" {
                Self.countFieldUses(.mapping([("fields", list.1)]), into: &fieldUses)
            }
        }
        movable = movable.filter { fieldUses[$0.key] == 1 }
        var moved: Set<String> = []
        endpoints = endpoints.map { entries in
            entries.map { key, value in
                guard key == "parameters" || key == "headers" else { return (key, value) }
                return (key, inlineParameters(value, movable: movable, moved: &moved))
            }
        }
        var result: [(String, SpecYAML)] = []
        for (name, yaml) in types where movable[name] == nil {
            result.append((name, Self.withoutTypeName(inline(yaml, movable: movable, moved: &moved))))
        }
        // A movable type whose user was itself moved was placed with it; one never reached (a
        // cycle) stays a named type.
        for (name, yaml) in types where movable[name] != nil && !moved.contains(name) {
            result.append((name, Self.withoutTypeName(inline(yaml, movable: movable, moved: &moved))))
        }
        return result
    }

    private static func isInlineKind(_ yaml: SpecYAML) -> Bool {
        guard case .mapping(let entries) = yaml, case .text(let kind)? = entries.first(where: { $0.0 == "kind" })?.1 else { return false }
        return kind == "object" || kind == "enum"
    }

    /// Uses of type names: the text under `type`, `items` or `response`, and error bodies.
    private static func countUses(_ yaml: SpecYAML, key: String?, into uses: inout [String: Int]) {
        switch yaml {
        case .text(let text):
            if let key, ["type", "items", "response"].contains(key) || key.first?.isNumber == true || key == "default" {
                uses[text, default: 0] += 1
            }
        case .mapping(let entries):
            for (child, value) in entries where child != "values" && child != "examples" {
                countUses(value, key: child, into: &uses)
            }
        case .list(let items):
            for item in items { countUses(item, key: nil, into: &uses) }
        case .literal, .flowList:
            break
        }
    }

    private static func countFieldUses(_ yaml: SpecYAML, into uses: inout [String: Int]) {
        guard case .mapping(let entries) = yaml, case .list(let fields)? = entries.first(where: { $0.0 == "fields" })?.1 else { return }
        for field in fields {
            guard case .mapping(let fieldEntries) = field else { continue }
            if let name = usedName(fieldEntries) { uses[name, default: 0] += 1 }
        }
    }

    /// The type a field uses directly or as its list's items.
    private static func usedName(_ field: [(String, SpecYAML)]) -> String? {
        guard let type = field.first(where: { $0.0 == "type" })?.1 else { return nil }
        if type.isText("list") || type.isText("map") {
            switch field.first(where: { $0.0 == "items" })?.1 {
            case .text(let name)?: return name
            case .mapping(let items)?: if case .text(let name)? = items.first(where: { $0.0 == "type" })?.1 { return name }
            default: break
            }
            return nil
        }
        if case .text(let name) = type { return name }
        return nil
    }

    /// A type's fields with each movable type they use written in place.
    private func inline(_ yaml: SpecYAML, movable: [String: SpecYAML], moved: inout Set<String>) -> SpecYAML {
        guard case .mapping(var entries) = yaml, let index = entries.firstIndex(where: { $0.0 == "fields" }),
              case .list(let fields) = entries[index].1 else { return yaml }
        entries[index].1 = .list(fields.map { field in
            guard case .mapping(var fieldEntries) = field, let name = Self.usedName(fieldEntries), let type = movable[name],
                  !moved.contains(name), case .mapping(let typeEntries) = inline(type, movable: movable, moved: &moved)
            else { return field }
            moved.insert(name)
            let body = Self.inlineBody(typeEntries)
            if let items = fieldEntries.firstIndex(where: { $0.0 == "items" }) {
                var itemEntries: [(String, SpecYAML)] = []
                if case .mapping(let existing) = fieldEntries[items].1 { itemEntries = existing.filter { $0.0 != "type" } }
                fieldEntries[items].1 = .mapping(body + itemEntries)
            } else if let typeIndex = fieldEntries.firstIndex(where: { $0.0 == "type" }) {
                fieldEntries.replaceSubrange(typeIndex...typeIndex, with: body.filter { $0.0 == "type" || $0.0 == "type_name" })
                let rest = body.filter { $0.0 != "type" && $0.0 != "type_name" }
                let end = fieldEntries.firstIndex { $0.0 == "description" } ?? fieldEntries.count
                fieldEntries.insert(contentsOf: rest, at: end)
            }
            return .mapping(fieldEntries)
        })
        return .mapping(entries)
    }

    /// A type's entries as a field's in-place type: `type: object` or `type: enum` for its kind,
    /// without its description (the field's says it).
    private static func inlineBody(_ entries: [(String, SpecYAML)]) -> [(String, SpecYAML)] {
        entries.compactMap { key, value in
            switch key {
            case "kind": ("type", value)
            case "description": nil
            default: (key, value)
            }
        }.sorted { order($0.0) < order($1.0) }
    }

    private static func order(_ key: String) -> Int {
        ["type": 0, "type_name": 1][key] ?? 2
    }

    /// A named type keeps no `type_name`: that marks a type the spec declared in place.
    private static func withoutTypeName(_ yaml: SpecYAML) -> SpecYAML {
        guard case .mapping(let entries) = yaml else { return yaml }
        return .mapping(entries.filter { $0.0 != "type_name" })
    }

    /// Query parameters (and group members) whose enum type is movable, with the enum in place;
    /// a `type_name` left on any other parameter is dropped (the enum is a named type of its own).
    private func inlineParameters(_ list: SpecYAML, movable: [String: SpecYAML], moved: inout Set<String>) -> SpecYAML {
        guard case .list(let parameters) = list else { return list }
        return .list(parameters.map { parameter in
            guard case .mapping(var entries) = parameter else { return parameter }
            if let members = entries.firstIndex(where: { $0.0 == "parameters" }) {
                entries[members].1 = inlineParameters(entries[members].1, movable: movable, moved: &moved)
                return .mapping(entries)
            }
            guard let typeIndex = entries.firstIndex(where: { $0.0 == "type" }), case .text(let name) = entries[typeIndex].1,
                  let type = movable[name], !moved.contains(name), case .mapping(let typeEntries) = type,
                  typeEntries.contains(where: { $0.0 == "kind" && $0.1.isText("enum") })
            else {
                entries.removeAll { $0.0 == "type_name" }
                return .mapping(entries)
            }
            moved.insert(name)
            entries[typeIndex].1 = .text("enum")
            entries.insert(contentsOf: typeEntries.filter { $0.0 == "values" }, at: typeIndex + 1)
            return .mapping(entries)
        })
    }
}

extension JSONTree {
    var objectEntries: [(key: String, value: JSONTree)]? {
        if case .object(let entries) = self { entries } else { nil }
    }
}
