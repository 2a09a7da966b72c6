import SpecGenRuntime
import YAMLReader

/// Checks an example's `body:` (YAML, without the envelope) against the endpoint's body type, as
/// the generated code would check it before sending, and writes it as the JSON the generated code
/// sends: the docs show a body the client would really produce.
struct BodyExampleChecker {
    let api: APISpec
    let diagnostics: DiagnosticCollector

    /// The example's body as sent (envelope included), or nil when it breaks a rule (reported).
    @discardableResult
    func check(_ node: YAMLNode, against body: RequestBodySpec) -> String? {
        let errorsBefore = diagnostics.diagnostics.count
        var json: [UInt8] = []
        for key in body.envelope {
            json.append(UInt8(ascii: "{"))
            JSONBodyWriter.appendString(key, to: &json)
            json.append(UInt8(ascii: ":"))
        }
        let constraints = FieldConstraints(minItems: body.minItems, maxItems: body.maxItems)
        value(node, type: body.type, format: nil, constraints: constraints, path: body.envelopePath.isEmpty ? "body" : body.envelopePath, into: &json)
        json += repeatElement(UInt8(ascii: "}"), count: body.envelope.count)
        guard diagnostics.diagnostics.count == errorsBefore else { return nil }
        return String(decoding: json, as: UTF8.self)
    }

