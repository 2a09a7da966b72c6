/// Object types become `Codable` structs whose `init(from:)` reads each field with the leniency
/// the spec gives it, and whose `encode(to:)` writes the canonical form (numbers as numbers, lists
/// in their wrappers), so encoding then decoding gives the same value.
struct ObjectTranslator {
    let mapping: SwiftTypeMapping

    /// - Parameters:
    ///   - leniency: the leniency fields get when they do not declare their own.
    ///   - keepsUnknownKeys: whether the type keeps the keys it does not declare, in
    ///     `unknownFields` (its inline objects do as it does).
    ///   - bodyRules: set for a type a request body can hold: it gains `BodyValue`'s
    ///     `checkBodyRules(_:)` (its inline objects too), with its `at_least_one`.
    func declaration(
        name: String, description: String?, fields: [FieldSpec], leniency: LeniencySpec, keepsUnknownKeys: Bool,
        bodyRules: BodyTypeRules? = nil
    ) -> TypeDeclaration {
        // Each field's names appear in four members; work them out once.
        let fields = fields.map { TranslatedField($0, mapping: mapping) }
        // The fields beside a wrapped list are properties too, right after their list's.
        let properties = fields.flatMap { [$0] + $0.wrapperFields }
        var members: [Declaration] = properties.map { field in
            .property(PropertyDeclaration(doc: doc(of: field.spec), access: .public, name: field.property, type: field.type))
        }
        if keepsUnknownKeys {
            members.append(.property(PropertyDeclaration(
                doc: "The keys the spec does not declare, with their values as they came; encoding writes them back.",
                access: .public, name: TypeNaming.unknownFieldsProperty, type: "[String: JSONValue]")))
        }
        members += properties.compactMap { $0.format?.declaration }.map(Declaration.property)
        members += nestedTypes(of: properties, leniency: leniency, keepsUnknownKeys: keepsUnknownKeys, isBodyType: bodyRules != nil)
            .map(Declaration.type)
        members.append(.property(PropertyDeclaration(
            doc: "The keys this type declares: an object with none of them is not one of its values.",
            access: .public, isStatic: true, isMutable: false, name: "wireKeys", type: "Set<String>",
            value: .arrayLiteral(fields.map(\.key)))))
        members.append(.function(memberwiseInitializer(properties, keepsUnknownKeys: keepsUnknownKeys)))
        members.append(.function(decodingInitializer(fields, leniency: leniency, keepsUnknownKeys: keepsUnknownKeys)))
        members.append(.function(encodeFunction(fields, keepsUnknownKeys: keepsUnknownKeys)))
        var inherits = ["Codable", "Sendable", "Equatable", "WireObject"]
        if let bodyRules {
            members.append(.function(BodyRulesTranslator(api: mapping.api).function(
                fields: fields.map(\.spec), atLeastOne: bodyRules.atLeastOne)))
            inherits.append("BodyValue")
        }
        return TypeDeclaration(
            doc: description, access: .public, kind: .structure, name: name, inherits: inherits, members: members)
    }

    /// A field with the Swift text the members print for it.
    private struct TranslatedField {
        let spec: FieldSpec
        /// The property name, escaped.
        let property: String
        /// The property's declared type, e.g. `[Customer]?`.
        let type: String
        /// The wire name as a string literal: the coding key.
        let key: String
        /// The value's (or each list element's) Swift type and how it is decoded.
        let element: (type: String, shape: SwiftTypeMapping.Shape)
        /// For a wrapped list, the fields beside it in its wrapper object.
        let wrapperFields: [TranslatedField]
        /// For a date or datetime with a declared `format`: the static property holding it.
        let format: SwiftTypeMapping.DateFormat?

        init(_ spec: FieldSpec, mapping: SwiftTypeMapping, property: String? = nil) {
            self.spec = spec
            self.property = property ?? SwiftName.property(wire: spec.name, override: spec.swiftName)
            element = mapping.element(of: spec.type, field: spec)
            type = SwiftTypeMapping.propertyType(of: spec, element: element.type)
            key = SwiftLiteral.string(spec.name)
            format = mapping.dateFormat(of: spec.type.scalarElement, pattern: spec.format, wireName: spec.name, property: self.property)
            wrapperFields = spec.wrapperFields.map {
                TranslatedField($0, mapping: mapping, property: TypeNaming.wrapperFieldProperty($0, besideList: spec))
            }
        }

        /// The wrapper key and the wrapper fields' keys as Swift literals, for a wrapped list.
        var wrapperArguments: (wrapperKey: String, wrapperFields: String)? {
            guard case .list(_, let wrapper?) = spec.type else { return nil }
            return (SwiftLiteral.string(wrapper), "[" + wrapperFields.map(\.key).joined(separator: ", ") + "]")
        }

