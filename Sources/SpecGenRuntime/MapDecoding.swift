/// Maps: JSON objects whose keys are not known in advance (`{"temperature_2m": [...], ...}`),
/// read into `[String: Value]` with every key kept as the service sent it.
///
/// Values are read as list elements are (see LenientDecoding.swift): scalars with
/// ``LenientScalar/decodeLeniently(from:leniency:)``, objects with `T(from:)`, and with
/// ``Leniency/emptyAsAbsent`` a value that is an empty form is left out. A `null` value is a
/// decoding error whose path ends in its key, unless the map's values are declared nullable
/// (the `Nullable` variants, whose values are `T?`).
///
/// These read maps of scalars and of objects; generated code reads maps of any value (lists, maps,
/// dates in a format, nullable values) through ``ValueShape/map(_:)``, which reads and writes the
/// same way.
///
/// "Exactly" is as exact as `String` allows: Swift compares strings under Unicode canonical
/// equivalence, so keys that differ only in it ("é" precomposed and decomposed) are one key, and
/// Foundation's `JSONDecoder` already keeps one of their values before these helpers see the object.
extension KeyedDecodingContainer {
    /// A map of scalars: `nil` when the key is absent or `null`.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeScalarMap<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> [String: T]? {
        try MapReader(leniency: leniency, nullValue: nil, value: ScalarValue<T>(leniency: leniency).read)
            .read(from: self, forKey: key)
    }

    /// A map of scalars whose values may be `null` (kept as `nil`).
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeNullableScalarMap<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> [String: T?]? {
        let values = ScalarValue<T>(leniency: leniency)
        return try MapReader<T?>(leniency: leniency, nullValue: .some(nil), value: { try values.read($0, $1).map { .some($0) } })
            .read(from: self, forKey: key)
    }

    /// A map of objects: `nil` when the key is absent or `null`.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeObjectMap<T: Decodable>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> [String: T]? {
        try MapReader(leniency: leniency, nullValue: nil, value: ObjectValue<T>(leniency: leniency).read)
            .read(from: self, forKey: key)
    }

    /// A map of objects whose values may be `null` (kept as `nil`).
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeNullableObjectMap<T: Decodable>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> [String: T?]? {
        let values = ObjectValue<T>(leniency: leniency)
        return try MapReader<T?>(leniency: leniency, nullValue: .some(nil), value: { try values.read($0, $1).map { .some($0) } })
            .read(from: self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Writes a map: `nil` → the key is omitted; otherwise a JSON object whose keys are sorted by
    /// their UTF-8 bytes (the order of their Unicode code points), so one map always gives the same
    /// bytes — a `Dictionary`'s own order changes from run to run. A `nil` value of a nullable map
    /// is written as `null`.
    public mutating func encodeMap<T: Encodable>(_ value: [String: T]?, forKey key: Key) throws {
        guard let value else { return }
        var object = nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        for name in value.keys.sorted(by: MapKeyOrder.precedes) {
            try object.encode(value[name]!, forKey: AnyCodingKey(name))
        }
    }
}

/// The order maps are written in.
public enum MapKeyOrder {
    /// Byte order of the keys' UTF-8, not `String`'s `<` (which compares under Unicode canonical
    /// equivalence and so depends on the Unicode tables of the machine's standard library).
    public static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}

/// Reads one map: the object for a key, value by value.
struct MapReader<Value> {
    var leniency: Leniency
    /// What a `null` value becomes; nil: `null` is not allowed.
    var nullValue: Value?
    /// Reads the value for a key that holds something other than `null`; nil leaves it out.
    var value: (KeyedDecodingContainer<AnyCodingKey>, AnyCodingKey) throws -> Value?

    @_specialize(kind: partial, where Key == AnyCodingKey)
    func read<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [String: Value]? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        let object: KeyedDecodingContainer<AnyCodingKey>
        do {
            object = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
            if EmptyForm.matches(container, forKey: key) { return [:] }
            throw error
        }
        var result: [String: Value] = [:]
        result.reserveCapacity(object.allKeys.count)
        for name in object.allKeys {
            let entry: Value
            if try object.decodeNil(forKey: name) {
                guard let nullValue else {
                    throw DecodingError.valueNotFound(Value.self, .init(
                        codingPath: object.codingPath + [name],
                        debugDescription: "Expected a value but found null; the spec does not declare this map's values nullable"))
                }
                entry = nullValue
            } else {
                guard let read = try value(object, name) else { continue }
                entry = read
            }
            result[name.stringValue] = entry
        }
        return result
    }
}

private struct ScalarValue<T: LenientScalar> {
    var leniency: Leniency

    func read(_ object: KeyedDecodingContainer<AnyCodingKey>, _ key: AnyCodingKey) throws -> T? {
        try T.decodeLeniently(from: object, forKey: key, leniency: leniency)
    }
}

private struct ObjectValue<T: Decodable> {
    var leniency: Leniency

    func read(_ object: KeyedDecodingContainer<AnyCodingKey>, _ key: AnyCodingKey) throws -> T? {
        do {
            return try object.decode(T.self, forKey: key)
        } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
            if EmptyForm.matches(object, forKey: key) { return nil }
            throw error
        }
    }
}
