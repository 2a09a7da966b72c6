import SpecGenRuntime
import YAMLReader

extension SpecLoader {
    func loadTypes(_ entries: [YAMLMappingEntry], file: String, diagnostics: DiagnosticCollector) -> [TypeSpec] {
        entries.compactMap { entry -> TypeSpec? in
            guard let name = entry.key.scalar?.text else { return nil }
            guard let reader = MappingReader(entry.value, as: SpecVocabulary.typeDefinition, diagnostics: diagnostics),
                  let kind = reader.choice("kind", from: ["object", "enum", "union"]) else { return nil }
            if SwiftName.pascalCase(name) != name {
                diagnostics.error("type name '\(name)' must be PascalCase, e.g. '\(SwiftName.pascalCase(name))'", at: entry.key.location)
            }
            let body: TypeBody
            var keepsUnknownKeys: Bool?
            var atLeastOne: AtLeastOneSpec?
            if kind == "object" {
                for key in Self.unionKeys where reader.has(key) {
                    diagnostics.error("'\(key)' only applies to kind 'union'", at: reader.location(of: key))
                }
                keepsUnknownKeys = loadUnknownKeys(reader)
                if reader.has("values") {
                    diagnostics.error("'values' only applies to kind 'enum'", at: reader.location(of: "values"))
                }
                if !reader.has("fields") {
                    diagnostics.error("a type of kind 'object' needs 'fields'", at: reader.location(of: "kind"))
                }
                let fields = loadFields(reader.list("fields") ?? [], diagnostics: diagnostics)
                atLeastOne = loadAtLeastOne(reader, fields: fields, diagnostics: diagnostics)
                body = .object(fields)
            } else if kind == "union" {
                body = .union(loadUnion(reader, diagnostics: diagnostics))
            } else {
                for key in ["fields", "leniency", "unknown_keys", "at_least_one"] where reader.has(key) {
                    diagnostics.error("'\(key)' only applies to kind 'object'", at: reader.location(of: key))
                }
                for key in Self.unionKeys where reader.has(key) {
                    diagnostics.error("'\(key)' only applies to kind 'union'", at: reader.location(of: key))
                }
                if !reader.has("values") {
                    diagnostics.error("a type of kind 'enum' needs 'values'", at: reader.location(of: "kind"))
                }
                body = .enumeration(loadEnumValues(reader, diagnostics: diagnostics))
            }
            return TypeSpec(
                name: name, description: reader.string("description"), body: body,
                leniency: loadLeniency(reader, diagnostics: diagnostics), keepsUnknownKeys: keepsUnknownKeys, file: file,
                location: entry.key.location, atLeastOne: atLeastOne)
        }
    }

    func loadFields(_ nodes: [YAMLNode], diagnostics: DiagnosticCollector) -> [FieldSpec] {
        nodes.compactMap { node -> FieldSpec? in
            guard let reader = MappingReader(node, as: SpecVocabulary.field, diagnostics: diagnostics) else { return nil }
            let type = loadFieldType(reader, diagnostics: diagnostics)
            if reader.has("wrapper"), case .list? = type {} else if reader.has("wrapper") {
                diagnostics.error("'wrapper' only applies to type 'list'", at: reader.location(of: "wrapper"))
            }
            var wrapperFields: [FieldSpec] = []
            if reader.has("wrapper_fields") {
                if case .list(_, wrapper: _?)? = type {
                    wrapperFields = loadFields(reader.list("wrapper_fields") ?? [], diagnostics: diagnostics)
                } else if type != nil {
                    diagnostics.error(
                        "'wrapper_fields' only applies to a list with a 'wrapper'", at: reader.location(of: "wrapper_fields"))
                }
            }
            // Every key is read before giving up, so each of its problems is reported.
            let name = reader.string("name")
            let swiftName = reader.swiftIdentifier("swift_name")
            let description = reader.string("description")
            let format = reader.string("format")
            if let format, let scalar = type?.scalarElement, scalar.isDateOrTime {
                checkDateFormat(format, of: scalar, at: reader.location(of: "format"), diagnostics: diagnostics)
            }
            let isRequired = reader.bool("required") ?? false
            let isNullable = reader.bool("nullable") ?? false
            let leniency = loadLeniency(reader, diagnostics: diagnostics)
            var constraints = loadFieldConstraints(reader, type: type, diagnostics: diagnostics)
            if isNullable, constraints.asString {
                diagnostics.error("'as_string' does not apply to a nullable field", at: reader.location(of: "as_string"))
                constraints.asString = false
            }
            var mayBeInlined = reader.bool("may_be_inlined") ?? false
            switch type {
            case .inlineObject?, .named?, nil: break  // whether a named type is an object is the validator's to say
            default:
                if mayBeInlined {
                    diagnostics.error("'may_be_inlined' only applies to an object field", at: reader.location(of: "may_be_inlined"))
                    mayBeInlined = false  // reported once, not again as a second inlined field
                }
            }
            if isNullable, mayBeInlined {
                diagnostics.error("'may_be_inlined' does not apply to a nullable field", at: reader.location(of: "may_be_inlined"))
            }
            if isNullable, case .list(_, _?)? = type {
                diagnostics.error(
                    "'nullable' does not apply to a list with a 'wrapper' (its items may be: items: {type: ..., nullable: true})",
                    at: reader.location(of: "nullable"))
            }
            guard let name, let type else { return nil }
            return FieldSpec(
                name: name, swiftName: swiftName, type: type, description: description, format: format,
                isRequired: isRequired, isNullable: isNullable, leniency: leniency, wrapperFields: wrapperFields, mayBeInlined: mayBeInlined,
                location: node.location, constraints: constraints)
        }
    }

