/// What one run of the generator produces: its files, and the folders of the output root it owns,
/// where a generated file it no longer produces is stale.
public struct GeneratedOutput: Sendable {
    /// Sorted by path.
    public var files: [OutputFile]
    public var folders: [OutputFolder]
}
