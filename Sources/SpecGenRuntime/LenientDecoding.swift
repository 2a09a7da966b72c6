/// The entry points generated `init(from:)` implementations call, one per field.
///
/// Each tries the plain `Codable` read first, so a well-formed response costs
/// about what synthesized `Codable` costs; the tolerances in `leniency` are only
/// consulted after that read failed with a type mismatch.
extension KeyedDecodingContainer {
    /// A scalar field: `nil` when the key is absent or `null`; otherwise read
    /// with `LenientScalar.decodeLeniently(from:leniency:)`.
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

    /// A list of scalars; see ``decodeObjectList(_:forKey:wrapperKey:wrapperFields:leniency:)-(_,KeyedDecodingContainer<K>.Key,_,_,_)``
    /// for the shapes accepted. Elements are read with
    /// `LenientScalar.decodeLeniently(from:leniency:)`.
    public func decodeScalarList<T: LenientScalar>(
        _ type: T.Type, forKey key: Key, wrapperKey: String?, wrapperFields: Set<String> = [], leniency: Leniency
    ) throws -> [T]? {
        try ListReader(elements: ScalarElements<T>(leniency: leniency), leniency: leniency)
            .read(from: self, forKey: key, wrapperKey: wrapperKey, wrapperFields: wrapperFields)
    }

    /// A list of objects.
    ///
    /// - Absent key or `null`: `nil`.
    /// - `wrapperKey` nil: a JSON array. `wrapperKey` non-nil: an object
    ///   `{"<wrapperKey>": [ ... ]}`, which may also hold the keys in `wrapperFields` (the fields
    ///   the spec declares beside the list; the caller reads them with
    ///   ``listWrapper(forKey:wrapperKey:wrapperFields:)-(KeyedDecodingContainer<K>.Key,_,_)``). An object that holds some of
    ///   `wrapperFields` but not `wrapperKey` is a wrapper without its list: `nil`.
    ///   With ``Leniency/unwrappedLists`` a bare array is accepted too, and with
    ///   ``Leniency/collapsedLists`` as well a bare element.
    /// - ``Leniency/collapsedLists``: a lone element where the array is expected
    ///   → a one-element list. An object is such an element only when it carries at least one of
    ///   `T`'s declared keys (``WireObject/wireKeys``) and is not a wrapper; any other object is
    ///   a decoding error, never an element invented with every field `nil`.
    /// - ``Leniency/emptyAsAbsent``: every empty form (`""`, `[]`, `[[ ]]`, `{}`,
    ///   `{"<wrapperKey>": ""}`, `{"<wrapperKey>": null}`) → `[]`, and elements
    ///   that are empty forms (or `null`) are skipped. This takes precedence over
    ///   ``Leniency/collapsedLists``: `{}` is an empty list, not one empty object.
    ///
    /// Elements are read with `T(from:)`; their errors propagate.
    @_specialize(kind: partial, where K == AnyCodingKey)
    public func decodeObjectList<T: WireObject>(
        _ type: T.Type, forKey key: Key, wrapperKey: String?, wrapperFields: Set<String> = [], leniency: Leniency
    ) throws -> [T]? {
        try ListReader(elements: ObjectElements<T>(leniency: leniency), leniency: leniency)
            .read(from: self, forKey: key, wrapperKey: wrapperKey, wrapperFields: wrapperFields)
    }

    /// The wrapper object of a wrapped list, for reading the fields declared beside the list
    /// (`{"count": 2, "transaction": [ ... ]}`): the object for `key` when it holds `wrapperKey` or
    /// one of `wrapperFields`; nil when the key is absent, `null`, or holds anything else (a bare
    /// array or element, read by the list itself).
    public func listWrapper(
        forKey key: Key, wrapperKey: String, wrapperFields: Set<String>
    ) -> KeyedDecodingContainer<AnyCodingKey>? {
        guard let wrapper = try? nestedContainer(keyedBy: AnyCodingKey.self, forKey: key) else { return nil }
        let isWrapper = wrapper.allKeys.contains { $0.stringValue == wrapperKey || wrapperFields.contains($0.stringValue) }
        return isWrapper ? wrapper : nil
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
protocol ListElements {
    associatedtype Element
    /// Reads the next array element, advancing past it; nil means "skip it"
    /// (an empty form, only with ``Leniency/emptyAsAbsent``).
    func next(_ container: inout any UnkeyedDecodingContainer) throws -> Element?
    /// Reads a lone element in place of the array; nil for an empty form.
    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Element?
}

struct ScalarElements<T: LenientScalar>: ListElements {
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

struct ObjectElements<T: WireObject>: ListElements {
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

    /// An object stands for a one-element list only when it carries one of `T`'s keys; a value
    /// that is not an object is left to `T(from:)`, which refuses it.
    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> T? {
        if let object = try? container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key),
           !object.allKeys.contains(where: { T.wireKeys.contains($0.stringValue) })
        {
            throw DecodingError.typeMismatch([T].self, .init(
                codingPath: container.codingPath + [key],
                debugDescription: "Expected a list of \(T.self), or one \(T.self) in its place, but found an object "
                    + "with none of its keys (\(KeyList.describe(object.allKeys)))"))
        }
        return try container.decode(T.self, forKey: key)
    }
}

/// The keys of an object, for an error message: sorted, at most a few, each quoted as server
/// text is in messages (``quotedForMessage(_:)``).
enum KeyList {
    static func describe(_ keys: [AnyCodingKey]) -> String {
        guard !keys.isEmpty else { return "no keys" }
        let names = keys.map(\.stringValue).sorted()
        let shown = names.prefix(4).map(quotedForMessage)
        return shown.joined(separator: ", ") + (names.count > shown.count ? ", …" : "")
    }
}

/// The list shapes, shared by scalar and object lists.
struct ListReader<Elements: ListElements> {
    var elements: Elements
    var leniency: Leniency

    @_specialize(kind: partial, where Key == AnyCodingKey)
    func read<Key>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, wrapperKey: String?, wrapperFields: Set<String>
    ) throws -> [Elements.Element]? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        guard let wrapperKey else { return try readArray(container, key) }
        return try readWrapped(container, key, wrapperKey: AnyCodingKey(wrapperKey), wrapperFields: wrapperFields)
    }

    /// The value for `key` should be `{"<wrapperKey>": [ ... ]}`, perhaps with `wrapperFields`
    /// beside the list; nil for a wrapper that holds only those fields.
    private func readWrapped<Key>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key, wrapperKey: AnyCodingKey, wrapperFields: Set<String>
    ) throws -> [Elements.Element]? {
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
        if wrapper.allKeys.contains(where: { wrapperFields.contains($0.stringValue) }) {
            // The wrapper, with the fields beside the list but no list: the list is absent.
            return nil
        }
        if leniency.contains(.emptyAsAbsent), wrapper.allKeys.isEmpty { return [] }
        if leniency.isSuperset(of: [.unwrappedLists, .collapsedLists]) {
            // An object without the wrapper key: the wrapper was dropped and the list collapsed
            // to its only element — if the object can be one (see ObjectElements.lone).
            return try elements.lone(container, key).map { [$0] } ?? []
        }
        throw DecodingError.keyNotFound(wrapperKey, .init(
            codingPath: wrapper.codingPath,
            debugDescription: "Expected the list wrapper key \"\(wrapperKey.stringValue)\", found \(KeyList.describe(wrapper.allKeys))"))
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
