/// The security-scheme `x-specgen-*` keys of specgen's export, restored into the imported `auth:`
/// schemes: `x-specgen-password-digest` (basic with the password's digest) and
/// `x-specgen-header-token` (an API key in a header the app may change: `header_token`).
extension SpecGenExtensions {
    func restoreAuth(_ schemes: [SpecYAML]) -> [SpecYAML] {
        guard isSpecGenExport, case .object(let components)? = document["components"]?["securitySchemes"] else { return schemes }
        return schemes.map { scheme in
            guard case .mapping(var entries) = scheme, let name = Self.name(of: scheme),
                  let component = components.first(where: { SpecNames.snakeCase($0.key, fallback: "scheme") == name })
            else { return scheme }
            let pointer = JSONPointer(["components", "securitySchemes", component.key])
            if let digest = component.value["x-specgen-password-digest"] {
                if let text = digest.stringValue, entries.contains(where: { $0.0 == "scheme" && $0.1.isText("basic") }) {
                    entries.insert(("password_digest", .text(text)), at: 2)
                } else {
                    log.warn("x-specgen-password-digest must be a string on an HTTP basic scheme; ignored", at: pointer.appending("x-specgen-password-digest"))
                }
            }
            if let headerToken = component.value["x-specgen-header-token"] {
                if headerToken == .bool(true), let index = entries.firstIndex(where: { $0.0 == "scheme" && $0.1.isText("api_key") }),
                   entries.contains(where: { $0.0 == "header" }) {
                    entries[index].1 = .text("header_token")
                } else {
                    log.warn("x-specgen-header-token must be true on an API key in a header; ignored", at: pointer.appending("x-specgen-header-token"))
                }
            }
            return .mapping(entries)
        }
    }
}
