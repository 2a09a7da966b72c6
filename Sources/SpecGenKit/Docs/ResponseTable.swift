/// The response section: every field reachable from the response type, one row each, named by its
/// path in the JSON (`response.customers.customer[].registered_store.code`), so the nesting is
/// visible and every key can be searched for.
struct ResponseTable {
    let api: APISpec

    /// Limits that keep the table small whatever the types: shared sub-types reached along many
    /// paths would otherwise be expanded once per path (exponentially many rows), and a chain of
    /// thousands of types would nest as deep. Past `repeatedTypeRowLimit` rows a named type that
    /// was expanded already is not expanded again (its row still names it), and named types are
    /// expanded at most `namedTypeDepthLimit` levels deep. Real specs stay far below both.
    static let repeatedTypeRowLimit = 1_000
    static let namedTypeDepthLimit = 32

    private struct Table {
        var rows: [[String]] = []
        /// Named types whose fields have been listed somewhere in the table.
        var expanded: Set<String> = []
    }

    func lines(for typeName: String) -> [String] {
        var table = Table()
        if let type = api.type(named: typeName), case .object(let fields) = type.body {
            table.expanded.insert(typeName)
            appendRows(fields, prefix: "", visiting: [typeName], into: &table)
        }
        return Markdown.table(header: ["Field", "Type", "Description"], rows: table.rows)
    }

    private func appendRows(_ fields: [FieldSpec], prefix: String, visiting: Set<String>, into table: inout Table) {
        for field in fields {
            let path = prefix + field.name
            var description = field.description.map { Markdown.text($0, inTable: true) } ?? ""
            if let format = field.format { description += (description.isEmpty ? "" : " ") + "Format: \(Markdown.code(format))." }
            if let values = enumValues(field.type) {
                description += (description.isEmpty ? "" : " ") + "Values: " + values.map { Markdown.code($0.value) }.joined(separator: ", ") + "; others are kept as sent."
            }
            if field.isRequired { description += (description.isEmpty ? "" : " ") + "Always present." }
            table.rows.append([Markdown.code(displayPath(path, type: field.type)), typeText(field.type), description])
            switch nested(field.type) {
            case .fields(let inner, let childPrefix):
                appendRows(inner, prefix: displayPath(path, type: field.type) + childPrefix, visiting: visiting, into: &table)
            case .named(let name, let childPrefix):
                guard let type = api.type(named: name), case .object(let inner) = type.body else { break }
                // A type that contains itself through a list is shown once on its path.
                guard !visiting.contains(name), visiting.count <= Self.namedTypeDepthLimit,
                      table.rows.count < Self.repeatedTypeRowLimit || !table.expanded.contains(name) else { continue }
                table.expanded.insert(name)
                appendRows(inner, prefix: displayPath(path, type: field.type) + childPrefix,
                           visiting: visiting.union([name]), into: &table)
            case .none:
                break
            }
        }
    }

    private enum Nested {
        case fields([FieldSpec], String)
        case named(String, String)
        case none
    }

    private func nested(_ type: FieldType) -> Nested {
        switch type {
        case .inlineObject(_, let fields): .fields(fields, ".")
        case .named(let reference): .named(reference.name, ".")
        case .list(let items, _):
            switch nested(items) {
            case .fields(let fields, _): .fields(fields, ".")
            case .named(let name, _): .named(name, ".")
            case .none: .none
            }
        default: .none
        }
    }

    /// Lists show their wrapper and `[]`: `customers.customer[]`.
    private func displayPath(_ path: String, type: FieldType) -> String {
        guard case .list(_, let wrapper) = type else { return path }
        return wrapper.map { "\(path).\($0)[]" } ?? "\(path)[]"
    }

    private func enumValues(_ type: FieldType) -> [EnumValueSpec]? {
        switch type {
        case .inlineEnum(_, let values): return values
        case .named(let reference):
            if case .enumeration(let values)? = api.type(named: reference.name)?.body { return values }
            return nil
        case .list(let items, _): return enumValues(items)
        default: return nil
        }
    }

    private func typeText(_ type: FieldType) -> String {
        switch type {
        case .scalar(let scalar): scalar.rawValue
        case .named(let reference): Markdown.code(reference.name)
        case .inlineObject: "object"
        case .inlineEnum: "enum"
        case .list(let items, _): "list of " + typeText(items)
        }
    }
}
