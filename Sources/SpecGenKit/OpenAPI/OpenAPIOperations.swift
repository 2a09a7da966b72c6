/// One endpoint as one OpenAPI operation: its parameters, request body, responses by status and
/// security, with what OpenAPI cannot say (groups, outcomes, bulk items) in `x-specgen-*` keys.
struct OpenAPIOperations {
    let api: APISpec
    let schemas: OpenAPISchemas

    func operation(_ endpoint: EndpointSpec) -> OpenAPIObject {
        var operation = OpenAPIObject()
        operation["operationId"] = .string(endpoint.name)
        operation.setText("summary", endpoint.summary)
        operation.setText("description", description(of: endpoint))
        let parameters = OpenAPIParameters(api: api, schemas: schemas).parameters(of: endpoint)
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let body = endpoint.body {
            operation["requestBody"] = .object(requestBody(body, of: endpoint))
        }
        operation["responses"] = .object(responses(of: endpoint))
        switch endpoint.auth {
        case .none?:
            operation["security"] = .array([])
        case .scheme(let name, _)?:
            operation["security"] = .array([OpenAPISecurity.requirement(name)])
        case nil:
            break
        }
        if let idempotent = endpoint.idempotent { operation["x-specgen-idempotent"] = .boolean(idempotent) }
        let groups = endpoint.parameters.compactMap { entry -> ParameterGroupSpec? in
            if case .group(let group) = entry { return group }
            return nil
        }
        if !groups.isEmpty { operation["x-specgen-groups"] = .array(groups.map(OpenAPIExtensions.group)) }
        if let outcome = outcome(of: endpoint), endpoint.outcome != nil {
            operation["x-specgen-outcome"] = OpenAPIExtensions.outcome(outcome)
        }
        if let items = endpoint.responseItems {
            var object = OpenAPIObject()
            object["path"] = .string(items.path.joined(separator: "."))
            object["answers"] = .string(items.answersBody ? ResponseItemsSpec.answersBody : items.answers)
            if !items.match.isEmpty { object["match"] = .strings(items.match) }
            operation["x-specgen-items"] = .object(object)
        }
        if let item = endpoint.responseItem {
            operation["x-specgen-item"] = .string(item.path.joined(separator: "."))
        }
        return operation
    }

    /// The outcome the endpoint's response reports, if any: only a named object response carries one.
    private func outcome(of endpoint: EndpointSpec) -> OutcomeSpec? {
        guard let outcome = api.outcome, let name = endpoint.responseTypeName, api.type(named: name)?.body.isObject == true
        else { return nil }
        return outcome.overridden(by: endpoint.outcome)
    }

    /// The spec's description, then a sentence for each rule OpenAPI cannot state.
    private func description(of endpoint: EndpointSpec) -> String? {
        var text = endpoint.description
        for case .group(let group) in endpoint.parameters {
            text = OpenAPIExtensions.sentence(after: text, OpenAPIExtensions.groupSentence(group))
        }
        if let outcome = outcome(of: endpoint) {
            text = OpenAPIExtensions.sentence(after: text, OpenAPIExtensions.outcomeSentence(outcome))
        }
        if let items = endpoint.responseItems {
            let answers = items.answersBody ? "element of the request body's list" : "value of `\(items.answers)`"
            text = OpenAPIExtensions.sentence(
                after: text, "`\(items.path.joined(separator: "."))` holds one item per \(answers), in request order (x-specgen-items).")
        }
        return text
    }

    // MARK: Request body

