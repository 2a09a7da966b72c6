import YAMLReader

/// Shared helpers: parse a string as `test.yaml` and walk the tree by key/index,
/// so the tests read as assertions about values rather than enum plumbing.

let testFile = "test.yaml"

func parse(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
    YAMLParser.parse(Array(text.utf8), file: testFile, limits: limits)
}

func parseBytes(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLDocument {
    YAMLParser.parse(bytes, file: testFile, limits: limits)
}

/// The resolved value of a document consisting of a single scalar.
func resolve(_ text: String) -> ScalarValue? {
    parse(text).root?.scalar?.value
}

func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: testFile, line: line, column: column)
}

func error(_ message: String, _ line: Int, _ column: Int) -> YAMLError {
    YAMLError(message: message, location: at(line, column))
}

extension YAMLNode {
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    subscript(index: Int) -> YAMLNode? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The scalar keys of a mapping, in order.
    var keys: [String]? {
        mapping?.compactMap { $0.key.scalar?.text }
    }

    var line: Int { location.line }
    var column: Int { location.column }
}
