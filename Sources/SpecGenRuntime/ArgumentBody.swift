#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ArgumentValues {
    /// The body given as JSON text (``body``), read into the body's type from inside `envelope`
    /// (`["root", "customer"]` reads the value of `{"root":{"customer": ...}}`); nil when none was
    /// given. It is read as a response would be, by the type's own decoding; its rules are checked
    /// when the request is sent (`validate()`), with field paths.
    public func body<Value: Decodable>(_ type: Value.Type, envelope: [String]) throws(ArgumentError) -> Value? {
        guard let body else { return nil }
        let decoder = JSONDecoder()
        decoder.userInfo[EnvelopedBody<Value>.envelopeKey] = envelope
        do {
            return try decoder.decode(EnvelopedBody<Value>.self, from: Data(body)).value
        } catch let error as DecodingError {
            throw .invalidBody(Self.describe(error, envelope: envelope))
        } catch {
            throw .invalidBody("it is not JSON")
        }
    }

    /// The body of a request that cannot do without one.
    public func requiredBody<Value: Decodable>(_ type: Value.Type, envelope: [String]) throws(ArgumentError) -> Value {
        guard let value = try body(type, envelope: envelope) else { throw .missingBody }
        return value
    }

    /// Where the body is wrong and how, in JSON terms, without quoting it (it may hold personal data).
    private static func describe(_ error: DecodingError, envelope: [String]) -> String {
        let (path, problem): ([any CodingKey], String)
        switch error {
        case .typeMismatch(_, let context): (path, problem) = (context.codingPath, "has the wrong type")
        case .valueNotFound(_, let context): (path, problem) = (context.codingPath, "is missing or null")
        case .keyNotFound(let key, let context): (path, problem) = (context.codingPath + [key], "is missing")
        case .dataCorrupted(let context): (path, problem) = (context.codingPath, context.codingPath.isEmpty ? "is not JSON" : "is not a valid value")
        @unknown default: (path, problem) = ([], "cannot be read")
        }
        var name = ""
        for key in path {
            if let index = key.intValue { name += "[\(index)]" } else { name += (name.isEmpty ? "" : ".") + key.stringValue }
        }
        return (name.isEmpty ? "it" : name) + " " + problem
    }
}

/// A value read from inside the keys of an envelope, passed in the decoder's `userInfo`.
struct EnvelopedBody<Value: Decodable>: Decodable {
    static var envelopeKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "specgen.envelope")! }

    var value: Value

    init(from decoder: any Decoder) throws {
        var inner = decoder
        for key in decoder.userInfo[Self.envelopeKey] as? [String] ?? [] {
            inner = try inner.container(keyedBy: AnyCodingKey.self).superDecoder(forKey: AnyCodingKey(key))
        }
        value = try Value(from: inner)
    }
}
