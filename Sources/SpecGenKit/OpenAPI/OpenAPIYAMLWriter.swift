/// Writes an exported document as block-style YAML: two-space indentation, keys in the order the
/// exporter set them, list items as `- `, and every key and string through
/// ``OpenAPIEscaping/yamlScalar(_:)``, so no text from a spec can change the document's structure.
struct OpenAPIYAMLWriter {
    func write(_ value: OpenAPIValue) -> String {
        var lines: [String] = []
        switch value {
        case .object(let object) where !object.isEmpty:
            appendEntries(of: object, indent: 0, to: &lines)
        case .array(let items) where !items.isEmpty:
            appendItems(items, indent: 0, to: &lines)
        default:
            lines.append(inline(value))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A scalar, or an empty collection (`[]`, `{}`), on the line of its key or dash.
    private func inline(_ value: OpenAPIValue) -> String {
        switch value {
        case .string(let string): OpenAPIEscaping.yamlScalar(string)
        case .integer(let integer): String(integer)
        case .number(let number): OpenAPIEscaping.number(number)
        case .boolean(let boolean): boolean ? "true" : "false"
        case .null: "null"
        case .array: "[]"
        case .object: "{}"
        }
    }

    private func isBlock(_ value: OpenAPIValue) -> Bool {
        switch value {
        case .array(let items): !items.isEmpty
        case .object(let object): !object.isEmpty
        default: false
        }
    }

    private func appendEntries(of object: OpenAPIObject, indent: Int, to lines: inout [String]) {
        let margin = String(repeating: " ", count: indent)
        for entry in object.entries {
            let key = margin + OpenAPIEscaping.yamlScalar(entry.key) + ":"
            switch entry.value {
            case .object(let child) where !child.isEmpty:
                lines.append(key)
                appendEntries(of: child, indent: indent + 2, to: &lines)
            case .array(let items) where !items.isEmpty:
                lines.append(key)
                appendItems(items, indent: indent + 2, to: &lines)
            default:
                lines.append(key + " " + inline(entry.value))
            }
        }
    }

    /// Each item after `- `; an object item's first key shares the dash's line and its other keys
    /// line up under it, as YAML requires.
    private func appendItems(_ items: [OpenAPIValue], indent: Int, to lines: inout [String]) {
        let margin = String(repeating: " ", count: indent)
        for item in items {
            guard isBlock(item) else {
                lines.append(margin + "- " + inline(item))
                continue
            }
            var nested: [String] = []
            switch item {
            case .object(let object): appendEntries(of: object, indent: indent + 2, to: &nested)
            case .array(let inner): appendItems(inner, indent: indent + 2, to: &nested)
            default: break
            }
            // The first nested line starts at indent + 2; the dash takes the place of its margin.
            nested[0] = margin + "- " + nested[0].dropFirst(indent + 2)
            lines += nested
        }
    }
}
