/// Writes an exported document as JSON: two-space indentation, keys in the order the exporter set
/// them, one value per line, and a final newline, so that a diff of two exports shows what changed.
struct OpenAPIJSONWriter {
    func write(_ value: OpenAPIValue) -> String {
        var text = ""
        append(value, indent: 0, to: &text)
        return text + "\n"
    }

    private func append(_ value: OpenAPIValue, indent: Int, to text: inout String) {
        switch value {
        case .string(let string): text += OpenAPIEscaping.quoted(string)
        case .integer(let integer): text += String(integer)
        case .number(let number): text += OpenAPIEscaping.number(number)
        case .boolean(let boolean): text += boolean ? "true" : "false"
        case .null: text += "null"
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += String(repeating: " ", count: indent + 2)
                append(item, indent: indent + 2, to: &text)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: " ", count: indent) + "]"
        case .object(let object):
            guard !object.isEmpty else {
                text += "{}"
                return
            }
            text += "{\n"
            for (index, entry) in object.entries.enumerated() {
                text += String(repeating: " ", count: indent + 2) + OpenAPIEscaping.quoted(entry.key) + ": "
                append(entry.value, indent: indent + 2, to: &text)
                text += index == object.entries.count - 1 ? "\n" : ",\n"
            }
            text += String(repeating: " ", count: indent) + "}"
        }
    }
}
