/// How a value of one declared shape is read and written wherever it sits — a field, a list
/// element, a map's value — composed as the spec nests its types:
///
/// ```swift
/// // hourly: map of list of number or null
/// hourly = try container.decodeValue(forKey: "hourly", as: .map(.list(.nullable(.scalar(Double.self)))), leniency: .all)
/// ```
///
/// Each leaf reads with the same code a plain field of that type uses (``LenientScalar``,
/// `decodeObject`, ``DateTimeFormat``) and each list with the same `ListReader`, so maps and
/// nullable items get exactly the leniency fields and list items get. Generated code uses shapes
/// only for fields that hold a map or a declared `null`; other fields keep their direct helpers.
public struct ValueShape<Value> {
    /// What a `null` list element or map value reads as: nil when `null` is not declared there (an
    /// error, or a skipped element under ``Leniency/emptyAsAbsent``, as for a plain list).
    let nullValue: Value?
    /// The value for `key`: nil when the key is absent or `null`, or the value is an empty form
    /// under ``Leniency/emptyAsAbsent``.
    let keyed: (KeyedDecodingContainer<AnyCodingKey>, AnyCodingKey, Leniency) throws -> Value?
    /// The next element of an array, advancing past it; nil skips it (an empty form under
    /// ``Leniency/emptyAsAbsent``).
    let element: (inout any UnkeyedDecodingContainer, Leniency) throws -> Value?
    /// The value from a decoder of its own (a whole document, or a lone value standing for a
    /// one-element list); nil for an empty form under ``Leniency/emptyAsAbsent``.
    let single: (any Decoder, Leniency) throws -> Value?
    /// Writes the value canonically.
    let write: (Value, any Encoder) throws -> Void
    /// For an object: refuses a lone value that cannot stand for a one-element list.
    var checkLone: ((any Decoder) throws -> Void)? = nil
}

extension ValueShape where Value: LenientScalar {
    /// A scalar or enum, read with `LenientScalar.decodeLeniently(from:leniency:)`. A `json`
    /// value keeps a `null` as ``JSONValue/null``, as a field or list of `json` does.
    public static func scalar(_ type: Value.Type) -> Self {
        ValueShape(
            nullValue: JSONValue.null as? Value,
            keyed: { try Value.decodeLeniently(from: $0, forKey: $1, leniency: $2) },
            element: { try ScalarElements<Value>(leniency: $1).next(&$0) },
            single: { try Value.decodeLeniently(from: $0, leniency: $1) },
            write: { try $0.encode(to: $1) })
    }
}

extension ValueShape where Value: WireObject & Encodable {
    /// A generated object type, read as `decodeObject` and `decodeObjectList` read one.
    public static func object(_ type: Value.Type) -> Self {
        ValueShape(
            nullValue: nil,
            keyed: { try $0.decodeObject(Value.self, forKey: $1, leniency: $2) },
            element: { try ObjectElements<Value>(leniency: $1).next(&$0) },
            single: { decoder, leniency in
                do {
                    return try Value(from: decoder)
                } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
                    if (try? EmptyForm(from: decoder)) != nil { return nil }
                    throw error
                }
            },
            write: { try $0.encode(to: $1) },
            checkLone: { decoder in
                // As ObjectElements.lone: only an object carrying one of the type's keys is one.
                if let object = try? decoder.container(keyedBy: AnyCodingKey.self),
                   !object.allKeys.contains(where: { Value.wireKeys.contains($0.stringValue) })
                {
                    throw DecodingError.typeMismatch([Value].self, .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "Expected a list of \(Value.self), or one \(Value.self) in its place, but found an object "
                            + "with none of its keys (\(KeyList.describe(object.allKeys)))"))
                }
            })
    }
}

