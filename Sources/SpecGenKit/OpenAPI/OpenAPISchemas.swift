/// Turns the spec's types into JSON Schemas (OpenAPI 3.1's dialect) in their strict, documented
/// shape: what the service is meant to send. What specgen's decoder accepts beyond that (leniency),
/// and what a schema cannot say, go into `x-specgen-*` keys beside it (see ``OpenAPIExtensions``).
struct OpenAPISchemas {
    let api: APISpec

    /// Where a named type's schema is: every `types:` entry is one of `components.schemas`.
    static func reference(_ name: String) -> OpenAPIValue {
        .object(referenceObject(name))
    }

    /// ``reference(_:)`` as an object, for a schema that gains keys beside the `$ref`.
    static func referenceObject(_ name: String) -> OpenAPIObject {
        var object = OpenAPIObject()
        object["$ref"] = .string("#/components/schemas/" + name)
        return object
    }

    // MARK: Named types

    /// The schema of a `types:` entry.
    func component(_ type: TypeSpec) -> OpenAPIObject {
        var schema: OpenAPIObject
        switch type.body {
        case .object(let fields):
            schema = object(fields, keepsUnknownKeys: type.keepsUnknownKeys ?? api.keepsUnknownKeys)
            Self.prepend("description", type.description, to: &schema)
            if let atLeastOne = type.atLeastOne {
                schema["x-specgen-at-least-one"] = .strings(atLeastOne.fields)
                Self.prepend("description", OpenAPIExtensions.sentence(
                    after: type.description,
                    "A value sent in a request body sets at least one of "
                        + atLeastOne.fields.map { "`\($0)`" }.joined(separator: ", ") + " (x-specgen-at-least-one)."),
                    to: &schema)
            }
        case .enumeration(let values):
            schema = enumeration(values, description: type.description)
        case .union(let union):
            schema = self.union(union)
            Self.prepend("description", type.description, to: &schema)
        }
        if let leniency = type.leniency {
            schema["x-specgen-leniency"] = OpenAPIExtensions.leniency(leniency)
        }
        return schema
    }

    /// An object type's schema. Unknown keys are allowed either way (`additionalProperties` is left
    /// open): a type that drops them still accepts them, and one that keeps them says so.
    func object(_ fields: [FieldSpec], keepsUnknownKeys: Bool) -> OpenAPIObject {
        var schema = OpenAPIObject()
        schema["type"] = "object"
        var properties = OpenAPIObject()
        for field in fields {
            properties[field.name] = .object(self.field(field, keepsUnknownKeys: keepsUnknownKeys))
        }
        schema["properties"] = .object(properties)
        let required = fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { schema["required"] = .strings(required) }
        if keepsUnknownKeys { schema["x-specgen-unknown-keys"] = "keep" }
        return schema
    }

    /// A response enum (or an enum type): its values, open in specgen's client (a value it does not
    /// list is kept, not refused), which JSON Schema cannot say without accepting every string.
    func enumeration(_ values: [EnumValueSpec], description: String?) -> OpenAPIObject {
        var schema = OpenAPIObject()
        let described = values.filter { $0.description != nil }
        let list = described.map { "- `\($0.value)`: \($0.description!)" }.joined(separator: "\n")
        schema.setText("description", [description, described.isEmpty ? nil : list].compactMap { $0 }.joined(separator: "\n\n"))
        schema["type"] = "string"
        schema["enum"] = .strings(values.map(\.value))
        schema["x-specgen-open-enum"] = true
        var aliases = OpenAPIObject()
        for value in values where !value.aliases.isEmpty {
            aliases[value.value] = .strings(value.aliases.map(\.text))
        }
        schema["x-specgen-aliases"] = aliases.nonEmpty
        schema["x-specgen-swift-names"] = OpenAPIExtensions.swiftNames(values)
        return schema
    }

