/// A JSON value as the OpenAPI export builds it. Objects keep their keys in the order they were
/// set, so the writers print OpenAPI's conventional order (`openapi`, `info`, `servers`, ...) and
/// the same spec always gives the same bytes; a dictionary would not.
public indirect enum OpenAPIValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null
    case array([OpenAPIValue])
    case object(OpenAPIObject)

    /// The value at `key` of an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> OpenAPIValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` of an array; nil out of range or for a value that is not an array.
    public subscript(index: Int) -> OpenAPIValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var arrayValue: [OpenAPIValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var objectValue: OpenAPIObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// A spec literal (a default, an example argument) as the JSON value it stands for.
    init(_ literal: LiteralValue) {
        switch literal {
        case .string(let text): self = .string(text)
        case .integer(let value): self = .integer(value)
        case .number(let value): self = .number(value)
        case .boolean(let value): self = .boolean(value)
        }
    }

    static func strings(_ texts: [String]) -> OpenAPIValue {
        .array(texts.map(OpenAPIValue.string))
    }

    static func integers(_ values: [Int]) -> OpenAPIValue {
        .array(values.map(OpenAPIValue.integer))
    }
}

extension OpenAPIValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
}

/// A JSON object whose keys keep the order they were first set in.
public struct OpenAPIObject: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: OpenAPIValue
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }

    /// Setting a key already there replaces its value in place; setting nil removes it, so optional
    /// spec values can be assigned directly (`schema["description"] = field.description.map(...)`).
    public subscript(key: String) -> OpenAPIValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Sets `key` to a string, or leaves it out for nil or empty text (OpenAPI has no use for an
    /// empty description).
    mutating func setText(_ key: String, _ text: String?) {
        self[key] = text.flatMap { $0.isEmpty ? nil : .string($0) }
    }

    /// This object as a value, or nil when it has no keys: what an optional section (`headers`,
    /// `examples`) is when there is nothing to say.
    var nonEmpty: OpenAPIValue? { isEmpty ? nil : .object(self) }
}
