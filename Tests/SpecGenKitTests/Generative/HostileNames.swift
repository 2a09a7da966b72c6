/// Names a real API may use for its JSON keys, query parameters, headers and values, chosen to hit
/// what the generator's Swift could trip over: keywords, the types generated code names, the
/// generator's own locals and members, the runtimes' public names, names that differ only in case,
/// digits and punctuation, and text that is not ASCII.
enum HostileNames {
    static let keywords = [
        "class", "default", "self", "Self", "init", "Type", "Protocol", "let", "var", "func", "return", "true", "false",
        "nil", "in", "is", "as", "throws", "rethrows", "some", "any", "await", "async", "inout", "super", "where",
        "case", "enum", "struct", "protocol", "extension", "import", "static", "private", "public", "internal",
        "operator", "subscript", "typealias", "associatedtype", "deinit", "defer", "guard", "repeat", "switch",
        "actor", "package", "borrowing", "consuming", "Any", "_",
    ]

    /// Standard-library and Foundation types, and the protocols generated types conform to.
    static let standardTypes = [
        "String", "Int", "Double", "Bool", "Array", "Dictionary", "Set", "Optional", "Result", "Error", "Decoder",
        "Encoder", "Codable", "Decodable", "Encodable", "Data", "Date", "URL", "Never", "Void", "Sendable",
        "Equatable", "Hashable", "CodingKey", "CodingKeys", "CaseIterable", "Character", "UUID", "Float",
        "RawRepresentable", "CustomStringConvertible", "Swift", "Foundation",
    ]

    /// Locals, parameters and members of the code the generator writes.
    static let generatorNames = [
        "arguments", "core", "query", "container", "decoder", "encoder", "request", "headers", "fields", "values",
        "value", "item", "items", "body", "status", "report", "echo", "transport", "credentials", "middlewares",
        "host", "baseURL", "method", "path", "makeQuery", "makeHeaderFields", "validate", "pathAndQuery",
        "checkConstraints", "rawValue", "allCases", "unknown", "none", "description", "encode", "outcomes",
        "itemStatus", "response", "Response", "identifier", "code", "url", "hash", "hashValue", "from", "to",
    ]

    /// Public names of SpecGenRuntime, SpecGenClient and swift-openapi-runtime that generated code uses
    /// or could meet.
    static let runtimeNames = [
        "QueryBuilder", "HeaderField", "EndpointRequest", "RequestValidationError", "ArgumentInfo", "ArgumentValues",
        "ArgumentError", "ArgumentBuildable", "ArgumentValue", "QueryValue", "OpenEnum", "CalendarDate", "Leniency",
        "AnyCodingKey", "ClientCore", "APIError", "BaseURLError", "BaseURLPolicy", "BasicCredentials",
        "OutcomeRules", "BatchResult", "StatusReport", "ItemFailureReason", "ItemResult", "ItemFailure",
        "ClientTransport", "ClientMiddleware", "SpecGenRuntime", "SpecGenClient", "OpenAPIRuntime",
    ]

    /// Groups of names that meet, or nearly meet, once cased for Swift.
    static let caseVariants = [
        "id", "ID", "Id", "user_id", "userId", "UserID", "a", "A", "x_y", "xY", "X-Y", "url", "URL", "Url",
    ]

    static let digitsAndPunctuation = [
        "1", "2x", "42", "-", "x-y", "a.b", "$", "a b", "&=", "%", "#", "'", "\"", "\\", "*/", "e-mail", "3ds",
        "__", "?", "+1", "0_0",
    ]

    static let nonASCII = [
        "größe", "名前", "café", "cafe\u{301}", "ñandú", "Ωmega", "日本", "👍", "straße", "İstanbul", "ﬁle",
    ]

    /// Headers the client or the transport sends itself, in the cases a spec might write them.
    static let transportHeaders = [
        "Authorization", "authorization", "Host", "Content-Length", "ACCEPT", "Cookie", "Transfer-Encoding",
        "Connection", "Content-Type", "TE", "Upgrade",
    ]

    static let all = keywords + standardTypes + generatorNames + runtimeNames + caseVariants + digitsAndPunctuation + nonASCII

    /// Names that `swift_name` accepts (ASCII letters, digits and `_`, not starting with a digit).
    static let identifiers = all.filter { name in
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Names for the `types:` map, which takes PascalCase names: every name above that is one.
    static let typeNames = all.filter { name in
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
}
