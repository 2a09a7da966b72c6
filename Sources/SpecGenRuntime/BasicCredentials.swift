#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// HTTP Basic credentials.
///
/// They are never printed: `description`, `debugDescription` and the mirror
/// used by `dump()` and debuggers show `<redacted>`, so credentials cannot leak
/// into logs through string interpolation of a request or configuration.
public struct BasicCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let username: String
    private let password: String

    /// Credentials sent as given: `password` is what the credential carries (a plain password, or a
    /// digest the caller computed).
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// Credentials for an API that wants a digest of the password: `password` is the plain password
    /// and the credential carries `digest.apply(to: password)`.
    public init(username: String, password: String, digest: PasswordDigest) {
        self.init(username: username, password: digest.apply(to: password))
    }

    /// `"Basic "` + base64 of `username:password` (UTF-8), for the
    /// `Authorization` header.
    public var authorizationValue: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// The `Authorization` header field. Base64 text cannot contain line breaks.
    public var headerField: HeaderField {
        HeaderField(name: "Authorization", value: authorizationValue)
    }

    /// `text` with every occurrence of the password and of the encoded credential replaced by
    /// `<redacted>`, for messages built from text the client does not control (a server's error
    /// page that echoes the request, an error thrown by a transport or middleware).
    public func redacting(_ text: String) -> String {
        var result = text
        let base64 = String(authorizationValue.dropFirst("Basic ".count))
        for secret in [base64, password] where !secret.isEmpty {
            result = result.replacing(secret, with: "<redacted>")
        }
        return result
    }

    public var description: String { "BasicCredentials(<redacted>)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["credentials": "<redacted>"], displayStyle: .struct)
    }
}
