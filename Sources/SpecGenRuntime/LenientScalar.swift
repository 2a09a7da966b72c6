/// A scalar that can be read leniently from one JSON value.
///
/// Conforming types: `String`, `Int`, `Int64`, `Double`, `Bool`,
/// ``CalendarDate`` and every ``OpenEnum``.
///
/// Only `decodeLeniently(from:leniency:)` must be written by a conforming
/// type; the two other requirements are fast paths that read the value straight
/// from its container when it already has the declared type, and only build a
/// separate `Decoder` for the value when the strict read fails. They have
/// default implementations, so a new conformance is correct without them.
public protocol LenientScalar: Codable, Sendable, Hashable {
    /// Reads the value.
    ///
    /// Returns `nil` only when the value is an empty form and `leniency`
    /// contains ``Leniency/emptyAsAbsent`` — never for a present, meaningful
    /// value. Throws `DecodingError.typeMismatch` or `.dataCorrupted` (with the
    /// value's coding path) otherwise.
    static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Self?

    /// Reads the value for `key`: `nil` when the key is absent or `null`,
    /// otherwise as `decodeLeniently(from:leniency:)`.
    static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Self?

    /// Reads the next element of `container` as ``decodeLeniently(from:leniency:)``
    /// does, advancing past it (also when `nil` is returned).
    static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Self?
}

extension LenientScalar {
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Self? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        return try decodeLeniently(from: container.superDecoder(forKey: key), leniency: leniency)
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Self? {
        try decodeLeniently(from: container.superDecoder(), leniency: leniency)
    }
}

// MARK: - Shared fast paths

// The keyed reads below carry `@_specialize(where Key == AnyCodingKey)`: generated code keys every
// container by `AnyCodingKey` (see WireNameFields.swift), and called from another module a generic
// function runs unspecialized, looking up `KeyedDecodingContainer<Key>`'s metadata on every call.
// The attribute compiles a concrete copy here and makes the generic entry point jump to it.

/// Tries `strict` (the plain `Codable` read of a keyed value) and, only if the
/// value has the wrong shape, re-reads it through a `Decoder` of its own with
/// ``LenientScalar/decodeLeniently(from:leniency:)``.
///
/// With `stringFlag` in `leniency`, a string that `parse` accepts is read straight from the
/// container: the commonest deviation (`"42"`, `"true"`) then costs one extra read instead of a
/// `Decoder` of its own and a second failed strict read, and for a field that arrived as a string
/// before (``StringFormHints``) the string is tried first, which avoids the failed strict read too.
/// Anything else takes the full path, which gives the same value for such a string.
@inline(__always)
func keyedFastPath<T: LenientScalar, Key: CodingKey>(
    _ container: KeyedDecodingContainer<Key>, _ key: Key, _ leniency: Leniency,
    stringFlag: Leniency = [], parse: (String) -> T? = { _ in nil },
    strict: () throws -> T?
) throws -> T? {
    let acceptsString = !stringFlag.isEmpty && leniency.contains(stringFlag)
    if acceptsString, StringFormHints.shared.expectsString(key.stringValue) {
        switch Result(catching: { try container.decodeIfPresent(String.self, forKey: key) }) {
        case .success(nil):
            return nil  // absent or null, as the strict read would have found
        case .success(let text?):
            if let value = parse(text) { return value }
            return try T.decodeLeniently(from: container.superDecoder(forKey: key), leniency: leniency)
        case .failure:
            // Not a string this time: forget the hint and read as if there had been none.
            StringFormHints.shared.record(key.stringValue, arrivesAsString: false)
        }
    }
    do {
        return try strict()
    } catch where DecodeFailure.isRetryable(error) {
        if acceptsString, let text = try? container.decode(String.self, forKey: key) {
            StringFormHints.shared.record(key.stringValue, arrivesAsString: true)
            if let value = parse(text) { return value }
        }
        return try T.decodeLeniently(from: container.superDecoder(forKey: key), leniency: leniency)
    }
}

/// The unkeyed counterpart of `keyedFastPath`. A failed strict read must not
/// have consumed the element (true of Foundation's decoders); if a decoder did
/// consume it, the error is rethrown rather than reading the next element.
@inline(__always)
func unkeyedFastPath<T: LenientScalar>(
    _ container: inout any UnkeyedDecodingContainer, _ leniency: Leniency,
    strict: (inout any UnkeyedDecodingContainer) throws -> T?
) throws -> T? {
    let index = container.currentIndex
    do {
        return try strict(&container)
    } catch where DecodeFailure.isRetryable(error) && container.currentIndex == index {
        return try T.decodeLeniently(from: container.superDecoder(), leniency: leniency)
    }
}

/// After a strict read of a number or boolean failed with `error`: the empty
/// form (→ nil), the string form if `stringFlag` allows it (parsed by `parse`),
/// or a `DecodingError` carrying the coding path.
func recoverScalar<T>(
    _ container: any SingleValueDecodingContainer, after error: any Error,
    leniency: Leniency, stringFlag: Leniency, typeName: String,
    parse: (String) -> T?
) throws -> T? {
    switch DecodeFailure(error) {
    case .wrongShape:
        if leniency.contains(.emptyAsAbsent), EmptyForm.matches(container) { return nil }
        if leniency.contains(stringFlag), let text = try? container.decode(String.self) {
            if let value = parse(text) { return value }
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected \(typeName) but found the string \(quotedForMessage(text))")
        }
        throw error
    case .foreign:
        if let number = try? container.decode(Double.self) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath,
                debugDescription: "Expected \(typeName) but found the number \(number), which is not a whole number within \(typeName)'s range",
                underlyingError: error))
        }
        throw DecodingError.dataCorrupted(.init(
            codingPath: container.codingPath,
            debugDescription: "The value cannot be read as \(typeName)",
            underlyingError: error))
    case .final:
        throw error
    }
}

