import YAMLReader

extension SpecLoader {
    /// `body:` of an endpoint: its content type, type (a named type, `object` with `fields`, or
    /// `list` with `items`), envelope and list bounds.
    func loadBody(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> RequestBodySpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.body, diagnostics: diagnostics) else { return nil }
        // A content type with an error was reported; the rest of the body is still checked as JSON.
        let contentType = reader.has("content_type")
            ? reader.choice("content_type", from: RequestBodySpec.ContentType.allCases.map(\.rawValue)).flatMap(RequestBodySpec.ContentType.init) ?? .json
            : .json
        let type = loadFieldType(reader, diagnostics: diagnostics)
        var envelope: [String] = []
        if reader.has("envelope") {
            if let text = reader.string("envelope") {
                envelope = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if envelope.contains(where: \.isEmpty) {
                    diagnostics.error(
                        "'envelope' must be JSON keys joined by '.', such as 'root.customer'", at: reader.location(of: "envelope"))
                    envelope = []
                }
            }
        }
        let swiftName = reader.swiftIdentifier("swift_name")
        let isRequired = reader.bool("required") ?? true
        let description = reader.string("description")
        let minItems = count("min_items", reader)
        let maxItems = count("max_items", reader)
        if let minItems, let maxItems, minItems > maxItems {
            diagnostics.error("'min_items' \(minItems) is greater than 'max_items' \(maxItems)", at: reader.location(of: "max_items"))
        }
        guard let type else { return nil }
        switch type {
        case .list(let items, _):
            if case .list = items { return nil }  // reported by the list loader
        case .named, .inlineObject:
            for key in ["min_items", "max_items"] where reader.has(key) {
                diagnostics.error("'\(key)' applies only to a body of type 'list'", at: reader.location(of: key))
            }
        case .scalar, .inlineEnum, .map, .nullable:
            diagnostics.error(
                "a body's type must be an object type, 'object' with 'fields' or 'list' with 'items'", at: reader.location(of: "type"))
            return nil
        }
        let typeLocation: SourceLocation
        if case .list = type { typeLocation = reader.location(of: "items") } else { typeLocation = reader.location(of: "type") }
        return RequestBodySpec(
            contentType: contentType, type: type, minItems: minItems, maxItems: maxItems, envelope: envelope,
            swiftName: swiftName, isRequired: isRequired, description: description, location: node.location,
            typeLocation: typeLocation)
    }

    /// The rule keys of a field (`minimum`, `max_length`, `as_string`, ...), each on a type it
    /// applies to: a rule a value could never break, or never meet, is a mistake in the spec.
    func loadFieldConstraints(_ reader: MappingReader, type: FieldType?, diagnostics: DiagnosticCollector) -> FieldConstraints {
        var constraints = FieldConstraints()
        let element: FieldType?
        let isList: Bool
        if case .list(let items, _)? = type { (element, isList) = (items, true) } else { (element, isList) = (type, false) }
        let scalar: ScalarKind?
        if case .scalar(let kind)? = element { scalar = kind } else { scalar = nil }
        func applies(_ key: String, _ condition: Bool, _ what: String) -> Bool {
            guard reader.has(key) else { return false }
            if type != nil, !condition {
                diagnostics.error("'\(key)' applies only to \(what)", at: reader.location(of: key))
                return false
            }
            return type != nil
        }
        for key in ["minimum", "maximum"] where applies(key, scalar == .integer || scalar == .number, "integer and number fields (or lists of them)") {
            guard let value = reader.number(key) else { continue }
            if !value.isFinite || (scalar == .integer && (value.rounded() != value || abs(value) > 9_007_199_254_740_992)) {
                diagnostics.error(
                    "'\(key)' must be a finite number\(scalar == .integer ? ", and for an integer a whole one up to ±2^53" : ""), found \(LiteralValue.number(value))",
                    at: reader.location(of: key))
                continue
            }
            if key == "minimum" { constraints.minimum = value } else { constraints.maximum = value }
        }
        if let minimum = constraints.minimum, let maximum = constraints.maximum, minimum > maximum {
            diagnostics.error(
                "'minimum' \(LiteralValue.number(minimum)) is greater than 'maximum' \(LiteralValue.number(maximum))",
                at: reader.location(of: "maximum"))
        }
        if applies("min_length", scalar == .string, "string fields (or lists of them)") { constraints.minLength = count("min_length", reader) }
        if applies("max_length", scalar == .string, "string fields (or lists of them)") { constraints.maxLength = count("max_length", reader) }
        if let minimum = constraints.minLength, let maximum = constraints.maxLength, minimum > maximum {
            diagnostics.error("'min_length' \(minimum) is greater than 'max_length' \(maximum)", at: reader.location(of: "max_length"))
        }
        // A map's bounds count its entries.
        let isMap: Bool
        if case .map? = type { isMap = true } else { isMap = false }
        if applies("min_items", isList || isMap, "list and map fields") { constraints.minItems = count("min_items", reader) }
        if applies("max_items", isList || isMap, "list and map fields") { constraints.maxItems = count("max_items", reader) }
        if let minimum = constraints.minItems, let maximum = constraints.maxItems, minimum > maximum {
            diagnostics.error("'min_items' \(minimum) is greater than 'max_items' \(maximum)", at: reader.location(of: "max_items"))
        }
        let isFlatElement: Bool
        switch element {
        case .scalar(let kind)?: isFlatElement = kind != .json
        case .inlineEnum?, .named?: isFlatElement = true  // a named object type is reported by the form check
        default: isFlatElement = false
        }
        if applies("separator", isList && isFlatElement, "lists of scalars and enums (in a form body)") {
            constraints.separator = listSeparator(reader, key: "separator")
        }
        let isAsStringType = !isList && (scalar == .integer || scalar == .number || scalar == .boolean)
        if applies("as_string", isAsStringType, "integer, number and boolean fields") {
            constraints.asString = reader.bool("as_string") ?? false
        }
        return constraints
    }

    /// `at_least_one: [a, b]` of an object type: two fields or more, each one of `fields`.
    func loadAtLeastOne(_ reader: MappingReader, fields: [FieldSpec], diagnostics: DiagnosticCollector) -> AtLeastOneSpec? {
        guard let nodes = reader.list("at_least_one") else { return nil }
        let names = fields.map(\.name)
        var chosen: [String] = []
        for node in nodes {
            guard let text = node.scalar?.text, node.scalar.map({ if case .string = $0.value { true } else { false } }) == true else {
                diagnostics.error("'at_least_one' lists field names, found \(node.kindDescription)", at: node.location)
                continue
            }
            if !names.contains(text) {
                diagnostics.error(
                    "'at_least_one' names unknown field '\(text)'" + Suggestion.didYouMean(text, in: names), at: node.location)
            } else if chosen.contains(text) {
                diagnostics.error("'at_least_one' names field '\(text)' twice", at: node.location)
            } else if fields.first(where: { $0.name == text })?.isRequired == true {
                diagnostics.error("'at_least_one' names field '\(text)', which is required and so always set", at: node.location)
            } else {
                chosen.append(text)
            }
        }
        if nodes.count < 2 {
            diagnostics.error(
                "'at_least_one' needs two fields or more (for one, make the field 'required')", at: reader.location(of: "at_least_one"))
            return nil
        }
        return AtLeastOneSpec(fields: chosen, location: reader.location(of: "at_least_one"))
    }

    /// A count such as `max_items`: a whole number, not negative.
    private func count(_ key: String, _ reader: MappingReader) -> Int? {
        guard let value = reader.int(key) else { return nil }
        guard value >= 0 else {
            reader.diagnostics.error("'\(key)' must not be negative, found \(value)", at: reader.location(of: key))
            return nil
        }
        return value
    }
}