        /// Whether the field holds a map or a declared `null`: it is written (and, unless
        /// ``directNullableMethod`` reads it, read) through a `ValueShape` rather than the direct
        /// helpers of plain fields and lists.
        var usesShape: Bool { spec.isNullable || spec.type.hasMapOrNullable }

        /// For a nullable field holding one scalar or object (no list, map, nullable items or date
        /// format): the helper that reads it without a `ValueShape`.
        var directNullableMethod: String? {
            guard spec.isNullable, format == nil else { return nil }
            switch spec.type {
            case .scalar, .named, .inlineObject, .inlineEnum:
                let leaf = element.shape == .scalar ? "Scalar" : "Object"
                return (spec.isRequired ? "decodeRequiredNullable" : "decodeNullable") + leaf
            case .list, .map, .nullable:
                return nil
            }
        }

        /// The field's `ValueShape`; `inWrapper`: for the list written inside its wrapper object.
        func shape(inWrapper: Bool = false) -> String {
            var wrapper: (key: String, fields: String?)?
            if !inWrapper, let arguments = wrapperArguments {
                wrapper = (arguments.wrapperKey, wrapperFields.isEmpty ? nil : arguments.wrapperFields)
            }
            return SwiftTypeMapping.shapeExpression(
                of: spec.type, element: element, format: format.map { "Self." + $0.name }, wrapper: wrapper)
        }
    }

