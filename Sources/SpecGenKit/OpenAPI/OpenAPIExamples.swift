import YAMLReader

/// Examples from the spec as OpenAPI `examples` values.
enum OpenAPIExamples {
    /// `title`, or `title (2)`, `title (3)`, ... when an earlier example took it: OpenAPI keys
    /// examples by name, and two examples of a spec may share a title.
    static func uniqueKey(_ title: String, in examples: OpenAPIObject) -> String {
        guard examples[title] != nil else { return title }
        var number = 2
        while examples["\(title) (\(number))"] != nil { number += 1 }
        return "\(title) (\(number))"
    }

    /// A YAML value (an example body) as JSON, each scalar as the YAML core schema reads it.
    static func value(of node: YAMLNode) -> OpenAPIValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let value): return .boolean(value)
            case .int(let value): return .integer(value)
            case .float(let value): return value.isFinite ? .number(value) : .string(scalar.text)
            case .string(let text): return .string(text)
            }
        case .sequence(let items):
            return .array(items.map(value(of:)))
        case .mapping(let entries):
            var object = OpenAPIObject()
            for entry in entries {
                object[entry.key.scalar?.text ?? ""] = value(of: entry.value)
            }
            return .object(object)
        }
    }

    /// The value wrapped in the body's envelope keys, innermost last: what the request sends.
    static func enveloped(_ value: OpenAPIValue, in envelope: [String]) -> OpenAPIValue {
        envelope.reversed().reduce(value) { inner, key in
            var object = OpenAPIObject()
            object[key] = inner
            return .object(object)
        }
    }
}
