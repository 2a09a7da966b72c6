import YAMLReader

/// Checks an endpoint's request body: its type, what a form can hold, its Swift names among the
/// request's, a bulk response answering its elements, and the bodies of the examples.
struct BodyValidator {
    let api: APISpec
    let endpoint: EndpointSpec
    let diagnostics: DiagnosticCollector

    func validate(properties: inout UniqueNames, nestedTypes: inout UniqueNames, typeReferences: RequestTypeReferences) {
        if endpoint.bodyHasErrors { return }  // what depends on the body would repeat its errors
        if let items = endpoint.responseItems, items.answers == ResponseItemsSpec.answersBody {
            let namedBody = endpoint.allParameters.contains { $0.name == items.answers }
                || endpoint.parameters.contains { if case .group(let group) = $0 { group.name == items.answers } else { false } }
            if items.answersBody, namedBody {
                diagnostics.error(
                    "response 'answers: body' could mean the request body or the parameter 'body'; rename the parameter",
                    at: items.answersLocation ?? items.location)
            } else if items.answersBody {
                checkAnswers(items)
            } else if !items.match.isEmpty {
                diagnostics.error(
                    "'match' applies only with 'answers: body' naming the request body; here 'body' is a parameter",
                    at: items.matchLocation ?? items.location)
            }
        }
        guard let body = endpoint.body else {
            for example in endpoint.examples {
                if let node = example.body {
                    diagnostics.error("example has a 'body', but endpoint '\(endpoint.name)' declares none", at: node.location)
                }
            }
            return
        }
        if endpoint.method == .GET {
            diagnostics.error("a GET request has no body: many servers and proxies drop it; use POST, PUT or PATCH", at: body.location)
        }
        let property = BodyNaming.property(of: body)
        properties.insert(property, display: body.swiftName ?? body.envelope.last ?? "body", at: body.location)
        RequestMethodNames.check(property, of: "the body", at: body.location, diagnostics: diagnostics)
        if let nested = BodyNaming.inlineTypeName(of: body) {
            nestedTypes.insert(nested, display: "body", at: body.location)
            typeReferences.check(
                nested, of: "the body's inline type", remedy: "set 'type_name'", at: body.location, diagnostics: diagnostics)
        }
        checkType(body)
        if body.contentType == .form {
            checkForm(body)
        }
        if let item = endpoint.responseItem, case .list = body.type, body.maxItems != 1 {
            diagnostics.error(
                "response 'item' answers one element, so a list body needs 'max_items: 1'", at: item.location)
        }
        let checker = BodyExampleChecker(api: api, diagnostics: diagnostics)
        for example in endpoint.examples {
            if let node = example.body {
                // A form's lists are joined as sent, which refuses a value holding the separator.
                _ = body.contentType == .form ? checker.formText(node, against: body) : checker.check(node, against: body)
            } else if body.isRequired {
                diagnostics.error("example needs a 'body': the endpoint's body is required", at: example.location)
            }
        }
    }

    /// A named body type exists and is an object; inline fields follow the rules of a type's.
    private func checkType(_ body: RequestBodySpec) {
        let type = body.elementType ?? body.type
        switch type {
        case .named(let reference):
            guard let named = api.type(named: reference.name) else {
                diagnostics.error(
                    "unknown body type '\(reference.name)'" + Suggestion.didYouMean(reference.name, in: api.types.map(\.name)),
                    at: reference.location)
                return
            }
            if case .enumeration = named.body, body.elementType == nil {
                diagnostics.error("body type '\(reference.name)' must be an object type", at: reference.location)
            }
            if case .union = named.body {
                diagnostics.error(
                    "body type '\(reference.name)' is a union; a body is an object type (or a list of them), and a union can be one of its fields",
                    at: reference.location)
            }
        case .inlineObject(let typeName, let fields):
            SpecValidator().validateFields(
                fields, in: typeName ?? "", keepsUnknownKeys: false, api: api, diagnostics: diagnostics)
        case .inlineEnum(_, let values):
            SpecValidator().validateEnumValues(values, diagnostics: diagnostics)
        case .scalar(.json):
            diagnostics.error("a body list's items cannot be 'json': a request sends what the spec declares", at: body.typeLocation)
        case .map, .nullable:
            diagnostics.error(
                "a body list's items must be an object type or a scalar: a list of maps or of nullable items is not a body",
                at: body.typeLocation)
        case .scalar, .list:
            break
        }
    }

