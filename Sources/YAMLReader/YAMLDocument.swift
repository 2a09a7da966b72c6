/// The result of reading one YAML file: a tree (maybe) and the problems found.
///
/// Reading never throws. Recoverable problems (duplicate keys, non-scalar
/// keys, bad aliases, values that do not fit their explicit tag) are collected
/// while a best-effort tree is still produced, so a caller can report them all
/// together with whatever it finds in the tree. Unrecoverable problems (syntax
/// errors, limits exceeded, unreadable or non-UTF-8 input) leave `root` nil.
public struct YAMLDocument: Sendable {
    /// The document's root node; nil when the file is empty (or only comments)
    /// or when an error made the tree unusable.
    public var root: YAMLNode?
    /// Every problem found, in source order of discovery.
    public var errors: [YAMLError]

    public init(root: YAMLNode?, errors: [YAMLError]) {
        self.root = root
        self.errors = errors
    }
}
