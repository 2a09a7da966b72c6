import YAMLReader

extension SpecLoader {
    /// Keys of a query parameter that a path parameter cannot have, and why: a path parameter is
    /// one segment of every request's path, so it is always given, has one value and depends on
    /// nothing.
    static let keysPathParametersLack: [(key: String, reason: String)] = [
        ("required", "a path parameter is always required"),
        ("default", "a path parameter is always sent, so the service never assumes a default"),
        ("list", "a path parameter is one path segment and has one value"),
        ("requires", "a path parameter is always set, so it cannot depend on other parameters"),
        ("not_after", "compare path parameters in the description instead"),
    ]

    /// `path_parameters`: each loaded like a query parameter, then marked required.
    func loadPathParameters(_ nodes: [YAMLNode], diagnostics: DiagnosticCollector) -> [ParameterSpec] {
        nodes.compactMap { node -> ParameterSpec? in
            var node = node
            if let entries = node.mapping {
                // Said once, with the reason, rather than as an unknown key with a suggestion.
                var kept: [YAMLMappingEntry] = []
                for entry in entries {
                    if let key = entry.key.scalar?.text, let lacking = Self.keysPathParametersLack.first(where: { $0.key == key }) {
                        diagnostics.error("'\(key)' does not apply to a path parameter: \(lacking.reason)", at: entry.key.location)
                    } else {
                        kept.append(entry)
                    }
                }
                node.content = .mapping(kept)
            }
            guard var parameter = loadParameter(node, as: SpecVocabulary.pathParameter, diagnostics: diagnostics) else { return nil }
            parameter.isRequired = true
            return parameter
        }
    }

    /// The placeholders of `path`, after reporting braces that make no placeholder, segments some
    /// values could make `.` or `..`, and characters a URL path cannot hold; each problem at its
    /// column inside the `path` value where the value is written on one line without escapes.
    func pathPlaceholders(in path: String, reader: MappingReader) -> [PathPlaceholder] {
        let valueLocation = reader.location(of: "path")
        let (template, problems) = PathTemplate.parse(path)
        let location = { (offset: Int) -> SourceLocation in
            Self.location(inPathAt: offset, path: path, node: reader.value("path"), fallback: valueLocation)
        }
        for problem in problems {
            reader.diagnostics.error(problem.message, at: location(problem.offset))
        }
        // Checked without the placeholders, whose names are the spec's own and never sent.
        if problems.isEmpty, let problem = Self.pathProblem(template.literalPath) {
            reader.diagnostics.error(problem, at: valueLocation)
        }
        return template.placeholders.map { PathPlaceholder(name: $0.name, location: location($0.offset)) }
    }

    /// Where the scalar `offset` of `path` is in the file: exact for a plain or single-quoted value
    /// on one line (a single-quoted one without `''`); else the value's start, as escapes and line
    /// folding leave no way back from the text to the columns.
    static func location(inPathAt offset: Int, path: String, node: YAMLNode?, fallback: SourceLocation) -> SourceLocation {
        guard let node, let scalar = node.scalar, !path.contains("\n") else { return fallback }
        var location = node.location
        switch scalar.style {
        case .plain:
            location.column += offset
        case .singleQuoted where !path.contains("'"):
            location.column += 1 + offset
        default:
            return fallback
        }
        return location
    }
}
