import Foundation
import SpecGenRuntime
import Testing

// Probes that decode one field named "field" with the runtime's helpers, the
// way generated `init(from:)` code does. The leniency (and wrapper key) travel
// in the decoder's userInfo because `init(from:)` takes no other arguments.

extension CodingUserInfoKey {
    static let leniency = CodingUserInfoKey(rawValue: "test.leniency")!
    static let wrapperKey = CodingUserInfoKey(rawValue: "test.wrapperKey")!
}

extension Decoder {
    var leniency: Leniency { userInfo[.leniency] as? Leniency ?? .strict }
    var wrapperKey: String? { userInfo[.wrapperKey] as? String }
}

let fieldKey = AnyCodingKey("field")

struct ScalarProbe<T: LenientScalar>: Decodable {
    var value: T?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeScalar(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

struct ObjectProbe<T: Decodable>: Decodable {
    var value: T?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeObject(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

struct ScalarListProbe<T: LenientScalar>: Decodable {
    var value: [T]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeScalarList(
            T.self, forKey: fieldKey, wrapperKey: decoder.wrapperKey, leniency: decoder.leniency)
    }
}

struct ObjectListProbe<T: WireObject>: Decodable {
    var value: [T]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeObjectList(
            T.self, forKey: fieldKey, wrapperKey: decoder.wrapperKey, leniency: decoder.leniency)
    }
}

/// Decodes `{"field": <json>}` (or `{}` when `json` is nil) into `Probe`.
func decodeDocument<Probe: Decodable>(
    _ probe: Probe.Type, _ json: String?, leniency: Leniency, wrapperKey: String? = nil
) throws -> Probe {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    if let wrapperKey { decoder.userInfo[.wrapperKey] = wrapperKey }
    let document = json.map { #"{"field": \#($0)}"# } ?? "{}"
    return try decoder.decode(Probe.self, from: Data(document.utf8))
}

func scalar<T: LenientScalar>(_ type: T.Type, _ json: String?, _ leniency: Leniency = .strict) throws -> T? {
    try decodeDocument(ScalarProbe<T>.self, json, leniency: leniency).value
}

func object<T: Decodable>(_ type: T.Type, _ json: String?, _ leniency: Leniency = .strict) throws -> T? {
    try decodeDocument(ObjectProbe<T>.self, json, leniency: leniency).value
}

func scalarList<T: LenientScalar>(
    _ type: T.Type, _ json: String?, wrapper: String? = nil, _ leniency: Leniency = .strict
) throws -> [T]? {
    try decodeDocument(ScalarListProbe<T>.self, json, leniency: leniency, wrapperKey: wrapper).value
}

func objectList<T: WireObject>(
    _ type: T.Type, _ json: String?, wrapper: String? = nil, _ leniency: Leniency = .strict
) throws -> [T]? {
    try decodeDocument(ObjectListProbe<T>.self, json, leniency: leniency, wrapperKey: wrapper).value
}

/// The context of a `DecodingError`, or nil for any other error.
func context(of error: any Error) -> DecodingError.Context? {
    switch error as? DecodingError {
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
         .keyNotFound(_, let context), .dataCorrupted(let context):
        context
    default:
        nil
    }
}

/// The coding path of a `DecodingError` as strings (keys by name, indexes as "Index n").
func codingPath(of error: any Error) -> [String] {
    guard let error = error as? DecodingError else { return [] }
    let path: [any CodingKey]
    switch error {
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    default: path = context(of: error)?.codingPath ?? []
    }
    return path.map { $0.intValue.map { "Index \($0)" } ?? $0.stringValue }
}

func isTypeMismatch(_ error: any Error) -> Bool {
    if case .typeMismatch = error as? DecodingError { return true }
    return false
}

func isDataCorrupted(_ error: any Error) -> Bool {
    if case .dataCorrupted = error as? DecodingError { return true }
    return false
}

/// A small element type for object lists and object fields.
struct Item: Codable, Equatable, Sendable, WireObject {
    var id: Int?
    var name: String?

    static let wireKeys: Set<String> = ["id", "name"]

    enum CodingKeys: String, CodingKey { case id, name }

    init(id: Int?, name: String?) {
        self.id = id
        self.name = name
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeScalar(Int.self, forKey: .id, leniency: .stringEncodedNumbers)
        name = try container.decodeScalar(String.self, forKey: .name, leniency: .strict)
    }
}

/// A generated-style open enum.
enum SlabChangeKind: OpenEnum, QueryValue, ArgumentValue {
    case upgrade, downgrade
    case unknown(String)

    static let knownValues: [SlabChangeKind] = [.upgrade, .downgrade]

    init(rawValue: String) {
        switch rawValue {
        case "UPGRADE", "UP": self = .upgrade
        case "DOWNGRADE": self = .downgrade
        default: self = .unknown(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .upgrade: "UPGRADE"
        case .downgrade: "DOWNGRADE"
        case .unknown(let value): value
        }
    }
}

func encodeJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// A small deterministic generator (SplitMix64), so a failure names the same values every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
