// The Swift specgen emits for the union types below (`specgen generate`, models only, kept
// verbatim apart from this comment), so that these tests run the code the generator writes;
// EmitterTests pins the emitter's text. The spec they come from (the endpoint `find` sends and
// receives `Hits`, which makes every type a body type):
//
//     types:
//       Song:
//         kind: object
//         unknown_keys: keep
//         fields:
//           - {name: trackId, type: integer, required: true}
//           - {name: trackName, type: string, max_length: 5}
//       Album:
//         kind: object
//         fields:
//           - {name: wrapperType, type: string}
//           - {name: collectionId, type: integer}
//       SearchResult:
//         kind: union
//         description: One search hit.
//         discriminator: wrapperType
//         variants:
//           - {value: track, type: Song}
//           - {value: collection, type: Album}
//       TimeValue:
//         kind: union
//         description: ISO text or unix seconds.
//         kinds:
//           - {kind: string, type: datetime}
//           - {kind: integer, type: datetime, format: unix_seconds}
//       AnyKind:
//         kind: union
//         description: One variant for each JSON kind.
//         kinds:
//           - {kind: string, type: string}
//           - {kind: integer, type: integer}
//           - {kind: number, type: number}
//           - {kind: boolean, type: boolean}
//           - {kind: array, type: list, items: SearchResult}
//           - {kind: object, type: SearchResult}
//       Hits:
//         kind: object
//         fields:
//           - {name: results, type: list, items: SearchResult}
//           - {name: at, type: TimeValue}
//           - {name: value, type: AnyKind}

import SpecGenRuntime

public struct Song: Codable, Sendable, Equatable, WireObject, BodyValue {
    public var trackID: Int
    public var trackName: String?

    /// The keys the spec does not declare, with their values as they came; encoding writes them
    /// back.
    public var unknownFields: [String: JSONValue]

    /// The keys this type declares: an object with none of them is not one of its values.
    public static let wireKeys: Set<String> = [
        "trackId",
        "trackName",
    ]

    /// Creates a value from its fields.
    ///
    /// - Parameter trackID: The `trackId` field.
    /// - Parameter trackName: The `trackName` field.
    /// - Parameter unknownFields: The keys the spec does not declare, with their values.
    public init(trackID: Int, trackName: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.trackID = trackID
        self.trackName = trackName
        self.unknownFields = unknownFields
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        trackID = try container.requireValue(container.decodeScalar(Int.self, forKey: "trackId", leniency: .strict), forKey: "trackId")
        trackName = try container.decodeScalar(String.self, forKey: "trackName", leniency: .strict)
        unknownFields = try container.decodeUnknownFields(besides: Self.wireKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeField(trackID, forKey: "trackId")
        try container.encodeField(trackName, forKey: "trackName")
        try container.encodeUnknownFields(unknownFields, besides: Self.wireKeys)
    }

    /// Checks the rules the spec gives the fields, before a value is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        try BodyRules.check(value.trackName, field: "trackName", maxLength: 5)
    }
}

public struct Album: Codable, Sendable, Equatable, WireObject, BodyValue {
    public var wrapperType: String?
    public var collectionID: Int?

    /// The keys this type declares: an object with none of them is not one of its values.
    public static let wireKeys: Set<String> = [
        "wrapperType",
        "collectionId",
    ]

    /// Creates a value from its fields.
    ///
    /// - Parameter wrapperType: The `wrapperType` field.
    /// - Parameter collectionID: The `collectionId` field.
    public init(wrapperType: String? = nil, collectionID: Int? = nil) {
        self.wrapperType = wrapperType
        self.collectionID = collectionID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        wrapperType = try container.decodeScalar(String.self, forKey: "wrapperType", leniency: .strict)
        collectionID = try container.decodeScalar(Int.self, forKey: "collectionId", leniency: .strict)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeField(wrapperType, forKey: "wrapperType")
        try container.encodeField(collectionID, forKey: "collectionId")
    }

    /// Checks the rules the spec gives the fields, before a value is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        // The spec gives these fields no rules; a type holding this one calls it all the same.
    }
}

/// One search hit.
public enum SearchResult: Codable, Sendable, Equatable, WireObject, BodyValue {
    case track(Song)
    case collection(Album)

    /// An object whose `wrapperType` this client does not know yet, kept whole as it was sent;
    /// encoding writes it back the same.
    case unknown(JSONValue)

    /// The keys an object must carry to stand for a one-element list of this union.
    public static let wireKeys: Set<String> = [
        "wrapperType",
    ]

