/// A folder of the output root that one run owns: generated files in it that the run no longer
/// produces are stale and removed. Generated files anywhere else (another API's module or docs in
/// the same output root) belong to someone else and are left alone.
public struct OutputFolder: Sendable, Hashable {
    /// Relative to the output root; empty for the root itself.
    public var path: String
    /// Whether the run also owns the folders inside it (a module's `Models/`), or only the files
    /// directly in it (the per-spec-file layout writes nothing deeper).
    public var includesSubfolders: Bool

    public init(path: String, includesSubfolders: Bool) {
        self.path = path
        self.includesSubfolders = includesSubfolders
    }
}
