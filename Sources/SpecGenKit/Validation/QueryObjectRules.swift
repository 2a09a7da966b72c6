/// Rules of a query parameter of `type: object` (`style: brackets`), beyond the loader's: its
/// fields are parameters of their own inside one struct, so their wire names, Swift properties and
/// nested enum types must each be unique there, and each field obeys a parameter's rules.
enum QueryObjectRules {
    static func check(_ parameter: ParameterSpec, diagnostics: DiagnosticCollector) {
        let fields = parameter.objectFields
        guard !fields.isEmpty else { return }
        var wireNames = UniqueNames(what: "'\(parameter.name)' field", expectedCount: fields.count, diagnostics: diagnostics)
        var properties = UniqueNames(
            what: "'\(parameter.name)' property", comparison: .swiftName(remedy: "set 'swift_name' on one"),
            expectedCount: fields.count, diagnostics: diagnostics)
        var nestedTypes = UniqueNames(
            what: "'\(parameter.name)' nested type", comparison: .swiftName(remedy: "set 'type_name' on one or rename it"),
            diagnostics: diagnostics)
        let structName = QueryObjectTranslator.typeName(of: parameter)
        for field in fields {
            guard wireNames.insert(field.name, display: field.name, at: field.location) else { continue }
            properties.insert(QueryObjectTranslator.propertyName(field), display: field.name, at: field.location)
            if case .enumeration = field.type, field.enumType == nil {
                let name = TypeNaming.enumTypeName(of: field)
                if name == structName {
                    // Inside `Filter`, a nested `Filter` would hide the struct from its own members.
                    diagnostics.error(
                        "the enum of field '\(field.name)' would be named '\(name)', like the struct of '\(parameter.name)' it is nested in; set 'type_name'",
                        at: field.location)
                }
                nestedTypes.insert(name, display: field.typeName ?? field.name, at: field.location)
                // Inside the struct the nested enum is what its name means, also to a field of the
                // API's enum of that name, which would get the nested enum's values.
                let hidden = fields.lazy.compactMap { other in other.enumType.map { (field: other.name, type: $0.name) } }
                    .first { SwiftName.type($0.type) == name }
                if let hidden {
                    diagnostics.error(
                        "the enum of field '\(field.name)' would be named '\(name)', which hides the type '\(hidden.type)' that field '\(hidden.field)' uses; set 'type_name'",
                        at: field.location)
                }
            }
            ParameterRules.check(field, diagnostics: diagnostics)
        }
    }
}
