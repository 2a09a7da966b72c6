import YAMLReader

/// A named type from a `types:` section.
public struct TypeSpec: Sendable {
    public var name: String
    public var description: String?
    public var body: TypeBody
    public var leniency: LeniencySpec?
    /// `unknown_keys`: whether the type keeps keys it does not declare (nil: as the API says).
    public var keepsUnknownKeys: Bool? = nil
    public var file: String
    public var location: SourceLocation
}

public enum TypeBody: Sendable {
    case object([FieldSpec])
    case enumeration([EnumValueSpec])
}

/// A field of an object type: one JSON key.
public struct FieldSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var type: FieldType
    public var description: String?
    public var format: String?
    public var isRequired: Bool
    public var leniency: LeniencySpec?
    /// For a wrapped list: the fields the wrapper object holds beside the list
    /// (`{"count": 2, "transaction": [ ... ]}`), which become properties of the field's owner.
    public var wrapperFields: [FieldSpec] = []
    public var location: SourceLocation
}

/// What a field holds.
public indirect enum FieldType: Sendable {
    case scalar(ScalarKind)
    case named(TypeReference)
    case inlineObject(typeName: String?, fields: [FieldSpec])
    case inlineEnum(typeName: String?, values: [EnumValueSpec])
    case list(items: FieldType, wrapper: String?)
}

/// A use of a named type, with where it was written for error messages.
public struct TypeReference: Sendable {
    public var name: String
    public var location: SourceLocation
}

public enum ScalarKind: String, Sendable, CaseIterable {
    case string
    case integer
    case number
    case boolean
    case date
    /// Any JSON value, kept as it came (`JSONValue`); response fields only.
    case json

    /// What a request parameter may be: a parameter is text on the wire, not a JSON value.
    public var isParameterType: Bool { self != .json }

    /// Whether `not_after` can compare two parameters of this kind: their Swift type is `Comparable`
    /// and its order is the service's (a kind added later must say, or this switch will not compile).
    public var isComparable: Bool {
        switch self {
        case .integer, .number, .date: true
        case .string, .boolean, .json: false
        }
    }
}

public struct EnumValueSpec: Sendable {
    public var value: String
    public var swiftName: String?
    public var description: String?
    /// Other spellings the service sends for this value (response enums only).
    public var aliases: [Alias] = []
    public var location: SourceLocation

    public struct Alias: Sendable {
        public var text: String
        public var location: SourceLocation
    }
}

/// Which deviations from the declared JSON types a field's decoder accepts.
public struct LeniencySpec: Sendable, Hashable {
    public enum Option: String, Sendable, CaseIterable {
        case stringEncodedNumbers = "string_encoded_numbers"
        case stringEncodedBooleans = "string_encoded_booleans"
        case numbersAsStrings = "numbers_as_strings"
        case collapsedLists = "collapsed_lists"
        case emptyAsAbsent = "empty_as_absent"
        case unwrappedLists = "unwrapped_lists"
        case caseInsensitiveEnums = "case_insensitive_enums"
    }

    public var options: Set<Option>

    public static let strict = LeniencySpec(options: [])
    public static let all = LeniencySpec(options: Set(Option.allCases))
}
