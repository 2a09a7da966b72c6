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
    private var seen: [String: (display: String, location: SourceLocation)] = [:]

    init(what: String, comparison: Comparison = .exact, diagnostics: DiagnosticCollector) {
        self.what = what
        self.comparison = comparison
        self.diagnostics = diagnostics
    }

    /// Records `key` (the compared form of `display`); reports it when the scope has it already.
    /// Returns whether it was new, so a caller can skip checks that would only repeat the problem.
    @discardableResult
    mutating func insert(_ key: String, display: String, at location: SourceLocation) -> Bool {
        guard let first = seen[key] else {
            reserveOnFirstUse()
            seen[key] = (display, location)
            return true
        }
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
        diagnostics.error(message, at: location)
        return false
    }

    /// Records `key` without reporting: for names checked in their own scope already (the API's
    /// headers, say) that the endpoint's names must not repeat.
    mutating func seed(_ key: String, display: String, at location: SourceLocation) {
        reserveOnFirstUse()
        if seen[key] == nil { seen[key] = (display, location) }
    }

    /// Scopes hold up to about fifty names (an object's fields, an endpoint's parameters): room for
    /// them up front saves growing the table five or six times.
    private mutating func reserveOnFirstUse() {
        if seen.isEmpty { seen.reserveCapacity(48) }
    }
}
