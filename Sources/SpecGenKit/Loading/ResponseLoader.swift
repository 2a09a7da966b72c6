import YAMLReader

/// An endpoint's `response:` as the loader reads it, before it becomes part of the endpoint.
struct LoadedResponse {
    var type: FieldType
    var location: SourceLocation
    var description: String?
    var items: ResponseItemsSpec?
    var item: ResponseItemSpec?
}

extension SpecLoader {
    /// `response:`. A type name (`type: CustomerResponse`) is the common case, and the only one that
    /// has `items` / `answers` / `match` / `item` (paths into that object). Anything else is loaded
    /// as a field's type is, so `type: list` takes `items` as its element type, as a field's would.
    func loadResponse(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> LoadedResponse? {
        guard let reader = MappingReader(node, as: SpecVocabulary.response, diagnostics: diagnostics),
              let typeText = reader.string("type") else { return nil }
        let location = reader.location(of: "type")
        let description = reader.string("description")
        if Self.isTypeName(typeText) {
            return LoadedResponse(
                type: .named(TypeReference(name: typeText, location: location)), location: location, description: description,
                items: loadResponseItems(reader), item: loadResponseItem(reader))
        }
        for key in ["answers", "match", "item"] where reader.has(key) {
            diagnostics.error(
                "response '\(key)' needs an object response (a type name), not type '\(typeText)'", at: reader.location(of: key))
        }
        guard let type = loadBodyType(reader, what: "a response", diagnostics: diagnostics) else { return nil }
        return LoadedResponse(type: type, location: location, description: description)
    }

    /// `errors:` a mapping from HTTP status keys (`"400"`, `4XX`, `default`) to a body type, written
    /// as a type name (`4XX: ApiError`) or as `{type, items, description}`.
    func loadErrorBodies(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> [ErrorBodySpec] {
        guard let entries = node.mapping else {
            diagnostics.error(
                "'errors' maps HTTP statuses ('400', '4XX', 'default') to body types, found \(node.kindDescription)",
                at: node.location)
            return []
        }
        return entries.compactMap { entry -> ErrorBodySpec? in
            let keyText = entry.key.scalar?.text ?? ""
            let status = ErrorBodySpec.Status(key: keyText)
            if status == nil {
                diagnostics.error(
                    "'errors' key '\(keyText)' is not an HTTP status: write one from '100' to '599', "
                        + "a class such as '4XX', or 'default'",
                    at: entry.key.location)
            } else if let status, status.isSuccess {
                diagnostics.error(
                    "'errors' key '\(keyText)' is a successful status, whose body the response type describes; "
                        + "'errors' declares the bodies of statuses that are not 2xx",
                    at: entry.key.location)
            }
            let type: FieldType?
            var description: String?
            if let scalar = entry.value.scalar {
                type = loadErrorTypeName(scalar.text, at: entry.value.location, diagnostics: diagnostics)
            } else if let reader = MappingReader(entry.value, as: SpecVocabulary.errorBody, diagnostics: diagnostics) {
                description = reader.string("description")
                type = loadBodyType(reader, what: "an error body", diagnostics: diagnostics)
            } else {
                type = nil
            }
            guard let status, !status.isSuccess, let type else { return nil }
            return ErrorBodySpec(status: status, type: type, description: description, location: entry.key.location)
        }
    }

    /// The short form `4XX: ApiError`: a type name or a scalar.
    private func loadErrorTypeName(_ text: String, at location: SourceLocation, diagnostics: DiagnosticCollector) -> FieldType? {
        if Self.isTypeName(text) { return .named(TypeReference(name: text, location: location)) }
        if let scalar = ScalarKind(rawValue: text) { return .scalar(scalar) }
        diagnostics.error(
            "error body type '\(text)' must be a type name, or a mapping such as {type: list, items: ApiError}",
            at: location)
        return nil
    }

    /// A whole body's type, read as a field's type: a name, a scalar, or a list or map of those. An inline
    /// object or enum has no type for its Swift name to nest in, so it is declared in `types` instead.
    private func loadBodyType(_ reader: MappingReader, what: String, diagnostics: DiagnosticCollector) -> FieldType? {
        if let typeText = reader.string("type"), ["object", "enum"].contains(typeText) {
            diagnostics.error(
                "\(what) cannot be an inline \(typeText); declare it under 'types' and use its name", at: reader.location(of: "type"))
            return nil
        }
        guard let type = loadFieldType(reader, diagnostics: diagnostics) else { return nil }
        switch type.innermost {
        case .inlineObject, .inlineEnum:
            diagnostics.error(
                "\(what) cannot be an inline object or enum; declare it under 'types' and use its name",
                at: reader.location(of: "type"))
            return nil
        default:
            break
        }
        return type
    }

    /// `CustomerResponse`: how a named type is written (PascalCase letters and digits).
    static func isTypeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
}
