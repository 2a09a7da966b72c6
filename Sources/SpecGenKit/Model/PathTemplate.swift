import YAMLReader

/// An endpoint's `path` read as literal text and `{name}` placeholders, one per path parameter.
public struct PathTemplate: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        /// Text sent as written (already a valid URL path, checked by the loader).
        case literal(String)
        /// A placeholder: `name` is the path parameter whose encoded value takes its place.
        /// `offset` counts Unicode scalars from the start of the path to the `{`.
        case parameter(name: String, offset: Int)
    }

    /// Something in the path that is not a placeholder although it uses braces, or a placeholder
    /// some value could turn into a dot segment.
    public struct Problem: Sendable, Equatable {
        public var message: String
        /// Unicode scalars from the start of the path to where the problem is.
        public var offset: Int
    }

    public var parts: [Part]

    /// The placeholders in path order, with their offsets.
    public var placeholders: [(name: String, offset: Int)] {
        parts.compactMap { part in
            if case .parameter(let name, let offset) = part { return (name, offset) }
            return nil
        }
    }

    /// The path without its placeholders (each becomes `x`), for checking the characters the
    /// spec writes itself.
    public var literalPath: String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .parameter: "x"
            }
        }.joined()
    }

    /// Reads `path`; the problems are in path order. A malformed placeholder (`{`, `{}`, `{a{b}`, a
    /// `}` alone) is left out of `parts`, up to the next `}`, so it is reported once.
    public static func parse(_ path: String) -> (template: PathTemplate, problems: [Problem]) {
        let scalars = Array(path.unicodeScalars)
        var parts: [Part] = []
        var problems: [Problem] = []
        var literal = String.UnicodeScalarView()
        var index = 0
        func flushLiteral() {
            if !literal.isEmpty { parts.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "}" {
                problems.append(Problem(message: "'}' in 'path' closes no placeholder; a placeholder is '{name}'", offset: index))
                index += 1
                continue
            }
            guard scalar == "{" else {
                literal.append(scalar)
                index += 1
                continue
            }
            // A name runs to the `}`; another `{`, a `/` or the end of the path first means the
            // placeholder is not closed.
            var end = index + 1
            while end < scalars.count, !"{}/".unicodeScalars.contains(scalars[end]) { end += 1 }
            if end < scalars.count, scalars[end] == "}" {
                if end == index + 1 {
                    problems.append(Problem(message: "'{}' in 'path' names no path parameter", offset: index))
                } else {
                    flushLiteral()
                    var name = String.UnicodeScalarView()
                    name.append(contentsOf: scalars[(index + 1)..<end])
                    parts.append(.parameter(name: String(name), offset: index))
                }
                index = end + 1
                continue
            }
            problems.append(Problem(
                message: "'{' in 'path' starts a placeholder that is not closed before "
                    + (end == scalars.count ? "the end of the path" : "'\(scalars[end])'") + "; a placeholder is '{name}'",
                offset: index))
            // Skip past the `}` that was meant to close it (or to the end), so it is one problem.
            var skip = end
            while skip < scalars.count, scalars[skip] != "}" { skip += 1 }
            index = skip + 1
        }
        flushLiteral()
        let template = PathTemplate(parts: parts)
        return (template, problems + template.dotSegmentProblems())
    }

    /// A segment holding a placeholder is the placeholder alone (whose value is refused when it is
    /// `.` or `..`), or has a character other than `.` beside it. Otherwise values that are each
    /// fine could together make a dot segment: `{a}{b}` with `.` and `.`, or `{a}.` with `.`.
    private func dotSegmentProblems() -> [Problem] {
        var problems: [Problem] = []
        var segment: [Part] = []
        func check() {
            defer { segment = [] }
            guard case .parameter(_, let offset)? = segment.first(where: { if case .parameter = $0 { true } else { false } })
            else { return }
            if segment.count == 1 { return }
            let text = segment.compactMap { part -> String? in
                if case .literal(let text) = part { return text }
                return nil
            }.joined()
            if text.unicodeScalars.contains(where: { $0 != "." }) { return }
            problems.append(Problem(
                message: "a path segment with placeholders must be one placeholder alone or hold a character other than '.'"
                    + " beside them; otherwise values could make it '.' or '..'",
                offset: offset))
        }
        for part in parts {
            guard case .literal(let text) = part else {
                segment.append(part)
                continue
            }
            let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
            for (position, piece) in pieces.enumerated() {
                if position > 0 { check() }
                if !piece.isEmpty { segment.append(.literal(String(piece))) }
            }
        }
        check()
        return problems
    }
}

/// A `{name}` of an endpoint's path and where the spec writes it.
public struct PathPlaceholder: Sendable {
    public var name: String
    public var location: SourceLocation
}
