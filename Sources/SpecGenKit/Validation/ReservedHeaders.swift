/// Headers that the client or the transport writes itself. A spec that declared one would make the
/// service receive two values (two `Authorization`s, a second `Host`), or let a request rewrite how
/// its own message is framed; so each is refused where the spec declares it, with the reason.
enum ReservedHeaders {
    /// Lower-cased name → who sends it instead. HTTP header names ignore case.
    static let owners: [String: String] = [
        "authorization": "the client sends it from 'auth'",
        "proxy-authorization": "the transport sends it to a proxy",
        "accept": "the client sends 'Accept: application/json'",
        "cookie": "the transport sends cookies from its cookie storage",
        "host": "the transport derives it from the base URL",
        "content-length": "the transport frames the message",
        "transfer-encoding": "the transport frames the message",
        "content-type": "the client describes the body it sends",
        "connection": "it is a hop-by-hop header the transport manages",
        "keep-alive": "it is a hop-by-hop header the transport manages",
        "proxy-connection": "it is a hop-by-hop header the transport manages",
        "te": "it is a hop-by-hop header the transport manages",
        "trailer": "it is a hop-by-hop header the transport manages",
        "upgrade": "it is a hop-by-hop header the transport manages",
        "expect": "the transport decides whether to wait for 100 Continue",
    ]

    static func check(_ header: ParameterSpec, diagnostics: DiagnosticCollector) {
        guard let owner = owners[header.name.lowercased()] else { return }
        diagnostics.error(
            "header '\(header.name)' cannot be declared: \(owner), so the service would receive it twice; remove it",
            at: header.location)
    }
}
