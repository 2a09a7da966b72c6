/// The API's item failure codes (or an endpoint's own) become an enum with a case per named
/// reason, and an `unknown` case that keeps any other code, so a code the spec does not list is
/// reported, never lost.
struct FailureReasonTranslator {
    /// The enum's name.
    let name: String
    /// What fails, for the doc comment: "the Shop API" or "`get_coupon` of the Shop API".
    let subject: String
    let failures: [ItemFailureSpec]

    func declaration() -> TypeDeclaration {
        var members: [Declaration] = failures.map { failure in
            let codes = failure.codes.map(String.init).joined(separator: ", ")
            let codeText = failure.codes.count == 1 ? "Item code \(codes)." : "Item codes \(codes)."
            let doc = [failure.description, codeText].compactMap { $0 }.joined(separator: " ")
            return .enumCase(EnumCaseDeclaration(doc: doc, name: TypeNaming.caseName(of: failure)))
        }
        members.append(.enumCase(EnumCaseDeclaration(
            doc: "A code the spec does not name, kept as it was sent; nil when the item carried no code.",
            name: TypeNaming.unknownCase, associatedValue: "Int?")))

        var codeCases = failures.map { failure in
            SwitchCase(
                pattern: "case " + failure.codes.map(String.init).joined(separator: ", "),
                body: [.line("self = .\(TypeNaming.caseName(of: failure))")])
        }
        codeCases.append(SwitchCase(pattern: "default", body: [.line("self = .\(TypeNaming.unknownCase)(code)")]))
        let initializerDoc = DocCallouts(parameters: [("code", "The code a failed item carries, nil when it carries none.")])
            .appended(to: "The reason a failed item's code names, or `unknown` with the code when the spec names none.")
        members.append(.function(FunctionDeclaration(
            doc: initializerDoc, access: .public, kind: .initializer, parameters: [.init(name: "code", type: "Int?")],
            body: [
                .block("guard let code else", [.line("self = .\(TypeNaming.unknownCase)(nil)"), .line("return")]),
                .switchOver("code", codeCases),
            ])))

        var nameCases = failures.map { failure in
            SwitchCase(pattern: "case .\(TypeNaming.caseName(of: failure))", body: [.line(SwiftLiteral.string(failure.name))])
        }
        nameCases.append(SwitchCase(pattern: "case .\(TypeNaming.unknownCase)", body: [.line(SwiftLiteral.string("unknown"))]))
        members.append(.property(PropertyDeclaration(
            doc: "The reason's name in the spec, such as `\(failures.first?.name ?? "unknown")`.",
            access: .public, name: "description", type: "String", getter: [.switchOver("self", nameCases)])))

        return TypeDeclaration(
            doc: "Why \(subject) could not answer one item of a request, by the item's code.",
            access: .public, kind: .enumeration, name: name,
            inherits: ["ItemFailureReason"], members: members)
    }
}
