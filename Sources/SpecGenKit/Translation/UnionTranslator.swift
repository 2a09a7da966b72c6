/// Union types (`kind: union`) become enums with one case per variant, the variant's value as the
/// case's associated value. A tagged union reads its discriminator and decodes the variant from the
/// whole object; one it does not know is kept whole in `unknown` and written back as it came. A
/// union by kind decodes the variant declared for the JSON kind of the value, and refuses the others.
struct UnionTranslator {
    let mapping: SwiftTypeMapping

    /// - Parameter isBodyType: a request body can hold the union: it gains `BodyValue`'s
    ///   `checkBodyRules(_:)`, which checks the variant's rules.
    func declaration(name: String, description: String?, union: UnionSpec, isBodyType: Bool) -> TypeDeclaration {
        let variants = Variant.all(of: union, mapping: mapping)
        var members: [Declaration] = variants.map { variant in
            .enumCase(EnumCaseDeclaration(doc: variant.doc, name: variant.caseName, associatedValue: variant.swiftType))
        }
        if case .tagged(let discriminator, _) = union {
            members.append(.enumCase(EnumCaseDeclaration(
                doc: "An object whose `\(discriminator)` this client does not know yet, kept whole as it was sent; "
                    + "encoding writes it back the same.",
                name: TypeNaming.unknownCase, associatedValue: "JSONValue")))
        }
        members += variants.compactMap { $0.format?.declaration }.map(Declaration.property)
        members.append(.property(PropertyDeclaration(
            doc: "The keys an object must carry to stand for a one-element list of this union.",
            access: .public, isStatic: true, isMutable: false, name: "wireKeys", type: "Set<String>", value: wireKeys(of: union))))
        members.append(.function(decodingInitializer(union, variants: variants)))
        members.append(.function(encodeFunction(union, variants: variants)))
        var inherits = ["Codable", "Sendable", isHashable(union) ? "Hashable" : "Equatable", "WireObject"]
        if isBodyType {
            members.append(.function(bodyRulesFunction(union, variants: variants)))
            inherits.append("BodyValue")
        }
        return TypeDeclaration(
            doc: description, access: .public, kind: .enumeration, name: name, inherits: inherits, members: members)
    }

    /// A variant with the Swift text the members print for it.
    private struct Variant {
        var caseName: String
        var swiftType: String
        var doc: String?
        /// Tagged: the discriminator value that picks it, as a Swift literal.
        var tag = ""
        /// Tagged: whether the variant type declares the discriminator key as a field.
        var declaresDiscriminator = false
        /// Tagged: whether the variant type keeps the keys it does not declare.
        var keepsUnknownKeys = false
        /// The type of its value, for body rules.
        var type: FieldType
        var format: SwiftTypeMapping.DateFormat?

        static func all(of union: UnionSpec, mapping: SwiftTypeMapping) -> [Variant] {
            let api = mapping.api
            switch union {
            case .tagged(let discriminator, let variants):
                return variants.map { variant in
                    let named = api.type(named: variant.type.name)
                    var declares = false
                    if case .object(let fields)? = named?.body { declares = fields.contains { $0.name == discriminator } }
                    return Variant(
                        caseName: TypeNaming.caseName(of: variant),
                        swiftType: SwiftName.type(variant.type.name), doc: variant.description,
                        tag: SwiftLiteral.string(variant.value), declaresDiscriminator: declares,
                        keepsUnknownKeys: named?.keepsUnknownKeys ?? api.keepsUnknownKeys, type: .named(variant.type))
                }
            case .byKind(let variants):
                return variants.map { variant in
                    let name = TypeNaming.caseName(of: variant)
                    return Variant(
                        caseName: name, swiftType: swiftType(of: variant.type), doc: variant.description,
                        type: variant.type,
                        format: mapping.dateFormat(
                            of: variant.type.scalarElement, pattern: variant.format, wireName: variant.kind.rawValue, property: name))
                }
            }
        }

        /// A kind variant's Swift type: a scalar, a named type or a list of them (the validator
        /// refuses inline objects and enums, which would need a nested type).
        private static func swiftType(of type: FieldType) -> String {
            switch type {
            case .scalar(let scalar): SwiftTypeMapping.swiftType(of: scalar)
            case .named(let reference): SwiftName.type(reference.name)
            case .list(let items, _): "[" + swiftType(of: items) + "]"
            case .map(let items): "[String: " + swiftType(of: items) + "]"
            case .nullable(let wrapped): swiftType(of: wrapped) + "?"
            case .inlineObject, .inlineEnum: "JSONValue"
            }
        }
    }

