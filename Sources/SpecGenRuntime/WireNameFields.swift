/// Fields by wire name, the way generated `init(from:)` and `encode(to:)` read and write them:
/// `container.decodeScalar(Int.self, forKey: "user_id", leniency: .all)`.
///
/// Every generated type keys its containers by ``AnyCodingKey`` rather than declaring a
/// `CodingKeys` enum of its own: for each such enum the compiler synthesizes a dozen members
/// (`init(stringValue:)`, `stringValue`, `hash(into:)`, …) and their witnesses, which was about a
/// sixth of a generated module's release compile time. These overloads only name the key; the work
/// is in the generic entry points, specialized for `AnyCodingKey`.
extension KeyedDecodingContainer where K == AnyCodingKey {
    /// ``decodeScalar(_:forKey:leniency:)`` for the field named `name`.
    public func decodeScalar<T: LenientScalar>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> T? {
        try decodeScalar(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``decodeObject(_:forKey:leniency:)`` for the field named `name`.
    public func decodeObject<T: Decodable>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> T? {
        try decodeObject(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``decodeScalarList(_:forKey:wrapperKey:wrapperFields:leniency:)`` for the field named `name`.
    public func decodeScalarList<T: LenientScalar>(
        _ type: T.Type, forKey name: String, wrapperKey: String?, wrapperFields: Set<String> = [], leniency: Leniency
    ) throws -> [T]? {
        try decodeScalarList(
            type, forKey: AnyCodingKey(name), wrapperKey: wrapperKey, wrapperFields: wrapperFields, leniency: leniency)
    }

    /// ``decodeObjectList(_:forKey:wrapperKey:wrapperFields:leniency:)`` for the field named `name`.
    public func decodeObjectList<T: WireObject>(
        _ type: T.Type, forKey name: String, wrapperKey: String?, wrapperFields: Set<String> = [], leniency: Leniency
    ) throws -> [T]? {
        try decodeObjectList(
            type, forKey: AnyCodingKey(name), wrapperKey: wrapperKey, wrapperFields: wrapperFields, leniency: leniency)
    }

    /// ``decodeNullableScalar(_:forKey:leniency:)`` for the field named `name`.
    public func decodeNullableScalar<T: LenientScalar>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> Nullable<T>? {
        try decodeNullableScalar(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``decodeNullableObject(_:forKey:leniency:)`` for the field named `name`.
    public func decodeNullableObject<T: Decodable>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> Nullable<T>? {
        try decodeNullableObject(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``decodeRequiredNullableScalar(_:forKey:leniency:)`` for the field named `name`.
    public func decodeRequiredNullableScalar<T: LenientScalar>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> T? {
        try decodeRequiredNullableScalar(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``decodeRequiredNullableObject(_:forKey:leniency:)`` for the field named `name`.
    public func decodeRequiredNullableObject<T: Decodable>(_ type: T.Type, forKey name: String, leniency: Leniency) throws -> T? {
        try decodeRequiredNullableObject(type, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// ``listWrapper(forKey:wrapperKey:wrapperFields:)`` for the field named `name`.
    public func listWrapper(forKey name: String, wrapperKey: String, wrapperFields: Set<String>) -> KeyedDecodingContainer<AnyCodingKey>? {
        listWrapper(forKey: AnyCodingKey(name), wrapperKey: wrapperKey, wrapperFields: wrapperFields)
    }

    /// ``requireValue(_:forKey:)`` for the field named `name`.
    public func requireValue<T>(_ value: T?, forKey name: String) throws -> T {
        try requireValue(value, forKey: AnyCodingKey(name))
    }
}

extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes the field named `name`; `nil` omits the key.
    ///
    /// A name of its own rather than overloads of `encode(_:forKey:)` and
    /// `encodeIfPresent(_:forKey:)`: the standard library declares about fifteen of each, and the
    /// type checker tried them all for every line of a generated `encode(to:)`.
    public mutating func encodeField<T: Encodable>(_ value: T?, forKey name: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(name))
    }

    /// The wrapper object of the wrapped list named `name`, to write the list and the fields
    /// declared beside it into: `{"item": [ ... ], "count": 2}`.
    public mutating func listWrapper(forKey name: String) -> KeyedEncodingContainer<AnyCodingKey> {
        nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey(name))
    }

    /// ``encodeList(_:forKey:wrapperKey:)`` for the field named `name`.
    public mutating func encodeList<T: Encodable>(_ value: [T]?, forKey name: String, wrapperKey: String?) throws {
        try encodeList(value, forKey: AnyCodingKey(name), wrapperKey: wrapperKey)
    }
}
