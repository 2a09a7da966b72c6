/// Percent-encoding for a path parameter's value, which becomes exactly one path segment.
///
/// A value must never change which resource the path names: it cannot add a segment (`/`), start a
/// query (`?`) or a fragment (`#`), pass for an already encoded byte (`%`), or be a dot segment
/// (`.`, `..`) that a server or proxy would resolve against the segments before it. So every byte
/// of the UTF-8 text is written as `%XX` (uppercase hex) except RFC 3986's unreserved characters
/// and the `pchar` delimiters that mean nothing special inside a segment (`!$&'()*+,=:@`). `;` is
/// encoded as well: servlet containers (Tomcat, Jetty) read what follows it as path parameters and
/// drop it from the segment the application sees.
public enum PathSegment: Sendable {
    /// `text` as one encoded segment; throws, naming `parameter`, for an empty value, `.` or `..`.
    public static func encode(_ text: String, parameter: String) throws(RequestValidationError) -> String {
        let encoded = encoded(text)
        // Checked on the encoded form: that is what the server resolves. Encoding never yields a
        // dot segment from anything but the dots themselves, and this check does not rely on it.
        if encoded.isEmpty {
            throw RequestValidationError(parameter: parameter, problem: .invalidValue("a path segment cannot be empty"))
        }
        if encoded == "." || encoded == ".." {
            throw RequestValidationError(
                parameter: parameter, problem: .invalidValue("a path segment cannot be '.' or '..', which name another resource"))
        }
        return encoded
    }

    /// The percent-encoded text, without the checks of ``encode(_:parameter:)``.
    static func encoded(_ text: String) -> String {
        PercentEncoding.encode(text, keeping: isAllowed)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        if PercentEncoding.isUnreserved(byte) { return true }
        return switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="),
             UInt8(ascii: ":"), UInt8(ascii: "@"):
            true
        default:
            false
        }
    }
}