extension ValueShape where Value: DateTimeFormattable {
    /// A date or date-time written in `format`, read and written as `decodeFormatted` and
    /// `encodeFormatted` do.
    public static func formatted(_ type: Value.Type, format: DateTimeFormat) -> Self {
        ValueShape(
            nullValue: nil,
            keyed: { try format.decode(Value.self, from: $0, forKey: $1, leniency: $2) },
            element: { try FormattedElements<Value>(format: format, leniency: $1).next(&$0) },
            single: { try format.decode(Value.self, from: $0, leniency: $1) },
            write: { try format.write($0, to: $1) })
    }
}

extension ValueShape {
    /// A value that may be `null`, kept as `nil` (a list element or map value: `[Double?]`).
    /// A declared `null` element is kept even under ``Leniency/emptyAsAbsent``.
    public static func nullable<Wrapped>(_ wrapped: ValueShape<Wrapped>) -> Self where Value == Wrapped? {
        ValueShape(
            nullValue: .some(nil),
            keyed: { try wrapped.keyed($0, $1, $2).map { .some($0) } },
            element: { container, leniency in
                // `decodeNil()` advances past a `null` and leaves anything else in place.
                if try container.decodeNil() { return .some(nil) }
                return try wrapped.element(&container, leniency).map { .some($0) }
            },
            single: { decoder, leniency in
                if try decoder.singleValueContainer().decodeNil() { return .some(nil) }
                return try wrapped.single(decoder, leniency).map { .some($0) }
            },
            write: { value, encoder in
                guard let value else {
                    var single = encoder.singleValueContainer()
                    return try single.encodeNil()
                }
                try wrapped.write(value, encoder)
            })
    }

    /// A list, in the shapes `decodeScalarList` and `decodeObjectList` accept (a wrapper only
    /// for a field's own list: lists inside maps and lists are bare arrays).
    public static func list<Element>(
        _ elements: ValueShape<Element>, wrapperKey: String? = nil, wrapperFields: Set<String> = []
    ) -> Self where Value == [Element] {
        ValueShape(
            nullValue: nil,
            keyed: { container, key, leniency in
                try ListReader(elements: ShapeElements(shape: elements, leniency: leniency), leniency: leniency)
                    .read(from: container, forKey: key, wrapperKey: wrapperKey, wrapperFields: wrapperFields)
            },
            element: { container, leniency in
                var array = try container.nestedUnkeyedContainer()
                return try ShapeElements(shape: elements, leniency: leniency).readAll(&array)
            },
            single: { decoder, leniency in
                let reader = ShapeElements(shape: elements, leniency: leniency)
                var array: any UnkeyedDecodingContainer
                do {
                    array = try decoder.unkeyedContainer()
                } catch where DecodeFailure.isWrongShape(error) {
                    // As ListReader.readArray does for a field: an empty form is an empty list, and
                    // a lone value stands for a one-element list (a whole body of one, too).
                    if leniency.contains(.emptyAsAbsent), isEmptyNonArray(decoder) { return [] }
                    guard leniency.contains(.collapsedLists), try !decoder.singleValueContainer().decodeNil() else { throw error }
                    try elements.checkLone?(decoder)
                    return try elements.single(decoder, leniency).map { [$0] } ?? []
                }
                return try reader.readAll(&array)
            },
            write: { list, encoder in
                var array: any UnkeyedEncodingContainer
                if let wrapperKey {
                    var wrapper = encoder.container(keyedBy: AnyCodingKey.self)
                    array = wrapper.nestedUnkeyedContainer(forKey: AnyCodingKey(wrapperKey))
                } else {
                    array = encoder.unkeyedContainer()
                }
                for element in list {
                    try array.encode(ShapedValue(value: element, shape: elements))
                }
            })
    }

