#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON value whose shape the spec leaves open (`type: json`), or a key a type does not declare
/// but keeps (`unknown_keys: keep`): read as it came and written back the same.
///
/// What "the same" means, exactly: strings, booleans, `null`, arrays in order and objects key by
/// key are kept as they are; numbers keep their decimal value digit for digit (``JSONNumber``),
/// though not their spelling (`1.50` is written `1.5`, `5.6E9` as `5600000000`); an object's key
/// order is not kept, since JSON gives it no meaning and the decoder does not report it: keys are
/// written in their UTF-8 order (``MapKeyOrder``), so one value always gives the same bytes.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            if let count = array.count { elements.reserveCapacity(count) }
            while !array.isAtEnd { elements.append(try array.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys {
                members[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else {
            self = .number(try JSONNumber(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let flag):
            var single = encoder.singleValueContainer()
            try single.encode(flag)
        case .number(let number):
            try number.encode(to: encoder)
        case .string(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .array(let elements):
            var array = encoder.unkeyedContainer()
            for element in elements { try array.encode(element) }
        case .object(let members):
            var object = encoder.container(keyedBy: AnyCodingKey.self)
            // In one order (the keys' UTF-8, as maps), not the dictionary's, which differs between
            // equal values: so one value always gives the same bytes.
            for key in members.keys.sorted(by: MapKeyOrder.precedes) {
                try object.encode(members[key]!, forKey: AnyCodingKey(key))
            }
        }
    }
}

extension JSONValue: LenientScalar {
    /// Any JSON value; `null` is `.null`, not absent. Leniency does not apply: every shape is valid.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> JSONValue? {
        try JSONValue(from: decoder)
    }

    /// nil only when the key is absent: a `null` that came is kept as `.null`, so that it is
    /// written back.
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> JSONValue? {
        guard container.contains(key) else { return nil }
        return try container.decode(JSONValue.self, forKey: key)
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> JSONValue? {
        try container.decode(JSONValue.self)
    }
}

/// A JSON number as its decimal digits: `26447.104` stays `26447.104`, never the nearest binary
/// fraction. Up to 37 significant digits and Foundation `Decimal`'s exponent range; a number
/// beyond either is a decoding error rather than a value rounded without a word.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// Plain decimal notation: `-12`, `0.000001`, `26447.104`.
    public let description: String

    /// The most significant digits kept: `Decimal` holds 38, and a 38th digit may already be the
    /// rounded last digit of a longer number.
    static let maximumSignificantDigits = 37

    /// A number with `value`'s digits, if it has few enough.
    public init?(_ value: Decimal) {
        guard value.isFinite, Self.significantDigits(of: value.description) <= Self.maximumSignificantDigits else {
            return nil
        }
        description = value.isZero ? "0" : value.description
    }

    public init(_ value: Int) {
        description = String(value)
    }

    /// The value as a `Double`, rounded to the nearest one where it has more digits than a
    /// `Double` holds.
    public var doubleValue: Double { Double(description) ?? .nan }

    /// The value as an `Int`, if it is a whole number in `Int`'s range.
    public var intValue: Int? { Int(description) }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        guard let decimal = try? single.decode(Decimal.self) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "The number is too large or too small to be kept exactly"))
        }
        guard let number = JSONNumber(decimal) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "The number has more than \(Self.maximumSignificantDigits) significant digits; it cannot be kept exactly"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        if let whole = Int64(description) {
            try single.encode(whole)
        } else if let decimal = Decimal(string: description) {
            try single.encode(decimal)
        } else {
            throw EncodingError.invalidValue(description, .init(codingPath: encoder.codingPath, debugDescription: "not a number"))
        }
    }

    /// Digits from the first non-zero one to the last non-zero one: `0.00120` has 2.
    static func significantDigits(of text: String) -> Int {
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }),
              let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") })
        else { return 0 }
        return last - first + 1
    }
}
