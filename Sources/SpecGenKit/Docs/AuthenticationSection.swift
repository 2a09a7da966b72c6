/// The "Authentication" section: the schemes a client may be created with (on an endpoint's page,
/// those the endpoint accepts), what each sends, and the Swift function that makes it; and the
/// header rows and `curl` arguments that stand for the credentials.
struct AuthenticationSection {
    let api: APISpec

    /// The schemes whose credentials `endpoint` is sent with (all of the API's when nil).
    func schemes(for endpoint: EndpointSpec?) -> [AuthSchemeSpec] {
        switch endpoint?.auth {
        case .none?: []
        case .scheme(let name, _)?: api.auth.schemes.filter { $0.name == name }
        case nil: api.auth.schemes
        }
    }

    func write(for endpoint: EndpointSpec?, into page: inout MarkdownWriter) {
        page.line("## Authentication")
        page.blankLine()
        let schemes = schemes(for: endpoint)
        if case .none? = endpoint?.auth, api.auth.requiresCredentials {
            page.line("None: this endpoint is called without the client's credentials.")
        } else if schemes.isEmpty {
            page.line("None.")
        } else {
            if case .scheme? = endpoint?.auth {
                page.line("Only this scheme; a client created with another one refuses the call before sending it.")
            } else if schemes.count > 1 {
                page.line("A client is created with one of these schemes.")
            }
            for scheme in schemes {
                page.blankLine()
                write(scheme, into: &page)
            }
            page.blankLine()
            page.line("Credentials go only to the base URL's origin (scheme, host and port), also across redirects, and never "
                + "appear in the client's descriptions or errors.")
        }
        if let endpoint {
            page.blankLine()
            page.line(endpoint.isIdempotent
                ? "Idempotent: the client may repeat this request after a connection failure, a timeout, or HTTP 429, 502, "
                    + "503 or 504, as its `RetryPolicy` allows."
                : "Not idempotent: the client repeats this request only after HTTP 429 (not processed); after a connection "
                    + "failure it reports that the request may or may not have been carried out.")
        }
        page.blankLine()
    }

    private func write(_ scheme: AuthSchemeSpec, into page: inout MarkdownWriter) {
        page.append("- ")
        page.code(scheme.name)
        page.append(" (Swift: ")
        page.code("\(SwiftName.argumentLabel(AuthenticationFactories.factoryName(of: scheme)))(...)")
        page.append("): ")
        switch scheme.scheme {
        case .basic:
            page.append("HTTP Basic (`Authorization: Basic <base64 of username:password>`).")
            if let digest = scheme.passwordDigest {
                page.append(" The credential carries the password's \(digest.rawValue) digest; the Swift client takes the "
                    + "plain password (and sends its digest) or the digest itself.")
            }
        case .bearer:
            page.append("a bearer token (`Authorization: Bearer <token>`), fixed or from a provider the app refreshes it with.")
        case .apiKey:
            page.append("an API key, sent as it is in the ")
            if let header = scheme.header {
                page.code(header)
                page.append(" header.")
            } else {
                page.code(scheme.query ?? "")
                page.append(" query parameter.")
            }
        case .headerToken:
            page.append("a token sent as it is in the ")
            page.code(scheme.header ?? "")
            page.append(" header (the app may name another header), fixed or from a provider the app refreshes it with.")
        case .none:
            break
        }
        if let description = scheme.description {
            page.append(" ")
            page.text(description)
        }
        page.endLine()
    }

    /// The header an endpoint's credentials go in under `scheme`, nil for a key in the query.
    static func header(of scheme: AuthSchemeSpec) -> String? {
        switch scheme.scheme {
        case .basic, .bearer: "Authorization"
        case .apiKey, .headerToken: scheme.header
        case .none: nil
        }
    }

    /// The `curl` arguments that send `scheme`'s credentials, with placeholders for the secrets.
    static func curlArguments(of scheme: AuthSchemeSpec) -> String {
        switch scheme.scheme {
        case .basic: "--header 'Authorization: Basic <base64 of username:password>'"
        case .bearer: "--header 'Authorization: Bearer <token>'"
        case .apiKey:
            scheme.header.map { "--header '\(shellQuoted($0)): <key>'" } ?? "--url-query '\(shellQuoted(scheme.query ?? ""))=<key>'"
        case .headerToken: "--header '\(shellQuoted(scheme.header ?? "")): <token>'"
        case .none: ""
        }
    }

    /// Text for inside single quotes in a shell.
    private static func shellQuoted(_ text: String) -> String {
        text.replacing("'", with: "'\\''")
    }
}