    /// A map: a JSON object whose keys are not known in advance, every key kept as it came (see
    /// ``MapKeyOrder`` for what "as it came" means to `String`). A `null` value is an error at
    /// its key unless the values are ``nullable(_:)``; under ``Leniency/emptyAsAbsent`` a value
    /// that is an empty form is left out, and an empty form in place of the map is an empty map.
    /// Written with its keys in ``MapKeyOrder``, so a map always gives the same bytes.
    public static func map<MapValue>(_ values: ValueShape<MapValue>) -> Self where Value == [String: MapValue] {
        ValueShape(
            nullValue: nil,
            keyed: { container, key, leniency in
                guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
                let object: KeyedDecodingContainer<AnyCodingKey>
                do {
                    object = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
                } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
                    if EmptyForm.matches(container, forKey: key) { return [:] }
                    throw error
                }
                return try MapEntries(values: values, leniency: leniency).read(object)
            },
            element: { container, leniency in
                let index = container.currentIndex
                do {
                    let object = try container.nestedContainer(keyedBy: AnyCodingKey.self)
                    return try MapEntries(values: values, leniency: leniency).read(object)
                } catch where leniency.contains(.emptyAsAbsent)
                    && DecodeFailure.isWrongShape(error) && container.currentIndex == index
                {
                    if (try? container.decode(EmptyForm.self)) != nil { return nil }
                    throw error
                }
            },
            single: { decoder, leniency in
                let object: KeyedDecodingContainer<AnyCodingKey>
                do {
                    object = try decoder.container(keyedBy: AnyCodingKey.self)
                } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
                    if (try? EmptyForm(from: decoder)) != nil { return [:] }
                    throw error
                }
                return try MapEntries(values: values, leniency: leniency).read(object)
            },
            write: { map, encoder in
                var object = encoder.container(keyedBy: AnyCodingKey.self)
                for name in map.keys.sorted(by: MapKeyOrder.precedes) {
                    try object.encode(ShapedValue(value: map[name]!, shape: values), forKey: AnyCodingKey(name))
                }
            })
    }
}

extension ValueShape {
    /// A whole document of this shape (a response body that is a list, a map or a scalar:
    /// `[Forecast]`, `[String: Forecast]`, `Int`), read with `leniency` as a field of the shape is
    /// (under ``Leniency/collapsedLists`` a lone element is a one-element list). `null`, or an
    /// empty form under ``Leniency/emptyAsAbsent``, is an error unless the shape is ``nullable(_:)``.
    public func decode(from decoder: any Decoder, leniency: Leniency) throws -> Value {
        if let nullValue, try decoder.singleValueContainer().decodeNil() { return nullValue }
        guard let value = try single(decoder, leniency) else {
            throw DecodingError.valueNotFound(Value.self, .init(
                codingPath: decoder.codingPath, debugDescription: "Expected a value but found an empty one"))
        }
        return value
    }

    /// Writes a whole document of this shape, canonically (map keys in ``MapKeyOrder``).
    public func encode(_ value: Value, to encoder: any Encoder) throws {
        try write(value, encoder)
    }
}

/// `""` or `{}` where a list was expected (`[]` is a list already).
private func isEmptyNonArray(_ decoder: any Decoder) -> Bool {
    if let text = try? decoder.singleValueContainer().decode(String.self) { return text.isEmpty }
    if let object = try? decoder.container(keyedBy: AnyCodingKey.self) { return object.allKeys.isEmpty }
    return false
}

/// A value with the shape that writes it, for the encoders of lists and maps.
struct ShapedValue<Value>: Encodable {
    var value: Value
    var shape: ValueShape<Value>

    func encode(to encoder: any Encoder) throws {
        try shape.write(value, encoder)
    }
}

/// The entries of one map object, value by value.
struct MapEntries<Value> {
    var values: ValueShape<Value>
    var leniency: Leniency

    func read(_ object: KeyedDecodingContainer<AnyCodingKey>) throws -> [String: Value] {
        var result: [String: Value] = [:]
        result.reserveCapacity(object.allKeys.count)
        for name in object.allKeys {
            if let nullValue = values.nullValue {
                // Nullable values, and `json` (which reads `null` as a value of its own): `null` first.
                if try object.decodeNil(forKey: name) {
                    result[name.stringValue] = nullValue
                } else if let value = try values.keyed(object, name, leniency) {
                    result[name.stringValue] = value
                }
            } else if let value = try values.keyed(object, name, leniency) {
                // The value first: it reads `null` as nil, so an entry costs one lookup, as in a plain
                // `Codable` map, and `null` is told from a skipped empty form only after.
                result[name.stringValue] = value
            } else if try object.decodeNil(forKey: name) {
                throw DecodingError.valueNotFound(Value.self, .init(
                    codingPath: object.codingPath + [name],
                    debugDescription: "Expected a value but found null; the spec does not declare this map's values nullable"))
            }
        }
        return result
    }
}

