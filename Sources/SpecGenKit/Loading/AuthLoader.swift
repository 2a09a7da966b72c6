import SpecGenRuntime
import YAMLReader

/// `api.auth`: one scheme as a mapping, or a list of alternatives a client may be created with.
extension SpecLoader {
    func loadAuth(_ api: MappingReader, diagnostics: DiagnosticCollector) -> AuthSpec {
        guard let node = api.value("auth") else { return AuthSpec(schemes: []) }
        let nodes: [YAMLNode]
        if let items = node.sequence {
            if items.isEmpty {
                diagnostics.error("'auth' lists no scheme; omit it or write 'scheme: none' for an API without credentials", at: node.location)
            }
            nodes = items
        } else {
            nodes = [node]
        }
        let schemes = nodes.compactMap { loadAuthScheme($0, diagnostics: diagnostics) }
        var names = UniqueNames(what: "auth scheme", comparison: .swiftName(remedy: "give one another 'name'"), diagnostics: diagnostics)
        for scheme in schemes {
            names.insert(SwiftName.member(SwiftName.camelCase(scheme.name)), display: scheme.name, at: scheme.location)
        }
        if schemes.count > 1, let none = schemes.first(where: { $0.scheme == .none }) {
            diagnostics.error(
                "scheme 'none' cannot be one of several: a client is created with one of the listed schemes; "
                    + "give an endpoint without credentials 'auth: none' instead",
                at: none.location)
        }
        return AuthSpec(schemes: schemes.filter { $0.scheme != .none })
    }

    private func loadAuthScheme(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> AuthSchemeSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.auth, diagnostics: diagnostics),
              let schemeText = reader.choice("scheme", from: AuthSchemeSpec.Scheme.allCases.map(\.rawValue)),
              let scheme = AuthSchemeSpec.Scheme(rawValue: schemeText)
        else { return nil }
        var isValid = true
        func refuse(_ message: String, at key: String) {
            diagnostics.error(message, at: reader.location(of: key))
            isValid = false
        }
        let name = reader.string("name") ?? scheme.rawValue
        if reader.has("name"), !Self.isOperationName(name) {
            refuse("auth scheme name '\(name)' must be snake_case, like 'oauth_token': lower-case letters, digits and '_', "
                + "starting with a letter", at: "name")
        } else if let member = Self.clientStaticMembers[SwiftName.camelCase(name)] {
            refuse("auth scheme name '\(name)' would name the client's factory '\(SwiftName.camelCase(name))', which \(member); "
                + "give the scheme another 'name'", at: reader.has("name") ? "name" : "scheme")
        }
        let digest = reader.has("password_digest")
            ? reader.choice("password_digest", from: PasswordDigest.allCases.map(\.rawValue)) : nil
        if digest != nil, scheme != .basic {
            refuse("'password_digest' applies only to the 'basic' scheme", at: "password_digest")
        }
        let header = reader.string("header")
        let query = reader.string("query")
        switch scheme {
        case .apiKey:
            if header != nil && query != nil {
                refuse("an 'api_key' scheme sends the key in one place: give 'header' or 'query', not both", at: "query")
            } else if header == nil && query == nil {
                refuse("an 'api_key' scheme needs 'header' (the header the key goes in) or 'query' (the query parameter)", at: "scheme")
            }
        case .headerToken:
            if header == nil { refuse("a 'header_token' scheme needs 'header': the header the token goes in by default", at: "scheme") }
            if query != nil { refuse("'query' applies only to the 'api_key' scheme", at: "query") }
        case .basic, .bearer, .none:
            if header != nil { refuse("'header' applies only to the 'api_key' and 'header_token' schemes", at: "header") }
            if query != nil { refuse("'query' applies only to the 'api_key' scheme", at: "query") }
        }
        if let header {
            if !HeaderField.isValidName(header) {
                refuse("'\(header)' is not a valid HTTP header name: letters, digits and !#$%&'*+-.^_`|~ only", at: "header")
            } else if header.lowercased() != "authorization", let owner = ReservedHeaders.owners[header.lowercased()] {
                refuse("header '\(header)' cannot carry credentials: \(owner)", at: "header")
            }
        }
        if let query, query.isEmpty { refuse("'query' must name a query parameter", at: "query") }
        guard isValid else { return nil }
        return AuthSchemeSpec(
            scheme: scheme, name: name, passwordDigest: digest.flatMap(PasswordDigest.init), header: header, query: query,
            description: reader.string("description"), location: reader.location)
    }

    /// The client's own static members, which a scheme's factory function must not be named as.
    private static let clientStaticMembers = [
        "outcomes": "holds the outcome rules", "itemStatus": "reads an item's status",
    ]
}
