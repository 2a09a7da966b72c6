/// `components.securitySchemes` as the API's `auth` list, and each operation's `security` as its
/// endpoint `auth` (`none`, or the one scheme it accepts).
struct AuthMapping {
    /// The `auth` entries, in the document's order.
    private(set) var schemes: [SpecYAML] = []
    /// The snake_case name given to each imported scheme, by its key in the document.
    private(set) var names: [String: String] = [:]
    /// Headers that carry credentials (lower-cased): no endpoint may declare them.
    private(set) var headers: Set<String> = []
    /// The document's top-level `security`.
    private var defaultSecurity: JSONTree?
    private let log: WarningLog

    init(document: JSONTree, navigator: DocumentNavigator, log: WarningLog) throws(ImportError) {
        self.log = log
        defaultSecurity = document["security"]
        guard case .object(let entries)? = document["components"]?["securitySchemes"] else { return }
        var unique = UniqueNames(reserved: ["none"])
        for entry in entries {
            let (scheme, pointer) = try navigator.resolved(entry.value, at: JSONPointer(["components", "securitySchemes", entry.key]))
            let name = unique.claim(SpecNames.snakeCase(entry.key, fallback: "scheme"), separator: "_")
            var yaml: [(String, SpecYAML)] = []
            switch (scheme["type"]?.stringValue, scheme["scheme"]?.stringValue?.lowercased(), scheme["in"]?.stringValue) {
            case ("http", "basic", _):
                yaml = [("scheme", .text("basic"))]
            case ("http", "bearer", _):
                yaml = [("scheme", .text("bearer"))]
            case ("apiKey", _, "header"?):
                guard let header = scheme["name"]?.stringValue, !OperationMapper.reservedHeaders.contains(header.lowercased()) || header.lowercased() == "authorization" else { continue }
                if header.lowercased() == "authorization" {
                    log.warn("an API key sent in the Authorization header is imported as a bearer token (the format writes that header itself)", at: pointer)
                    yaml = [("scheme", .text("bearer"))]
                } else {
                    yaml = [("scheme", .text("api_key")), ("header", .text(header))]
                    headers.insert(header.lowercased())
                }
            case ("apiKey", _, "query"?):
                guard let parameter = scheme["name"]?.stringValue else { continue }
                yaml = [("scheme", .text("api_key")), ("query", .text(parameter))]
            case ("oauth2", _, _), ("openIdConnect", _, _):
                log.warn("OAuth 2 / OpenID Connect flows are not imported; the client takes the access token, sent as a bearer token", at: pointer)
                yaml = [("scheme", .text("bearer"))]
            default:
                log.warn("this security scheme cannot be expressed (cookies, mutual TLS, HTTP schemes other than basic and bearer); dropped", at: pointer)
                continue
            }
            names[entry.key] = name
            yaml.insert(("name", .text(name)), at: 1)
            if let description = scheme["description"]?.stringValue { yaml.append(("description", .text(description))) }
            schemes.append(.mapping(yaml))
        }
    }

    /// The endpoint's `auth:` when it differs from "whichever scheme the client has": `none` for
    /// an operation that needs no credentials, or the one scheme it accepts.
    func endpointAuth(_ security: JSONTree?, at pointer: JSONPointer) -> String? {
        guard !schemes.isEmpty, case .array(let requirements)? = security ?? defaultSecurity else { return nil }
        if requirements.isEmpty || requirements.contains(.object([])) {
            return requirements.count <= 1 ? "none" : nil  // `{}` among others: credentials optional
        }
        var accepted: Set<String> = []
        for requirement in requirements {
            guard case .object(let entries) = requirement else { continue }
            if entries.count > 1 {
                log.warn("a requirement of several schemes at once cannot be expressed; the client sends one", at: pointer)
            }
            for entry in entries { if let name = names[entry.key] { accepted.insert(name) } }
        }
        return accepted.count == 1 && schemes.count > 1 ? accepted.first : nil
    }
}
