/// One node of a YAML document tree, with the position it starts at.
///
/// This is deliberately a small, dumb value tree (not `Codable` decoding):
/// the generator validates specs itself and wants every value's location for
/// its messages, which decoders throw away.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public var content: YAMLContent
    /// The node's start: the first character of a scalar, the `[`/`{` of a
    /// flow collection, the first `-` or key of a block collection, or the
    /// `&anchor`/`!tag` when the node has one. A node inserted by an alias is
    /// placed at the alias (`*name`), so "wrong kind" messages point at the use;
    /// nodes inside it keep the locations they have under the anchor.
    public var location: SourceLocation

    public init(content: YAMLContent, location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar payload, or nil if this is a collection.
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// Whether this is a scalar whose text is `text`. How a mapping's keys are
    /// looked up: unlike `scalar?.text == text`, it does not copy the scalar
    /// out first.
    public func isScalar(withText text: String) -> Bool {
        guard case .scalar(let scalar) = content else { return false }
        return scalar.text == text
    }

    /// The items of a sequence, or nil if this is not a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries of a mapping in source order, or nil if this is not a mapping.
    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// What this node is, phrased for messages like "expected a list, found a
    /// string": "a string", "an integer", "a number", "a boolean", "null",
    /// "a list" or "a mapping".
    public var kindDescription: String {
        switch content {
        case .scalar(let s):
            switch s.value {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            case .string: return "a string"
            }
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// The three shapes a YAML node can take.
///
/// Not `indirect`: the recursion already goes through arrays, which live on
/// the heap, so boxing every node as well would only add an allocation per
/// node (measurably slower on large specs).
public enum YAMLContent: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    /// Entries in source order. Keys are always scalars and unique by text:
    /// entries with non-scalar or duplicate keys are reported and left out.
    case mapping([YAMLMappingEntry])
}

/// One `key: value` pair of a mapping.
///
/// Mappings are kept as ordered arrays of entries rather than dictionaries:
/// source order matters to a code generator (stable output, members in the
/// order the author wrote them) and the key node carries its own location.
public struct YAMLMappingEntry: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
