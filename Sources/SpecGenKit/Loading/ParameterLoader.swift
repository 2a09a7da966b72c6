import SpecGenRuntime
import YAMLReader

extension SpecLoader {
    /// Query parameters and headers share one shape; the vocabulary decides which keys are allowed.
    func loadParameters(_ nodes: [YAMLNode], as vocabulary: ObjectVocabulary, diagnostics: DiagnosticCollector) -> [ParameterSpec] {
        nodes.compactMap { loadParameter($0, as: vocabulary, diagnostics: diagnostics) }
    }

    func loadParameter(_ node: YAMLNode, as vocabulary: ObjectVocabulary, diagnostics: DiagnosticCollector) -> ParameterSpec? {
        guard let reader = MappingReader(node, as: vocabulary, diagnostics: diagnostics) else { return nil }
        // A name other than the built-in types names an enum type of `types`; the loader resolves it
        // once every file's types are known (``SpecLoader/resolveEnumTypes(_:diagnostics:)``).
        var enumType: TypeReference?
        let typeText: String?
        if let scalar = reader.value("type")?.scalar, case .string(let text) = scalar.value, text == "object" {
            typeText = nil
        } else if let scalar = reader.value("type")?.scalar, case .string(let text) = scalar.value, !Self.parameterTypes.contains(text) {
            enumType = TypeReference(name: text, location: reader.location(of: "type"))
            typeText = nil
        } else {
            typeText = reader.choice("type", from: Self.parameterTypes)
        }
        var type: ParameterType? = enumType.map { _ in .enumeration([]) }
        for key in ["values", "type_name"] where enumType != nil && reader.has(key) {
            diagnostics.error("'\(key)' only applies to type 'enum'; the values are those of '\(enumType?.name ?? "")'", at: reader.location(of: key))
        }
        switch typeText {
        case "enum":
            if reader.has("values") {
                type = .enumeration(loadEnumValues(reader, diagnostics: diagnostics))
            } else {
                diagnostics.error("a parameter of type 'enum' needs 'values'", at: reader.location(of: "type"))
            }
        case let text?:
            type = ScalarKind(rawValue: text).map(ParameterType.scalar)
            for key in ["values", "type_name"] where reader.has(key) {
                diagnostics.error("'\(key)' only applies to type 'enum'", at: reader.location(of: key))
            }
        case nil:
            break
        }
        if let object = loadObjectType(reader, as: vocabulary, diagnostics: diagnostics) {
            type = object
        }

        let requires = requirements(reader)
        var notAfter: ParameterSpec.ParameterReference?
        if let name = reader.string("not_after") {
            notAfter = ParameterSpec.ParameterReference(parameter: name, location: reader.location(of: "not_after"))
        }
        // A field of an object parameter is one `name[field]=value`; an object is no list either
        // (its `list` is reported with the object's other misplaced keys).
        var separator: String?
        if vocabulary.name == SpecVocabulary.queryObjectField.name, reader.has("list") {
            diagnostics.error(
                "a field of an object parameter cannot be a list; a list inside brackets has no form servers agree on",
                at: reader.location(of: "list"))
        } else if type?.isObject != true {
            separator = listSeparator(reader)
        }
        let separatorEncoding = loadSeparatorEncoding(reader)
        if let separatorEncoding {
            // Only a joined list has a separator to write; literal only where RFC 3986 lets it stand.
            if separator == nil, !reader.has("list") {
                diagnostics.error("'list_separator' applies only to a list parameter (one with 'list')", at: reader.location(of: "list_separator"))
            } else if let separator, separatorEncoding == .literal, !QueryEncoding.isLiteralSafe(separator) {
                diagnostics.error(
                    "'list_separator: literal' needs a separator a query may hold unencoded, \",\", \";\" or \":\"; "
                        + "\"\(separator)\" cannot go out unencoded",
                    at: reader.location(of: "list_separator"))
            }
        }
        let listStyle = loadListStyle(reader)
        if listStyle != nil, separator == nil, !reader.has("list") {
            diagnostics.error(
                "'list_style' applies only to a list parameter (one with 'list')",
                at: reader.location(of: "list_style"))
        } else if listStyle == .repeated, separatorEncoding != nil {
            diagnostics.error(
                "'list_separator' applies only to a joined list; with 'list_style: repeated' each value is sent as its own "
                    + "parameter and no separator goes out",
                at: reader.location(of: "list_separator"))
        }
        var defaultValue: LiteralValue?
        if let node = reader.value("default") {
            defaultValue = node.literal
            if defaultValue == nil {
                reader.typeError("default", expected: "a scalar", found: node)
            }
        }

        // Every key is read before giving up, so each of its problems is reported.
        let name = reader.string("name")
        let swiftName = reader.swiftIdentifier("swift_name")
        let typeName = reader.swiftIdentifier("type_name", isTypeName: true)
        let format = reader.string("format")
        if let format {
            if case .scalar(let scalar)? = type, scalar.isDateOrTime {
                checkDateFormat(format, of: scalar, at: reader.location(of: "format"), diagnostics: diagnostics)
            } else if type != nil {
                diagnostics.error("'format' applies only to date and datetime parameters", at: reader.location(of: "format"))
            }
        }
        let description = reader.string("description")
        let isRequired = reader.bool("required") ?? false
        let boundType = enumType == nil ? typeText : "enum"
        let minimum = bound("minimum", of: boundType, reader)
        let maximum = bound("maximum", of: boundType, reader)
        if let minimum, let maximum, minimum > maximum {
            diagnostics.error(
                "'minimum' \(LiteralValue.number(minimum)) is greater than 'maximum' \(LiteralValue.number(maximum))",
                at: reader.location(of: "maximum"))
        }
        if vocabulary.name == SpecVocabulary.header.name, let name, !HeaderField.isValidName(name) {
            diagnostics.error(
                "'\(name)' is not a valid HTTP header name: letters, digits and !#$%&'*+-.^_`|~ only",
                at: reader.location(of: "name"))
        }
        guard let name, let type else { return nil }
        return ParameterSpec(
            name: name,
            swiftName: swiftName,
            type: type,
            typeName: typeName,
            format: format,
            enumType: enumType,
            description: description,
            isRequired: isRequired,
            defaultValue: defaultValue,
            defaultValueLocation: reader.has("default") ? reader.location(of: "default") : nil,
            minimum: minimum,
            maximum: maximum,
            listSeparator: separator,
            listSeparatorEncoding: separatorEncoding,
            listStyle: separator == nil ? nil : listStyle,
            listSeparatorEncodingLocation: separatorEncoding == nil ? nil : reader.location(of: "list_separator"),
            requires: requires,
            notAfter: notAfter,
            location: node.location)
    }