    private func value(
        _ node: YAMLNode, type: FieldType, format: String?, constraints: FieldConstraints, path: String, into json: inout [UInt8]
    ) {
        if case .nullable(let wrapped) = type {
            if case .null? = node.scalar?.value { return json += "null".utf8 }
            return value(node, type: wrapped, format: format, constraints: constraints, path: path, into: &json)
        }
        if case .null? = node.scalar?.value {
            diagnostics.error("example body: \(path) is null; leave the key out instead", at: node.location)
            return
        }
        switch type {
        case .scalar(let kind):
            scalar(node, kind: kind, format: format, constraints: constraints, path: path, into: &json)
        case .inlineEnum(_, let values):
            enumValue(node, values: values, path: path, into: &json)
        case .named(let reference):
            switch api.type(named: reference.name)?.body {
            case .enumeration(let values)?:
                enumValue(node, values: values, path: path, into: &json)
            case .object(let fields)?:
                object(node, fields: fields, atLeastOne: api.type(named: reference.name)?.atLeastOne, path: path, into: &json)
            case .union(let union)?:
                guard let index = union.exampleVariant(of: node) else {
                    var found = node.kindDescription
                    if case .tagged(let key, _) = union, let entries = node.mapping {
                        // A body sends only the variants the spec declares: say which value came.
                        let given = entries.first { $0.key.scalar?.text == key }?.value.scalar?.text
                        found = given.map { "one whose '\(key)' is '\($0)'" } ?? "an object without '\(key)'"
                    }
                    diagnostics.error("example body: \(path) must be \(union.expectation), found \(found)", at: node.location)
                    return
                }
                switch union {
                case .tagged(let key, let variants):
                    guard case .object(let fields)? = api.type(named: variants[index].type.name)?.body else { return }
                    // A variant that does not declare the discriminator gets it written first, as the union encodes it.
                    let declares = fields.contains { $0.name == key }
                    object(node, fields: fields, atLeastOne: api.type(named: variants[index].type.name)?.atLeastOne, path: path,
                           discriminator: declares ? nil : (key, variants[index].value), into: &json)
                case .byKind(let variants):
                    value(node, type: variants[index].type, format: variants[index].format, constraints: FieldConstraints(),
                          path: path, into: &json)
                }
            case nil:
                return  // an unknown type is reported where it is named
            }
        case .inlineObject(_, let fields):
            object(node, fields: fields, atLeastOne: nil, path: path, into: &json)
        case .list(let items, let wrapper):
            guard let elements = node.sequence else {
                diagnostics.error("example body: \(path) must be a list, found \(node.kindDescription)", at: node.location)
                return
            }
            checkCount(elements.count, of: "items", constraints: constraints, path: path, at: node.location)
            if let wrapper {
                json.append(UInt8(ascii: "{"))
                JSONBodyWriter.appendString(wrapper, to: &json)
                json.append(UInt8(ascii: ":"))
            }
            json.append(UInt8(ascii: "["))
            let elementRules = FieldConstraints(
                minimum: constraints.minimum, maximum: constraints.maximum, minLength: constraints.minLength,
                maxLength: constraints.maxLength)
            for (index, element) in elements.enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                value(element, type: items, format: format, constraints: elementRules, path: "\(path)[\(index)]", into: &json)
            }
            json.append(UInt8(ascii: "]"))
            if wrapper != nil { json.append(UInt8(ascii: "}")) }
        case .map(let items):
            map(node, items: items, format: format, constraints: constraints, path: path, into: &json)
        case .nullable:
            break  // read above
        }
    }

    /// A list's items or a map's entries against `min_items` and `max_items`.
    private func checkCount(_ count: Int, of noun: String, constraints: FieldConstraints, path: String, at location: SourceLocation) {
        if let minimum = constraints.minItems, count < minimum {
            diagnostics.error("example body: \(path) must have at least \(minimum) \(noun)", at: location)
        }
        if let maximum = constraints.maxItems, count > maximum {
            diagnostics.error("example body: \(path) must have at most \(maximum) \(noun)", at: location)
        }
    }

    /// A map's entries, in the order the generated code writes them (``MapKeyOrder``).
    private func map(
        _ node: YAMLNode, items: FieldType, format: String?, constraints: FieldConstraints, path: String, into json: inout [UInt8]
    ) {
        guard let entries = node.mapping else {
            diagnostics.error("example body: \(path) must be a map (an object), found \(node.kindDescription)", at: node.location)
            return
        }
        checkCount(entries.count, of: "entries", constraints: constraints, path: path, at: node.location)
        let keyed = entries.map { (key: $0.key.scalar?.text ?? "", value: $0.value) }.sorted { MapKeyOrder.precedes($0.key, $1.key) }
        json.append(UInt8(ascii: "{"))
        for (index, entry) in keyed.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            JSONBodyWriter.appendString(entry.key, to: &json)
            json.append(UInt8(ascii: ":"))
            value(entry.value, type: items, format: format, constraints: FieldConstraints(), path: path + "." + entry.key, into: &json)
        }
        json.append(UInt8(ascii: "}"))
    }

    /// - Parameter discriminator: a tagged union's key and value, written first, for a variant
    ///   that does not declare it.
    private func object(
        _ node: YAMLNode, fields: [FieldSpec], atLeastOne: AtLeastOneSpec?, path: String,
        discriminator: (key: String, value: String)? = nil, into json: inout [UInt8]
    ) {
        guard let entries = node.mapping else {
            diagnostics.error("example body: \(path) must be an object, found \(node.kindDescription)", at: node.location)
            return
        }
        let names = fields.map(\.name)
        for entry in entries {
            guard let key = entry.key.scalar?.text, names.contains(key) || key == discriminator?.key else {
                let key = entry.key.scalar?.text ?? ""
                diagnostics.error(
                    "example body: \(path) has no field '\(key)'" + Suggestion.didYouMean(key, in: names), at: entry.key.location)
                continue
            }
        }
        // Keys are written in the spec's field order, as the generated `encode(to:)` writes them.
        json.append(UInt8(ascii: "{"))
        var first = true
        if let discriminator {
            JSONBodyWriter.appendString(discriminator.key, to: &json)
            json.append(UInt8(ascii: ":"))
            JSONBodyWriter.appendString(discriminator.value, to: &json)
            first = false
        }
        for field in fields {
            guard let entry = entries.first(where: { $0.key.scalar?.text == field.name }) else {
                if field.isRequired {
                    diagnostics.error("example body: \(path) needs the required field '\(field.name)'", at: node.location)
                }
                continue
            }
            if !first { json.append(UInt8(ascii: ",")) }
            first = false
            JSONBodyWriter.appendString(field.name, to: &json)
            json.append(UInt8(ascii: ":"))
            if field.isNullable, case .null? = entry.value.scalar?.value {
                json += "null".utf8
                continue
            }
            value(entry.value, type: field.type, format: field.format, constraints: field.constraints,
                  path: path + "." + field.name, into: &json)
        }
        json.append(UInt8(ascii: "}"))
        if let atLeastOne, !atLeastOne.fields.contains(where: { name in entries.contains { $0.key.scalar?.text == name } }) {
            diagnostics.error(
                "example body: \(path) must set at least one of " + atLeastOne.fields.joined(separator: ", "), at: node.location)
        }
    }

    private func enumValue(_ node: YAMLNode, values: [EnumValueSpec], path: String, into json: inout [UInt8]) {
        guard let text = node.scalar?.text, node.sequence == nil, node.mapping == nil else {
            diagnostics.error("example body: \(path) must be an enum value, found \(node.kindDescription)", at: node.location)
            return
        }
        let allowed = values.map(\.value)
        guard allowed.contains(text) else {
            diagnostics.error(
                "example body: \(path): '\(text)' is not one of the allowed values "
                    + allowed.map { "'\($0)'" }.joined(separator: ", ") + Suggestion.didYouMean(text, in: allowed),
                at: node.location)
            return
        }
        JSONBodyWriter.appendString(text, to: &json)
    }

    private func scalar(
        _ node: YAMLNode, kind: ScalarKind, format: String?, constraints: FieldConstraints, path: String,
        into json: inout [UInt8]
    ) {
        guard let (text, quoted) = scalarText(node, kind: kind, format: format, constraints: constraints, path: path) else { return }
        if quoted || constraints.asString { JSONBodyWriter.appendString(text, to: &json) } else { json += Array(text.utf8) }
    }

    /// The value's text as the generated code writes it, and whether JSON quotes it; nil (after
    /// reporting) when it is not a valid value.
    private func scalarText(
        _ node: YAMLNode, kind: ScalarKind, format: String?, constraints: FieldConstraints, path: String
    ) -> (text: String, quoted: Bool)? {
        guard let scalar = node.scalar else {
            diagnostics.error("example body: \(path) must be \(IndefiniteArticle.prefixed(kind.rawValue)), found \(node.kindDescription)", at: node.location)
            return nil
        }
        let mismatch = { () -> (text: String, quoted: Bool)? in
            self.diagnostics.error("example body: \(path): '\(scalar.text)' is not a valid \(kind.rawValue)", at: node.location)
            return nil
        }
        switch kind {
        case .string:
            let text = scalar.text
            if let minimum = constraints.minLength, text.count < minimum {
                diagnostics.error("example body: \(path) must have at least \(minimum) characters", at: node.location)
            }
            if let maximum = constraints.maxLength, text.count > maximum {
                diagnostics.error("example body: \(path) must have at most \(maximum) characters", at: node.location)
            }
            return (text, true)
        case .integer, .number:
            let number: Double
            let text: String
            switch scalar.value {
            case .int(let value): (number, text) = (Double(value), String(value))
            case .float(let value) where kind == .number && value.isFinite: (number, text) = (value, PlainDecimal.text(value))
            default: return mismatch()
            }
            if let minimum = constraints.minimum, number < minimum {
                diagnostics.error("example body: \(path) must be >= \(PlainDecimal.text(minimum))", at: node.location)
            }
            if let maximum = constraints.maximum, number > maximum {
                diagnostics.error("example body: \(path) must be <= \(PlainDecimal.text(maximum))", at: node.location)
            }
            return (text, false)
        case .boolean:
            guard case .bool(let flag) = scalar.value else { return mismatch() }
            return (flag ? "true" : "false", false)
        case .date, .datetime:
            // Read in the declared format and written back by it: the text the client would send.
            guard let dateFormat = DateFormats.declared(kind, pattern: format) else { return nil }
            let written: String?
            if kind == .date {
                written = (try? dateFormat.read(scalar.text, as: CalendarDate.self)).map { $0.text(in: dateFormat) }
            } else {
                written = (try? dateFormat.read(scalar.text, as: DateTime.self)).flatMap { try? $0.text(in: dateFormat) }
            }
            guard let written else {
                diagnostics.error(
                    "example body: \(path): '\(scalar.text)' is not a \(kind == .date ? "date" : "date and time") written \(dateFormat.pattern)",
                    at: node.location)
                return nil
            }
            return (written, dateFormat.unixTime == nil)  // a count is a JSON number
        case .json:
            diagnostics.error("example body: \(path) is 'json', which a request body cannot send", at: node.location)
            return nil
        }
    }

    /// The example's form body (`application/x-www-form-urlencoded`): its fields in the spec's
    /// order, as the generated code encodes them. Nil when the body breaks a rule (reported).
    func formText(_ node: YAMLNode, against body: RequestBodySpec) -> String? {
        guard check(node, against: body) != nil, let fields = BodyNaming.objectFields(of: body, in: api), let entries = node.mapping else {
            return nil
        }
        // Spaces as the generated code's form writes them (the API's choice); separators encoded.
        var query = QueryBuilder(encoding: QueryEncoding(space: api.queryEncoding.space))
        for field in fields {
            guard let entry = entries.first(where: { $0.key.scalar?.text == field.name }) else { continue }
            switch field.type {
            case .scalar(let kind):
                if let text = scalarText(entry.value, kind: kind, format: field.format, constraints: field.constraints, path: field.name)?.text {
                    query.append(field.name, text)
                }
            case .list(let items, _):
                // Joined by the field's separator, as the generated code sends it.
                let texts = (entry.value.sequence ?? []).compactMap { element -> String? in
                    if case .scalar(let kind) = items {
                        return scalarText(element, kind: kind, format: nil, constraints: FieldConstraints(), path: field.name)?.text
                    }
                    return element.scalar?.text  // an enum: its value, as written
                }
                guard let separator = field.constraints.separator else { continue }
                do {
                    try query.append(field.name, list: texts, separator: separator)
                } catch {
                    diagnostics.error("example body: \(error.description)", at: entry.value.location)
                    return nil
                }
            default:
                if let text = entry.value.scalar?.text { query.append(field.name, text) }  // an enum: its value, as written
            }
        }
        return query.encoded
    }
}
