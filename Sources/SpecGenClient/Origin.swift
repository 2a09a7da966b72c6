import Foundation

/// The scheme, host and port a URL points at: what a credential is given for.
///
/// Its text is `scheme://host:port` and nothing else, so it can name a redirect's target in an
/// error without repeating the target's user info, path or query.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`, lower-cased.
    public let scheme: String
    /// The host, lower-cased and percent-encoded as in the URL; an IPv6 address without its brackets.
    public let host: String
    /// The port, the scheme's default when the URL names none.
    public let port: Int

    /// The origin of an absolute http or https URL; `nil` for any other URL.
    public init?(_ url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased(),
              let defaultPort = Self.defaultPorts[scheme],
              // Percent-encoded as the URL has it: the text names a server's choice in error
              // messages, and decoded it could hold control characters.
              var host = components.percentEncodedHost?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.scheme = scheme
        self.host = host
        self.port = components.port ?? defaultPort
    }

    private static let defaultPorts = ["http": 80, "https": 443]

    /// Whether the host is this machine (`localhost`, `127.0.0.0/8`, `::1`).
    public var isLoopback: Bool { BaseURLPolicy.isLoopback(host) }

    /// `https://example.com:443`, `http://[::1]:8080`.
    public var description: String {
        let hostText = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostText):\(port)"
    }
}
