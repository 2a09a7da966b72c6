import YAMLReader

/// An endpoint's request body: what the request sends, how it is encoded, and what wraps it.
public struct RequestBodySpec: Sendable {
    public enum ContentType: String, Sendable, CaseIterable {
        case json = "application/json"
        case form = "application/x-www-form-urlencoded"
    }

    public var contentType: ContentType
    /// A named object type, an inline object (`.inlineObject`) or a list of elements (`.list`, never
    /// wrapped: a wrapper is what `envelope` says for the whole body).
    public var type: FieldType
    /// For a list body: the fewest and most elements one request may send (a batch limit).
    public var minItems: Int?
    public var maxItems: Int?
    /// JSON keys wrapping the value, outermost first: `root.customer` sends `{"root":{"customer":<value>}}`.
    public var envelope: [String]
    public var swiftName: String?
    /// Whether a request always has a body; an optional one sends none when the property is nil.
    public var isRequired: Bool
    public var description: String?
    public var location: SourceLocation
    /// Where `type` (or `items` for a list) was written, for messages about the body's type.
    public var typeLocation: SourceLocation

    /// The elements' type of a list body, or nil for an object body.
    public var elementType: FieldType? {
        if case .list(let items, _) = type { return items }
        return nil
    }

    /// The field path of the body as sent, in messages and docs: `root.customer`, or empty.
    public var envelopePath: String { envelope.joined(separator: ".") }
}

/// The rules a field's value must follow in a request body, checked before sending (decoding
/// ignores them: a service's answer is read as it comes).
public struct FieldConstraints: Sendable {
    /// For an integer or number (or each element of a list of them).
    public var minimum: Double?
    public var maximum: Double?
    /// For a string (or each element of a list of them), in characters.
    public var minLength: Int?
    public var maxLength: Int?
    /// For a list: how many elements it may have.
    public var minItems: Int?
    public var maxItems: Int?
    /// For an integer, number or boolean: written as a JSON string (`"12.5"`), and read from one.
    public var asString: Bool = false
    /// For a list of scalars or enums in a form body: the separator its values are joined by
    /// (`tags=a,b`), as a list query parameter's are. JSON sends the list as an array.
    public var separator: String? = nil

    public init(
        minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        minItems: Int? = nil, maxItems: Int? = nil, asString: Bool = false
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.asString = asString
    }
}

/// `at_least_one: [a, b]` on an object type: a value sets one of these fields at least.
public struct AtLeastOneSpec: Sendable {
    public var fields: [String]
    public var location: SourceLocation
}
