/// Text values by wire name, from which a generated request builds itself
/// (``ArgumentBuildable/init(arguments:)``). Values are parsed by the type the request's property
/// has, so `"30"` becomes an `Int` for `gap_to_upgrade_for` and `"asc"` a `CouponSortOrder`.
public struct ArgumentValues: Sendable, Hashable {
    private let values: [String: String]
    /// The request body as JSON text, as it is sent (inside its envelope), e.g. from a file.
    public let body: [UInt8]?

    public init(_ values: [String: String], body: [UInt8]? = nil) {
        self.values = values
        self.body = body
    }

    /// The names given.
    public var names: Set<String> { Set(values.keys) }

    /// Throws for a name none of `arguments` has.
    public func rejectUnknown(_ arguments: [ArgumentInfo]) throws(ArgumentError) {
        let known = Set(arguments.map(\.name))
        for name in values.keys.sorted() where !known.contains(name) {
            throw .unknown(name)
        }
    }

    /// Throws unless at most one of `members` is given.
    public func requireAtMostOne(of members: [String], group: String) throws(ArgumentError) {
        let given = members.filter { values[$0] != nil }
        if given.count > 1 { throw .severalInGroup(group, given: given) }
    }

    /// Throws unless at least one of `members` is given.
    public func requireAtLeastOne(of members: [String], group: String) throws(ArgumentError) {
        if !members.contains(where: { values[$0] != nil }) { throw .noneInGroup(group, members: members) }
    }

    /// The value of `name`, nil when not given.
    public func value<Value: ArgumentValue>(_ name: String) throws(ArgumentError) -> Value? {
        guard let text = values[name] else { return nil }
        guard let value = Value(argumentText: text) else { throw .invalid(name, expected: Value.argumentDescription) }
        return value
    }

    /// The value of a parameter the request cannot do without.
    public func required<Value: ArgumentValue>(_ name: String) throws(ArgumentError) -> Value {
        guard let value: Value = try value(name) else { throw .missing(name) }
        return value
    }

    /// The values of a list parameter, split at `separator`; nil when not given.
    public func list<Value: ArgumentValue>(_ name: String, separator: String) throws(ArgumentError) -> [Value]? {
        guard let text = values[name] else { return nil }
        var result: [Value] = []
        for part in text.components(separatedBy: separator) {
            guard let value = Value(argumentText: part) else { throw .invalid(name, expected: Value.argumentDescription) }
            result.append(value)
        }
        return result
    }

    /// The values of a list parameter the request cannot do without.
    public func requiredList<Value: ArgumentValue>(_ name: String, separator: String) throws(ArgumentError) -> [Value] {
        guard let values: [Value] = try list(name, separator: separator) else { throw .missing(name) }
        return values
    }

    /// The value of a date or date-time parameter written in `format`, nil when not given.
    public func value<Value: DateTimeFormattable>(_ name: String, format: DateTimeFormat) throws(ArgumentError) -> Value? {
        guard let text = values[name] else { return nil }
        return try Self.read(text, name: name, format: format)
    }

    /// The value of a date or date-time parameter the request cannot do without.
    public func required<Value: DateTimeFormattable>(_ name: String, format: DateTimeFormat) throws(ArgumentError) -> Value {
        guard let value: Value = try value(name, format: format) else { throw .missing(name) }
        return value
    }

    /// The values of a list of dates or date-times, split at `separator`; nil when not given.
    public func list<Value: DateTimeFormattable>(
        _ name: String, separator: String, format: DateTimeFormat
    ) throws(ArgumentError) -> [Value]? {
        guard let text = values[name] else { return nil }
        var result: [Value] = []
        for part in text.components(separatedBy: separator) {
            result.append(try Self.read(part, name: name, format: format))
        }
        return result
    }

    /// The values of a list of dates or date-times the request cannot do without.
    public func requiredList<Value: DateTimeFormattable>(
        _ name: String, separator: String, format: DateTimeFormat
    ) throws(ArgumentError) -> [Value] {
        guard let values: [Value] = try list(name, separator: separator, format: format) else { throw .missing(name) }
        return values
    }

