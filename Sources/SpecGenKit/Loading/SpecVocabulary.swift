/// The keys each kind of spec object accepts. The loader rejects any other key, and a test checks
/// these tables against `Spec/specgen.schema.json`, so the schema editors use and the loader agree.
public struct ObjectVocabulary: Sendable {
    /// The definition's name in the JSON Schema, and how messages name the object.
    public let name: String
    /// Human name used in messages ("unknown key 'x' in parameter").
    public let noun: String
    public let keys: [String]
    public let required: [String]
}

public enum SpecVocabulary {
    public static let apiFile = ObjectVocabulary(
        name: "apiFile", noun: "API file",
        keys: ["specgen", "api", "types"], required: ["specgen", "api"])
    public static let endpointFile = ObjectVocabulary(
        name: "endpointFile", noun: "endpoint file",
        keys: ["specgen", "endpoint", "types"], required: ["specgen", "endpoint"])
    public static let api = ObjectVocabulary(
        name: "api", noun: "api",
        keys: ["name", "module", "title", "version", "description", "hosts", "auth", "headers", "fixed_query", "leniency",
               "unknown_keys", "time_zone", "query_encoding", "outcome", "errors"],
        required: ["name", "module", "title"])
    public static let queryEncoding = ObjectVocabulary(
        name: "queryEncoding", noun: "query encoding", keys: ["list_separator", "space", "list_style", "brackets"], required: [])
    public static let host = ObjectVocabulary(
        name: "host", noun: "host",
        keys: ["name", "url", "description"], required: ["name", "url"])
    public static let auth = ObjectVocabulary(
        name: "auth", noun: "auth",
        keys: ["scheme", "name", "password_digest", "header", "query", "description"], required: ["scheme"])
    public static let outcome = ObjectVocabulary(
        name: "outcome", noun: "outcome",
        keys: outcomeKeys, required: ["status", "all_succeeded", "partial", "all_failed"])
    /// An endpoint's `outcome`: any of the API's keys, replacing the API's value for that endpoint.
    public static let endpointOutcome = ObjectVocabulary(
        name: "endpointOutcome", noun: "endpoint outcome", keys: outcomeKeys, required: [])
    private static let outcomeKeys = [
        "status", "all_succeeded", "partial", "all_failed", "status_fields", "item_status", "item_status_fields",
        "item_success", "item_failures",
    ]
    public static let statusFields = ObjectVocabulary(
        name: "statusFields", noun: "status fields", keys: ["code", "success", "message"], required: [])
    public static let itemFailure = ObjectVocabulary(
        name: "itemFailure", noun: "item failure",
        keys: ["name", "swift_name", "codes", "description"], required: ["name", "codes"])
    public static let header = ObjectVocabulary(
        name: "header", noun: "header",
        keys: ["name", "swift_name", "type", "values", "type_name", "required", "description"],
        required: ["name", "type"])
    public static let fixedQuery = ObjectVocabulary(
        name: "fixedQuery", noun: "fixed query item",
        keys: ["name", "value", "description"], required: ["name", "value"])
    public static let endpoint = ObjectVocabulary(
        name: "endpoint", noun: "endpoint",
        keys: ["name", "method", "path", "summary", "description", "path_parameters", "fixed_query", "headers", "parameters",
               "switches", "body", "response", "errors", "outcome", "examples", "auth", "idempotent"],
        required: ["name", "method", "path", "summary", "response"])
    public static let parameter = ObjectVocabulary(
        name: "parameter", noun: "parameter",
        keys: ["name", "swift_name", "type", "values", "type_name", "format", "description", "required", "default",
               "minimum", "maximum", "list", "list_separator", "list_style", "requires", "not_after", "style", "fields"],
        required: ["name", "type"])
    /// A field of a query parameter of `type: object` (`style: brackets`): one `name[field]=value`.
    /// `list` is known only to be refused with a reason.
    public static let queryObjectField = ObjectVocabulary(
        name: "queryObjectField", noun: "object parameter field",
        keys: ["name", "swift_name", "type", "values", "type_name", "format", "description", "required", "list"],
        required: ["name", "type"])
    /// A path parameter: a parameter without what makes a query parameter optional or several
    /// (`required`, `default`, `list`, `requires`, `not_after`), which the loader explains.
    public static let pathParameter = ObjectVocabulary(
        name: "pathParameter", noun: "path parameter",
        keys: ["name", "swift_name", "type", "values", "type_name", "format", "description", "minimum", "maximum"],
        required: ["name", "type"])
    public static let parameterGroup = ObjectVocabulary(
        name: "parameterGroup", noun: "parameter group",
        keys: ["group", "require", "description", "parameters"], required: ["group", "require", "parameters"])
    public static let switches = ObjectVocabulary(
        name: "switches", noun: "switches",
        keys: ["name", "value", "description", "values"], required: ["name", "value", "values"])
    public static let switchValue = ObjectVocabulary(
        name: "switchValue", noun: "switch",
        keys: ["name", "swift_name", "description"], required: ["name"])
    public static let response = ObjectVocabulary(
        name: "response", noun: "response",
        keys: ["type", "description", "items", "answers", "match", "item"], required: ["type"])
    /// An entry of `errors` written as a mapping (`"400": {type: ApiError, description: ...}`).
    public static let errorBody = ObjectVocabulary(
        name: "errorBody", noun: "error body",
        keys: ["type", "items", "description"], required: ["type"])
    public static let example = ObjectVocabulary(
        name: "example", noun: "example",
        keys: ["title", "host", "arguments", "body"], required: ["title"])
    public static let typeDefinition = ObjectVocabulary(
        name: "typeDefinition", noun: "type",
        keys: ["kind", "description", "fields", "values", "leniency", "unknown_keys", "at_least_one", "discriminator", "variants",
               "kinds"],
        required: ["kind"])
    /// A tagged union's variant: the discriminator value and the object type it picks.
    public static let unionVariant = ObjectVocabulary(
        name: "unionVariant", noun: "union variant",
        keys: ["value", "type", "swift_name", "description"], required: ["value", "type"])
    /// A union by JSON kind's entry: the kind and the type a value of that kind is read as.
    public static let unionKind = ObjectVocabulary(
        name: "unionKind", noun: "union kind",
        keys: ["kind", "type", "items", "format", "description"], required: ["kind", "type"])
    public static let field = ObjectVocabulary(
        name: "field", noun: "field",
        keys: ["name", "swift_name", "type", "description", "format", "required", "nullable", "fields", "values", "items",
               "wrapper", "wrapper_fields", "type_name", "leniency", "may_be_inlined", "minimum", "maximum", "min_length",
               "max_length", "min_items", "max_items", "as_string", "separator"],
        required: ["name", "type"])
    public static let body = ObjectVocabulary(
        name: "body", noun: "body",
        keys: ["content_type", "type", "fields", "items", "type_name", "envelope", "swift_name", "required", "description",
               "min_items", "max_items"],
        required: ["type"])
    public static let listItems = ObjectVocabulary(
        name: "listItems", noun: "items",
        keys: ["type", "fields", "values", "type_name", "items", "nullable"], required: ["type"])
    public static let enumValue = ObjectVocabulary(
        name: "enumValue", noun: "enum value",
        keys: ["value", "swift_name", "description", "aliases"], required: ["value"])

