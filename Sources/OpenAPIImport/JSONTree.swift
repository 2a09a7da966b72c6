import SpecGenKit

/// An OpenAPI document as a tree of JSON values, its objects' keys in document order, read from JSON
/// or YAML alike. The importer checks references and reads raw examples on it, and hands OpenAPIKit
/// its JSON text: one reader for both syntaxes, so locations and limits are the same for both.
indirect enum JSONTree: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    /// A number too long for `Int` or `Double` to keep exactly, kept as it was written.
    case numberText(String)
    case string(String)
    case array([JSONTree])
    case object([(key: String, value: JSONTree)])

    static func == (lhs: JSONTree, rhs: JSONTree) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.numberText(let a), .numberText(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The value under `key` of an object; nil for anything else.
    subscript(key: String) -> JSONTree? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value a JSON pointer (RFC 6901, without its leading `#`) names, or nil.
    func value(at pointer: String) -> JSONTree? {
        guard !pointer.isEmpty else { return self }
        guard pointer.hasPrefix("/") else { return nil }
        var node = self
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = JSONPointer.unescape(String(token))
            switch node {
            case .object(let entries):
                guard let next = entries.first(where: { $0.key == key })?.value else { return nil }
                node = next
            case .array(let elements):
                guard let index = Int(key), elements.indices.contains(index) else { return nil }
                node = elements[index]
            default:
                return nil
            }
        }
        return node
    }

    /// Compact JSON text: OpenAPIKit's input, and how examples are compared.
    var jsonText: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value):
            // JSON has no NaN or infinity (YAML's .nan and .inf); null is the nearest value JSON has.
            output += value.isFinite ? String(value) : "null"
        case .numberText(let text): output += text
        case .string(let text): output += OpenAPIEscaping.quoted(text)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "," }
                output += OpenAPIEscaping.quoted(entry.key)
                output += ":"
                entry.value.write(to: &output)
            }
            output += "}"
        }
    }
}
