/// Enums of response data: open, so a value the spec does not list decodes into `.unknown` and
/// re-encodes unchanged instead of failing the whole response.
struct OpenEnumTranslator {
    /// `isParameterType`: a request parameter or header has the type, which then is a query value and
    /// can be read from an argument's text.
    func declaration(name: String, description: String?, values: [EnumValueSpec], isParameterType: Bool = false) -> TypeDeclaration {
        var members: [Declaration] = values.map { value in
            .enumCase(EnumCaseDeclaration(doc: value.description, name: TypeNaming.caseName(of: value)))
        }
        members.append(.enumCase(EnumCaseDeclaration(
            doc: "A value this client does not know yet, kept as it was sent.",
            name: TypeNaming.unknownCase, associatedValue: "String")))

        var initCases = values.map { value in
            let spellings = ([value.value] + value.aliases.map(\.text)).map(SwiftLiteral.string).joined(separator: ", ")
            return SwitchCase(pattern: "case \(spellings)", body: [.line("self = .\(TypeNaming.caseName(of: value))")])
        }
        initCases.append(SwitchCase(pattern: "default", body: [.line("self = .\(TypeNaming.unknownCase)(rawValue)")]))
        let initializerDoc = DocCallouts(parameters: [("rawValue", "The value as it is sent.")]).appended(
            to: "The case whose value or alias `rawValue` is, or `unknown` with it when the spec lists none.")
        members.append(.function(FunctionDeclaration(
            doc: initializerDoc, access: .public, kind: .initializer,
            parameters: [.init(name: "rawValue", type: "String")],
            body: [.switchOver("rawValue", initCases)])))

        var rawCases = values.map { value in
            SwitchCase(pattern: "case .\(TypeNaming.caseName(of: value))", body: [.line(SwiftLiteral.string(value.value))])
        }
        rawCases.append(SwitchCase(pattern: "case .\(TypeNaming.unknownCase)(let rawValue)", body: [.line("rawValue")]))
        members.append(.property(PropertyDeclaration(
            access: .public, name: "rawValue", type: "String", getter: [.switchOver("self", rawCases)])))

        members.append(.property(PropertyDeclaration(
            doc: "Every value the spec declares.", access: .public, isStatic: true, isMutable: false,
            name: TypeNaming.knownValuesProperty, type: "[Self]",
            value: .arrayLiteral(values.map { "." + TypeNaming.caseName(of: $0) }))))

        return TypeDeclaration(
            doc: description, access: .public, kind: .enumeration, name: name, inherits: ["OpenEnum"] + (isParameterType ? ["QueryValue", "ArgumentValue"] : []), members: members)
    }
}