    /// A tagged union is `oneOf` its variants with a discriminator; a union by kind `oneOf` one
    /// schema per JSON kind.
    func union(_ union: UnionSpec) -> OpenAPIObject {
        var schema = OpenAPIObject()
        switch union {
        case .tagged(let discriminator, let variants):
            schema["oneOf"] = .array(variants.map { Self.reference($0.type.name) })
            var mapping = OpenAPIObject()
            for variant in variants {
                mapping[variant.value] = .string("#/components/schemas/" + variant.type.name)
            }
            var discriminatorObject = OpenAPIObject()
            discriminatorObject["propertyName"] = .string(discriminator)
            discriminatorObject["mapping"] = .object(mapping)
            schema["discriminator"] = .object(discriminatorObject)
        case .byKind(let variants):
            schema["oneOf"] = .array(variants.map { variant in
                var member = self.schema(for: variant.type, format: variant.format)
                // A unix time is an integer or a number as the kind says (seconds may have a fraction).
                if variant.kind == .number, member["type"] == "integer" { member["type"] = "number" }
                Self.prepend("description", variant.description, to: &member)
                return .object(member)
            })
        }
        return schema
    }

    // MARK: Fields and values

    /// A field's schema: its type's, with its description, rules and what specgen reads beyond it.
    func field(_ field: FieldSpec, keepsUnknownKeys: Bool) -> OpenAPIObject {
        var schema = self.schema(for: field.type, format: field.format, keepsUnknownKeys: keepsUnknownKeys,
                                 wrapperFields: field.wrapperFields)
        let constraints = field.constraints
        if constraints.asString, let kind = schema["type"]?.stringValue {
            // Sent and read as a JSON string ("12.5"): that is the wire shape; the bounds are the number's.
            schema["type"] = "string"
            schema["x-specgen-as-string"] = .string(kind)
            schema["x-specgen-minimum"] = constraints.minimum.map(OpenAPIValue.number)
            schema["x-specgen-maximum"] = constraints.maximum.map(OpenAPIValue.number)
        } else {
            applyBounds(constraints, to: &schema)
        }
        if field.isNullable { schema = Self.nullable(schema) }
        var description = field.description
        if field.mayBeInlined {
            schema["x-specgen-may-be-inlined"] = true
            description = OpenAPIExtensions.sentence(
                after: description,
                "The service may leave this key out and send the object's keys in the enclosing object instead (x-specgen-may-be-inlined).")
        }
        if let separator = constraints.separator {
            schema["x-specgen-separator"] = .string(separator)
        }
        if let leniency = field.leniency {
            schema["x-specgen-leniency"] = OpenAPIExtensions.leniency(leniency)
        }
        schema["x-specgen-swift-name"] = field.swiftName.map(OpenAPIValue.string)
        Self.prepend("description", description, to: &schema)
        return schema
    }

    /// The bounds of a number, the lengths of a string and the sizes of a list (or a map's entries),
    /// on the schema they apply to: each element's for a list of numbers or strings.
    private func applyBounds(_ constraints: FieldConstraints, to schema: inout OpenAPIObject) {
        func apply(_ target: inout OpenAPIObject) {
            target["minimum"] = constraints.minimum.map(OpenAPIValue.number)
            target["maximum"] = constraints.maximum.map(OpenAPIValue.number)
            target["minLength"] = constraints.minLength.map(OpenAPIValue.integer)
            target["maxLength"] = constraints.maxLength.map(OpenAPIValue.integer)
        }
        if schema["type"] == "array" {
            schema["minItems"] = constraints.minItems.map(OpenAPIValue.integer)
            schema["maxItems"] = constraints.maxItems.map(OpenAPIValue.integer)
            if case .object(var items)? = schema["items"], items["$ref"] == nil {
                apply(&items)
                schema["items"] = .object(items)
            }
        } else if schema["type"] == "object" {
            schema["minProperties"] = constraints.minItems.map(OpenAPIValue.integer)
            schema["maxProperties"] = constraints.maxItems.map(OpenAPIValue.integer)
        } else if schema["$ref"] == nil {
            apply(&schema)
        }
    }