    /// `type: object` with `style: brackets` and `fields` (query parameters only), or nil for any
    /// other type. Each field is loaded as a parameter of its own (scalar or enum); a nested object
    /// or list has no bracketed form every server reads the same way (`a[b][c]`, `a[b][]`), so it
    /// is refused, as are `fields` and `style` on another type.
    private func loadObjectType(_ reader: MappingReader, as vocabulary: ObjectVocabulary, diagnostics: DiagnosticCollector) -> ParameterType? {
        let isObject: Bool
        if let scalar = reader.value("type")?.scalar, case .string("object") = scalar.value { isObject = true } else { isObject = false }
        guard isObject else {
            for key in ["fields", "style"] where reader.has(key) {
                diagnostics.error("'\(key)' applies only to a query parameter of type 'object'", at: reader.location(of: key))
            }
            return nil
        }
        switch vocabulary.name {
        case SpecVocabulary.parameter.name:
            break
        case SpecVocabulary.queryObjectField.name:
            diagnostics.error(
                "a field of an object parameter is a scalar or an enum; a nested object has no bracketed form servers agree on",
                at: reader.location(of: "type"))
            return nil
        default:
            diagnostics.error(
                "a \(vocabulary.noun) cannot be an object; only a query parameter can (sent as bracketed keys, 'style: brackets')",
                at: reader.location(of: "type"))
            return nil
        }
        if reader.has("style") {
            _ = reader.choice("style", from: ["brackets"])
        } else {
            diagnostics.error(
                "a query parameter of type 'object' needs 'style: brackets' (sent as name[field]=value)", at: reader.location(of: "type"))
        }
        for key in ["values", "list", "default", "minimum", "maximum"] where reader.has(key) {
            diagnostics.error("'\(key)' does not apply to an object parameter; give it to its fields", at: reader.location(of: key))
        }
        guard let nodes = reader.list("fields") else {
            if !reader.has("fields") {
                diagnostics.error("a query parameter of type 'object' needs 'fields'", at: reader.location(of: "type"))
            }
            return .object(fields: [])
        }
        if nodes.isEmpty {
            diagnostics.error("'fields' must list at least one field", at: reader.location(of: "fields"))
        }
        return .object(fields: nodes.compactMap { loadParameter($0, as: SpecVocabulary.queryObjectField, diagnostics: diagnostics) })
    }