    /// A tagged union's object carries its discriminator; a union by kind's, the keys of its
    /// object variant (none when it has none).
    private func wireKeys(of union: UnionSpec) -> PropertyValue {
        switch union {
        case .tagged(let discriminator, _):
            return .arrayLiteral([SwiftLiteral.string(discriminator)])
        case .byKind(let kinds):
            guard let object = kinds.first(where: { $0.kind == .object }), case .named(let reference) = object.type else {
                return .arrayLiteral([])
            }
            return .expression(SwiftName.type(reference.name) + ".wireKeys")
        }
    }

    private func decodingInitializer(_ union: UnionSpec, variants: [Variant]) -> FunctionDeclaration {
        var body: [Statement] = []
        switch union {
        case .tagged(let discriminator, _):
            let key = SwiftLiteral.string(discriminator)
            var cases = variants.map { variant -> SwitchCase in
                guard variant.keepsUnknownKeys, !variant.declaresDiscriminator else {
                    return SwitchCase(
                        pattern: "case \(variant.tag)",
                        body: [.line("self = try .\(variant.caseName)(\(variant.swiftType)(from: decoder))")])
                }
                return SwitchCase(pattern: "case \(variant.tag)", body: [
                    .line("var value = try \(variant.swiftType)(from: decoder)"),
                    .line("// The discriminator is the union's, not a key the variant keeps: encoding writes it first."),
                    .line("value.\(TypeNaming.unknownFieldsProperty)[\(key)] = nil"),
                    .line("self = .\(variant.caseName)(value)"),
                ])
            }
            cases.append(SwitchCase(pattern: "default", body: [.line("self = try .\(TypeNaming.unknownCase)(JSONValue(from: decoder))")]))
            body.append(.switchOver("try UnionDecoding.discriminator(\(key), from: decoder)", cases))
        case .byKind(let kinds):
            let expected = kinds.map { "." + $0.kind.rawValue }.joined(separator: ", ")
            body.append(.line("let probe = try ProbedValue(of: decoder, among: [\(expected)])"))
            var cases = zip(kinds, variants).map { kind, variant in
                guard probeHoldsValue(of: variant, kind: kind.kind) else {
                    return SwitchCase(
                        pattern: "case .\(kind.kind.rawValue)",
                        body: [.line("self = try .\(variant.caseName)(\(decodeExpression(variant)))")])
                }
                return SwitchCase(
                    pattern: "case .\(kind.kind.rawValue)(let value)", body: [.line("self = .\(variant.caseName)(value)")])
            }
            cases.append(SwitchCase(pattern: "default", body: [
                .line("throw UnionDecoding.unexpectedKind(probe.kind, expected: [\(expected)], of: Self.self, in: decoder)"),
            ]))
            body.append(.switchOver("probe", cases))
        }
        return FunctionDeclaration(
            access: .public, kind: .initializer,
            parameters: [.init(label: "from", name: "decoder", type: "any Decoder")],
            effects: "throws", body: body)
    }

    /// Whether the probe's value is the variant's: a plain `String`, `Int`, `Double` or `Bool` of
    /// the kind the probe read it as (`Type(from:)` would read the same value again).
    private func probeHoldsValue(of variant: Variant, kind: JSONKindName) -> Bool {
        guard variant.format == nil, case .scalar(let scalar) = variant.type else { return false }
        switch (kind, scalar) {
        case (.string, .string), (.integer, .integer), (.number, .number), (.boolean, .boolean): return true
        default: return false
        }
    }

    /// How a kind variant's value is read from `decoder`: its type's own `init(from:)`, or its format.
    private func decodeExpression(_ variant: Variant) -> String {
        if let format = variant.format {
            return "UnionDecoding.formatted(\(variant.swiftType).self, from: decoder, format: Self.\(format.name))"
        }
        return "\(variant.swiftType)(from: decoder)"
    }

