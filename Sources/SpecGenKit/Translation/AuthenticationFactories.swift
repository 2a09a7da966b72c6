/// The client's static functions that make its `Authentication`, one or two per scheme `api.auth`
/// declares, named after the scheme: `basic(username:password:)`, `oauthToken(_:header:)`,
/// `oauthToken(header:provider:)`.
struct AuthenticationFactories {
    let api: APISpec

    /// The Swift name of `scheme`'s factory functions.
    static func factoryName(of scheme: AuthSchemeSpec) -> String {
        SwiftName.member(SwiftName.camelCase(scheme.name))
    }

    func declarations() -> [FunctionDeclaration] {
        api.auth.schemes.flatMap(factories)
    }

    /// What each factory parameter is, for the doc comments.
    private static let parameterDocs = [
        "username": "The user name.",
        "password": "The password.",
        "passwordDigest": "The password's digest, as the API wants it.",
        "token": "The token.",
        "key": "The API key.",
        "header": "The header field the token is sent in.",
        "provider": "Returns the credential to send; called once per call, so it can renew an expired one.",
    ]

    private static let providerType = "@escaping @Sendable () async throws -> String"

    private func factories(of scheme: AuthSchemeSpec) -> [FunctionDeclaration] {
        let name = Self.factoryName(of: scheme)
        let schemeName = SwiftLiteral.string(scheme.name)
        func factory(_ doc: String, _ parameters: [FunctionDeclaration.Parameter], _ expression: String) -> FunctionDeclaration {
            let callouts = DocCallouts(
                parameters: parameters.map { ($0.name, Self.parameterDocs[$0.name] ?? "") },
                returns: "What the client's initializer takes as `authentication`.")
            return FunctionDeclaration(
                doc: callouts.appended(to: doc), access: .public, modifiers: ["static"], kind: .function(name), parameters: parameters,
                returnType: "Authentication", body: [.line(expression)])
        }
        let provider = FunctionDeclaration.Parameter(name: "provider", type: Self.providerType)
        switch scheme.scheme {
        case .basic:
            let username = FunctionDeclaration.Parameter(name: "username", type: "String")
            let password = FunctionDeclaration.Parameter(name: "password", type: "String")
            guard let digest = scheme.passwordDigest else {
                return [factory(
                    "HTTP Basic credentials, sent as given.", [username, password],
                    ".basic(BasicCredentials(username: username, password: password), schemeName: \(schemeName))")]
            }
            return [
                factory(
                    "HTTP Basic credentials from the plain password: the API wants its \(digest.rawValue) digest, which is what is sent.",
                    [username, password],
                    ".basic(BasicCredentials(username: username, password: password, digest: .\(digest.rawValue)), "
                        + "schemeName: \(schemeName))"),
                factory(
                    "HTTP Basic credentials from the password's \(digest.rawValue) digest, sent as given.",
                    [username, .init(name: "passwordDigest", type: "String")],
                    ".basic(BasicCredentials(username: username, password: passwordDigest), schemeName: \(schemeName))"),
            ]
        case .bearer:
            return [
                factory(
                    "`Authorization: Bearer <token>` with the same token for every call.",
                    [.init(label: "_", name: "token", type: "String")], ".bearer(token, schemeName: \(schemeName))"),
                factory(
                    "`Authorization: Bearer <token>` with the token `provider` returns, called once per call so the app can "
                        + "refresh it.",
                    [provider], ".bearer(schemeName: \(schemeName), provider: provider)"),
            ]
        case .apiKey:
            let location = scheme.header.map { ".header(\(SwiftLiteral.string($0)))" }
                ?? ".query(\(SwiftLiteral.string(scheme.query ?? "")))"
            let place = scheme.header.map { "the `\($0)` header" } ?? "the `\(scheme.query ?? "")` query parameter"
            return [
                factory(
                    "An API key, sent in \(place) with every call, to the base URL's origin only.",
                    [.init(label: "_", name: "key", type: "String")], ".apiKey(key, in: \(location), schemeName: \(schemeName))"),
                factory(
                    "An API key `provider` returns, called once per call, sent in \(place).",
                    [provider], ".apiKey(in: \(location), schemeName: \(schemeName), provider: provider)"),
            ]
        case .headerToken:
            let header = FunctionDeclaration.Parameter(
                name: "header", type: "String", defaultValue: SwiftLiteral.string(scheme.header ?? ""))
            return [
                factory(
                    "A token sent as it is in the `header` field (by default `\(scheme.header ?? "")`), the same for every call.",
                    [.init(label: "_", name: "token", type: "String"), header],
                    ".headerToken(token, header: header, schemeName: \(schemeName))"),
                factory(
                    "A token sent as it is in the `header` field (by default `\(scheme.header ?? "")`): the one `provider` "
                        + "returns, called once per call so the app can refresh it.",
                    [header, provider], ".headerToken(header: header, schemeName: \(schemeName), provider: provider)"),
            ]
        case .none:
            return []
        }
    }
}
