import YAMLReader

/// The spec name a generated file or folder is named after, and where the spec gives it: what a
/// diagnostic about the output path (too long, colliding) points at.
struct OutputOrigin: Sendable {
    /// e.g. `type 'Customer'`, `endpoint 'customer_get'`, `spec file 'items.yaml'`.
    var what: String
    var location: SourceLocation
}