/// The elements of a list of any shape, for `ListReader`.
struct ShapeElements<Element>: ListElements {
    var shape: ValueShape<Element>
    var leniency: Leniency

    func next(_ container: inout any UnkeyedDecodingContainer) throws -> Element? {
        if let nullValue = shape.nullValue, try container.decodeNil() { return nullValue }
        let index = container.currentIndex
        let value = try shape.element(&container, leniency)
        if container.currentIndex == index {
            // An element reader that returned without consuming would otherwise loop forever.
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "the element of \(Element.self) was not consumed")
        }
        return value
    }

    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Element? {
        let decoder = try container.superDecoder(forKey: key)
        try shape.checkLone?(decoder)
        return try shape.single(decoder, leniency)
    }

    /// Every element of a nested array (a list inside a list element).
    func readAll(_ array: inout any UnkeyedDecodingContainer) throws -> [Element] {
        var result: [Element] = []
        if let count = array.count { result.reserveCapacity(count) }
        while !array.isAtEnd {
            if let value = try next(&array) { result.append(value) }
        }
        return result
    }
}

extension KeyedDecodingContainer where K == AnyCodingKey {
    /// A field of any shape: nil when the key is absent or `null` (or an empty form under
    /// ``Leniency/emptyAsAbsent``).
    public func decodeValue<Value>(forKey name: String, as shape: ValueShape<Value>, leniency: Leniency) throws -> Value? {
        try shape.keyed(self, AnyCodingKey(name), leniency)
    }

    /// An optional field that may be `null`: nil when the key is absent, ``Nullable/null`` for
    /// `null`, otherwise the value (an empty form under ``Leniency/emptyAsAbsent`` is absent).
    public func decodeNullable<Value>(
        forKey name: String, as shape: ValueShape<Value>, leniency: Leniency
    ) throws -> Nullable<Value>? {
        let key = AnyCodingKey(name)
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return try shape.keyed(self, key, leniency).map(Nullable.value)
    }

    /// A required field that may be `null`: the key must be there; `null` (or an empty form under
    /// ``Leniency/emptyAsAbsent``) is nil.
    public func decodeRequiredNullable<Value>(
        forKey name: String, as shape: ValueShape<Value>, leniency: Leniency
    ) throws -> Value? {
        let key = AnyCodingKey(name)
        try requireNullableKey(key)
        return try shape.keyed(self, key, leniency)
    }
}

extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes a field of any shape; nil omits the key.
    public mutating func encodeValue<Value>(_ value: Value?, forKey name: String, as shape: ValueShape<Value>) throws {
        guard let value else { return }
        try encode(ShapedValue(value: value, shape: shape), forKey: AnyCodingKey(name))
    }

    /// Writes an optional nullable field as it came: nil omits the key, ``Nullable/null`` writes `null`.
    public mutating func encodeNullable<Value>(_ value: Nullable<Value>?, forKey name: String, as shape: ValueShape<Value>) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: AnyCodingKey(name))
        case .value(let wrapped)?: try encode(ShapedValue(value: wrapped, shape: shape), forKey: AnyCodingKey(name))
        }
    }

    /// Writes a required nullable field: its key always, `null` for nil.
    public mutating func encodeRequiredNullable<Value>(_ value: Value?, forKey name: String, as shape: ValueShape<Value>) throws {
        guard let value else { return try encodeNil(forKey: AnyCodingKey(name)) }
        try encode(ShapedValue(value: value, shape: shape), forKey: AnyCodingKey(name))
    }
}