    /// Exactly the text the format writes, no leniency: an argument is typed by a person, who can
    /// be told the form.
    private static func read<Value: DateTimeFormattable>(
        _ text: String, name: String, format: DateTimeFormat
    ) throws(ArgumentError) -> Value {
        guard let value = try? Value(text: text, format: format, leniency: .strict) else {
            let noun = format.kind == .date ? "a date" : "a date and time"
            throw .invalid(name, expected: "\(noun), \(format.pattern)")
        }
        return value
    }

    /// The switches named in a comma-separated list, such as `next_slab,points_summary`.
    public func switches<Switch: ArgumentValue & Hashable>(_ name: String) throws(ArgumentError) -> Set<Switch> {
        try Set(list(name, separator: ",") ?? [])
    }
}

/// Why text arguments do not make a request. Values themselves are never quoted: one might be
/// personal data.
public enum ArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknown(String)
    case invalid(String, expected: String)
    case missing(String)
    /// None of a group's members was given.
    case noneInGroup(String, members: [String])
    case severalInGroup(String, given: [String])
    /// The request needs a body and none was given.
    case missingBody
    /// The body given does not read as the body's type: where, and what is wrong (never the value).
    case invalidBody(String)

    public var description: String {
        switch self {
        case .unknown(let name):
            "unknown argument '\(name)'"
        case .invalid(let name, let expected):
            "'\(name)' must be \(expected)"
        case .missing(let name):
            "'\(name)' is required"
        case .noneInGroup(let group, let members):
            "give one \(group): " + members.map { "'\($0)'" }.joined(separator: ", ")
        case .severalInGroup(let group, let given):
            "give only one \(group), not " + given.map { "'\($0)'" }.joined(separator: " and ")
        case .missingBody:
            "the request needs a body"
        case .invalidBody(let problem):
            "the body: \(problem)"
        }
    }
}

/// A value that can be read from an argument's text.
public protocol ArgumentValue: Sendable {
    init?(argumentText: String)
    /// What the text must be, for messages: `an integer`, `one of asc, desc`.
    static var argumentDescription: String { get }
}

extension String: ArgumentValue {
    public init?(argumentText: String) { self = argumentText }
    public static var argumentDescription: String { "text" }
}

extension Int: ArgumentValue {
    public init?(argumentText: String) { self.init(argumentText) }
    public static var argumentDescription: String { "an integer" }
}

extension Double: ArgumentValue {
    public init?(argumentText: String) {
        guard let value = Double(argumentText), value.isFinite else { return nil }
        self = value
    }

    public static var argumentDescription: String { "a number" }
}

extension Bool: ArgumentValue {
    public init?(argumentText: String) {
        switch argumentText.lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }

    public static var argumentDescription: String { "true or false" }
}

extension CalendarDate: ArgumentValue {
    public init?(argumentText: String) { self.init(argumentText) }
    public static var argumentDescription: String { "a date, YYYY-MM-DD" }
}

extension OpenEnum where Self: ArgumentValue {
    /// A value the spec declares, in its own spelling or an alias; nil for any other text, which a
    /// parameter of the type does not take.
    public init?(argumentText: String) {
        let value = Self(rawValue: argumentText)
        guard Self.knownValues.contains(where: { $0.rawValue == value.rawValue }) else { return nil }
        self = value
    }

    public static var argumentDescription: String {
        "one of " + knownValues.map(\.rawValue).joined(separator: ", ")
    }
}

extension RawRepresentable where Self: ArgumentValue & CaseIterable, RawValue == String {
    /// The raw value, so that a generated `enum Order: String, CaseIterable, ArgumentValue` needs no code of its own.
    public init?(argumentText: String) { self.init(rawValue: argumentText) }

    public static var argumentDescription: String {
        "one of " + allCases.map(\.rawValue).joined(separator: ", ")
    }
}
