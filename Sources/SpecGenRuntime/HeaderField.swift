/// A header name and value.
///
/// Request code should build fields with ``checked(name:value:)``: a value
/// containing CR, LF or NUL could end the header and inject others (or a body),
/// so it is rejected before anything is sent.
public struct HeaderField: Sendable, Hashable {
    public var name: String
    public var value: String

    /// An unchecked field; for values that cannot contain line breaks (for
    /// example constants or base64 text).
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// A field whose value was checked for CR, LF and NUL (throws
    /// ``RequestValidationError/Problem/invalidHeaderValue`` with `name` as the
    /// parameter), and whose name was checked to be an HTTP token (throws
    /// ``RequestValidationError/Problem/invalidValue(_:)``).
    public static func checked(name: String, value: String) throws(RequestValidationError) -> HeaderField {
        guard isValidName(name) else {
            throw RequestValidationError(parameter: name, problem: .invalidValue("not a valid header name"))
        }
        // Bytes, not Characters: "\r\n" is a single Character in Swift.
        let forbidden: Set<UInt8> = [0x0D, 0x0A, 0x00]
        guard !value.utf8.contains(where: forbidden.contains) else {
            throw RequestValidationError(parameter: name, problem: .invalidHeaderValue)
        }
        return HeaderField(name: name, value: value)
    }

    /// Whether `name` is an HTTP field name: an RFC 9110 token, one or more `tchar`s.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(isTokenByte)
    }

    /// RFC 9110 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
