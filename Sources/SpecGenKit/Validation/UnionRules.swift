import YAMLReader

/// Checks a `kind: union` type: its variants exist and have the shape the union reads them in, and
/// no two of them are picked by the same discriminator value or JSON kind.
struct UnionRules {
    let api: APISpec
    let diagnostics: DiagnosticCollector

    func check(_ union: UnionSpec) {
        switch union {
        case .tagged(let discriminator, let variants):
            checkTagged(discriminator: discriminator, variants: variants)
        case .byKind(let variants):
            checkKinds(variants)
        }
    }

    private func checkTagged(discriminator: String, variants: [TaggedVariantSpec]) {
        var values = UniqueNames(what: "variant value", expectedCount: variants.count, diagnostics: diagnostics)
        var caseNames = UniqueNames(
            what: "variant", comparison: .swiftName(remedy: "set 'swift_name' on one"), expectedCount: variants.count,
            diagnostics: diagnostics)
        for variant in variants {
            if values.insert(variant.value, display: variant.value, at: variant.location) {
                caseNames.insert(TypeNaming.caseName(of: variant), display: variant.value, at: variant.location)
            }
            guard let named = existingType(variant.type) else { continue }
            guard case .object(let fields) = named.body else {
                diagnostics.error(
                    "variant '\(variant.value)' is type '\(variant.type.name)', \(Self.describe(named.body)); "
                        + "the variants of a union with a 'discriminator' are object types",
                    at: variant.type.location)
                continue
            }
            guard let field = fields.first(where: { $0.name == discriminator }) else { continue }
            // The variant reads the key itself: it must take the value that picks it.
            switch field.type {
            case .scalar(.string):
                break
            case .inlineEnum(_, let values) where values.contains(where: { $0.value == variant.value }):
                break
            case .named(let reference) where api.enumValues(of: .named(reference))?.contains(where: { $0.value == variant.value }) == true:
                break
            default:
                let fieldAt = "\(field.location.line):\(field.location.column)"
                diagnostics.error(
                    "variant '\(variant.value)': type '\(variant.type.name)' declares the discriminator '\(discriminator)' "
                        + "(at \(fieldAt)) as a field that cannot hold '\(variant.value)'; make it a string, or an enum with that value",
                    at: variant.type.location)
            }
        }
    }

    private func checkKinds(_ variants: [KindVariantSpec]) {
        var kinds = UniqueNames(what: "kind", expectedCount: variants.count, diagnostics: diagnostics)
        for variant in variants {
            kinds.insert(variant.kind.rawValue, display: variant.kind.rawValue, at: variant.location)
            if let problem = problem(of: variant) {
                diagnostics.error("kind '\(variant.kind.rawValue)': \(problem)", at: variant.location)
            }
        }
    }

    /// Why a value of `variant.type` is not JSON of `variant.kind`, or nil when it is.
    private func problem(of variant: KindVariantSpec) -> String? {
        let expected: String
        switch variant.kind {
        case .string: expected = "string, date, datetime or an enum type"
        case .integer: expected = "integer, or a datetime with a unix_seconds or unix_milliseconds format"
        case .number: expected = "number, or a datetime with a unix_seconds or unix_milliseconds format"
        case .boolean: expected = "boolean"
        case .object: expected = "an object type or a union with a 'discriminator'"
        case .array: expected = "list, with items a scalar or a type name"
        }
        let declaredFormat = DateFormats.declared(.datetime, pattern: variant.format)
        // A format that does not read was reported by the loader; the variant is not judged by it.
        if variant.format != nil, declaredFormat == nil, variant.type.scalarElement?.isDateOrTime == true { return nil }
        let isUnixTime = variant.format != nil && declaredFormat?.unixTime != nil
        switch (variant.kind, variant.type) {
        case (.string, .scalar(.string)), (.integer, .scalar(.integer)), (.number, .scalar(.number)), (.boolean, .scalar(.boolean)):
            return nil
        case (.string, .scalar(let scalar)) where scalar.isDateOrTime:
            return isUnixTime ? "a unix time is a number; declare it under kind 'integer' or 'number'" : nil
        case (.integer, .scalar(.datetime)), (.number, .scalar(.datetime)):
            return isUnixTime ? nil : "a datetime is a number only with a unix_seconds or unix_milliseconds format; expected \(expected)"
        case (.string, .named(let reference)):
            guard let named = existingType(reference) else { return nil }
            if case .enumeration = named.body { return nil }
            return "'\(reference.name)' is \(Self.describe(named.body)); expected \(expected)"
        case (.object, .named(let reference)):
            guard let named = existingType(reference) else { return nil }
            switch named.body {
            case .object, .union(.tagged): return nil
            default: return "'\(reference.name)' is \(Self.describe(named.body)); expected \(expected)"
            }
        case (.array, .list(let items, _)):
            if variant.format != nil { return "'format' does not apply to a list variant" }
            switch items {
            case .scalar(.json): return "a list variant's items cannot be 'json'"
            case .scalar: return nil
            case .named(let reference): _ = existingType(reference); return nil
            default: return "a list variant's items are a scalar or a type name"
            }
        case (_, .scalar(.json)):
            return "'json' is any kind of value; expected \(expected)"
        default:
            return "expected \(expected)"
        }
    }

    /// The named type, or nil after reporting that there is none.
    private func existingType(_ reference: TypeReference) -> TypeSpec? {
        if let type = api.type(named: reference.name) { return type }
        diagnostics.error(
            "unknown type '\(reference.name)'"
                + (NestedTypeHint.hint(for: reference.name, in: api) ?? Suggestion.didYouMean(reference.name, in: api.types.map(\.name))),
            at: reference.location)
        return nil
    }

    /// "an enum type", for messages.
    static func describe(_ body: TypeBody) -> String {
        switch body {
        case .object: "an object type"
        case .enumeration: "an enum type"
        case .union(.tagged): "a union with a discriminator"
        case .union(.byKind): "a union by kind"
        }
    }
}
