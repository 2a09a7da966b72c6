/// The body a request sends: its media type and its bytes, built by the generated
/// `makeBody()` after the body's rules were checked.
public struct RequestBody: Sendable, Hashable {
    /// The `Content-Type` field's value, e.g. `application/json`.
    public var contentType: String
    public var bytes: [UInt8]

    public init(contentType: String, bytes: [UInt8]) {
        self.contentType = contentType
        self.bytes = bytes
    }

    /// `value` as JSON (``JSONBodyWriter``), inside `envelope`'s keys, outermost first:
    /// `["root", "customer"]` writes `{"root":{"customer":<value>}}`.
    ///
    /// A value that cannot be written (a date its format cannot hold, a NaN) is a
    /// ``RequestValidationError`` naming the field's JSON path, envelope included; never the value.
    public static func json<T: Encodable>(_ value: T, envelope: [String] = []) throws(RequestValidationError) -> RequestBody {
        var bytes: [UInt8] = []
        for key in envelope {
            bytes.append(UInt8(ascii: "{"))
            JSONBodyWriter.appendString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
        }
        do {
            bytes += try JSONBodyWriter.bytes(of: value)
        } catch {
            throw unwritable(error, envelope: envelope)
        }
        bytes += repeatElement(UInt8(ascii: "}"), count: envelope.count)
        return RequestBody(contentType: "application/json", bytes: bytes)
    }

    /// `value`'s fields as `application/x-www-form-urlencoded` (``FormBodyWriter``); a list field
    /// named in `listSeparators` is sent as one value, joined by its separator; spaces as `space`
    /// says (the API's `query_encoding`).
    public static func form<T: Encodable>(
        _ value: T, listSeparators: [String: String] = [:], space: QueryEncoding.Space = .percent
    ) throws(RequestValidationError) -> RequestBody {
        do {
            let text = try FormBodyWriter.text(of: value, listSeparators: listSeparators, space: space)
            return RequestBody(contentType: "application/x-www-form-urlencoded", bytes: Array(text.utf8))
        } catch let error as RequestValidationError {
            throw error
        } catch {
            throw unwritable(error, envelope: [])
        }
    }

    /// An encoding failure as a validation error at the failing field's JSON path. Its
    /// description is not used: an `EncodingError` carries the value.
    private static func unwritable(_ error: any Error, envelope: [String]) -> RequestValidationError {
        var path: [any CodingKey] = []
        if case EncodingError.invalidValue(_, let context) = error { path = context.codingPath }
        var name = envelope.joined(separator: ".")
        for key in path {
            if let index = key.intValue {
                name += "[\(index)]"
            } else {
                name += (name.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return RequestValidationError(
            parameter: name.isEmpty ? "body" : name, problem: .invalidValue("cannot be written as the spec declares it"))
    }
}
