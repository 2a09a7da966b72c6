/// The entry points generated `init(from:)` implementations call, one per field.
///
/// Each tries the plain `Codable` read first, so a well-formed response costs
/// about what synthesized `Codable` costs; the tolerances in `leniency` are only
/// consulted after that read failed with a type mismatch.
extension KeyedDecodingContainer {
    /// A scalar field: `nil` when the key is absent or `null`; otherwise read
    /// with ``LenientScalar/decodeLeniently(from:leniency:)``.
    public func decodeScalar<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> T? {
        try T.decodeLeniently(from: self, forKey: key, leniency: leniency)
    }

    /// An object field (a generated `Decodable` struct): `nil` when the key is
    /// absent or `null`, and — with ``Leniency/emptyAsAbsent`` — when the value
    /// is `""`, `[]` or `[[ ]]`. Otherwise `T(from:)`, whose errors propagate.
    ///
    /// Specialized for `AnyCodingKey`, the key of generated code: see the note in LenientScalar.swift.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeObject<T: Decodable>(
        _ type: T.Type, forKey key: Key, leniency: Leniency
    ) throws -> T? {
        do {
            return try decodeIfPresent(T.self, forKey: key)
        } catch where leniency.contains(.emptyAsAbsent) && DecodeFailure.isWrongShape(error) {
            // A mismatch deeper inside the object also lands here; the probe
            // fails on an object, and the original error is rethrown.
            if EmptyForm.matches(self, forKey: key) { return nil }
            throw error
        }
    }

    /// A list of scalars; see ``decodeObjectList(_:forKey:wrapperKey:leniency:)``
    /// for the shapes accepted. Elements are read with
    /// ``LenientScalar/decodeLeniently(from:leniency:)``.
    public func decodeScalarList<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, wrapperKey: String?, leniency: Leniency
    ) throws -> [T]? {
        try ListReader(elements: ScalarElements<T>(leniency: leniency), leniency: leniency)
            .read(from: self, forKey: key, wrapperKey: wrapperKey)
    }

    /// A list of objects.
    ///
    /// - Absent key or `null`: `nil`.
    /// - `wrapperKey` nil: a JSON array. `wrapperKey` non-nil: an object
    ///   `{"<wrapperKey>": [ ... ]}` (other keys in it are ignored); with
    ///   ``Leniency/unwrappedLists`` a bare array is accepted too, and with
    ///   ``Leniency/collapsedLists`` as well a bare element (an object without
    ///   the wrapper key).
    /// - ``Leniency/collapsedLists``: a lone element where the array is expected
    ///   → a one-element list.
    /// - ``Leniency/emptyAsAbsent``: every empty form (`""`, `[]`, `[[ ]]`, `{}`,
    ///   `{"<wrapperKey>": ""}`, `{"<wrapperKey>": null}`) → `[]`, and elements
    ///   that are empty forms (or `null`) are skipped. This takes precedence over
    ///   ``Leniency/collapsedLists``: `{}` is an empty list, not one empty object.
    ///
    /// Elements are read with `T(from:)`; their errors propagate.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeObjectList<T: Decodable>(
        _ type: T.Type, forKey key: Key, wrapperKey: String?, leniency: Leniency
    ) throws -> [T]? {
        try ListReader(elements: ObjectElements<T>(leniency: leniency), leniency: leniency)
            .read(from: self, forKey: key, wrapperKey: wrapperKey)
    }
}

extension KeyedEncodingContainer {
    /// Writes a list canonically: `nil` → the key is omitted; otherwise
    /// `{"<wrapperKey>": [ ... ]}`, or a bare array when `wrapperKey` is nil.
    /// Elements use their own `encode(to:)`: numbers as JSON numbers, `Bool` as
    /// a JSON boolean, ``CalendarDate`` and ``OpenEnum`` values as strings.
    public mutating func encodeList<T: Encodable>(_ value: [T]?, forKey key: Key, wrapperKey: String?) throws {
        guard let value else { return }
        if let wrapperKey {
            var wrapper = nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
            try wrapper.encode(value, forKey: AnyCodingKey(wrapperKey))
        } else {
            try encode(value, forKey: key)
        }
    }
}

/// How the elements of one kind of list are read.
private protocol ListElements {
    associatedtype Element
    /// Reads the next array element, advancing past it; nil means "skip it"
    /// (an empty form, only with ``Leniency/emptyAsAbsent``).
    func next(_ container: inout any UnkeyedDecodingContainer) throws -> Element?
    /// Reads a lone element in place of the array; nil for an empty form.
    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Element?
}