    private func encodeFunction(_ union: UnionSpec, variants: [Variant]) -> FunctionDeclaration {
        var cases: [SwitchCase] = []
        switch union {
        case .tagged(let discriminator, _):
            cases = variants.map { variant in
                var body: [Statement] = []
                if !variant.declaresDiscriminator {
                    body.append(.line(
                        "try UnionEncoding.writeDiscriminator(\(variant.tag), forKey: \(SwiftLiteral.string(discriminator)), to: encoder)"))
                }
                body.append(.line("try value.encode(to: encoder)"))
                return SwitchCase(pattern: "case .\(variant.caseName)(let value)", body: body)
            }
            cases.append(SwitchCase(pattern: "case .\(TypeNaming.unknownCase)(let value)", body: [.line("try value.encode(to: encoder)")]))
        case .byKind:
            cases = variants.map { variant in
                let write = variant.format.map { "try UnionEncoding.writeFormatted(value, format: Self.\($0.name), to: encoder)" }
                    ?? "try value.encode(to: encoder)"
                return SwitchCase(pattern: "case .\(variant.caseName)(let value)", body: [.line(write)])
            }
        }
        return FunctionDeclaration(
            access: .public, kind: .function("encode"),
            parameters: [.init(label: "to", name: "encoder", type: "any Encoder")],
            effects: "throws", body: [.switchOver("self", cases)])
    }

    /// `checkBodyRules(_:)`: the variant's own rules; a tagged union's `unknown` is not sent.
    private func bodyRulesFunction(_ union: UnionSpec, variants: [Variant]) -> FunctionDeclaration {
        var cases: [SwitchCase] = []
        var unchecked: [String] = []
        for variant in variants {
            guard let check = bodyCheck(of: variant.type) else {
                unchecked.append("." + variant.caseName)
                continue
            }
            cases.append(SwitchCase(pattern: "case .\(variant.caseName)(let value)", body: [.line(check)]))
        }
        if case .tagged = union {
            cases.append(SwitchCase(pattern: "case .\(TypeNaming.unknownCase)", body: [
                .line("throw RequestValidationError(parameter: \"\", problem: .undeclaredValue)"),
            ]))
        }
        if !unchecked.isEmpty {
            cases.append(SwitchCase(pattern: "case " + unchecked.joined(separator: ", "), body: [.line("break")]))
        }
        return FunctionDeclaration(
            doc: DocCallouts(
                parameters: [("value", "The value to check.")],
                throwsText: "`RequestValidationError` for the first rule the value breaks.").appended(
                to: "Checks the rules of the variant the value holds, before it is sent in a request body; a broken rule "
                    + "throws, naming the field's JSON path (never its value)."),
            access: .public, modifiers: ["static"], kind: .function("checkBodyRules"),
            parameters: [.init(label: "_", name: "value", type: "Self")],
            effects: "throws(RequestValidationError)", body: [.switchOver("value", cases)])
    }

    /// The statement checking a variant's `value`, or nil when its type has no rules.
    private func bodyCheck(of type: FieldType) -> String? {
        switch type {
        case .named(let reference):
            switch mapping.api.type(named: reference.name)?.body {
            case .enumeration?: return "try BodyRules.checkDeclared(value, field: \"\")"
            case .object?, .union?: return "try \(SwiftName.type(reference.name)).checkBodyRules(value)"
            case nil: return nil
            }
        case .list(.named(let reference), _):
            switch mapping.api.type(named: reference.name)?.body {
            case .enumeration?:
                return "try BodyRules.checkEach(value, field: \"\") { element, name throws(RequestValidationError) in "
                    + "try BodyRules.checkDeclared(element, field: name) }"
            case .object?, .union?: return "try BodyRules.checkEach(value, field: \"\")"
            case nil: return nil
            }
        default:
            return nil
        }
    }

    /// Whether every value the union can hold is `Hashable`: generated object types are only
    /// `Equatable`, so a tagged union never is, and a union by kind is when it holds no object.
    private func isHashable(_ union: UnionSpec) -> Bool {
        var visited: Set<String> = []
        func hashable(_ type: FieldType) -> Bool {
            switch type {
            case .scalar, .inlineEnum: return true
            case .inlineObject: return false
            case .list(let items, _), .map(let items), .nullable(let items): return hashable(items)
            case .named(let reference):
                guard visited.insert(reference.name).inserted else { return true }
                switch mapping.api.type(named: reference.name)?.body {
                case .enumeration?: return true
                case .union(.byKind(let kinds))?: return kinds.allSatisfy { hashable($0.type) }
                case .object?, .union(.tagged)?, nil: return false
                }
            }
        }
        switch union {
        case .tagged: return false
        case .byKind(let kinds): return kinds.allSatisfy { hashable($0.type) }
        }
    }
}
