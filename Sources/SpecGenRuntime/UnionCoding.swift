/// What generated unions (`kind: union`) decode and encode with.
///
/// A tagged union reads its discriminator, then decodes the variant from the same decoder, so the
/// variant type reads the whole object as it would anywhere else (its leniency, its kept unknown
/// keys). A union by kind probes the value (``ProbedValue``) and decodes the variant declared for
/// its kind, taking a plain scalar variant from the probe rather than reading it again.

/// The kind of a JSON value, as a union by kind tells its variants apart.
public enum JSONKind: String, Sendable, CaseIterable {
    case null
    case boolean
    case integer
    case number
    case string
    case array
    case object

    /// The kind of the value `decoder` holds. A number is `integer` when it is a whole number an
    /// `Int` holds, `number` otherwise.
    public init(of decoder: any Decoder) throws {
        if (try? decoder.container(keyedBy: AnyCodingKey.self)) != nil {
            self = .object
        } else if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if (try? single.decode(Bool.self)) != nil {
                self = .boolean
            } else if (try? single.decode(String.self)) != nil {
                self = .string
            } else if (try? single.decode(Int.self)) != nil {
                self = .integer
            } else {
                self = .number
            }
        }
    }

    /// The kind of the value `decoder` holds, trying the kinds a union takes first, in their order
    /// (`integer` before `number`); see ``ProbedValue/init(of:among:)``. A whole number is a
    /// `number` when `expected` has no `integer`.
    public init(of decoder: any Decoder, among expected: [JSONKind]) throws {
        self = try ProbedValue(of: decoder, among: expected).kind
    }

    /// "a string", "an integer": for messages.
    var withArticle: String {
        switch self {
        case .integer, .array, .object: "an \(rawValue)"
        case .null: "null"
        case .boolean, .number, .string: "a \(rawValue)"
        }
    }
}

/// What a union by kind read to learn the kind of a value: a scalar of a kind the union takes
/// comes with the value itself, so a variant that is a plain `String`, `Int`, `Double` or `Bool`
/// is not read a second time; an array or an object only says its kind, for the variant's type
/// to read.
public enum ProbedValue: Sendable {
    case null
    case boolean(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array
    case object
    /// A value of a kind the union does not take.
    case unexpected(JSONKind)

    /// The value `decoder` holds, trying the kinds a union takes first, in their order (`integer`
    /// before `number`): the value that has one of them (the common case) costs the reads up to it,
    /// and only a value of another kind is examined in full. A whole number is a `number` when
    /// `expected` has no `integer`.
    public init(of decoder: any Decoder, among expected: [JSONKind]) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = expected.contains(.null) ? .null : .unexpected(.null)
            return
        }
        var kinds = expected
        if let integer = kinds.firstIndex(of: .integer), let number = kinds.firstIndex(of: .number), number < integer {
            kinds.swapAt(integer, number)
        }
        for kind in kinds {
            if let value = Self.read(kind, single, decoder) {
                self = value
                return
            }
        }
        self = .unexpected(try JSONKind(of: decoder))
    }

    /// The kind of the value.
    public var kind: JSONKind {
        switch self {
        case .null: .null
        case .boolean: .boolean
        case .integer: .integer
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        case .unexpected(let kind): kind
        }
    }

    /// The value, if it is of `kind`. A failed read costs an error value, so each kind is one read.
    private static func read(_ kind: JSONKind, _ single: any SingleValueDecodingContainer, _ decoder: any Decoder) -> ProbedValue? {
        switch kind {
        case .null: single.decodeNil() ? .null : nil
        case .boolean: (try? single.decode(Bool.self)).map(ProbedValue.boolean)
        case .integer: (try? single.decode(Int.self)).map(ProbedValue.integer)
        case .number: (try? single.decode(Double.self)).map(ProbedValue.number)
        case .string: (try? single.decode(String.self)).map(ProbedValue.string)
        case .array: (try? decoder.unkeyedContainer()) != nil ? .array : nil
        case .object: (try? decoder.container(keyedBy: AnyCodingKey.self)) != nil ? .object : nil
        }
    }
}

public enum UnionDecoding {
    /// A tagged union's discriminator: the string at `key` in the object `decoder` holds. A value
    /// that is no object, an object without the key, or a key that holds no string is an error at
    /// the value's path.
    public static func discriminator(_ key: String, from decoder: any Decoder) throws -> String {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let codingKey = AnyCodingKey(key)
        guard container.contains(codingKey) else {
            throw DecodingError.keyNotFound(codingKey, .init(
                codingPath: decoder.codingPath,
                debugDescription: "Expected the key \(quotedForMessage(key)) that says which type the object is, "
                    + "found \(KeyList.describe(container.allKeys))"))
        }
        return try container.decode(String.self, forKey: codingKey)
    }

    /// The error for a value of a kind the union does not declare: at the value's path, listing
    /// the kinds it takes.
    public static func unexpectedKind(_ kind: JSONKind, expected: [JSONKind], of union: Any.Type, in decoder: any Decoder) -> DecodingError {
        let names = expected.map(\.withArticle)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1] : names.joined()
        return .typeMismatch(union, .init(
            codingPath: decoder.codingPath, debugDescription: "Expected \(list), found \(kind.withArticle)"))
    }

    /// A date or date-time variant written in `format`, read strictly: the union chose the variant
    /// by the value's kind, so no other shape stands for it.
    public static func formatted<T: DateTimeFormattable>(_ type: T.Type, from decoder: any Decoder, format: DateTimeFormat) throws -> T {
        guard let value = try format.decode(type, from: decoder, leniency: .strict) else {
            // Only an empty form reads as nil, and only with `emptyAsAbsent`, which is not given.
            throw DecodingError.valueNotFound(type, .init(codingPath: decoder.codingPath, debugDescription: "Expected a value"))
        }
        return value
    }
}

public enum UnionEncoding {
    /// Writes a tagged union's discriminator into the object `encoder` is writing, before the
    /// variant (which does not declare the key) writes its own keys into the same object.
    public static func writeDiscriminator(_ value: String, forKey key: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(value, forKey: AnyCodingKey(key))
    }

    /// Writes a date or date-time variant as `format` lays it out: a unix time as a number, any
    /// other format as a string.
    public static func writeFormatted<T: DateTimeFormattable>(_ value: T, format: DateTimeFormat, to encoder: any Encoder) throws {
        try format.write(value, to: encoder)
    }
}
