#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds a credential's secrets in text the client does not control (a server's error page that
/// echoes the request, an error thrown by a transport or middleware, a response body) and replaces
/// them with `<redacted>`.
///
/// A secret is looked for in every form a server or a library may write it in: as given, with `/`
/// escaped as JSON may write it, and percent-encoded (upper- and lower-case hex, and with `+` for a
/// space as a form body writes it).
public struct SecretRedaction: Sendable, Hashable {
    /// Every form looked for, longest first, so that a form that holds a shorter one is replaced whole.
    public let forms: [String]

    /// The redaction of `secrets` in every form each takes (see the type's description).
    public init(secrets: [String]) {
        var forms: [String] = []
        for secret in secrets where !secret.isEmpty {
            let encoded = PercentEncoding.encodeQueryComponent(secret)
            forms += [
                secret, secret.replacing("/", with: "\\/"), encoded, Self.lowercasingHex(encoded),
                encoded.replacing("%20", with: "+"),
            ]
        }
        var seen = Set<String>()
        self.forms = forms.filter { seen.insert($0).inserted }.sorted { $0.count > $1.count }
    }

    /// Nothing to redact.
    public static let nothing = SecretRedaction(secrets: [])

    static let redaction = "<redacted>"

    /// A secret's start that ends at a cut is redacted from this length on; shorter ones tell
    /// too little to be worth hiding and would hide ordinary text.
    public static let minimumFragmentLength = 4

    /// Forms shorter than this are not looked for in bodies (see ``redactingSecrets(inBody:)``).
    public static let minimumBodyFormLength = 16

    /// `text` with every form of every secret replaced by `<redacted>`.
    ///
    /// A cut in the text, marked `…` (where a body excerpt or a quoted value was shortened), may
    /// have left only the start of a secret: text just before a `…` that is the start of a form,
    /// ``minimumFragmentLength`` characters or more, is replaced too. Redact before cutting as
    /// well: a cut can fall anywhere in a secret.
    public func redacting(_ text: String) -> String {
        var result = text
        for secret in forms {
            result = result.replacing(secret, with: Self.redaction)
        }
        return redactingFragments(beforeCutsIn: result)
    }

    /// Whether `text` holds a form of a secret.
    public func appears(in text: String) -> Bool {
        forms.contains { text.contains($0) }
    }

    /// `body` with every form ``minimumBodyFormLength`` characters or more long replaced by
    /// `<redacted>`, before it is decoded, so that no value decoded from a body that echoes the
    /// credential (a status message, an item's error text) carries it.
    ///
    /// Shorter forms are left: a short secret may be an ordinary word of the body, its keys
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
}
