/// The rules for `may_be_inlined`: the decoder tells the inlined form by the keys of the field's
/// object type, so those keys must say it unambiguously.
enum InlinedFieldRules {
    /// Checks the fields of one object: at most one may be inlined, its type is an object that
    /// declares keys, and none of those keys is also one of its siblings' (an object without the
    /// field's key but with that one would be read both as the sibling and as the inlined value).
    static func check(_ fields: [FieldSpec], api: APISpec, diagnostics: DiagnosticCollector) {
        var first: FieldSpec?
        for field in fields where field.mayBeInlined {
            if let first {
                diagnostics.error(
                    "only one field of an object may be inlined; '\(first.name)' already is", at: field.location)
                continue
            }
            first = field
            guard let keys = declaredKeys(of: field.type, api: api, field: field, diagnostics: diagnostics) else { continue }
            if keys.isEmpty {
                diagnostics.error(
                    "field '\(field.name)' may be inlined, but its type declares no keys to recognize it by",
                    at: field.location)
            }
            for sibling in fields where sibling.name != field.name && keys.contains(sibling.name) {
                diagnostics.error(
                    "field '\(field.name)' may be inlined, but its type declares the key '\(sibling.name)', "
                        + "which is a field beside it too: an object without '\(field.name)' would be read both ways",
                    at: sibling.location)
            }
        }
    }

    /// The keys the field's object type declares; nil (with an error for an enum) when it is none.
    private static func declaredKeys(
        of type: FieldType, api: APISpec, field: FieldSpec, diagnostics: DiagnosticCollector
    ) -> [String]? {
        switch type {
        case .inlineObject(_, let nested):
            return nested.map(\.name)
        case .named(let reference):
            switch api.type(named: reference.name)?.body {
            case .object(let nested)?:
                return nested.map(\.name)
            case .enumeration?:
                diagnostics.error(
                    "'may_be_inlined' only applies to an object field; '\(reference.name)' is an enum", at: field.location)
                return nil
            case .union?:
                diagnostics.error(
                    "'may_be_inlined' only applies to an object field; '\(reference.name)' is a union", at: field.location)
                return nil
            case nil:
                return nil  // reported as an unknown type
            }
        case .scalar, .inlineEnum, .list, .map, .nullable:
            return nil  // reported by the loader
        }
    }
}
