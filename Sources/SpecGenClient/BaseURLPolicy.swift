import Foundation

/// Which base URLs a client may send credentials to: `https://` anywhere, plain `http://` only to
/// this machine (for tests and local proxies), never with credentials, a query or a fragment in the
/// URL itself.
public enum BaseURLPolicy {
    /// `url` without trailing slashes, so that `base + "/v1.1/x"` never doubles a slash; throws
    /// when the URL breaks the policy.
    public static func checked(_ url: URL) throws(BaseURLError) -> URL {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased()
        else { throw .notAbsolute }
        guard let host = components.host, !host.isEmpty else { throw .notAbsolute }
        switch scheme {
        case "https":
            break
        case "http":
            guard isLoopback(host) else { throw .plainHTTPToRemoteHost }
        default:
            throw .unsupportedScheme(scheme)
        }
        guard components.user == nil, components.password == nil else { throw .credentialsInURL }
        guard components.query == nil, components.fragment == nil else { throw .queryOrFragment }
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let trimmed = URL(string: text) else { throw .notAbsolute }
        return trimmed
    }

    /// `localhost`, `127.0.0.0/8` and `::1`: names and addresses that cannot leave the machine.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}

/// Why a base URL was refused. The URL itself is not repeated: it might carry credentials.
public enum BaseURLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not an absolute URL with a host.
    case notAbsolute
    /// A scheme other than https or http.
    case unsupportedScheme(String)
    /// `http://` to a host other than a loopback address: credentials would cross the network in clear text.
    case plainHTTPToRemoteHost
    /// `user:password@` in the URL.
    case credentialsInURL
    /// A `?query` or `#fragment` in the base URL.
    case queryOrFragment

    public var description: String {
        switch self {
        case .notAbsolute:
            "the base URL must be absolute, with a scheme and a host"
        case .unsupportedScheme(let scheme):
            "the base URL's scheme '\(scheme)' is not supported; use https"
        case .plainHTTPToRemoteHost:
            "plain http:// is only allowed to a loopback address (localhost, 127.0.0.1, ::1); use https"
        case .credentialsInURL:
            "the base URL must not carry credentials; pass them as credentials"
        case .queryOrFragment:
            "the base URL must not have a query or a fragment"
        }
    }
}