// MARK: - String

extension String: LenientScalar {
    /// `""` is a value, not an empty form: it stays `""` even with
    /// ``Leniency/emptyAsAbsent``; `[]` and `[[ ]]` become `nil`.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> String? {
        let container = try decoder.singleValueContainer()
        do {
            return try container.decode(String.self)
        } catch where DecodeFailure.isWrongShape(error) {
            if leniency.contains(.emptyAsAbsent), EmptyForm.matches(container) { return nil }
            if leniency.contains(.numbersAsStrings), let text = scalarText(in: container) { return text }
            throw error
        }
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> String? {
        do {
            return try container.decodeIfPresent(String.self, forKey: key)
        } catch where DecodeFailure.isRetryable(error) {
            // A whole number or a boolean, the commonest deviations, read straight from the
            // container in the order `scalarText(in:)` tries them; anything else takes the full path.
            if leniency.contains(.numbersAsStrings) {
                if let flag = try? container.decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
                if let number = try? container.decode(Int64.self, forKey: key) { return String(number) }
            }
            return try decodeLeniently(from: container.superDecoder(forKey: key), leniency: leniency)
        }
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> String? {
        try unkeyedFastPath(&container, leniency) { try $0.decode(String.self) }
    }
}

// MARK: - Integers

extension Int: LenientScalar {
    /// A JSON number that is integral (`1.2e3` → 1200); with
    /// ``Leniency/stringEncodedNumbers`` also a string such as `"12"` or
    /// `"1.2e3"`. A fraction (`12.5`) or out-of-range value is an error, never truncated.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Int? {
        let container = try decoder.singleValueContainer()
        do {
            return try container.decode(Int.self)
        } catch {
            return try recoverScalar(
                container, after: error, leniency: leniency, stringFlag: .stringEncodedNumbers,
                typeName: "Int", parse: { NumberText.integer($0) })
        }
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Int? {
        try keyedFastPath(container, key, leniency, stringFlag: .stringEncodedNumbers, parse: { NumberText.integer($0) }) {
            try container.decodeIfPresent(Int.self, forKey: key)
        }
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Int? {
        try unkeyedFastPath(&container, leniency) { try $0.decode(Int.self) }
    }
}

extension Int64: LenientScalar {
    /// As for `Int`.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Int64? {
        let container = try decoder.singleValueContainer()
        do {
            return try container.decode(Int64.self)
        } catch {
            return try recoverScalar(
                container, after: error, leniency: leniency, stringFlag: .stringEncodedNumbers,
                typeName: "Int64", parse: { NumberText.integer($0) })
        }
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Int64? {
        try keyedFastPath(container, key, leniency, stringFlag: .stringEncodedNumbers, parse: { NumberText.integer($0) }) {
            try container.decodeIfPresent(Int64.self, forKey: key)
        }
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Int64? {
        try unkeyedFastPath(&container, leniency) { try $0.decode(Int64.self) }
    }
}

// MARK: - Double

extension Double: LenientScalar {
    /// Any finite JSON number (`5.632820109E9`); with
    /// ``Leniency/stringEncodedNumbers`` also a string such as `"26447.104"`
    /// or `"5.632820109E9"`.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Double? {
        let container = try decoder.singleValueContainer()
        do {
            return try container.decode(Double.self)
        } catch {
            return try recoverScalar(
                container, after: error, leniency: leniency, stringFlag: .stringEncodedNumbers,
                typeName: "Double", parse: NumberText.double)
        }
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Double? {
        try keyedFastPath(container, key, leniency, stringFlag: .stringEncodedNumbers, parse: NumberText.double) {
            try container.decodeIfPresent(Double.self, forKey: key)
        }
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Double? {
        try unkeyedFastPath(&container, leniency) { try $0.decode(Double.self) }
    }
}

// MARK: - Bool

extension Bool: LenientScalar {
    /// JSON `true` / `false`; with ``Leniency/stringEncodedBooleans`` also the
    /// strings `"true"` / `"false"` in any letter case. Numbers (`0`, `1`) and
    /// other strings (`"yes"`) are errors.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Bool? {
        let container = try decoder.singleValueContainer()
        do {
            return try container.decode(Bool.self)
        } catch {
            return try recoverScalar(
                container, after: error, leniency: leniency, stringFlag: .stringEncodedBooleans,
                typeName: "Bool", parse: parseText)
        }
    }

    /// `"true"` / `"false"` in any letter case.
    private static func parseText(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Bool? {
        try keyedFastPath(container, key, leniency, stringFlag: .stringEncodedBooleans, parse: parseText) {
            try container.decodeIfPresent(Bool.self, forKey: key)
        }
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Bool? {
        try unkeyedFastPath(&container, leniency) { try $0.decode(Bool.self) }
    }
}
