import YAMLReader

/// Reads one YAML mapping as a spec object of a known kind: reports unknown keys (with a
/// suggestion), missing required keys and values of the wrong type, and hands out typed values.
/// Every problem goes to the collector; accessors return nil for anything missing or wrong, so the
/// loader can carry on and find the next problem.
struct MappingReader {
    /// Where the mapping starts.
    let location: SourceLocation
    let vocabulary: ObjectVocabulary
    let diagnostics: DiagnosticCollector
    /// The entries with known keys, in source order: the mapping's own array, shared rather than
    /// copied, unless a key is unknown. Scanned rather than hashed: keys are unique and from a small
    /// vocabulary, and most spec objects have a handful of them.
    private let entries: [YAMLMappingEntry]

    /// Nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, as vocabulary: ObjectVocabulary, diagnostics: DiagnosticCollector) {
        self.location = node.location
        self.vocabulary = vocabulary
        self.diagnostics = diagnostics
        guard let mapping = node.mapping else {
            diagnostics.error("expected a mapping for \(vocabulary.noun), found \(node.kindDescription)", at: node.location)
            return nil
        }
        var allKnown = true
        for index in mapping.indices {
            guard let key = mapping[index].key.scalar?.text else {
                allKnown = false
                continue
            }
            if !vocabulary.keys.contains(key) {
                diagnostics.error(
                    "unknown key '\(key)' in \(vocabulary.noun)"
                        + (SpecVocabulary.misplacedKeyHints[vocabulary.name]?[key].map { "; " + $0 }
                            ?? Suggestion.didYouMean(key, in: vocabulary.keys)),
                    at: mapping[index].key.location)
                allKnown = false
            }
        }
        // Unknown keys are reported once, above, and then invisible to every accessor.
        entries = allKnown ? mapping : mapping.filter { entry in
            entry.key.scalar.map { vocabulary.keys.contains($0.text) } ?? false
        }
        for key in vocabulary.required where !has(key) {
            diagnostics.error("missing required key '\(key)' in \(vocabulary.noun)", at: location)
        }
    }

    func has(_ key: String) -> Bool { index(of: key) != nil }

    /// The value node of `key`, unchecked.
    func value(_ key: String) -> YAMLNode? { index(of: key).map { entries[$0].value } }

    private func index(of key: String) -> Int? {
        entries.indices.first { entries[$0].key.isScalar(withText: key) }
    }

    /// What the scalar value of the entry at `index` means, or nil for a collection. Read in place,
    /// without copying the value node first: the typed accessors below run for every key read.
    private func scalarValue(at index: Int) -> ScalarValue? {
        guard case .scalar(let scalar) = entries[index].value.content else { return nil }
        return scalar.value
    }

    /// Where `key`'s value starts, or the mapping's own location.
    func location(of key: String) -> SourceLocation {
        guard let index = index(of: key) else { return location }
        return entries[index].value.location
    }

    func string(_ key: String) -> String? {
        guard let index = index(of: key) else { return nil }
        if case .scalar(let scalar) = entries[index].value.content {
            switch scalar.value {
            case .string(let text):
                return text
            case .bool, .int, .float:
                // Numbers written without quotes are fine where a string is expected ("1.1" vs 1.1).
                if scalar.style == .plain { return scalar.text }
            case .null:
                break
            }
        }
        typeError(key, expected: "a string", found: entries[index].value)
        return nil
    }

    /// A name the author chose for the Swift side (`swift_name`, `type_name`), which is printed into
    /// generated code as it is: anything but an identifier is reported and dropped.
    func swiftIdentifier(_ key: String, isTypeName: Bool = false) -> String? {
        guard let text = string(key) else { return nil }
        if isTypeName, !SwiftName.isTypeIdentifier(text) {
            diagnostics.error(
                "'\(key)' must be a Swift type name (an ASCII capital letter, then ASCII letters and digits), found '\(text)'",
                at: location(of: key))
            return nil
        }
        if !isTypeName, !SwiftName.isIdentifier(text) {
            diagnostics.error(
                "'\(key)' must be a Swift name (ASCII letters, digits and '_', starting with a lower-case letter or '_'), found '\(text)'",
                at: location(of: key))
            return nil
        }
        return text
    }

    /// A string that must be non-empty and one of `allowed`.
    func choice(_ key: String, from allowed: [String]) -> String? {
        guard let text = string(key) else { return nil }
        guard allowed.contains(text) else {
            diagnostics.error(
                "'\(text)' is not a valid \(key); expected one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
                    + Suggestion.didYouMean(text, in: allowed),
                at: location(of: key))
            return nil
        }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let index = index(of: key) else { return nil }
        guard case .bool(let flag)? = scalarValue(at: index) else {
            typeError(key, expected: "true or false", found: entries[index].value)
            return nil
        }
        return flag
    }

    func int(_ key: String) -> Int? {
        guard let index = index(of: key) else { return nil }
        guard case .int(let number)? = scalarValue(at: index) else {
            typeError(key, expected: "an integer", found: entries[index].value)
            return nil
        }
        return number
    }

    func number(_ key: String) -> Double? {
        guard let index = index(of: key) else { return nil }
        switch scalarValue(at: index) {
        case .int(let number): return Double(number)
        case .float(let number): return number
        default:
            typeError(key, expected: "a number", found: entries[index].value)
            return nil
        }
    }

    /// The items of a list value; reports anything else.
    func list(_ key: String) -> [YAMLNode]? {
        guard let value = value(key) else { return nil }
        guard let items = value.sequence else {
            typeError(key, expected: "a list", found: value)
            return nil
        }
        return items
    }

    func mapping(_ key: String) -> [YAMLMappingEntry]? {
        guard let value = value(key) else { return nil }
        guard let entries = value.mapping else {
            typeError(key, expected: "a mapping", found: value)
            return nil
        }
        return entries
    }

    func typeError(_ key: String, expected: String, found: YAMLNode) {
        diagnostics.error("'\(key)' must be \(expected), found \(found.kindDescription)", at: found.location)
    }
}

extension YAMLNode {
    /// The node as a spec literal (default values, `requires` values, example arguments).
    var literal: LiteralValue? {
        switch scalar?.value {
        case .string(let text): .string(text)
        case .int(let number): .integer(number)
        case .float(let number): .number(number)
        case .bool(let flag): .boolean(flag)
        case .null, nil: nil
        }
    }
}
