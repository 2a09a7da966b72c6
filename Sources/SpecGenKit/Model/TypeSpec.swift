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
    /// `at_least_one`: fields of which a value in a request body sets one at least.
    public var atLeastOne: AtLeastOneSpec? = nil
}

public enum TypeBody: Sendable {
    case object([FieldSpec])
    case enumeration([EnumValueSpec])
    /// `kind: union`: a value that is one of several types.
    case union(UnionSpec)

    /// Whether the type is an object: what response `items` / `item` paths and outcomes walk into.
    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// What kind of type it is, for messages: `an object`, `an enum`, `a union`.
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .enumeration: "an enum"
        case .union: "a union"
        }
    }
}

/// A field of an object type: one JSON key.
public struct FieldSpec: Sendable {
    public var name: String
    public var swiftName: String?
    public var type: FieldType
    public var description: String?
    /// For a string: documentation. For a date or datetime (or a list of them): the pattern its
    /// values are read and written in, checked by the loader (see `DateTimeFormat`).
    public var format: String?
    public var isRequired: Bool
    /// `nullable`: the service may send `null` for the field. A required one is `T?` in Swift (the
    /// key is always there); an optional one is `Nullable<T>?`, which keeps absent and `null` apart.
    public var isNullable: Bool = false
    public var leniency: LeniencySpec?
    /// For a wrapped list: the fields the wrapper object holds beside the list
    /// (`{"count": 2, "transaction": [ ... ]}`), which become properties of the field's owner.
    public var wrapperFields: [FieldSpec] = []
    /// `may_be_inlined`: for an object field, a response may leave the key out and put the
    /// object's keys in the enclosing object instead; decoding reads either, encoding writes the key.
    public var mayBeInlined: Bool = false
    public var location: SourceLocation
    /// What a value must be in a request body (bounds, lengths, sizes) and `as_string`.
    public var constraints = FieldConstraints()
}

/// What a field holds.
public indirect enum FieldType: Sendable {
    case scalar(ScalarKind)
    case named(TypeReference)
    case inlineObject(typeName: String?, fields: [FieldSpec])
    case inlineEnum(typeName: String?, values: [EnumValueSpec])
    case list(items: FieldType, wrapper: String?)
    /// A JSON object whose keys are not known in advance, each holding an `items` value.
    case map(items: FieldType)
    /// A list element or map value that may be `null` (`items: {type: number, nullable: true}`);
    /// only ever the `items` of a list or map: a field says `nullable` on ``FieldSpec``.
    case nullable(FieldType)
}

extension FieldType {
    /// The scalar the field holds, or each element of its lists and maps holds, at any depth; nil
    /// for anything else.
    public var scalarElement: ScalarKind? {
        switch self {
        case .scalar(let scalar): scalar
        case .list(let items, _), .map(let items), .nullable(let items): items.scalarElement
        default: nil
        }
    }

    /// The type without a ``nullable(_:)`` around it.
    public var nonNull: FieldType {
        if case .nullable(let wrapped) = self { return wrapped }
        return self
    }

    /// The innermost value of lists, maps and nullable items: what a docs row describes below the field.
    public var innermost: FieldType {
        switch self {
        case .list(let items, _), .map(let items), .nullable(let items): items.innermost
        default: self
        }
    }

    /// Whether a map appears anywhere in the type (not inside objects).
    public var containsMap: Bool {
        switch self {
        case .map: true
        case .list(let items, _), .nullable(let items): items.containsMap
        default: false
        }
    }

    /// Whether a map or a nullable item appears anywhere in the type (not inside objects): such a
    /// field is read and written through a `ValueShape`.
    public var hasMapOrNullable: Bool {
        switch self {
        case .map, .nullable: true
        case .list(let items, _): items.hasMapOrNullable
        default: false
        }
    }
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
    case datetime
    /// Any JSON value, kept as it came (`JSONValue`); response fields only.
    case json

    /// What a request parameter may be: a parameter is text on the wire, not a JSON value.
    public var isParameterType: Bool { self != .json }

    /// Whether values are written in a ``DateTimeFormat`` (`format` reads and writes them).
    public var isDateOrTime: Bool { self == .date || self == .datetime }

    /// Whether `not_after` can compare two parameters of this kind: their Swift type is `Comparable`
    /// and its order is the service's (a kind added later must say, or this switch will not compile).
    public var isComparable: Bool {
        switch self {
        case .integer, .number, .date: true
        case .string, .boolean, .json, .datetime: false
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
        case dateWithTime = "date_with_time"
    }

    public var options: Set<Option>

    public static let strict = LeniencySpec(options: [])
    public static let all = LeniencySpec(options: Set(Option.allCases))
}
