import SpecGenKit

/// A spec file's content as the writer takes it: mappings keep their keys in the order built.
indirect enum SpecYAML: Sendable {
    case text(String)
    /// A number, boolean or null, written as it is.
    case literal(String)
    case list([SpecYAML])
    case mapping([(String, SpecYAML)])

    /// A short list of scalars written on one line (`values: [a, b]`).
    case flowList([SpecYAML])
}

/// Writes spec files as block YAML. Quoting and escaping happen here and nowhere else: every text
/// from an OpenAPI document (names, descriptions, enum values) goes through ``scalar(_:)``, so none
/// can end its line, start a comment or turn into a number, boolean or null.
enum SpecYAMLWriter {
    static func file(_ root: [(String, SpecYAML)], comment: String) -> String {
        var output = "# " + comment + "\n"
        for (key, value) in root {
            write(key: key, value: value, indent: 0, to: &output)
        }
        return output
    }

    private static func write(key: String, value: SpecYAML, indent: Int, to output: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .text(let text):
            if let lines = literalBlockLines(text) {
                // Prose with line breaks reads best as a literal block, kept line for line.
                output += pad + scalar(key) + ": |" + (text.hasSuffix("\n") ? "" : "-") + "\n"
                for line in lines {
                    output += line.isEmpty ? "\n" : pad + "  " + line + "\n"
                }
            } else {
                output += pad + scalar(key) + ": " + scalar(text) + "\n"
            }
        case .literal(let text):
            output += pad + scalar(key) + ": " + text + "\n"
        case .flowList(let items):
            output += pad + scalar(key) + ": [" + items.map(inline).joined(separator: ", ") + "]\n"
        case .list(let items):
            if items.isEmpty {
                output += pad + scalar(key) + ": []\n"
                return
            }
            output += pad + scalar(key) + ":\n"
            for item in items {
                writeItem(item, indent: indent + 2, to: &output)
            }
        case .mapping(let entries):
            if entries.isEmpty {
                output += pad + scalar(key) + ": {}\n"
                return
            }
            output += pad + scalar(key) + ":\n"
            for (childKey, child) in entries {
                write(key: childKey, value: child, indent: indent + 2, to: &output)
            }
        }
    }

    private static func writeItem(_ item: SpecYAML, indent: Int, to output: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch item {
        case .mapping(let entries) where !entries.isEmpty:
            // `- key: value` then the other keys aligned under the first.
            var nested = ""
            for (key, value) in entries {
                write(key: key, value: value, indent: indent + 2, to: &nested)
            }
            output += pad + "- " + nested.dropFirst(indent + 2)
        default:
            output += pad + "- " + inline(item) + "\n"
        }
    }

    private static func inline(_ value: SpecYAML) -> String {
        switch value {
        case .text(let text): scalar(text)
        case .literal(let text): text
        case .flowList(let items), .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .mapping(let entries): "{" + entries.map { scalar($0.0) + ": " + inline($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// The lines of a multi-line text that a literal block (`|-`, or `|` for one final line break)
    /// reads back exactly; nil when it must be double-quoted instead: no line break, several final
    /// line breaks, a first line starting with a space (it would set the indentation), trailing
    /// spaces (invisible, easily lost), or characters a block cannot hold.
    private static func literalBlockLines(_ text: String) -> [String]? {
        guard text.contains("\n"), !text.hasSuffix("\n\n"), !text.hasPrefix(" "), !text.hasPrefix("\t"), !text.hasPrefix("\n") else { return nil }
        for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\t" {
            if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && !isPrintableNonASCII(scalar)) { return nil }
        }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.contains(where: { $0.hasSuffix(" ") || $0.hasSuffix("\t") || $0.hasPrefix("\t") }) { return nil }
        return lines
    }

    /// `text` as a YAML scalar that reads back as exactly this string: plain when it is safe,
    /// otherwise double-quoted with escapes. A long description stays on one line rather than a
    /// folded block, whose line breaks would change it.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : OpenAPIEscaping.quoted(text)
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(last) || " \t".unicodeScalars.contains(first) { return false }
        // Indicators that start something else at the front of a plain scalar.
        if "-?:,[]{}#&*!|>'\"%@`~=".unicodeScalars.contains(first) { return false }
        for scalar in text.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value >= 0x80 && !isPrintableNonASCII(scalar) {
            return false
        }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        // Text the core schema would read as something else.
        let lower = text.lowercased()
        if ["null", "true", "false", "~", "yes", "no", "on", "off", "y", "n"].contains(lower) { return false }
        if looksNumeric(text) { return false }
        return true
    }

    private static func isPrintableNonASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80..<0xA0, 0x2028, 0x2029, 0xFEFF, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069: false
        default: true
        }
    }

    private static func looksNumeric(_ text: String) -> Bool {
        let body = text.drop { $0 == "-" || $0 == "+" }
        guard let first = body.first else { return false }
        return first.isNumber || first == "." || text.hasPrefix("0x") || text.hasPrefix("0o")
    }
}
