import SpecGenRuntime
import YAMLReader

/// One endpoint: how to call it and what it answers.
public struct EndpointSpec: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case GET, POST, PUT, PATCH, DELETE
    }

    /// The file it was read from, relative to the spec root (e.g. `capillary/customer_get.yaml`).
    public var file: String
    public var name: String
    public var method: Method
    public var path: String
    /// The `{name}` placeholders of `path`, in path order.
    public var pathPlaceholders: [PathPlaceholder] = []
    /// `path_parameters`: one per placeholder, always required, in the order the spec lists them.
    public var pathParameters: [ParameterSpec] = []
    public var summary: String
    public var description: String?
    public var fixedQuery: [FixedQueryItem]
    public var headers: [ParameterSpec]
    public var parameters: [ParameterEntry]
    public var switches: SwitchSetSpec?
    /// What the request sends in its body, if anything.
    public var body: RequestBodySpec? = nil
    /// Whether the spec has a `body` that did not load (its errors were reported): checks that need
    /// the body are skipped rather than reporting it missing.
    public var bodyHasErrors = false
    /// What a successful body decodes into: usually a named object type (`type: Forecast`), but any
    /// field type (`type: list` with `items`, a scalar), loaded as a field's type is.
    public var response: FieldType
    /// Where the response's `type` was written.
    public var responseLocation: SourceLocation
    public var responseDescription: String?
    /// `errors:` the endpoint's own error bodies, by HTTP status; the API's apply where it has none
    /// for a key (see ``errorBodies(in:)``).
    public var errors: [ErrorBodySpec] = []
    /// Set for bulk endpoints: where the body lists its items and which values they answer.
    public var responseItems: ResponseItemsSpec?
    /// Set for endpoints that answer with one item object: where it is.
    public var responseItem: ResponseItemSpec?
    /// What this endpoint reads differently from the API's `outcome`.
    public var outcome: OutcomeOverrideSpec?
    public var examples: [ExampleSpec]
    /// `auth:`: nil uses the client's credentials, whichever scheme they are.
    public var auth: EndpointAuthSpec?
    /// `idempotent:`, when given; see ``isIdempotent``.
    public var idempotent: Bool?
    /// Names of path parameters, parameters, group members, groups and headers the spec declares whose definitions
    /// had errors (and so are missing above): a check that fails only because one of them is
    /// missing ("example names unknown parameter") would repeat an error already reported.
    public var namesWithErrors: Set<String> = []
    public var location: SourceLocation

    /// Every query parameter, group members included, in query-string order.
    public var allParameters: [ParameterSpec] {
        parameters.flatMap { entry -> [ParameterSpec] in
            switch entry {
            case .parameter(let parameter): [parameter]
            case .group(let group): group.members
            }
        }
    }

    /// The query parameter or group member called `name`, found without flattening the groups.
    public func parameter(named name: String) -> ParameterSpec? {
        for entry in parameters {
            switch entry {
            case .parameter(let parameter) where parameter.name == name:
                return parameter
            case .group(let group):
                if let member = group.members.first(where: { $0.name == name }) { return member }
            case .parameter:
                continue
            }
        }
        return nil
    }
}

extension EndpointSpec {
    /// The response's type name when the response is a named type (an object type, in a valid spec),
    /// which `items`, `item` and an outcome's status path start from; nil for a list or a scalar.
    public var responseTypeName: String? {
        if case .named(let reference) = response { return reference.name }
        return nil
    }

    /// The type name the response's Swift type is written with, when there is one: `[Forecast]`
    /// names `Forecast`, so a type nested in the request must not be called that.
    public var responseElementTypeName: String? {
        if case .named(let reference) = response.innermost { return reference.name }
        return nil
    }

    /// The error bodies the client reads: the endpoint's, then the API's for the keys the endpoint
    /// does not declare, in the order the spec lists them.
    public func errorBodies(in api: APISpec) -> [ErrorBodySpec] {
        let own = Set(errors.map(\.status))
        return errors + api.errors.filter { !own.contains($0.status) }
    }