    /// Every object kind, for the schema test.
    public static let all: [ObjectVocabulary] = [
        apiFile, endpointFile, api, queryEncoding, host, auth, outcome, endpointOutcome, statusFields, itemFailure, header, fixedQuery, endpoint, parameter, queryObjectField, pathParameter, parameterGroup,
        switches, switchValue, body, response, errorBody, example, typeDefinition, unionVariant, unionKind, field, listItems, enumValue,
    ]

    /// Why a key another kind of object takes is not one of this kind's, said in place of a spelling
    /// suggestion: vocabulary name → key → reason.
    public static let misplacedKeyHints: [String: [String: String]] = [
        parameter.name: ["nullable": neverNull],
        pathParameter.name: ["nullable": "a path parameter is never null: it is always part of the path"],
        header.name: ["nullable": neverNull],
        response.name: ["format": topLevelFormat],
        errorBody.name: ["format": topLevelFormat],
    ]
    private static let topLevelFormat = "a body's top level has no date 'format': a date or datetime there (alone, or in a list or map) "
        + "is read as YYYY-MM-DD or RFC 3339; declare an object type whose field has the 'format'"
    private static let neverNull = "a request parameter is never null: an optional one left nil is not sent"

    /// The only format version this generator reads.
    public static let formatVersion = 1
}