    private func doc(of field: FieldSpec) -> String? {
        var parts: [String] = []
        if let description = field.description { parts.append(description) }
        if let format = field.format {
            var text = "Format: `\(format)`"
            // Where a date-time's zone comes from matters to whoever reads `date`.
            if field.type.scalarElement == .datetime, DateFormats.declared(.datetime, pattern: format)?.hasOffset == false {
                text += mapping.api.timeZone.map { ", at UTC\($0) when the text has no offset" }
                    ?? "; text without an offset gives a value without one (no time zone is declared)"
            }
            parts.append(text + ".")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private func nestedTypes(
        of fields: [TranslatedField], leniency: LeniencySpec, keepsUnknownKeys: Bool, isBodyType: Bool
    ) -> [TypeDeclaration] {
        // Inline objects have no `at_least_one` of their own (only named types declare one).
        let bodyRules = isBodyType ? BodyTypeRules(atLeastOne: nil) : nil
        return fields.compactMap { translated -> TypeDeclaration? in
            let field = translated.spec
            guard let typeName = TypeNaming.inlineTypeName(of: field) else { return nil }
            let inner = field.leniency ?? leniency
            // The field's description is the list's or map's; an element says what it is part of.
            let description: String?
            switch field.type {
            case .inlineObject, .inlineEnum: description = field.description
            case .list(let items, _) where !items.containsMap: description = "An element of the list `\(field.name)`."
            default: description = "A value in the map `\(field.name)`."
            }
            switch field.type.innermost {
            case .inlineObject(_, let nested):
                return declaration(
                    name: typeName, description: description, fields: nested, leniency: inner,
                    keepsUnknownKeys: keepsUnknownKeys, bodyRules: bodyRules)
            case .inlineEnum(_, let values):
                return OpenEnumTranslator().declaration(name: typeName, description: description, values: values)
            default:
                return nil
            }
        }
    }

    /// Every field a parameter, optional ones defaulting to nil, so values can be built in tests
    /// and previews without decoding JSON.
    private func memberwiseInitializer(_ fields: [TranslatedField], keepsUnknownKeys: Bool) -> FunctionDeclaration {
        var parameters = fields.map { field in
            FunctionDeclaration.Parameter(
                name: field.property, type: field.type, defaultValue: field.spec.isRequired ? nil : "nil")
        }
        var body: [Statement] = fields.map { .line("self.\($0.property) = \($0.property)") }
        var callouts = DocCallouts(parameters: fields.map { field in
            (field.property, field.spec.description ?? "The `\(field.spec.name)` field.")
        })
        if keepsUnknownKeys {
            let name = TypeNaming.unknownFieldsProperty
            parameters.append(.init(name: name, type: "[String: JSONValue]", defaultValue: "[:]"))
            body.append(.line("self.\(name) = \(name)"))
            callouts.parameters.append((name, "The keys the spec does not declare, with their values."))
        }
        return FunctionDeclaration(
            doc: callouts.appended(to: "Creates a value from its fields."), access: .public, kind: .initializer,
            parameters: parameters, body: body)
    }

    private func decodingInitializer(
        _ fields: [TranslatedField], leniency: LeniencySpec, keepsUnknownKeys: Bool
    ) -> FunctionDeclaration {
        var body: [Statement] = []
        if fields.isEmpty, !keepsUnknownKeys {
            body.append(.line("// Only a JSON object is a value of this type: anything else is an error, not an empty value."))
            body.append(.line("_ = try decoder.container(keyedBy: AnyCodingKey.self)"))
        } else {
            body.append(.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)"))
        }
        let defaultLeniencyText = SwiftTypeMapping.leniencyExpression(leniency)
        for field in fields {
            body.append(decodeStatement(
                field, from: "container", hiddenBy: ["decoder", "container"], defaultLeniency: defaultLeniencyText,
                typeLeniency: leniency))
            guard let wrapper = field.wrapperArguments, !field.wrapperFields.isEmpty else { continue }
            body.append(.block(
                "if let wrapper = container.listWrapper(forKey: \(field.key), wrapperKey: \(wrapper.wrapperKey), "
                    + "wrapperFields: \(wrapper.wrapperFields))",
                field.wrapperFields.map {
                    decodeStatement(
                        $0, from: "wrapper", hiddenBy: ["decoder", "container", "wrapper"], defaultLeniency: defaultLeniencyText,
                        typeLeniency: leniency)
                }))
        }
        if keepsUnknownKeys, let inlined = fields.first(where: \.spec.mayBeInlined) {
            body.append(.line("// Read inlined, every key this type does not declare belongs to the inlined value."))
            body.append(.line(
                "\(TypeNaming.unknownFieldsProperty) = try container.holdsInlined(\(inlined.element.type).self, forKey: \(inlined.key))"
                    + " ? [:] : container.decodeUnknownFields(besides: Self.wireKeys)"))
        } else if keepsUnknownKeys {
            body.append(.line(
                "\(TypeNaming.unknownFieldsProperty) = try container.decodeUnknownFields(besides: Self.wireKeys)"))
        }
        return FunctionDeclaration(
            access: .public, kind: .initializer,
            parameters: [.init(label: "from", name: "decoder", type: "any Decoder")],
            effects: "throws", body: body)
    }

    /// `property = try container.decode…(…)` for one field, with the leniency it declares or the type's.
    private func decodeStatement(
        _ field: TranslatedField, from container: String, hiddenBy locals: [String], defaultLeniency: String,
        typeLeniency: LeniencySpec
    ) -> Statement {
        let key = field.key
        let target = SwiftName.propertyReference(field.property, hiddenBy: locals)
        let element = field.element
        var leniencyText = field.spec.leniency.map(SwiftTypeMapping.leniencyExpression) ?? defaultLeniency
        if field.spec.constraints.asString {
            // Written as a string (`as_string`), so read from one: encoding then decoding gives the value.
            var options = (field.spec.leniency ?? typeLeniency).options
            options.formUnion([.stringEncodedNumbers, .stringEncodedBooleans])
            leniencyText = SwiftTypeMapping.leniencyExpression(LeniencySpec(options: options))
        }
        if let method = field.directNullableMethod {
            // A nullable scalar or object field: a direct helper, not a `ValueShape` (four closures)
            // built for every object read.
            let call = "\(container).\(method)(\(element.type).self, forKey: \(key), leniency: \(leniencyText))"
            return .line("\(target) = try \(call)")
        }
        if field.usesShape {
            let arguments = "forKey: \(key), as: \(field.shape()), leniency: \(leniencyText)"
            switch (field.spec.isNullable, field.spec.isRequired) {
            case (true, true): return .line("\(target) = try \(container).decodeRequiredNullable(\(arguments))")
            case (true, false): return .line("\(target) = try \(container).decodeNullable(\(arguments))")
            case (false, true):
                return .line("\(target) = try \(container).requireValue(\(container).decodeValue(\(arguments)), forKey: \(key))")
            case (false, false): return .line("\(target) = try \(container).decodeValue(\(arguments))")
            }
        }
        let call: String
        if let format = field.format {
            let formatText = "Self." + format.name
            if case .list(_, let wrapper) = field.spec.type {
                let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
                let wrapperFieldsText = field.wrapperFields.isEmpty ? "" : ", wrapperFields: " + (field.wrapperArguments?.wrapperFields ?? "[]")
                call = "\(container).decodeFormattedList(\(element.type).self, forKey: \(key), format: \(formatText), "
                    + "wrapperKey: \(wrapperText)\(wrapperFieldsText), leniency: \(leniencyText))"
            } else {
                call = "\(container).decodeFormatted(\(element.type).self, forKey: \(key), format: \(formatText), leniency: \(leniencyText))"
            }
        } else if case .list(_, let wrapper) = field.spec.type {
            let method = element.shape == .scalar ? "decodeScalarList" : "decodeObjectList"
            let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
            let wrapperFieldsText = field.wrapperFields.isEmpty ? "" : ", wrapperFields: " + (field.wrapperArguments?.wrapperFields ?? "[]")
            call = "\(container).\(method)(\(element.type).self, forKey: \(key), wrapperKey: \(wrapperText)\(wrapperFieldsText), leniency: \(leniencyText))"
        } else if field.spec.mayBeInlined {
            call = "\(container).decodeObject(\(element.type).self, forKey: \(key), orInlinedFrom: decoder, leniency: \(leniencyText))"
        } else {
            let method = element.shape == .scalar ? "decodeScalar" : "decodeObject"
            call = "\(container).\(method)(\(element.type).self, forKey: \(key), leniency: \(leniencyText))"
        }
        if field.spec.isRequired {
            return .line("\(target) = try \(container).requireValue(\(call), forKey: \(key))")
        }
        return .line("\(target) = try \(call)")
    }

    private func encodeFunction(_ fields: [TranslatedField], keepsUnknownKeys: Bool) -> FunctionDeclaration {
        var body: [Statement] = []
        if fields.isEmpty, !keepsUnknownKeys {
            body.append(.line("_ = encoder.container(keyedBy: AnyCodingKey.self)"))
        } else {
            body.append(.line("var container = encoder.container(keyedBy: AnyCodingKey.self)"))
        }
        for field in fields {
            guard let wrapperKey = field.wrapperArguments?.wrapperKey, !field.wrapperFields.isEmpty else {
                body.append(encodeStatement(field, into: "container", hiddenBy: ["encoder", "container"]))
                continue
            }
            // The wrapper is written when the list or any field beside it has a value: always, for a
            // required list (in a scope of its own, as the next wrapped list has its `wrapper` too).
            let locals = ["encoder", "container", "wrapper"]
            let presence = ([field] + field.wrapperFields)
                .map { SwiftName.propertyReference($0.property, hiddenBy: locals) + " != nil" }
                .joined(separator: " || ")
            let list = SwiftName.propertyReference(field.property, hiddenBy: locals)
            let writeList = field.usesShape
                ? "try wrapper.encodeValue(\(list), forKey: \(wrapperKey), as: \(field.shape(inWrapper: true)))"
                : field.format.map {
                "try wrapper.encodeFormattedList(\(list), forKey: \(wrapperKey), format: Self.\($0.name), wrapperKey: nil)"
            } ?? "try wrapper.encodeField(\(list), forKey: \(wrapperKey))"
            body.append(.block(field.spec.isRequired ? "do" : "if \(presence)", [
                .line("var wrapper = container.listWrapper(forKey: \(field.key))"),
                .line(writeList),
            ] + field.wrapperFields.map { encodeStatement($0, into: "wrapper", hiddenBy: locals) }))
        }
        if keepsUnknownKeys {
            body.append(.line(
                "try container.encodeUnknownFields(\(TypeNaming.unknownFieldsProperty), besides: Self.wireKeys)"))
        }
        return FunctionDeclaration(
            access: .public, kind: .function("encode"),
            parameters: [.init(label: "to", name: "encoder", type: "any Encoder")],
            effects: "throws", body: body)
    }

    private func encodeStatement(_ field: TranslatedField, into container: String, hiddenBy locals: [String]) -> Statement {
        let value = SwiftName.propertyReference(field.property, hiddenBy: locals)
        if field.usesShape {
            let method = field.spec.isNullable ? (field.spec.isRequired ? "encodeRequiredNullable" : "encodeNullable") : "encodeValue"
            return .line("try \(container).\(method)(\(value), forKey: \(field.key), as: \(field.shape()))")
        }
        if let format = field.format {
            guard case .list(_, let wrapper) = field.spec.type else {
                return .line("try \(container).encodeFormatted(\(value), forKey: \(field.key), format: Self.\(format.name))")
            }
            let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
            return .line("try \(container).encodeFormattedList(\(value), forKey: \(field.key), format: Self.\(format.name), wrapperKey: \(wrapperText))")
        }
        if case .list(_, let wrapper) = field.spec.type {
            let wrapperText = wrapper.map(SwiftLiteral.string) ?? "nil"
            return .line("try \(container).encodeList(\(value), forKey: \(field.key), wrapperKey: \(wrapperText))")
        }
        if field.spec.constraints.asString {
            return .line("try \(container).encodeAsString(\(value), forKey: \(field.key))")
        }
        return .line("try \(container).encodeField(\(value), forKey: \(field.key))")
    }
}
