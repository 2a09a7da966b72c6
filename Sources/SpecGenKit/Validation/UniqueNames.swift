import YAMLReader

/// Reports the second and later uses of a name in one scope.
struct UniqueNames {
    /// How names are compared, which decides what a clash is called.
    enum Comparison {
        /// Wire names: equal text is a duplicate.
        case exact
        /// HTTP header names: equal ignoring case is a duplicate.
        case ignoringCase
        /// Swift names: different spec names can meet in one Swift name. `remedy` tells the author
        /// what to change, e.g. "set 'swift_name' on one".
        case swiftName(remedy: String)
    }

    let what: String
    let comparison: Comparison
    let diagnostics: DiagnosticCollector
    /// The names recorded so far, in order. Scanned rather than hashed while the scope is small,
    /// which most are (an enum's values, an object's fields): comparing a dozen short strings is
    /// cheaper than hashing each name and allocating a table per scope.
    private var seen: [(key: String, display: String, location: SourceLocation)] = []
    /// Key to position in `seen`, built once the scope grows past `linearSearchLimit` names.
    private var positions: [String: Int]?
    private static let linearSearchLimit = 16

    /// `expectedCount`, when the caller knows how many names are coming (an object's fields, say),
    /// sizes the list once instead of growing it name by name.
    init(what: String, comparison: Comparison = .exact, expectedCount: Int = 0, diagnostics: DiagnosticCollector) {
        self.what = what
        self.comparison = comparison
        self.diagnostics = diagnostics
        seen.reserveCapacity(expectedCount)
    }

    /// Records `key` (the compared form of `display`); reports it when the scope has it already.
    /// Returns whether it was new, so a caller can skip checks that would only repeat the problem.
    /// `reason`, when given, follows the message: why the name cannot be used twice.
    @discardableResult
    mutating func insert(_ key: String, display: String, at location: SourceLocation, reason: String? = nil) -> Bool {
        guard let position = position(of: key) else {
            record(key, display: display, at: location)
            return true
        }
        let first = seen[position]
        let firstAt = first.location.file == location.file
            ? "\(first.location.line):\(first.location.column)"
            : first.location.description
        let message: String
        switch comparison {
        case .swiftName(let remedy) where first.display != display:
            message = "\(what) '\(display)' collides with '\(first.display)' (both are '\(key)' in Swift); \(remedy) (first at \(firstAt))"
        case .ignoringCase where first.display != display:
            message = "duplicate \(what) '\(display)': names ignore case, so it is '\(first.display)' again (first at \(firstAt))"
        default:
            message = "duplicate \(what) '\(display)' (first at \(firstAt))"
        }
        diagnostics.error(reason.map { message + "; " + $0 } ?? message, at: location)
        return false
    }

    /// Records `key` without reporting: for names checked in their own scope already (the API's
    /// headers, say) that the endpoint's names must not repeat.
    mutating func seed(_ key: String, display: String, at location: SourceLocation) {
        if position(of: key) == nil { record(key, display: display, at: location) }
    }

    private mutating func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        guard seen.count >= Self.linearSearchLimit else { return seen.firstIndex { $0.key == key } }
        // A large scope: switch to a table for the rest of it.
        var table: [String: Int] = [:]
        table.reserveCapacity(seen.count * 2)
        for (position, name) in seen.enumerated() {
            table[name.key] = position
        }
        positions = table
        return table[key]
    }

    private mutating func record(_ key: String, display: String, at location: SourceLocation) {
        positions?[key] = seen.count
        seen.append((key, display, location))
    }
}