    /// `list_style: joined` or `repeated`; nil when not given (or wrong, which is reported).
    func loadListStyle(_ reader: MappingReader) -> ListStyle? {
        reader.choice("list_style", from: ListStyle.allCases.map(\.rawValue)).flatMap(ListStyle.init(rawValue:))
    }

    /// `requires`: a mapping from parameter to the value it must have (`{mlp: true}`), or a list of
    /// parameters that must be set, whatever their value (`[entity_type]`). Two forms rather than a
    /// marker value such as `present`, which a string parameter could really have.
    private func requirements(_ reader: MappingReader) -> [ParameterSpec.Requirement] {
        guard let node = reader.value("requires") else { return [] }
        if let entries = node.mapping {
            return entries.compactMap { entry -> ParameterSpec.Requirement? in
                guard let name = entry.key.scalar?.text else { return nil }
                guard let value = entry.value.literal else {
                    reader.diagnostics.error(
                        "'requires' values must be scalars, found \(entry.value.kindDescription)", at: entry.value.location)
                    return nil
                }
                return ParameterSpec.Requirement(parameter: name, value: value, location: entry.key.location)
            }
        }
        if let items = node.sequence {
            return items.compactMap { item -> ParameterSpec.Requirement? in
                guard let scalar = item.scalar, case .string(let name) = scalar.value, !name.isEmpty else {
                    reader.diagnostics.error(
                        "'requires' lists parameter names, found \(item.kindDescription)"
                            + (item.scalar.map { ", \($0.text.isEmpty ? "an empty name" : $0.text)" } ?? ""),
                        at: item.location)
                    return nil
                }
                return ParameterSpec.Requirement(parameter: name, value: nil, location: item.location)
            }
        }
        reader.typeError("requires", expected: "a mapping of parameter to value or a list of parameter names", found: node)
        return []
    }

    /// `minimum` or `maximum`: a finite number, on an integer or number parameter, and for an integer
    /// a whole number that a Swift `Int` and a `Double` both hold exactly (it is printed into the
    /// generated bounds check as an integer literal).
    private func bound(_ key: String, of typeText: String?, _ reader: MappingReader) -> Double? {
        guard let value = reader.number(key) else { return nil }
        let location = reader.location(of: key)
        guard value.isFinite else {
            reader.diagnostics.error("'\(key)' must be a finite number, found \(LiteralValue.number(value))", at: location)
            return nil
        }
        switch typeText {
        case "integer":
            guard value.rounded() == value else {
                reader.diagnostics.error(
                    "'\(key)' of an integer parameter must be a whole number, found \(LiteralValue.number(value))", at: location)
                return nil
            }
            guard abs(value) <= Self.largestExactInteger else {
                reader.diagnostics.error(
                    "'\(key)' \(LiteralValue.number(value)) is beyond ±\(Int(Self.largestExactInteger)), the largest integer bound",
                    at: location)
                return nil
            }
        case "number", nil:
            break
        default:
            reader.diagnostics.error("'\(key)' applies only to integer and number parameters", at: location)
            return nil
        }
        return value
    }

