/// The `x-specgen-*` keys `specgen export-openapi` writes (Spec/README.md, "OpenAPI export"), read
/// back into the spec keys they stand for, so that export → import gives the spec again. A document
/// without them imports as before; a key whose value this import cannot use is a warning at its
/// JSON pointer, never dropped silently.
struct SpecGenExtensions {
    let document: JSONTree
    let log: WarningLog

    /// Whether the document is specgen's own export: its `info` names the API and module.
    var isSpecGenExport: Bool {
        document["info"]?["x-specgen-module"] != nil
    }

    /// `info.x-specgen-name`, when it is a type name.
    var apiName: String? { typeName(at: ["info", "x-specgen-name"]) }

    /// `info.x-specgen-module`, when it is a type name.
    var module: String? { typeName(at: ["info", "x-specgen-module"]) }

    private func typeName(at path: [String]) -> String? {
        var node: JSONTree? = document
        for key in path { node = node?[key] }
        guard let node else { return nil }
        guard let text = node.stringValue, SpecNames.typeName(text) == text else {
            log.warn("\(path.last!) must be a PascalCase identifier of ASCII letters and digits; ignored", at: JSONPointer(path))
            return nil
        }
        return text
    }

    /// The `api:` entries the document's top-level extensions stand for, in the spec's key order.
    func apiEntries() -> [(String, SpecYAML)] {
        var entries: [(String, SpecYAML)] = []
        if let leniency = stringList(document["x-specgen-leniency"], at: JSONPointer(["x-specgen-leniency"])) {
            entries.append(("leniency", .flowList(leniency.map(SpecYAML.text))))
        }
        if let keep = document["x-specgen-unknown-keys"] {
            if keep.stringValue == "keep" {
                entries.append(("unknown_keys", .text("keep")))
            } else {
                log.warn("x-specgen-unknown-keys must be 'keep'; ignored", at: JSONPointer(["x-specgen-unknown-keys"]))
            }
        }
        if let zone = document["x-specgen-time-zone"] {
            if let text = zone.stringValue {
                entries.append(("time_zone", .text(text)))
            } else {
                log.warn("x-specgen-time-zone must be a string; ignored", at: JSONPointer(["x-specgen-time-zone"]))
            }
        }
        if case .object(let paths)? = document["paths"] {
            for path in paths where path.value["x-specgen-operations"] != nil {
                log.warn(
                    "x-specgen-operations: the later endpoints on this method and path (told apart by their fixed query) are not imported",
                    at: JSONPointer(["paths", path.key, "x-specgen-operations"]))
            }
        }
        for (key, specKey) in [("x-specgen-query-encoding", "query_encoding"), ("x-specgen-outcome", "outcome")] {
            guard let value = document[key] else { continue }
            if case .object = value, let yaml = Self.yaml(value) {
                entries.append((specKey, yaml))
            } else {
                log.warn("\(key) must be an object in the spec's own keys; ignored", at: JSONPointer([key]))
            }
        }
        return entries
    }

    /// A list of strings, or a warning.
    func stringList(_ node: JSONTree?, at pointer: JSONPointer) -> [String]? {
        guard let node else { return nil }
        if case .array(let items) = node {
            let strings = items.compactMap(\.stringValue)
            if strings.count == items.count { return strings }
        }
        log.warn("\(pointer.tokens.last ?? "value") must be a list of strings; ignored", at: pointer)
        return nil
    }

    /// A JSON value in the spec's own keys (an outcome, a query encoding) as spec YAML; nil for a
    /// value YAML cannot hold as written (a key order is kept, numbers stay numbers).
    static func yaml(_ value: JSONTree) -> SpecYAML? {
        switch value {
        case .null: return .literal("null")
        case .bool(let flag): return .literal(flag ? "true" : "false")
        case .integer(let number): return .literal(String(number))
        case .number(let number): return number.isFinite ? .literal(String(number)) : nil
        case .numberText(let text): return .literal(text)
        case .string(let text): return .text(text)
        case .array(let items):
            var list: [SpecYAML] = []
            for item in items {
                guard let entry = yaml(item) else { return nil }
                list.append(entry)
            }
            return .list(list)
        case .object(let entries):
            var mapping: [(String, SpecYAML)] = []
            for entry in entries {
                guard let child = yaml(entry.value) else { return nil }
                mapping.append((entry.key, child))
            }
            return .mapping(mapping)
        }
    }
}