    /// A date or datetime `format` must be a pattern `DateTimeFormat` reads.
    func checkDateFormat(_ pattern: String, of scalar: ScalarKind, at location: SourceLocation, diagnostics: DiagnosticCollector) {
        do {
            _ = try DateTimeFormat(pattern: pattern, kind: scalar == .date ? .date : .dateTime)
        } catch {
            diagnostics.error(error.message, at: location)
        }
    }

    /// Reads `type` with its companions `fields`, `values`, `items`, `wrapper` and `type_name`,
    /// from a field or from a list's or map's `items` mapping.
    func loadFieldType(_ reader: MappingReader, diagnostics: DiagnosticCollector) -> FieldType? {
        guard let typeText = reader.string("type") else { return nil }
        let typeName = reader.has("type_name") ? reader.swiftIdentifier("type_name", isTypeName: true) : nil
        func reject(_ keys: [String]) {
            for key in keys where reader.has(key) {
                diagnostics.error("'\(key)' does not apply to type '\(typeText)'", at: reader.location(of: key))
            }
        }
        switch typeText {
        case "object":
            reject(["values", "items"])
            guard reader.has("fields") else {
                diagnostics.error("type 'object' needs 'fields'", at: reader.location(of: "type"))
                return nil
            }
            return .inlineObject(typeName: typeName, fields: loadFields(reader.list("fields") ?? [], diagnostics: diagnostics))
        case "enum":
            reject(["fields", "items"])
            guard reader.has("values") else {
                diagnostics.error("type 'enum' needs 'values'", at: reader.location(of: "type"))
                return nil
            }
            return .inlineEnum(typeName: typeName, values: loadEnumValues(reader, diagnostics: diagnostics))
        case "list":
            reject(["fields", "values", "type_name"])
            guard let itemsNode = reader.value("items") else {
                diagnostics.error("type 'list' needs 'items'", at: reader.location(of: "type"))
                return nil
            }
            let wrapper = reader.has("wrapper") ? reader.string("wrapper") : nil
            if wrapper?.isEmpty == true {
                diagnostics.error("'wrapper' must not be empty", at: reader.location(of: "wrapper"))
            }
            return loadItems(itemsNode, of: "list", diagnostics: diagnostics).map { .list(items: $0, wrapper: wrapper) }
        case "map":
            reject(["fields", "values", "type_name"])
            guard let itemsNode = reader.value("items") else {
                diagnostics.error(
                    "type 'map' needs 'items', the type of its values (a JSON object's keys are text)", at: reader.location(of: "type"))
                return nil
            }
            return loadItems(itemsNode, of: "map", diagnostics: diagnostics).map { .map(items: $0) }
        case "array":
            // JSON Schema's word for a list: one error that names `list`, not a second one for
            // the `items` that a list would take.
            reject(["fields", "values", "type_name"])
            diagnostics.error(
                "unknown type 'array'; a JSON array is type 'list', with 'items' the type of its elements",
                at: reader.location(of: "type"))
            return nil
        default:
            reject(["fields", "values", "items", "type_name"])
            return namedOrScalar(typeText, at: reader.location(of: "type"), diagnostics: diagnostics)
        }
    }

    /// `items: Name`, `items: string`, or an inline `{type, fields, values, type_name, items, nullable}`
    /// for the elements of a list or the values of a map (`container`).
    private func loadItems(_ node: YAMLNode, of container: String, diagnostics: DiagnosticCollector) -> FieldType? {
        if let scalar = node.scalar {
            if ["object", "enum", "list", "map"].contains(scalar.text) {
                diagnostics.error(
                    "'items: \(scalar.text)' needs a mapping with the item's definition, e.g. {type: \(scalar.text), ...}",
                    at: node.location)
                return nil
            }
            return namedOrScalar(scalar.text, at: node.location, diagnostics: diagnostics)
        }
        guard let reader = MappingReader(node, as: SpecVocabulary.listItems, diagnostics: diagnostics) else { return nil }
        let isNullable = reader.bool("nullable") ?? false
        if container == "list", reader.string("type") == "list" {
            diagnostics.error(
                "lists of lists are not supported; a map's values may be lists (type: map, items: {type: list, ...})",
                at: reader.location(of: "type"))
            return nil
        }
        guard let type = loadFieldType(reader, diagnostics: diagnostics) else { return nil }
        return isNullable ? .nullable(type) : type
    }

    /// Other formats' names of the built-in types, too far from ours for an edit-distance
    /// suggestion: `array` (also `items: array`), `int`, `bool`, `float`, `double`.
    private static let otherSpellings = [
        "array": "list", "int": "integer", "bool": "boolean", "float": "number", "double": "number",
    ]

    private func namedOrScalar(_ text: String, at location: SourceLocation, diagnostics: DiagnosticCollector) -> FieldType? {
        if let scalar = ScalarKind(rawValue: text) {
            return .scalar(scalar)
        }
        if let first = text.unicodeScalars.first, ("A"..."Z").contains(first),
           text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
            return .named(TypeReference(name: text, location: location))
        }
        let builtins = ScalarKind.allCases.map(\.rawValue) + ["enum", "object", "list", "map"]
        diagnostics.error(
            "unknown type '\(text)'; expected \(builtins.joined(separator: ", ")) or a PascalCase type name"
                + (Self.otherSpellings[text].map { "; did you mean '\($0)'?" } ?? Suggestion.didYouMean(text, in: builtins)),
            at: location)
        return nil
    }
}
