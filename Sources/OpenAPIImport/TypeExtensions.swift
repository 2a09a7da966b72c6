/// The schema-level `x-specgen-*` keys of specgen's export, restored into a type's spec entries
/// after ``SchemaMapper`` made it: a type's `leniency`, `at_least_one` and `unknown_keys`, a
/// field's `swift_name`, `leniency`, `may_be_inlined`, `as_string` and date `format`, and an enum's
/// case names and aliases.
extension SpecGenExtensions {
    /// Where each type's schema is: an object type's where the mapper made it, and an enum declared
    /// in a field (which has no pointer of its own) at that field's property, list items or map values.
    func schemaPointers(of types: [ImportedType], objects: [String: JSONPointer]) -> [String: JSONPointer] {
        var pointers = objects
        for type in types {
            guard case .object(let fields, _) = type.body, let owner = objects[type.name] else { continue }
            for field in fields {
                let property = owner.appending("properties").appending(field.name)
                switch field.type {
                case .named(let name) where pointers[name] == nil: pointers[name] = property
                case .list(.named(let name), _) where pointers[name] == nil: pointers[name] = property.appending("items")
                case .map(.named(let name), _) where pointers[name] == nil: pointers[name] = property.appending("additionalProperties")
                default: break
                }
            }
        }
        return pointers
    }

    /// The `types:` entry of `type`, with what the schema it was made from adds: the one at
    /// `objectPointer` (an object type's), else the component of its name.
    func restoredYAML(of type: ImportedType, objectPointer: JSONPointer?) -> SpecYAML {
        let pointer = objectPointer ?? JSONPointer(["components", "schemas", type.name])
        var node: JSONTree? = document
        for token in pointer.tokens { node = node.flatMap { Self.child($0, token) } }
        guard isSpecGenExport, let node else { return type.yaml }
        return restoreType(type.yaml, schema: node, at: pointer)
    }

