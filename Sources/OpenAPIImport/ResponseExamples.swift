import Foundation
import YAMLReader

/// Response examples, which many vendors write as JSON text inside a string (`example: "{\"id\": 1}"`)
/// rather than as YAML or JSON values. Each is read as JSON when it is such text, and compared with
/// the response type's JSON kind: an example of another kind says the schema and the service
/// disagree, which the user should know before trusting the imported type.
enum ResponseExamples {
    /// The examples of a media type: `example`, and the `value` of each `examples` entry.
    static func values(of content: JSONTree, at pointer: JSONPointer) -> [(JSONTree, JSONPointer)] {
        var found: [(JSONTree, JSONPointer)] = []
        if let example = content["example"] { found.append((example, pointer.appending("example"))) }
        if case .object(let entries)? = content["examples"] {
            for entry in entries {
                if let value = entry.value["value"] { found.append((value, pointer.appending("examples").appending(entry.key).appending("value"))) }
            }
        }
        return found.map { (recognized($0.0), $0.1) }
    }

    /// `value` itself, or, when it is a string holding a JSON object or array, that value.
    static func recognized(_ value: JSONTree) -> JSONTree {
        guard case .string(let text) = value else { return value }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // JSON is YAML, so the project's own reader parses it, keys in order.
        guard trimmed.hasPrefix("{") || trimmed.hasPrefix("[") else { return value }
        let parsed = YAMLParser.parse(Array(trimmed.utf8), file: "example")
        guard parsed.errors.isEmpty, let root = parsed.root else { return value }
        return DocumentReader.tree(root)
    }

    /// Warns when an example's JSON kind is not the response type's.
    static func check(_ answer: JSONTree, mediaType: String, type: ValueType, schemas: SchemaMapper, at pointer: JSONPointer, log: WarningLog) {
        guard let content = answer["content"]?[mediaType] else { return }
        for (example, examplePointer) in values(of: content, at: pointer) {
            guard let expected = expectedKind(type, schemas: schemas) else { continue }
            let actual = kind(of: example)
            if actual != expected, !(expected == "number" && actual == "integer") {
                log.warn("the example is \(actual == "object" || actual == "array" ? "an" : "a") \(actual), but the response type is \(expected == "object" || expected == "array" ? "an" : "a") \(expected)", at: examplePointer)
            }
        }
    }

    private static func expectedKind(_ type: ValueType, schemas: SchemaMapper) -> String? {
        switch type {
        case .named(let name):
            switch schemas.type(named: name)?.body {
            case .object?, .taggedUnion?: return "object"
            case .enumeration?: return "string"
            default: return nil
            }
        case .list: return "array"
        case .map: return "object"
        case .scalar(let name):
            switch name {
            case "date", "datetime": return "string"
            case "json": return nil
            default: return name
            }
        }
    }

    static func kind(of value: JSONTree) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number, .numberText: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