    /// The schema of a value of `type`. `format` is a date's pattern (at any depth of lists and
    /// maps), or documentation for a string.
    func schema(for type: FieldType, format: String?, keepsUnknownKeys: Bool? = nil,
                wrapperFields: [FieldSpec] = []) -> OpenAPIObject {
        switch type {
        case .scalar(let kind):
            return scalar(kind, format: format)
        case .named(let reference):
            return Self.referenceObject(reference.name)
        case .inlineObject(let typeName, let fields):
            var schema = object(fields, keepsUnknownKeys: keepsUnknownKeys ?? api.keepsUnknownKeys)
            schema["x-specgen-type-name"] = typeName.map(OpenAPIValue.string)
            return schema
        case .inlineEnum(let typeName, let values):
            var schema = enumeration(values, description: nil)
            schema["x-specgen-type-name"] = typeName.map(OpenAPIValue.string)
            return schema
        case .list(let items, let wrapper):
            var array = OpenAPIObject()
            array["type"] = "array"
            array["items"] = .object(schema(for: items, format: format, keepsUnknownKeys: keepsUnknownKeys))
            guard let wrapper else { return array }
            // The wire shape of a wrapped list: an object holding the list under `wrapper`, beside
            // the wrapper fields (Swift sees the plain list; the fields become the owner's properties).
            var object = OpenAPIObject()
            object["type"] = "object"
            var properties = OpenAPIObject()
            properties[wrapper] = .object(array)
            for field in wrapperFields {
                properties[field.name] = .object(self.field(field, keepsUnknownKeys: keepsUnknownKeys ?? api.keepsUnknownKeys))
            }
            object["properties"] = .object(properties)
            object["x-specgen-wrapper"] = .string(wrapper)
            return object
        case .map(let items):
            var object = OpenAPIObject()
            object["type"] = "object"
            object["additionalProperties"] = .object(schema(for: items, format: format, keepsUnknownKeys: keepsUnknownKeys))
            return object
        case .nullable(let wrapped):
            return Self.nullable(schema(for: wrapped, format: format, keepsUnknownKeys: keepsUnknownKeys))
        }
    }

    /// A scalar; a date or datetime in its pattern. JSON Schema's `date` and `date-time` formats are
    /// `YYYY-MM-DD` and RFC 3339, specgen's defaults; any other pattern is a string whose pattern
    /// only `x-specgen-format` can name, and a unix time is a number of seconds or milliseconds.
    func scalar(_ kind: ScalarKind, format: String?) -> OpenAPIObject {
        var schema = OpenAPIObject()
        switch kind {
        case .string:
            schema["type"] = "string"
            schema["x-specgen-format"] = format.map(OpenAPIValue.string)
        case .integer: schema["type"] = "integer"
        case .number: schema["type"] = "number"
        case .boolean: schema["type"] = "boolean"
        case .json: break
        case .date:
            schema["type"] = "string"
            if format == nil || format == "YYYY-MM-DD" {
                schema["format"] = "date"
            } else {
                schema["x-specgen-format"] = format.map(OpenAPIValue.string)
            }
        case .datetime:
            switch format {
            case nil:
                schema["type"] = "string"
                schema["format"] = "date-time"
            case "unix_seconds"?, "unix_milliseconds"?:
                schema["type"] = "integer"
                schema["x-specgen-format"] = format.map(OpenAPIValue.string)
            case let pattern?:
                schema["type"] = "string"
                schema["x-specgen-format"] = .string(pattern)
            }
        }
        return schema
    }

    /// `null` allowed beside the value: a second type where the schema has one (and `null` among
    /// an enum's values, which JSON Schema checks too), else `oneOf` the schema and `null`.
    static func nullable(_ schema: OpenAPIObject) -> OpenAPIObject {
        if case .string(let type)? = schema["type"] {
            var result = schema
            result["type"] = .array([.string(type), "null"])
            if case .array(let values)? = schema["enum"] { result["enum"] = .array(values + [.null]) }
            return result
        }
        if schema.isEmpty { return schema }   // `json`: any value, null included
        var nullType = OpenAPIObject()
        nullType["type"] = "null"
        var result = OpenAPIObject()
        result["oneOf"] = .array([.object(schema), .object(nullType)])
        return result
    }

    /// Sets `key` first, before the keys already there: a `$ref` cannot take siblings in OpenAPI
    /// 3.0, but 3.1 allows a description beside it, and readers expect it at the top.
    static func prepend(_ key: String, _ text: String?, to schema: inout OpenAPIObject) {
        guard let text, !text.isEmpty else { return }
        var result = OpenAPIObject()
        result[key] = .string(text)
        for entry in schema.entries where entry.key != key {
            result[entry.key] = entry.value
        }
        schema = result
    }
}
