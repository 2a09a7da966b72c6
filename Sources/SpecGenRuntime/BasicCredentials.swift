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
    /// Every form of the secret (see ``secretForms``), worked out once: every response body and
    /// every error text is searched for them.
    private let redaction: SecretRedaction

    /// Credentials sent as given: `password` is what the credential carries (a plain password, or a
    /// digest the caller computed).
    public init(username: String, password: String) {
        self.username = username
        self.password = password
        redaction = Self.redaction(username: username, password: password)
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

    /// `text` with every form of the secret replaced by `<redacted>`, for messages built from text
    /// the client does not control (a server's error page that echoes the request, an error thrown
    /// by a transport or middleware); see ``SecretRedaction/redacting(_:)``.
    public func redacting(_ text: String) -> String {
        redaction.redacting(text)
    }

    /// A secret's start that ends at a cut is redacted from this length on.
    public static let minimumFragmentLength = SecretRedaction.minimumFragmentLength

    /// Every form the secret takes in text a server might send back, longest first: the
    /// `Authorization` value's base64 (also without padding, base64url, and with `/` escaped as
    /// JSON may write it), `username:password`, the password (plain or the digest the credential
    /// carries), and the percent-encoded forms of each (upper- and lower-case hex).
    public var secretForms: [String] { redaction.forms }

    /// What finds the secret in text, for redacting it alongside other credentials' secrets.
    public var secretRedaction: SecretRedaction { redaction }

    private static func redaction(username: String, password: String) -> SecretRedaction {
        let base64 = Data("\(username):\(password)".utf8).base64EncodedString()
        var unpadded = base64
        while unpadded.hasSuffix("=") { unpadded.removeLast() }
        let base64URL = unpadded.replacing("+", with: "-").replacing("/", with: "_")
        return SecretRedaction(secrets: [base64, unpadded, base64URL, "\(username):\(password)", password])
    }

    /// `body` with every form of the secret ``minimumBodyFormLength`` characters or more long
    /// replaced by `<redacted>`; see ``SecretRedaction/redactingSecrets(inBody:)``.
    public func redactingSecrets(inBody body: Data) -> Data {
        redaction.redactingSecrets(inBody: body)
    }

    /// Forms shorter than this are not looked for in bodies (see ``redactingSecrets(inBody:)``).
    public static let minimumBodyFormLength = SecretRedaction.minimumBodyFormLength

    public var description: String { "BasicCredentials(<redacted>)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["credentials": "<redacted>"], displayStyle: .struct)
    }
}