    /// A form is one level of `name=value` pairs: an object whose fields are scalars, enums or dates.
    private func checkForm(_ body: RequestBodySpec) {
        if case .list = body.type {
            diagnostics.error("a form body ('\(body.contentType.rawValue)') must be an object, not a list", at: body.typeLocation)
            return
        }
        if !body.envelope.isEmpty {
            diagnostics.error("a form body has no 'envelope': a form has no nesting", at: body.location)
        }
        guard let fields = BodyNaming.objectFields(of: body, in: api) else { return }
        for field in fields {
            let isFlat: Bool
            switch field.type {
            case .scalar(let kind): isFlat = kind != .json
            case .inlineEnum: isFlat = true
            case .named(let reference):
                if case .enumeration? = api.type(named: reference.name)?.body { isFlat = true } else { isFlat = false }
            case .list(let items, _):
                // A list is sent as one value, joined by its separator, as a list query parameter is.
                isFlat = field.constraints.separator != nil && isText(items)
            case .inlineObject, .map, .nullable: isFlat = false
            }
            if field.isNullable {
                diagnostics.error("form body field '\(field.name)' cannot be 'nullable': a form has no null", at: field.location)
                continue
            }
            if !isFlat {
                diagnostics.error(
                    "form body field '\(field.name)' must be a string, integer, number, boolean, date, datetime or enum, "
                        + "or a list of strings, numbers, booleans or enums with a 'separator': a form has no nesting",
                    at: field.location)
            }
            if case .list(_, _?) = field.type {
                diagnostics.error("form body field '\(field.name)' cannot have a 'wrapper': a form has no nesting", at: field.location)
            }
        }
    }

    /// `answers: body`: the body is a list of objects, and each `match` field is a field of its
    /// elements that an item can echo as text.
    private func checkAnswers(_ items: ResponseItemsSpec) {
        guard let body = endpoint.body else {
            diagnostics.error("response 'answers: body' needs a 'body' whose type is a list", at: items.answersLocation ?? items.location)
            return
        }
        guard case .list(let element, _) = body.type else {
            diagnostics.error(
                "response 'answers: body' needs a body of type 'list'; this body is one object", at: items.answersLocation ?? items.location)
            return
        }
        guard !items.match.isEmpty else { return }
        guard let fields = FieldPath.objectFields(of: element, in: api) else {
            diagnostics.error("'match' names fields, but the body's elements are not objects", at: items.matchLocation ?? items.location)
            return
        }
        var seen = Set<String>()
        for name in items.match {
            let location = items.matchLocation ?? items.location
            guard let field = fields.first(where: { $0.name == name }) else {
                diagnostics.error(
                    "'match' names unknown field '\(name)' of the body's elements" + Suggestion.didYouMean(name, in: fields.map(\.name)),
                    at: location)
                continue
            }
            if !seen.insert(name).inserted {
                diagnostics.error("'match' names field '\(name)' twice", at: location)
            }
            if !isText(field.type) || field.isNullable {
                diagnostics.error(
                    "'match' field '\(name)' must be a string, integer, number, boolean or enum, compared as text"
                        + (field.isNullable ? ", and not nullable" : ""),
                    at: location)
            }
        }
    }

    private func isText(_ type: FieldType) -> Bool {
        switch type {
        case .scalar(let kind): kind != .json && !kind.isDateOrTime
        case .inlineEnum: true
        case .named(let reference): if case .enumeration? = api.type(named: reference.name)?.body { true } else { false }
        case .inlineObject, .list, .map, .nullable: false
        }
    }
}