    /// `list`: one of ``listSeparators``, written as a string. `list: true` reads as the text "true"
    /// where a string is expected, and would join values as `1true2`; so would any longer text.
    /// - Parameter key: `list` for a parameter, `separator` for a form body's list field.
    func listSeparator(_ reader: MappingReader, key: String = "list") -> String? {
        guard let node = reader.value(key) else { return nil }
        if let scalar = node.scalar, case .string(let text) = scalar.value, Self.listSeparators.contains(text) {
            return text
        }
        let found: String
        switch node.scalar?.value {
        case .string?: found = "'\(node.scalar?.text ?? "")'"
        case .bool?, .int?, .float?: found = "\(node.kindDescription), \(node.scalar?.text ?? "")"
        default: found = node.kindDescription
        }
        reader.diagnostics.error(
            "'\(key)' must be the separator that joins the values, one of "
                + Self.listSeparators.map { "\"\($0)\"" }.joined(separator: ", ") + "; found \(found)",
            at: reader.location(of: key))
        return nil
    }

    /// The characters a list parameter's values may be joined by (`list:`): the ones services use,
    /// none of which a query string's own syntax (`&`, `=`, `#`) or percent-encoding (`%`) needs.
    static let listSeparators = [",", ";", "|", ":", " "]

    /// What a parameter's `type` may be; built once rather than for every parameter.
    static let parameterTypes = ScalarKind.allCases.filter(\.isParameterType).map(\.rawValue) + ["enum"]

    /// 2^53: every integer up to it is exact as a `Double`, which is how YAML numbers are read.
    static let largestExactInteger: Double = 9_007_199_254_740_992

    /// `values:` as plain scalars or `{value, swift_name, description}` mappings.
    func loadEnumValues(_ reader: MappingReader, diagnostics: DiagnosticCollector) -> [EnumValueSpec] {
        guard let nodes = reader.list("values") else { return [] }
        if nodes.isEmpty {
            diagnostics.error("'values' must list at least one value", at: reader.location(of: "values"))
        }
        return nodes.compactMap { node -> EnumValueSpec? in
            if let scalar = node.scalar {
                guard scalar.value != .null else {
                    diagnostics.error("an enum value cannot be null", at: node.location)
                    return nil
                }
                return EnumValueSpec(value: scalar.text, swiftName: nil, description: nil, location: node.location)
            }
            guard let valueReader = MappingReader(node, as: SpecVocabulary.enumValue, diagnostics: diagnostics),
                  let value = valueReader.string("value") else { return nil }
            return EnumValueSpec(
                value: value, swiftName: valueReader.swiftIdentifier("swift_name"),
                description: valueReader.string("description"), aliases: loadAliases(valueReader, diagnostics: diagnostics),
                location: node.location)
        }
    }

    /// `aliases: [in_store, shop]`: strings, none empty.
    private func loadAliases(_ reader: MappingReader, diagnostics: DiagnosticCollector) -> [EnumValueSpec.Alias] {
        guard let nodes = reader.list("aliases") else { return [] }
        return nodes.compactMap { node -> EnumValueSpec.Alias? in
            guard let scalar = node.scalar, scalar.value != .null, !scalar.text.isEmpty else {
                diagnostics.error("an alias must be a non-empty string", at: node.location)
                return nil
            }
            return EnumValueSpec.Alias(text: scalar.text, location: node.location)
        }
    }
}