    /// Whether the client may send the request again after a failure: as the spec says, else for GET only.
    public var isIdempotent: Bool { idempotent ?? (method == .GET) }

    /// The `exactly_one` or `at_most_one` group whose enum has the parameter `name` as a case, if any.
    public func enumGroup(of name: String) -> ParameterGroupSpec? {
        for case .group(let group) in parameters where group.isEnum && group.members.contains(where: { $0.name == name }) {
            return group
        }
        return nil
    }
}

/// A bulk endpoint's items: the list at `path` holds one item per value of the parameter or group
/// `answers`, in request order.
public struct ResponseItemsSpec: Sendable {
    /// JSON keys from the response type to the list, e.g. `["response", "customers"]`.
    public var path: [String]
    /// A parameter or group name, or ``answersBody``: one item per element of the body's list.
    public var answers: String
    public var location: SourceLocation
    /// With `answers: body`: the element fields items echo, tried in order to match an item with
    /// the element it answers (then items answer the remaining elements in order).
    public var match: [String] = []
    public var matchLocation: SourceLocation? = nil
    /// Where `answers` was written.
    public var answersLocation: SourceLocation? = nil

    /// `answers: body`: the items answer the elements of the request body's list.
    public static let answersBody = "body"

    /// Whether `answers: body` means the request body: set by the loader, since a parameter or a
    /// group may be named `body` too (then it means that one, unless the endpoint has a body).
    public var answersBody = false
}

/// A single-item endpoint's item: the object at `path`, with its own status like a bulk item's.
public struct ResponseItemSpec: Sendable {
    /// JSON keys from the response type to the item, e.g. `["response", "coupon"]`.
    public var path: [String]
    public var location: SourceLocation
}

/// An entry of an endpoint's `parameters` list.
public enum ParameterEntry: Sendable {
    case parameter(ParameterSpec)
    case group(ParameterGroupSpec)
}

/// A query parameter or a header.
public struct ParameterSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var type: ParameterType
    public var typeName: String?
    /// For a date or datetime: the pattern its values are written in (`DateTimeFormat`).
    public var format: String?
    /// `type: Color`: the `kind: enum` type of `types` whose values the parameter takes (then
    /// `type` holds that type's values, once the loader has resolved the name).
    public var enumType: TypeReference?
    public var description: String?
    public var isRequired: Bool
    public var defaultValue: LiteralValue?
    /// Where `default` was written, for messages about it.
    public var defaultValueLocation: SourceLocation?
    public var minimum: Double?
    public var maximum: Double?
    /// Set for bulk parameters: the values are joined with this separator.
    public var listSeparator: String?
    /// `list_separator:` this parameter's choice, overriding the API's `query_encoding`; nil: the API's.
    public var listSeparatorEncoding: QueryEncoding.Separator?
    /// `list_style:` how a list's values go out; set for every list parameter once the loader has
    /// applied the API's `query_encoding` default (``SpecLoader/resolveListStyles(_:diagnostics:)``),
    /// nil for a parameter that is not a list.
    public var listStyle: ListStyle? = nil
    /// Where `list_separator` was written, for messages the API's `list_style` makes about it.
    public var listSeparatorEncodingLocation: SourceLocation? = nil
    public var requires: [Requirement]
    /// `not_after: end_date`: when both are set, this parameter's value is not greater than the other's.
    public var notAfter: ParameterReference?
    public var location: SourceLocation

    /// "When this parameter is set, `parameter` must be `value`" (`requires: {mlp: true}`), or, with
    /// no value, "must be set too" (`requires: [entity_type]`).
    public struct Requirement: Sendable {
        public var parameter: String
        /// nil when any value will do: the requirement is that `parameter` is set.
        public var value: LiteralValue?
        public var location: SourceLocation
    }

    /// Another parameter of the same endpoint, named by a rule, and where the rule names it.
    public struct ParameterReference: Sendable {
        public var parameter: String
        public var location: SourceLocation
    }
}