    private static func child(_ node: JSONTree, _ token: String) -> JSONTree? {
        if case .array(let items) = node { return Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil } }
        return node[token]
    }

    /// `yaml` (a `types:` entry) with what `schema`, the schema it was made from, adds.
    func restoreType(_ yaml: SpecYAML, schema: JSONTree, at pointer: JSONPointer) -> SpecYAML {
        guard case .mapping(var entries) = yaml else { return yaml }
        let kind = entries.first { $0.0 == "kind" }.flatMap { if case .text(let text) = $0.1 { text } else { nil } }
        var additions: [(String, SpecYAML)] = []
        if let typeName = schema["x-specgen-type-name"]?.stringValue {
            // Kept only if the type goes back in place (``inlineTypes(_:endpoints:)``).
            entries.insert(("type_name", .text(typeName)), at: 1)
        }
        if let leniency = stringList(schema["x-specgen-leniency"], at: pointer.appending("x-specgen-leniency")) {
            additions.append(("leniency", .flowList(leniency.map(SpecYAML.text))))
        }
        if kind == "object" {
            if let fields = stringList(schema["x-specgen-at-least-one"], at: pointer.appending("x-specgen-at-least-one")) {
                additions.append(("at_least_one", .flowList(fields.map(SpecYAML.text))))
            }
            if schema["x-specgen-unknown-keys"] == .string("keep"), !entries.contains(where: { $0.0 == "unknown_keys" }) {
                additions.append(("unknown_keys", .text("keep")))
            }
            if let index = entries.firstIndex(where: { $0.0 == "fields" }), case .list(let fields) = entries[index].1 {
                entries[index].1 = .list(fields.map { restoreField($0, properties: schema["properties"], at: pointer.appending("properties")) })
            }
        }
        if kind == "enum" {
            var descriptions: [String: String] = [:]
            if let described = entries.firstIndex(where: { $0.0 == "description" }), case .text(let text) = entries[described].1,
               let split = Self.valueDescriptions(text) {
                descriptions = split.values
                if let rest = split.description { entries[described].1 = .text(rest) } else { entries.remove(at: described) }
            }
            if let index = entries.firstIndex(where: { $0.0 == "values" }), case .list(let values) = entries[index].1 {
                entries[index].1 = .list(restoreEnumValues(values, schema: schema, descriptions: descriptions, at: pointer))
            }
        }
        let position = (entries.firstIndex { $0.0 == "fields" || $0.0 == "values" }) ?? entries.count
        entries.insert(contentsOf: additions, at: position)
        return .mapping(entries)
    }

    /// A field's entries with its property schema's extensions.
    private func restoreField(_ yaml: SpecYAML, properties: JSONTree?, at pointer: JSONPointer) -> SpecYAML {
        guard case .mapping(var entries) = yaml, case .text(let name)? = entries.first(where: { $0.0 == "name" })?.1,
              let property = properties?[name] else { return yaml }
        let propertyPointer = pointer.appending(name)
        if let swiftName = property["x-specgen-swift-name"] {
            if let text = swiftName.stringValue {
                entries.removeAll { $0.0 == "swift_name" }
                entries.insert(("swift_name", .text(text)), at: 1)
            } else {
                log.warn("x-specgen-swift-name must be a string; ignored", at: propertyPointer.appending("x-specgen-swift-name"))
            }
        }
        restoreScalar(&entries, property: property, at: propertyPointer)
        var additions: [(String, SpecYAML)] = []
        if let leniency = stringList(property["x-specgen-leniency"], at: propertyPointer.appending("x-specgen-leniency")) {
            additions.append(("leniency", .flowList(leniency.map(SpecYAML.text))))
        }
        if property["x-specgen-may-be-inlined"] == .bool(true) { additions.append(("may_be_inlined", .literal("true"))) }
        if let wrapper = property["x-specgen-wrapper"]?.stringValue, entries.contains(where: { $0.0 == "type" && $0.1.isText("list") }) {
            additions.append(("wrapper", .text(wrapper)))
            if case .object(let fields)? = property["x-specgen-wrapper-fields"] {
                additions.append(("wrapper_fields", .list(fields.compactMap { wrapperField($0.key, $0.value, at: propertyPointer) })))
            }
        }
        let position = entries.firstIndex { $0.0 == "description" } ?? entries.count
        entries.insert(contentsOf: additions, at: position)
        return .mapping(entries)
    }

    /// `as_string` (a string on the wire, a number or boolean in the spec) and `format` (a date's
    /// pattern or a unix time): the field's `type` back as the spec declared it.
    func restoreScalar(_ entries: inout [(String, SpecYAML)], property: JSONTree, at pointer: JSONPointer) {
        guard let typeIndex = entries.firstIndex(where: { $0.0 == "type" }), case .text(let type) = entries[typeIndex].1 else { return }
        if let kind = property["x-specgen-as-string"] {
            guard let text = kind.stringValue, ["integer", "number", "boolean"].contains(text), type == "string" else {
                log.warn("x-specgen-as-string must name integer, number or boolean on a string; ignored", at: pointer.appending("x-specgen-as-string"))
                return
            }
            entries[typeIndex].1 = .text(text)
            entries.removeAll { ["min_length", "max_length"].contains($0.0) }
            var rules: [(String, SpecYAML)] = [("as_string", .literal("true"))]
            for (key, specKey) in [("x-specgen-minimum", "minimum"), ("x-specgen-maximum", "maximum")] {
                if let bound = property[key], let yaml = Self.yaml(bound), case .literal = yaml { rules.append((specKey, yaml)) }
            }
            entries.insert(contentsOf: rules, at: typeIndex + 1)
            return
        }
        guard let format = property["x-specgen-format"] ?? property["items"]?["x-specgen-format"] else { return }
        guard let pattern = format.stringValue else {
            log.warn("x-specgen-format must be a string; ignored", at: pointer.appending("x-specgen-format"))
            return
        }
        let isList = type == "list"
        let scalarIndex = isList ? entries.firstIndex { $0.0 == "items" } : typeIndex
        guard let scalarIndex, case .text(let scalar) = entries[scalarIndex].1 else { return }
        let restored: String
        switch (scalar, pattern) {
        case ("integer", "unix_seconds"), ("integer", "unix_milliseconds"): restored = "datetime"
        case ("string", _) where Self.isDateTimePattern(pattern): restored = "datetime"
        case ("string", _) where Self.isDatePattern(pattern): restored = "date"
        case ("string", _): restored = "string"
        default:
            log.warn("x-specgen-format '\(pattern)' does not fit a \(scalar); ignored", at: pointer.appending("x-specgen-format"))
            return
        }
        entries[scalarIndex].1 = .text(restored)
        entries.insert(("format", .text(pattern)), at: typeIndex + (isList ? 2 : 1))
    }

    /// A pattern with a time of day (`HH`, `mm`, `ss`) is a datetime's; the export writes both as strings.
    static func isDateTimePattern(_ pattern: String) -> Bool {
        ["HH", "hh", "mm", "ss"].contains { pattern.contains($0) }
    }

    static func isDatePattern(_ pattern: String) -> Bool {
        ["YYYY", "YY", "MM", "DD"].contains { pattern.contains($0) }
    }

    /// The export lists described enum values as the description's last paragraph, one line each
    /// (``- `value`: what it means``): the description before it and the values' descriptions.
    static func valueDescriptions(_ text: String) -> (description: String?, values: [String: String])? {
        var paragraphs = text.components(separatedBy: "\n\n")
        guard let last = paragraphs.popLast() else { return nil }
        var values: [String: String] = [:]
        for line in last.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("- `"), let end = line.range(of: "`: ") else { return nil }
            let value = String(line[line.index(line.startIndex, offsetBy: 3)..<end.lowerBound])
            guard values[value] == nil else { return nil }
            values[value] = String(line[end.upperBound...])
        }
        return (paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n"), values)
    }

    /// Enum values with their descriptions, `x-specgen-swift-names` and `x-specgen-aliases`.
    private func restoreEnumValues(_ values: [SpecYAML], schema: JSONTree, descriptions: [String: String], at pointer: JSONPointer) -> [SpecYAML] {
        let swiftNames = schema["x-specgen-swift-names"]
        let aliases = schema["x-specgen-aliases"]
        guard swiftNames != nil || aliases != nil || !descriptions.isEmpty else { return values }
        return values.map { entry in
            var mapping: [(String, SpecYAML)]
            switch entry {
            case .text(let value): mapping = [("value", .text(value))]
            case .mapping(let entries): mapping = entries
            default: return entry
            }
            guard case .text(let value)? = mapping.first(where: { $0.0 == "value" })?.1 else { return entry }
            if let name = swiftNames?[value] {
                if let text = name.stringValue {
                    mapping.removeAll { $0.0 == "swift_name" }
                    mapping.append(("swift_name", .text(text)))
                } else {
                    log.warn("x-specgen-swift-names values must be strings; ignored", at: pointer.appending("x-specgen-swift-names").appending(value))
                }
            }
            if let description = descriptions[value] { mapping.append(("description", .text(description))) }
            if let spellings = aliases?[value],
               let list = stringList(spellings, at: pointer.appending("x-specgen-aliases").appending(value)) {
                mapping.append(("aliases", .flowList(list.map(SpecYAML.text))))
            }
            return mapping.count == 1 ? entry : .mapping(mapping)
        }
    }

    /// A wrapper field: a scalar beside the wrapped list, with its Swift name.
    private func wrapperField(_ name: String, _ schema: JSONTree, at pointer: JSONPointer) -> SpecYAML? {
        guard let type = schema["type"]?.stringValue, ["string", "integer", "number", "boolean"].contains(type) else {
            log.warn("wrapper field '\(name)' is not a plain scalar, which the import restores only; dropped", at: pointer.appending("properties").appending(name))
            return nil
        }
        var entries: [(String, SpecYAML)] = [("name", .text(name))]
        if let swiftName = schema["x-specgen-swift-name"]?.stringValue { entries.append(("swift_name", .text(swiftName))) }
        entries.append(("type", .text(type)))
        if let description = schema["description"]?.stringValue { entries.append(("description", .text(description))) }
        return .mapping(entries)
    }
}

extension SpecYAML {
    func isText(_ text: String) -> Bool {
        if case .text(let value) = self { value == text } else { false }
    }
}
