import Foundation

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

    public init(username: String, password: String) {
        self.username = username
        self.password = password
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

    public var description: String { "BasicCredentials(<redacted>)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["credentials": "<redacted>"], displayStyle: .struct)
    }
}