extension ParameterSpec {
    /// An object parameter's fields (`type: object`); empty for any other type.
    public var objectFields: [ParameterSpec] {
        if case .object(let fields) = type { fields } else { [] }
    }

    /// The fields of an object parameter as the query sends them, each renamed `name[field]`: how
    /// text arguments, examples and the docs name them.
    public var bracketedFields: [ParameterSpec] {
        objectFields.map { field in
            var field = field
            field.name = Self.bracketedName(name, field: field.name)
            return field
        }
    }

    /// `filter[name]`.
    public static func bracketedName(_ name: String, field: String) -> String {
        name + "[" + field + "]"
    }
}

/// How a list parameter's values go out: joined into one value by the parameter's separator
/// (`id=1%2C2`), or the parameter repeated once per value (`id=1&id=2`, OpenAPI's `form` style with
/// `explode: true`).
public enum ListStyle: String, Sendable, CaseIterable {
    case joined
    case repeated
}

public enum ParameterType: Sendable {
    case scalar(ScalarKind)
    case enumeration([EnumValueSpec])
    /// `type: object` with `style: brackets`, query parameters only: a Swift struct whose fields
    /// (scalars and enums, each a parameter of its own) are sent as `name[field]=value` in field
    /// order, those not set left out (OpenAPI's `style: deepObject`).
    case object(fields: [ParameterSpec])

    public var isObject: Bool {
        if case .object = self { true } else { false }
    }
}

/// A choice between parameters: the request names exactly one of them, at least one, or at most one.
public struct ParameterGroupSpec: Sendable {
    public enum Requirement: String, Sendable, CaseIterable {
        /// A Swift enum the initializer requires.
        case exactlyOne = "exactly_one"
        /// An optional Swift property per member, at least one of them set (checked before sending).
        case atLeastOne = "at_least_one"
        /// An optional Swift enum: the type system allows no more than one.
        case atMostOne = "at_most_one"

        /// How the docs and messages say it: "exactly one of".
        public var phrase: String {
            switch self {
            case .exactlyOne: "exactly one of"
            case .atLeastOne: "at least one of"
            case .atMostOne: "at most one of"
            }
        }
    }

    public var name: String
    public var requirement: Requirement
    public var description: String?
    public var members: [ParameterSpec]
    public var location: SourceLocation

    /// Whether the group is one Swift enum value (a member is a case), rather than a property per member.
    public var isEnum: Bool { requirement != .atLeastOne }
}

/// Parameters that are either absent or sent with one fixed value.
public struct SwitchSetSpec: Sendable {
    public var name: String
    public var value: String
    public var description: String?
    public var switches: [SwitchSpec]
    public var location: SourceLocation
}

public struct SwitchSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var description: String?
    public var location: SourceLocation
}

/// An example call, rendered into the docs.
public struct ExampleSpec: Sendable {
    public var title: String
    /// The named host the example's request goes to; the API's first host when nil.
    public var host: String?
    public var hostLocation: SourceLocation?
    public var arguments: [Argument]
    public var location: SourceLocation
    /// `body:`: the request body, as YAML, checked against the endpoint's body type.
    public var body: YAMLNode? = nil

    public struct Argument: Sendable {
        public var name: String
        public var values: [LiteralValue]
        /// Whether the spec wrote a list (`[a, b]`) rather than one value.
        public var isList: Bool
        public var location: SourceLocation
    }
}

/// A scalar written in the spec (a default, a `requires` value, an example argument).
public enum LiteralValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)

    /// The value as it would be sent on the wire.
    public var description: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        // Whole numbers up to 2^53 (exact in a Double) print as integers: `30`, not `30.0`.
        case .number(let value): value.rounded() == value && abs(value) <= 9_007_199_254_740_992 ? String(Int(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

/// An endpoint's own `auth:`: no credentials, or only those of one declared scheme.
public enum EndpointAuthSpec: Sendable {
    /// `auth: none`: the endpoint is called without credentials (a token endpoint, a health check).
    case none
    /// `auth: <name>`: a client created with another scheme refuses the call before sending it.
    case scheme(String, SourceLocation)
}
