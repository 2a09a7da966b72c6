import YAMLReader

extension SpecLoader {
    /// The keys only a `kind: union` type takes.
    static let unionKeys = ["discriminator", "variants", "kinds"]

    /// A `kind: union` type's body: `discriminator` with `variants`, or `kinds`.
    func loadUnion(_ reader: MappingReader, diagnostics: DiagnosticCollector) -> UnionSpec {
        for key in ["fields", "values", "leniency", "unknown_keys", "at_least_one"] where reader.has(key) {
            diagnostics.error("'\(key)' does not apply to kind 'union'", at: reader.location(of: key))
        }
        if reader.has("kinds") {
            for key in ["discriminator", "variants"] where reader.has(key) {
                diagnostics.error(
                    "'\(key)' does not apply to a union by 'kinds'; a union has either 'discriminator' and 'variants' or 'kinds'",
                    at: reader.location(of: key))
            }
            let nodes = reader.list("kinds") ?? []
            if nodes.isEmpty, reader.list("kinds") != nil {
                diagnostics.error("'kinds' must list at least one kind", at: reader.location(of: "kinds"))
            }
            return .byKind(nodes.compactMap { loadKindVariant($0, diagnostics: diagnostics) })
        }
        let discriminator = reader.string("discriminator")
        if !reader.has("discriminator") {
            diagnostics.error("a type of kind 'union' needs 'discriminator' and 'variants', or 'kinds'", at: reader.location(of: "kind"))
        } else if discriminator?.isEmpty == true {
            diagnostics.error("'discriminator' must not be empty", at: reader.location(of: "discriminator"))
        }
        if reader.has("discriminator"), !reader.has("variants") {
            diagnostics.error("a union with a 'discriminator' needs 'variants'", at: reader.location(of: "discriminator"))
        }
        let nodes = reader.list("variants") ?? []
        if nodes.isEmpty, reader.list("variants") != nil {
            diagnostics.error("'variants' must list at least one variant", at: reader.location(of: "variants"))
        }
        return .tagged(
            discriminator: discriminator ?? "", variants: nodes.compactMap { loadTaggedVariant($0, diagnostics: diagnostics) })
    }

    /// `{value, type, swift_name, description}`; the type is a name (the validator checks it is an
    /// object type's).
    private func loadTaggedVariant(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> TaggedVariantSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.unionVariant, diagnostics: diagnostics) else { return nil }
        let value = reader.string("value")
        let swiftName = reader.swiftIdentifier("swift_name")
        let description = reader.string("description")
        var type: TypeReference?
        if let text = reader.string("type") {
            if SwiftName.isTypeIdentifier(text) {
                type = TypeReference(name: text, location: reader.location(of: "type"))
            } else {
                diagnostics.error(
                    "a variant's type is the name of an object type of 'types', in PascalCase; found '\(text)'",
                    at: reader.location(of: "type"))
            }
        }
        guard let value, let type else { return nil }
        return TaggedVariantSpec(value: value, swiftName: swiftName, type: type, description: description, location: node.location)
    }

    /// `{kind, type, items, format, description}`: the type is read as a field's, without inline
    /// objects or enums (a variant's type has a name of its own).
    private func loadKindVariant(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> KindVariantSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.unionKind, diagnostics: diagnostics) else { return nil }
        let kind = reader.choice("kind", from: JSONKindName.allCases.map(\.rawValue)).flatMap(JSONKindName.init(rawValue:))
        let description = reader.string("description")
        let format = reader.string("format")
        var type: FieldType?
        if let text = reader.string("type"), ["object", "enum"].contains(text) {
            diagnostics.error(
                "a union's variant cannot be an inline \(text); declare it under 'types' and give its name",
                at: reader.location(of: "type"))
        } else {
            type = loadFieldType(reader, diagnostics: diagnostics)
        }
        if let format, let scalar = type?.scalarElement, scalar.isDateOrTime {
            checkDateFormat(format, of: scalar, at: reader.location(of: "format"), diagnostics: diagnostics)
        } else if format != nil, type != nil {
            diagnostics.error("'format' only applies to a date or datetime", at: reader.location(of: "format"))
        }
        guard let kind, let type else { return nil }
        return KindVariantSpec(kind: kind, type: type, format: format, description: description, location: node.location)
    }
}
