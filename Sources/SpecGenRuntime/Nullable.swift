/// A value of a field the spec declares `nullable`: the service sent `null`, or a value.
///
/// A nullable field's property is `Nullable<T>?`, so the three things a service can send stay
/// apart: the key left out (`nil`), `"key": null` (`.null`) and a value (`.value(x)`). Re-encoding
/// writes back what came: nothing, `null`, or the value. A double optional (`T??`) would hold the
/// same, but `Codable`'s `decodeIfPresent` folds `null` into "absent" for it, and `.some(nil)` at a
/// use site says less than `.null`.
///
/// List items and map values that may be `null` are `T?` instead: inside an array or a map there
/// is no "absent" to keep apart from `null`.
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// `.value(x)` for `x`, `.null` for `nil`.
    public init(_ optional: Wrapped?) {
        self = optional.map(Nullable.value) ?? .null
    }

    /// The value, or `nil` for `.null`.
    public var optional: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

/// One JSON value: `null` or the wrapped value's own encoding.
extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

/// One JSON value: `null` or the wrapped value, read strictly (generated code reads fields with
/// `decodeNullable(forKey:as:leniency:)` and a ``ValueShape`` instead, leniently).
extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}