    private func requestBody(_ body: RequestBodySpec, of endpoint: EndpointSpec) -> OpenAPIObject {
        var schema = schemas.schema(for: body.type, format: nil)
        schema["minItems"] = body.minItems.map(OpenAPIValue.integer)
        schema["maxItems"] = body.maxItems.map(OpenAPIValue.integer)
        // The envelope's keys wrap the value, outermost first: `root.customer` is {"root":{"customer":…}}.
        for key in body.envelope.reversed() {
            var wrapper = OpenAPIObject()
            wrapper["type"] = "object"
            var properties = OpenAPIObject()
            properties[key] = .object(schema)
            wrapper["properties"] = .object(properties)
            wrapper["required"] = .strings([key])
            schema = wrapper
        }
        var media = OpenAPIObject()
        media["schema"] = .object(schema)
        if body.contentType == .form, let encoding = formEncoding(body) {
            media["encoding"] = encoding
        }
        var examples = OpenAPIObject()
        for example in endpoint.examples {
            guard let node = example.body else { continue }
            var entry = OpenAPIObject()
            entry["summary"] = .string(example.title)
            entry["value"] = OpenAPIExamples.enveloped(OpenAPIExamples.value(of: node), in: body.envelope)
            examples[OpenAPIExamples.uniqueKey(example.title, in: examples)] = .object(entry)
        }
        media["examples"] = examples.nonEmpty
        var content = OpenAPIObject()
        content[body.contentType.rawValue] = .object(media)
        var object = OpenAPIObject()
        object.setText("description", body.description)
        object["content"] = .object(content)
        object["required"] = .boolean(body.isRequired)
        if !body.envelope.isEmpty { object["x-specgen-envelope"] = .string(body.envelopePath) }
        object["x-specgen-swift-name"] = body.swiftName.map(OpenAPIValue.string)
        return object
    }

    /// How a form body's joined lists go out: a field with a separator is one value joined by it,
    /// as a list query parameter is (OpenAPI's `encoding` styles, the same as a parameter's).
    private func formEncoding(_ body: RequestBodySpec) -> OpenAPIValue? {
        guard let fields = FieldPath.objectFields(of: body.type, in: api) else { return nil }
        var encoding = OpenAPIObject()
        for field in fields {
            guard let separator = field.constraints.separator else { continue }
            var entry = OpenAPIObject()
            switch separator {
            case " ": entry["style"] = "spaceDelimited"
            case "|": entry["style"] = "pipeDelimited"
            default: entry["style"] = "form"
            }
            entry["explode"] = false
            if ![",", " ", "|"].contains(separator) { entry["x-specgen-separator"] = .string(separator) }
            encoding[field.name] = .object(entry)
        }
        return encoding.nonEmpty
    }

    // MARK: Responses

    /// `200` with the response type, then each error body by its status (exact statuses, classes,
    /// `default`), the endpoint's own and the API's it does not replace.
    private func responses(of endpoint: EndpointSpec) -> OpenAPIObject {
        var responses = OpenAPIObject()
        responses["200"] = .object(response(
            endpoint.response, description: endpoint.responseDescription ?? "The response."))
        for error in endpoint.errorBodies(in: api).sorted(by: { $0.status < $1.status }) {
            responses[error.status.description] = .object(response(
                error.type, description: error.description ?? Self.errorDescription(error.status)))
        }
        return responses
    }

    /// What an error entry without a description of its own covers (OpenAPI requires one).
    private static func errorDescription(_ status: ErrorBodySpec.Status) -> String {
        switch status {
        case .exact(let code): "The body of HTTP status \(code)."
        case .statusClass(let digit): "The body of an HTTP status \(digit)XX that no other entry covers."
        case .default: "The body of any other error status."
        }
    }

    /// A response in its documented shape; the leniency specgen reads it with is named beside it.
    private func response(_ type: FieldType, description: String) -> OpenAPIObject {
        var object = OpenAPIObject()
        var leniency = api.leniency
        if case .named(let reference) = type, let named = api.type(named: reference.name), let own = named.leniency {
            leniency = own
        }
        var text = description
        if let leniency, !leniency.options.isEmpty {
            text = OpenAPIExtensions.sentence(after: text, OpenAPIExtensions.leniencySentence(leniency))
        }
        object["description"] = .string(text)
        var media = OpenAPIObject()
        media["schema"] = .object(schemas.schema(for: type, format: nil))
        var content = OpenAPIObject()
        content["application/json"] = .object(media)
        object["content"] = .object(content)
        if let leniency, !leniency.options.isEmpty {
            object["x-specgen-leniency"] = OpenAPIExtensions.leniency(leniency)
        }
        return object
    }
}
