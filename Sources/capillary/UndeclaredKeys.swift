import Foundation
import SpecGenRuntime

/// Finds the keys of a body file that the spec's types do not declare.
///
/// The generated types read a body as they read a response: leniently, and dropping keys they do
/// not know. For a body a person wrote, a key dropped is a field silently not sent (`mobil` for
/// `mobile`), so the tool compares what was given with what would be sent: every key given must
/// be in the body the request writes, at the same place. A key whose value is empty (`null`, `""`,
/// `[]`, `{}`) may be missing from it: the spec reads an empty value as no value, and nothing was
/// meant to be sent.
enum UndeclaredKeys {
    /// The JSON paths (`root.customer[1].mobil`) of the keys in `given` that `sent` lacks, in
    /// document order as far as JSON objects have one (keys sorted).
    static func paths(given: JSONValue, sent: JSONValue) -> [String] {
        var found: [String] = []
        walk(given, sent, path: "", into: &found)
        return found
    }

    private static func walk(_ given: JSONValue, _ sent: JSONValue, path: String, into found: inout [String]) {
        switch (given, sent) {
        case (.object(let givenFields), .object(let sentFields)):
            for key in givenFields.keys.sorted() {
                let value = givenFields[key]!
                let keyPath = path.isEmpty ? key : path + "." + key
                if let sentValue = sentFields[key] {
                    walk(value, sentValue, path: keyPath, into: &found)
                } else if !isEmpty(value) {
                    found.append(keyPath)
                }
            }
        case (.array(let givenElements), .array(let sentElements)):
            for (index, element) in givenElements.enumerated() where index < sentElements.count {
                walk(element, sentElements[index], path: path + "[\(index)]", into: &found)
            }
        case (.array, .object(let sentFields)) where sentFields.count == 1:
            // A list given without its wrapper (`"field": [...]` for `{"field": [...]}`).
            walk(given, sentFields.values.first!, path: path, into: &found)
        case (.object, .array(let sentElements)) where sentElements.count == 1:
            // A lone element given where a list goes.
            walk(given, sentElements[0], path: path + "[0]", into: &found)
        default:
            // Scalars: the value was read (or refused) by its declared type.
            break
        }
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        case .array(let elements): elements.allSatisfy(isEmpty)
        case .object(let fields): fields.isEmpty
        default: false
        }
    }
}