    public init(from decoder: any Decoder) throws {
        switch try UnionDecoding.discriminator("wrapperType", from: decoder) {
        case "track":
            var value = try Song(from: decoder)
            // The discriminator is the union's, not a key the variant keeps: encoding writes it first.
            value.unknownFields["wrapperType"] = nil
            self = .track(value)
        case "collection":
            self = try .collection(Album(from: decoder))
        default:
            self = try .unknown(JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .track(let value):
            try UnionEncoding.writeDiscriminator("track", forKey: "wrapperType", to: encoder)
            try value.encode(to: encoder)
        case .collection(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }

    /// Checks the rules of the variant the value holds, before it is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        switch value {
        case .track(let value):
            try Song.checkBodyRules(value)
        case .collection(let value):
            try Album.checkBodyRules(value)
        case .unknown:
            throw RequestValidationError(parameter: "", problem: .undeclaredValue)
        }
    }
}

/// ISO text or unix seconds.
public enum TimeValue: Codable, Sendable, Hashable, WireObject, BodyValue {
    case string(DateTime)
    case integer(DateTime)

    /// How `integer` is written: `unix_seconds`.
    public static let integerFormat = DateTimeFormat(validPattern: "unix_seconds", kind: .dateTime)

    /// The keys an object must carry to stand for a one-element list of this union.
    public static let wireKeys: Set<String> = []

    public init(from decoder: any Decoder) throws {
        let probe = try ProbedValue(of: decoder, among: [.string, .integer])
        switch probe {
        case .string:
            self = try .string(DateTime(from: decoder))
        case .integer:
            self = try .integer(UnionDecoding.formatted(DateTime.self, from: decoder, format: Self.integerFormat))
        default:
            throw UnionDecoding.unexpectedKind(probe.kind, expected: [.string, .integer], of: Self.self, in: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try UnionEncoding.writeFormatted(value, format: Self.integerFormat, to: encoder)
        }
    }

    /// Checks the rules of the variant the value holds, before it is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        switch value {
        case .string, .integer:
            break
        }
    }
}

/// One variant for each JSON kind.
public enum AnyKind: Codable, Sendable, Equatable, WireObject, BodyValue {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case array([SearchResult])
    case object(SearchResult)

    /// The keys an object must carry to stand for a one-element list of this union.
    public static let wireKeys: Set<String> = SearchResult.wireKeys

    public init(from decoder: any Decoder) throws {
        let probe = try ProbedValue(of: decoder, among: [.string, .integer, .number, .boolean, .array, .object])
        switch probe {
        case .string(let value):
            self = .string(value)
        case .integer(let value):
            self = .integer(value)
        case .number(let value):
            self = .number(value)
        case .boolean(let value):
            self = .boolean(value)
        case .array:
            self = try .array([SearchResult](from: decoder))
        case .object:
            self = try .object(SearchResult(from: decoder))
        default:
            throw UnionDecoding.unexpectedKind(probe.kind, expected: [.string, .integer, .number, .boolean, .array, .object], of: Self.self, in: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        case .number(let value):
            try value.encode(to: encoder)
        case .boolean(let value):
            try value.encode(to: encoder)
        case .array(let value):
            try value.encode(to: encoder)
        case .object(let value):
            try value.encode(to: encoder)
        }
    }

    /// Checks the rules of the variant the value holds, before it is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        switch value {
        case .array(let value):
            try BodyRules.checkEach(value, field: "")
        case .object(let value):
            try SearchResult.checkBodyRules(value)
        case .string, .integer, .number, .boolean:
            break
        }
    }
}

public struct Hits: Codable, Sendable, Equatable, WireObject, BodyValue {
    public var results: [SearchResult]?
    public var at: TimeValue?
    public var value: AnyKind?

    /// The keys this type declares: an object with none of them is not one of its values.
    public static let wireKeys: Set<String> = [
        "results",
        "at",
        "value",
    ]

    /// Creates a value from its fields.
    ///
    /// - Parameter results: The `results` field.
    /// - Parameter at: The `at` field.
    /// - Parameter value: The `value` field.
    public init(results: [SearchResult]? = nil, at: TimeValue? = nil, value: AnyKind? = nil) {
        self.results = results
        self.at = at
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        results = try container.decodeObjectList(SearchResult.self, forKey: "results", wrapperKey: nil, leniency: .strict)
        at = try container.decodeObject(TimeValue.self, forKey: "at", leniency: .strict)
        value = try container.decodeObject(AnyKind.self, forKey: "value", leniency: .strict)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeList(results, forKey: "results", wrapperKey: nil)
        try container.encodeField(at, forKey: "at")
        try container.encodeField(value, forKey: "value")
    }

    /// Checks the rules the spec gives the fields, before a value is sent in a request body; a
    /// broken rule throws, naming the field's JSON path (never its value).
    ///
    /// - Parameter value: The value to check.
    /// - Throws: `RequestValidationError` for the first rule the value breaks.
    public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
        try BodyRules.checkEach(value.results, field: "results")
        try BodyRules.check(value.at, field: "at")
        try BodyRules.check(value.value, field: "value")
    }
}
