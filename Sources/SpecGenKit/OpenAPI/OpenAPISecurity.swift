/// `api.auth` as OpenAPI security schemes, keyed by each scheme's spec name, and the requirement
/// that names one.
enum OpenAPISecurity {
    /// `{name: []}`: the scheme called `name`, with no scopes (none of specgen's schemes has any).
    static func requirement(_ name: String) -> OpenAPIValue {
        var object = OpenAPIObject()
        object[name] = .array([])
        return .object(object)
    }

    /// The declared schemes; `none` declares nothing.
    static func schemes(_ auth: AuthSpec) -> OpenAPIObject {
        var schemes = OpenAPIObject()
        for scheme in auth.schemes {
            var object = OpenAPIObject()
            switch scheme.scheme {
            case .basic:
                object["type"] = "http"
                object["scheme"] = "basic"
            case .bearer:
                object["type"] = "http"
                object["scheme"] = "bearer"
            case .apiKey, .headerToken:
                object["type"] = "apiKey"
                object["name"] = .string(scheme.header ?? scheme.query ?? "")
                object["in"] = scheme.header != nil ? "header" : "query"
            case .none:
                continue
            }
            var description = scheme.description
            if let digest = scheme.passwordDigest {
                object["x-specgen-password-digest"] = .string(digest.rawValue)
                description = OpenAPIExtensions.sentence(
                    after: description, "The password is sent as its \(digest.rawValue) digest (x-specgen-password-digest).")
            }
            if scheme.scheme == .headerToken {
                // The app may send the token in another header than the documented default.
                object["x-specgen-header-token"] = true
                description = OpenAPIExtensions.sentence(
                    after: description, "`\(scheme.header ?? "")` is the default header; the app may choose another (x-specgen-header-token).")
            }
            OpenAPISchemas.prepend("description", description, to: &object)
            schemes[scheme.name] = .object(object)
        }
        return schemes
    }
}
