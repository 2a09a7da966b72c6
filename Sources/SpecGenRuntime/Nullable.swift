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
/// `decodeNullableScalar(_:forKey:leniency:)` and its siblings instead, leniently).
extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension KeyedDecodingContainer {
    /// A nullable scalar field: `nil` when the key is absent, `.null` for `null`, otherwise the value
    /// read as ``decodeScalar(_:forKey:leniency:)-(_,KeyedDecodingContainer<K>.Key,_)`` reads it (an empty form under
    /// ``Leniency/emptyAsAbsent`` is absent, `nil`, as for any field).
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeNullableScalar<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return try T.decodeLeniently(from: self, forKey: key, leniency: leniency).map(Nullable.value)
    }

    /// A nullable object field: `nil` when the key is absent, `.null` for `null`, otherwise as
    /// ``decodeObject(_:forKey:leniency:)-(_,KeyedDecodingContainer<K>.Key,_)``.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeNullableObject<T: Decodable>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return try decodeObject(T.self, forKey: key, leniency: leniency).map(Nullable.value)
    }

    /// A required nullable scalar field: the key must be there; `null` (or an empty form under
    /// ``Leniency/emptyAsAbsent``) is `nil`, anything else is read as
    /// ``decodeScalar(_:forKey:leniency:)-(_,KeyedDecodingContainer<K>.Key,_)`` reads it. What
    /// `decodeRequiredNullable(forKey:as:leniency:)` does with `.scalar(T.self)`, without building
    /// the ``ValueShape`` for every object read.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeRequiredNullableScalar<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> T? {
        try requireNullableKey(key)
        return try T.decodeLeniently(from: self, forKey: key, leniency: leniency)
    }

    /// A required nullable object field: the key must be there; `null` (or an empty form under
    /// ``Leniency/emptyAsAbsent``) is `nil`, anything else is read as
    /// ``decodeObject(_:forKey:leniency:)-(_,KeyedDecodingContainer<K>.Key,_)`` reads it.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeRequiredNullableObject<T: Decodable>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> T? {
        try requireNullableKey(key)
        return try decodeObject(T.self, forKey: key, leniency: leniency)
    }

    /// Throws when the key of a required nullable field is absent: it may hold `null`, but must be there.
    func requireNullableKey(_ key: Key) throws {
        guard contains(key) else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath,
                debugDescription: "required value '\(key.stringValue)' is missing (it may be null, but must be there)"))
        }
    }
}
