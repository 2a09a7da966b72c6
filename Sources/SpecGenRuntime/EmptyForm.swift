/// A probe that decodes only from an "empty form": `null`, `""`, `[]`, or an
/// array nested of only empty arrays (`[[ ]]`, `[[ ], [[ ]]]`).
///
/// The service sends these where it means "no value". Decoding this probe is
/// the only way the runtime recognises them, and it is only tried after the
/// strict decode failed, so the happy path never pays for it.
struct EmptyForm: Decodable {
    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { return }
        if let text = try? single.decode(String.self) {
            guard text.isEmpty else {
                throw DecodingError.typeMismatch(
                    EmptyForm.self,
                    .init(codingPath: decoder.codingPath, debugDescription: "Not an empty form"))
            }
            return
        }
        _ = try EmptyArray(from: decoder)
    }

    /// Whether the value in `container` is an empty form.
    static func matches(_ container: any SingleValueDecodingContainer) -> Bool {
        (try? container.decode(EmptyForm.self)) != nil
    }

    /// Whether the value for `key` is an empty form.
    static func matches<K>(_ container: KeyedDecodingContainer<K>, forKey key: K) -> Bool {
        (try? container.decode(EmptyForm.self, forKey: key)) != nil
    }
}

/// `[]`, or an array whose elements are all `EmptyArray`s.
private struct EmptyArray: Decodable {
    init(from decoder: any Decoder) throws {
        var elements = try decoder.unkeyedContainer()
        while !elements.isAtEnd {
            _ = try elements.decode(EmptyArray.self)
        }
    }
}

/// How a failed strict decode may be retried.
enum DecodeFailure {
    /// The value has another JSON type (`typeMismatch`) or is `null`
    /// (`valueNotFound`): a lenient reading may apply.
    case wrongShape
    /// Not a `DecodingError` at all. Foundation's `JSONDecoder` on Linux lets an
    /// internal error escape for a number that does not fit the requested type
    /// (`12.5` or `1e19` for `Int`); it only becomes a `DecodingError` — without
    /// a coding path — at the top of `decode(_:from:)`. The runtime re-reads the
    /// value to throw a `DecodingError` with the path instead.
    case foreign
    /// Anything else (`dataCorrupted`, `keyNotFound`): rethrown as it is.
    case final

    init(_ error: any Error) {
        guard let decodingError = error as? DecodingError else {
            self = .foreign
            return
        }
        switch decodingError {
        case .typeMismatch, .valueNotFound: self = .wrongShape
        default: self = .final
        }
    }

    static func isWrongShape(_ error: any Error) -> Bool {
        if case .wrongShape = DecodeFailure(error) { return true }
        return false
    }

    /// Whether a lenient second attempt is worth making.
    static func isRetryable(_ error: any Error) -> Bool {
        switch DecodeFailure(error) {
        case .wrongShape, .foreign: return true
        case .final: return false
        }
    }
}

/// Quotes a value for an error message, shortened so a huge value cannot flood logs.
func quotedForMessage(_ text: String) -> String {
    let limit = 64
    if text.count <= limit { return "\"\(text)\"" }
    return "\"\(text.prefix(limit))…\" (\(text.count) characters)"
}