private struct ScalarElements<T: LenientScalar>: ListElements {
    var leniency: Leniency

    func next(_ container: inout any UnkeyedDecodingContainer) throws -> T? {
        let index = container.currentIndex
        let value = try T.decodeLeniently(from: &container, leniency: leniency)
        if container.currentIndex == index {
            // A conformance that returned without consuming the element would
            // otherwise loop forever.
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(T.self).decodeLeniently did not consume the element")
        }
        return value
    }

    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> T? {
        try T.decodeLeniently(from: container, forKey: key, leniency: leniency)
    }
}

private struct ObjectElements<T: Decodable>: ListElements {
    var leniency: Leniency

    func next(_ container: inout any UnkeyedDecodingContainer) throws -> T? {
        let index = container.currentIndex
        do {
            return try container.decode(T.self)
        } catch where leniency.contains(.emptyAsAbsent)
            && DecodeFailure.isWrongShape(error) && container.currentIndex == index
        {
            if (try? container.decode(EmptyForm.self)) != nil { return nil }
            throw error
        }
    }

    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> T? {
        try container.decode(T.self, forKey: key)
    }
}

/// The list shapes, shared by scalar and object lists.
private struct ListReader<Elements: ListElements> {
    var elements: Elements
    var leniency: Leniency

    @_specialize(kind: partial, where Key == AnyCodingKey)
    func read<Key>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, wrapperKey: String?
    ) throws -> [Elements.Element]? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        guard let wrapperKey else { return try readArray(container, key) }
        return try readWrapped(container, key, wrapperKey: AnyCodingKey(wrapperKey))
    }

    /// The value for `key` should be `{"<wrapperKey>": [ ... ]}`.
    private func readWrapped<Key>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key, wrapperKey: AnyCodingKey
    ) throws -> [Elements.Element] {
        let wrapper: KeyedDecodingContainer<AnyCodingKey>
        do {
            wrapper = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        } catch where DecodeFailure.isWrongShape(error) {
            // Not an object: a bare array or a scalar.
            if leniency.contains(.unwrappedLists) { return try readArray(container, key) }
            if leniency.contains(.emptyAsAbsent), EmptyForm.matches(container, forKey: key) { return [] }
            throw error
        }
        if wrapper.contains(wrapperKey) {
            return try readArray(wrapper, wrapperKey)
        }
        if leniency.contains(.emptyAsAbsent), wrapper.allKeys.isEmpty { return [] }
        if leniency.isSuperset(of: [.unwrappedLists, .collapsedLists]) {
            // An object without the wrapper key: the wrapper was dropped and the
            // list collapsed to its only element.
            return try elements.lone(container, key).map { [$0] } ?? []
        }
        throw DecodingError.keyNotFound(wrapperKey, .init(
            codingPath: wrapper.codingPath,
            debugDescription: "Expected the list wrapper key \"\(wrapperKey.stringValue)\""))
    }

    /// The value for `key` should be an array.
    private func readArray<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> [Elements.Element] {
        var array: any UnkeyedDecodingContainer
        do {
            array = try container.nestedUnkeyedContainer(forKey: key)
        } catch where DecodeFailure.isWrongShape(error) {
            if try container.decodeNil(forKey: key) {
                // Only reachable inside a wrapper: {"<wrapperKey>": null}.
                if leniency.contains(.emptyAsAbsent) { return [] }
                throw DecodingError.valueNotFound([Elements.Element].self, .init(
                    codingPath: container.codingPath + [key],
                    debugDescription: "Expected a list but found null"))
            }
            if leniency.contains(.emptyAsAbsent), isEmptyNonArray(container, key) { return [] }
            if leniency.contains(.collapsedLists) { return try elements.lone(container, key).map { [$0] } ?? [] }
            throw error
        }
        var result: [Elements.Element] = []
        if let count = array.count { result.reserveCapacity(count) }
        while !array.isAtEnd {
            if let value = try elements.next(&array) { result.append(value) }
        }
        return result
    }

    /// `""` or `{}`.
    private func isEmptyNonArray<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) -> Bool {
        if let text = try? container.decode(String.self, forKey: key) { return text.isEmpty }
        if let object = try? container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key) {
            return object.allKeys.isEmpty
        }
        return false
    }
}
