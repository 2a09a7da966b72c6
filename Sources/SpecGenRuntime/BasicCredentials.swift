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
    private let forms: [String]

    /// Credentials sent as given: `password` is what the credential carries (a plain password, or a
    /// digest the caller computed).
    public init(username: String, password: String) {
        self.username = username
        self.password = password
        forms = Self.secretForms(username: username, password: password)
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
    /// by a transport or middleware).
    ///
    /// The forms are those of ``secretForms``. A cut in the text, marked `…` (where a body excerpt
    /// or a quoted value was shortened), may have left only the start of a secret: text just before
    /// a `…` that is the start of a secret form, ``minimumFragmentLength`` characters or more, is
    /// replaced too. Redact before cutting as well: a cut can fall anywhere in a secret.
    public func redacting(_ text: String) -> String {
        var result = text
        for secret in forms {
            result = result.replacing(secret, with: Self.redaction)
        }
        return redactingFragments(beforeCutsIn: result)
    }

    private static let redaction = "<redacted>"

    /// A secret's start that ends at a cut is redacted from this length on; shorter ones tell
    /// too little to be worth hiding and would hide ordinary text.
    public static let minimumFragmentLength = 4

    /// Every form the secret takes in text a server might send back, longest first: the
    /// `Authorization` value's base64 (also without padding, base64url, and with `/` escaped as
    /// JSON may write it), `username:password`, the password (plain or the digest the credential
    /// carries), and the percent-encoded forms of each (upper- and lower-case hex).
    public var secretForms: [String] { forms }

    private static func secretForms(username: String, password: String) -> [String] {
        let base64 = Data("\(username):\(password)".utf8).base64EncodedString()
        var unpadded = base64
        while unpadded.hasSuffix("=") { unpadded.removeLast() }
        let base64URL = unpadded.replacing("+", with: "-").replacing("/", with: "_")
        var forms = [base64, unpadded, base64URL, base64.replacing("/", with: "\\/"), "\(username):\(password)", password]
        for form in forms {
            let encoded = Self.percentEncoded(form)
            forms += [encoded, Self.lowercasingHex(encoded)]
        }
        var seen = Set<String>()
        return forms.filter { !$0.isEmpty && seen.insert($0).inserted }.sorted { $0.count > $1.count }
    }

    /// `body` with every form of the secret ``minimumBodyFormLength`` characters or more long
    /// replaced by `<redacted>`, before it is decoded, so that no value decoded from a body that
    /// echoes the credential (a status message, an item's error text) carries it.
    ///
    /// Shorter forms are left: a short password may be an ordinary word of the body, its keys
    /// included. So are forms holding a `"` or ending in `\`, which JSON text never holds as they
    /// are; replacing them could break the body's syntax.
    public func redactingSecrets(inBody body: Data) -> Data {
        var result = body
        for form in forms where form.count >= Self.minimumBodyFormLength && !form.contains("\"") && !form.hasSuffix("\\") {
            let secret = Data(form.utf8)
            var replaced = Data()
            var rest = result[...]
            var found = false  // most bodies hold no form: then the body is searched once and not copied
            while let range = rest.firstRange(of: secret) {
                replaced += rest[..<range.lowerBound]
                replaced += Data(Self.redaction.utf8)
                rest = rest[range.upperBound...]
                found = true
            }
            if found { result = replaced + rest }
        }
        return result
    }

    /// Forms shorter than this are not looked for in bodies (see ``redactingSecrets(inBody:)``).
    public static let minimumBodyFormLength = 16

    /// Every byte outside RFC 3986's unreserved set as `%XX`.
    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// `%2F` → `%2f`, leaving the rest as it is.
    private static func lowercasingHex(_ encoded: String) -> String {
        var result = ""
        var hexLeft = 0
        for character in encoded {
            if character == "%" {
                hexLeft = 2
                result.append(character)
            } else if hexLeft > 0 {
                hexLeft -= 1
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Replaces the start of a secret form that ends just before a `…`.
    private func redactingFragments(beforeCutsIn text: String) -> String {
        guard text.contains("…") else { return text }
        var result = ""
        var pending = Substring(text)
        while let cut = pending.firstIndex(of: "…") {
            var before = pending[..<cut]
            let longest = forms.lazy.compactMap { form -> Int? in
                let maximum = min(form.count - 1, before.count)
                guard maximum >= Self.minimumFragmentLength else { return nil }
                return (Self.minimumFragmentLength...maximum).reversed().first { length in
                    before.suffix(length).elementsEqual(form.prefix(length))
                }
            }.max()
            if let longest {
                before = before.dropLast(longest)
                result += before + Self.redaction + "…"
            } else {
                result += before + "…"
            }
            pending = pending[pending.index(after: cut)...]
        }
        return result + pending
    }

    public var description: String { "BasicCredentials(<redacted>)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["credentials": "<redacted>"], displayStyle: .struct)
    }
}
