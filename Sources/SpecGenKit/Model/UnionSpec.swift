import YAMLReader

/// A `kind: union` type: a value that is one of several types, told apart by a discriminator key
/// (OpenAPI's `oneOf` with a `discriminator`) or by the JSON kind of the value (`oneOf` of kinds).
public enum UnionSpec: Sendable {
    /// `discriminator` + `variants`: an object whose `discriminator` key names its type. A value
    /// the spec does not list decodes into the union's `unknown` case, kept whole.
    case tagged(discriminator: String, variants: [TaggedVariantSpec])
    /// `kinds`: one type per JSON kind; a kind not listed is a decoding error.
    case byKind([KindVariantSpec])
}

extension UnionSpec {
    /// The named types a value of the union holds directly (not through a list): the edges along
    /// which a type would contain itself.
    var directReferences: [String] {
        switch self {
        case .tagged(_, let variants):
            variants.map(\.type.name)
        case .byKind(let variants):
            variants.compactMap { variant in
                if case .named(let reference) = variant.type { reference.name } else { nil }
            }
        }
    }

    /// The types of the values the union holds: what a body holding it reaches.
    var memberTypes: [FieldType] {
        switch self {
        case .tagged(_, let variants): variants.map { .named($0.type) }
        case .byKind(let variants): variants.map(\.type)
        }
    }
}

/// One `variants` entry of a tagged union.
public struct TaggedVariantSpec: Sendable {
    /// The discriminator's value that picks this variant.
    public var value: String
    public var swiftName: String?
    /// A named object type.
    public var type: TypeReference
    public var description: String?
    public var location: SourceLocation
}

/// One `kinds` entry of a union by JSON kind.
public struct KindVariantSpec: Sendable {
    public var kind: JSONKindName
    /// A scalar, a named type or a list, whose JSON is of `kind`.
    public var type: FieldType
    /// For a date or datetime: the pattern it is written in (a unix time for `integer`/`number`).
    public var format: String?
    public var description: String?
    public var location: SourceLocation
}

/// The kinds of JSON value a union by kind tells apart, in the spec's spelling. `integer` is a
/// whole number; `number` any number (a whole one too, when the union has no `integer`).
public enum JSONKindName: String, Sendable, CaseIterable {
    case string
    case integer
    case number
    case boolean
    case object
    case array
}

extension UnionSpec {
    /// The position of the variant an example value (YAML) is written for, picked the way the
    /// generated code picks it: by the discriminator's value, or by the value's JSON kind. Nil when
    /// no variant takes it (a tagged union's unknown value, which a body does not send, or a kind
    /// not listed).
    func exampleVariant(of node: YAMLNode) -> Int? {
        switch self {
        case .tagged(let discriminator, let variants):
            let given = node.mapping?.first { $0.key.scalar?.text == discriminator }?.value.scalar?.text
            return variants.firstIndex { $0.value == given }
        case .byKind(let variants):
            let kind: JSONKindName
            if node.mapping != nil {
                kind = .object
            } else if node.sequence != nil {
                kind = .array
            } else {
                switch node.scalar?.value {
                case .bool?: kind = .boolean
                case .int?: kind = .integer
                case .float?: kind = .number
                case .string?: kind = .string
                case .null?, nil: return nil
                }
            }
            let hasInteger = variants.contains { $0.kind == .integer }
            return variants.firstIndex { $0.kind == kind || (kind == .integer && !hasInteger && $0.kind == .number) }
        }
    }

    /// What the union takes, for messages: "an object whose 'type' is 'a' or 'b'", "a string or an integer".
    var expectation: String {
        func alternatives(_ items: [String]) -> String {
            items.count > 1 ? items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1] : items.joined()
        }
        switch self {
        case .tagged(let discriminator, let variants):
            return "an object whose '\(discriminator)' is " + alternatives(variants.map { "'\($0.value)'" })
        case .byKind(let variants):
            return alternatives(variants.map { ["integer", "array", "object"].contains($0.kind.rawValue) ? "an \($0.kind.rawValue)" : "a \($0.kind.rawValue)" })
        }
    }
}
