/// A problem found while reading a YAML file, with where it is.
///
/// Errors are values collected into ``YAMLDocument/errors`` rather than thrown,
/// so that one run can report every duplicate key (and similar recoverable
/// problems) instead of making the author fix them one at a time.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A lower-case sentence fragment, e.g. `duplicate key 'x' (first at 3:5)`.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: message`, the compiler-style form.
    public var description: String { "\(location): \(message)" }
}
