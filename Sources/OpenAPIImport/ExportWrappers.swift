/// specgen's export writes a wrapped list (`wrapper: item`) as the object the service sends, the
/// list under the wrapper key beside the wrapper fields, marked `x-specgen-wrapper`. Before mapping,
/// each such schema becomes the list again, with the wrapper key and fields kept beside it
/// (`x-specgen-wrapper`, `x-specgen-wrapper-fields`) for the field to restore as `wrapper` and
/// `wrapper_fields` (``SpecGenExtensions``).
enum ExportWrappers {
    /// `document` with wrapped lists as lists; unchanged when it is not specgen's export.
    static func unwrapped(_ document: JSONTree) -> JSONTree {
        guard document["info"]?["x-specgen-module"] != nil else { return document }
        return unwrap(document)
    }

    private static func unwrap(_ node: JSONTree) -> JSONTree {
        switch node {
        case .array(let items):
            return .array(items.map(unwrap))
        case .object(let entries):
            let node = JSONTree.object(entries.map { (key: $0.key, value: unwrap($0.value)) })
            return list(of: node) ?? node
        default:
            return node
        }
    }

    /// The list a wrapper object holds, with the wrapper's other keys (description, swift name,
    /// ...) and its fields; nil for a schema that is not a wrapper of that shape.
    private static func list(of schema: JSONTree) -> JSONTree? {
        guard case .object(let entries) = schema, let key = schema["x-specgen-wrapper"]?.stringValue,
              case .object(let properties)? = schema["properties"],
              case .object(var list)? = properties.first(where: { $0.key == key })?.value, list.contains(where: { $0.key == "items" })
        else { return nil }
        if case .array(let types)? = schema["type"], types.contains(.string("null")) {
            list.removeAll { $0.key == "type" }
            list.insert((key: "type", value: .array([.string("array"), .string("null")])), at: 0)
        }
        for entry in entries where !["type", "properties", "required", "additionalProperties"].contains(entry.key) {
            list.removeAll { $0.key == entry.key }
            list.append(entry)
        }
        let fields = properties.filter { $0.key != key }
        if !fields.isEmpty { list.append((key: "x-specgen-wrapper-fields", value: .object(fields))) }
        return .object(list)
    }
}
