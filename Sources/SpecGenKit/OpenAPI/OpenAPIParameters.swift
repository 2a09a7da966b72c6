import SpecGenRuntime

/// An endpoint's path parameters, query parameters (fixed ones, groups' members and switches
/// included) and headers as OpenAPI parameter objects, in the order the request sends them.
struct OpenAPIParameters {
    let api: APISpec
    let schemas: OpenAPISchemas

    func parameters(of endpoint: EndpointSpec) -> [OpenAPIValue] {
        var result: [OpenAPIObject] = []
        for parameter in endpoint.pathParameters {
            result.append(self.parameter(parameter, in: "path", endpoint: endpoint))
        }
        for item in api.fixedQuery + endpoint.fixedQuery {
            result.append(fixed(item))
        }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter):
                result.append(self.parameter(parameter, in: "query", endpoint: endpoint))
            case .group(let group):
                for member in group.members {
                    var object = self.parameter(member, in: "query", endpoint: endpoint)
                    object["x-specgen-group"] = .string(group.name)
                    result.append(object)
                }
            }
        }
        if let switches = endpoint.switches {
            result += switches.switches.map { self.switch($0, of: switches) }
        }
        for header in api.headers {
            // Every operation lists the API's headers; the mark tells them from the endpoint's own.
            var object = self.parameter(header, in: "header", endpoint: endpoint)
            object["x-specgen-api-header"] = true
            result.append(object)
        }
        for header in endpoint.headers {
            result.append(self.parameter(header, in: "header", endpoint: endpoint))
        }
        return result.map(OpenAPIValue.object)
    }

    /// A path or query parameter or a header.
    private func parameter(_ parameter: ParameterSpec, in location: String, endpoint: EndpointSpec) -> OpenAPIObject {
        var object = OpenAPIObject()
        object["name"] = .string(parameter.name)
        object["in"] = .string(location)
        var description = parameter.description
        if !parameter.requires.isEmpty {
            description = OpenAPIExtensions.sentence(after: description, OpenAPIExtensions.requiresSentence(parameter.requires))
        }
        if let notAfter = parameter.notAfter {
            description = OpenAPIExtensions.sentence(
                after: description, "When both are set, it is not after `\(notAfter.parameter)` (x-specgen-not-after).")
        }
        object.setText("description", description)
        object["required"] = .boolean(location == "path" || parameter.isRequired)
        var schema = valueSchema(parameter)
        if parameter.listSeparator != nil {
            var array = OpenAPIObject()
            array["type"] = "array"
            array["items"] = .object(schema)
            schema = array
            for (key, value) in listSerialization(parameter) { object[key] = value }
        } else if parameter.type.isObject {
            // `name[field]=value`, one pair per field that is set.
            object["style"] = "deepObject"
            object["explode"] = true
        }
        object["schema"] = .object(schema)
        object["examples"] = examples(of: parameter, in: endpoint)
        object["x-specgen-requires"] = OpenAPIExtensions.requires(parameter.requires)
        object["x-specgen-not-after"] = parameter.notAfter.map { .string($0.parameter) }
        object["x-specgen-swift-name"] = parameter.swiftName.map(OpenAPIValue.string)
        object["x-specgen-type-name"] = parameter.typeName.map(OpenAPIValue.string)
        return object
    }

    /// How a list goes out. OpenAPI names three separators (`,` form, space, `|`) and repetition;
    /// `;` and `:` have no style of their own, so they are `form` with the separator named.
    private func listSerialization(_ parameter: ParameterSpec) -> [(String, OpenAPIValue)] {
        guard parameter.listStyle != .repeated else { return [("style", "form"), ("explode", true)] }
        var result: [(String, OpenAPIValue)]
        switch parameter.listSeparator {
        case " "?: result = [("style", "spaceDelimited"), ("explode", false)]
        case "|"?: result = [("style", "pipeDelimited"), ("explode", false)]
        case ","?: result = [("style", "form"), ("explode", false)]
        default: result = [("style", "form"), ("explode", false), ("x-specgen-list-separator", .string(parameter.listSeparator ?? ","))]
        }
        let encoding = parameter.listSeparatorEncoding ?? api.queryEncoding.listSeparator
        if encoding == .literal, QueryEncoding.isLiteralSafe(parameter.listSeparator ?? "") {
            result.append(("x-specgen-list-separator-encoding", "literal"))
        } else if encoding == .escaped, api.queryEncoding.listSeparator == .literal,
                  QueryEncoding.isLiteralSafe(parameter.listSeparator ?? "") {
            // The parameter overrides the API's literal separators: without this, a reader (the
            // import) would take the API's.
            result.append(("x-specgen-list-separator-encoding", "escaped"))
        }
        return result
    }

    /// The schema of one value (one element of a list).
    private func valueSchema(_ parameter: ParameterSpec) -> OpenAPIObject {
        var schema: OpenAPIObject
        switch parameter.type {
        case .scalar(let kind):
            schema = schemas.scalar(kind, format: parameter.format)
        case .enumeration(let values):
            if let reference = parameter.enumType {
                schema = OpenAPISchemas.referenceObject(reference.name)
            } else {
                // A parameter's own enum is closed: the client sends only these values.
                schema = OpenAPIObject()
                schema["type"] = "string"
                schema["enum"] = .strings(values.map(\.value))
                schema["x-specgen-swift-names"] = OpenAPIExtensions.swiftNames(values)
            }
        case .object(let fields):
            schema = OpenAPIObject()
            schema["type"] = "object"
            var properties = OpenAPIObject()
            for field in fields {
                var property = valueSchema(field)
                OpenAPISchemas.prepend("description", field.description, to: &property)
                properties[field.name] = .object(property)
            }
            schema["properties"] = .object(properties)
            let required = fields.filter(\.isRequired).map(\.name)
            if !required.isEmpty { schema["required"] = .strings(required) }
        }
        schema["minimum"] = parameter.minimum.map(OpenAPIValue.number)
        schema["maximum"] = parameter.maximum.map(OpenAPIValue.number)
        schema["default"] = parameter.defaultValue.map(OpenAPIValue.init)
        return schema
    }

    /// A `fixed_query` item: always sent, with one value.
    private func fixed(_ item: FixedQueryItem) -> OpenAPIObject {
        var object = OpenAPIObject()
        object["name"] = .string(item.name)
        object["in"] = "query"
        object["description"] = .string(OpenAPIExtensions.sentence(
            after: item.description, "Always `\(item.value)`: specgen's client sends it on every request (x-specgen-fixed-query)."))
        object["required"] = true
        var schema = OpenAPIObject()
        schema["type"] = "string"
        schema["enum"] = .strings([item.value])
        schema["default"] = .string(item.value)
        object["schema"] = .object(schema)
        object["x-specgen-fixed-query"] = true
        return object
    }

    /// A switch: absent, or sent with the set's one value.
    private func `switch`(_ item: SwitchSpec, of set: SwitchSetSpec) -> OpenAPIObject {
        var object = OpenAPIObject()
        object["name"] = .string(item.name)
        object["in"] = "query"
        object["description"] = .string(OpenAPIExtensions.sentence(
            after: item.description, "A switch of the set `\(set.name)`: absent, or `\(set.value)` (x-specgen-switch-set)."))
        object["required"] = false
        var schema = OpenAPIObject()
        schema["type"] = "string"
        schema["enum"] = .strings([set.value])
        object["schema"] = .object(schema)
        object["x-specgen-switch-set"] = .string(set.name)
        return object
    }

    /// The endpoint's examples that give this parameter a value, by title. An object parameter's
    /// fields are named as they are sent (`filter[name]`), so they are gathered into one object.
    private func examples(of parameter: ParameterSpec, in endpoint: EndpointSpec) -> OpenAPIValue? {
        var examples = OpenAPIObject()
        for example in endpoint.examples {
            let value: OpenAPIValue
            if parameter.type.isObject {
                var fields = OpenAPIObject()
                for field in parameter.objectFields {
                    let name = ParameterSpec.bracketedName(parameter.name, field: field.name)
                    if let argument = example.arguments.first(where: { $0.name == name }), let first = argument.values.first {
                        fields[field.name] = OpenAPIValue(first)
                    }
                }
                guard !fields.isEmpty else { continue }
                value = .object(fields)
            } else {
                guard let argument = example.arguments.first(where: { $0.name == parameter.name }) else { continue }
                let values = argument.values.map(OpenAPIValue.init)
                if parameter.listSeparator != nil || argument.isList {
                    value = .array(values)
                } else if let first = values.first {
                    value = first
                } else {
                    continue
                }
            }
            var entry = OpenAPIObject()
            entry["summary"] = .string(example.title)
            entry["value"] = value
            examples[OpenAPIExamples.uniqueKey(example.title, in: examples)] = .object(entry)
        }
        return examples.nonEmpty
    }
}
