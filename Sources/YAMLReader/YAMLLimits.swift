/// Resource limits applied while reading, so a hostile or broken file fails
/// with a clear error instead of exhausting memory or the stack.
///
/// The defaults are far above anything a hand-written spec needs.
public struct YAMLLimits: Sendable {
    /// Files larger than this are rejected before parsing.
    public var maxInputBytes: Int = 8 << 20
    /// Maximum number of nested collections. Besides bounding the builder this
    /// protects consumers: code that walks the tree recursively (and even the
    /// tree's own deallocation) recurses once per level.
    public var maxDepth: Int = 256
    /// Maximum number of nodes in the finished tree, counting every copy an
    /// alias inserts. This is what stops "billion laughs" alias bombs, where a
    /// few hundred bytes of anchors expand to billions of nodes.
    public var maxNodes: Int = 1_000_000

    public init(maxInputBytes: Int = 8 << 20, maxDepth: Int = 256, maxNodes: Int = 1_000_000) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The limits used when none are given.
    public static let `default` = YAMLLimits()
}
