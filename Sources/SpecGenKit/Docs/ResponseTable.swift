import SpecGenRuntime

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

    /// What the table has written so far, for the limits.
    private struct Progress {
        var rowCount = 0
        /// Named types whose fields have been listed somewhere in the table.
        var expanded: Set<String> = []
    }

    func write(for typeName: String, into page: inout MarkdownWriter) {
        page.tableHeader(["Field", "Type", "Description"])
        guard let type = api.type(named: typeName), case .object(let fields) = type.body else { return }
        var progress = Progress(expanded: [typeName])
        var path: [UInt8] = []
        writeRows(
            fields, leniency: typeLeniency(type), path: &path, visiting: [typeName], progress: &progress, into: &page)
        writeUnknownKeys(of: progress.expanded, into: &page)
    }

    /// Which of the object types in the table keep the keys they do not declare and which drop
    /// them, so that a reader knows what decoding then encoding a body loses. Inline objects do as
    /// the type they are in.
    private func writeUnknownKeys(of typeNames: Set<String>, into page: inout MarkdownWriter) {
        let types = api.types.filter { typeNames.contains($0.name) }
        let keeping = types.filter { $0.keepsUnknownKeys ?? api.keepsUnknownKeys }.map(\.name)
        let dropping = types.filter { !($0.keepsUnknownKeys ?? api.keepsUnknownKeys) }.map(\.name)
        page.blankLine()
        if dropping.isEmpty {
            page.append("Keys not listed here are kept, in each type's `unknownFields`, and written back when encoding.")
        } else if keeping.isEmpty {
            page.append("Keys not listed here are dropped when the body is decoded.")
        } else {
            page.append("Keys not listed here are kept (in `unknownFields`) by ")
            page.codeList(keeping.lazy)
            page.append(", and dropped by ")
            page.codeList(dropping.lazy)
            page.append(".")
        }
        page.endLine()
    }

    /// Rows for `fields` and what they contain. `path` holds the UTF-8 of the parent's path and
    /// a dot (empty at the top); each field's path is appended to it and removed again, rather
    /// than built as a string of its own for every row.
    /// `leniency` is what the fields are read with unless they declare their own.
    private func writeRows(_ fields: [FieldSpec], leniency: LeniencySpec, path: inout [UInt8], visiting: Set<String>,
                           progress: inout Progress, into page: inout MarkdownWriter) {
        let parentCount = path.count
        defer { path.removeLast(path.count - parentCount) }
        for field in fields {
            path.removeLast(path.count - parentCount)
            appendDisplayPath(of: field, to: &path)
            page.startRow()
            page.startCell()
            path.withUnsafeBufferPointer { page.code(utf8: $0) }
            page.endCell()
            page.startCell()
            writeTypeText(field.isNullable ? .nullable(field.type) : field.type, into: &page)
            page.endCell()
            page.startCell()
            let fieldLeniency = field.leniency ?? leniency
            writeDescription(field, leniency: fieldLeniency, into: &page)
            page.endCell()
            page.endRow()
            progress.rowCount += 1
            path += field.type.nestedPathSuffix.utf8
            switch NestedFields(field.type) {
            case .fields(let inner):
                path.append(UInt8(ascii: "."))
                writeRows(inner, leniency: fieldLeniency, path: &path, visiting: visiting, progress: &progress, into: &page)
            case .named(let name):
                guard let type = api.type(named: name), case .object(let inner) = type.body else { break }
                // A type that contains itself through a list is shown once on its path.
                guard !visiting.contains(name), visiting.count <= Self.namedTypeDepthLimit,
                      progress.rowCount < Self.repeatedTypeRowLimit || !progress.expanded.contains(name) else { break }
                progress.expanded.insert(name)
                path.append(UInt8(ascii: "."))
                writeRows(
                    inner, leniency: typeLeniency(type), path: &path, visiting: visiting.union([name]), progress: &progress,
                    into: &page)
            case .none:
                break
            }
            if !field.wrapperFields.isEmpty {
                // Beside the list in its wrapper object: `transactions.count`.
                path.removeLast(path.count - parentCount)
                path += field.name.utf8
                path.append(UInt8(ascii: "."))
                writeRows(field.wrapperFields, leniency: leniency, path: &path, visiting: visiting, progress: &progress, into: &page)
            }
        }
    }

    /// What a named type's fields are read with unless they declare their own, as the translator
    /// decides it.
    private func typeLeniency(_ type: TypeSpec) -> LeniencySpec {
        type.leniency ?? api.leniency ?? .strict
    }

    /// The description, then the format, the values, what else is accepted and whether the field
    /// is always there.
    private func writeDescription(_ field: FieldSpec, leniency: LeniencySpec, into page: inout MarkdownWriter) {
        if let description = field.description { page.text(description, inTable: true) }
        let scalar = field.type.scalarElement
        if let format = field.format ?? (scalar == .datetime ? DateTimeFormat.iso8601.pattern : nil) {
            if !page.cellIsEmpty { page.append(" ") }
            page.append("Format: ")
            page.code(format)
            if scalar == .datetime, let declared = DateFormats.declared(.datetime, pattern: format), !declared.hasOffset {
                page.append(api.timeZone.map { " at UTC\($0)" } ?? ", time zone not declared")
            }
            page.append(".")
        }
        if let values = api.enumValues(of: field.type) {
            if !page.cellIsEmpty { page.append(" ") }
            page.append("Values: ")
            page.codeList(values.lazy.map(\.value))
            let aliased = values.filter { !$0.aliases.isEmpty }
            if !aliased.isEmpty {
                page.append("; also read: ")
                for (index, value) in aliased.enumerated() {
                    if index > 0 { page.append(", ") }
                    page.codeList(value.aliases.lazy.map(\.text))
                    page.append(" as ")
                    page.code(value.value)
                }
            }
            page.append("; others are kept as sent.")
        }
        let notes = LeniencyNotes.notes(for: field, leniency: leniency) { type in
            if case .named(let reference) = type, case .enumeration? = api.type(named: reference.name)?.body { return true }
            return false
        }
        if !notes.isEmpty {
            if !page.cellIsEmpty { page.append(" ") }
            page.append("Also accepted: ")
            page.append(notes.joined(separator: "; "))
            page.append(".")
        }
        if field.mayBeInlined {
            if !page.cellIsEmpty { page.append(" ") }
            page.append("May arrive inlined: without ")
            page.code(field.name)
            page.append(", an object carrying its keys is read as its value (written back under ")
            page.code(field.name)
            page.append(").")
        }
        if field.isRequired {
            if !page.cellIsEmpty { page.append(" ") }
            page.append("Always present.")
        }
    }

    /// The field's name, and for a list its wrapper and `[]`: `customers.customer[]`.
    private func appendDisplayPath(of field: FieldSpec, to path: inout [UInt8]) {
        path += field.name.utf8
        guard case .list(_, let wrapper) = field.type else { return }
        if let wrapper {
            path.append(UInt8(ascii: "."))
            path += wrapper.utf8
        }
        path += "[]".utf8
    }

    func writeTypeText(_ type: FieldType, into page: inout MarkdownWriter) {
        switch type {
        case .scalar(let scalar): page.append(scalar.rawValue)
        case .named(let reference): page.code(reference.name)
        case .inlineObject: page.append("object")
        case .inlineEnum: page.append("enum")
        case .list(let items, _):
            page.append("list of ")
            writeTypeText(items, into: &page)
        case .map(let items):
            page.append("map of ")
            writeTypeText(items, into: &page)
        case .nullable(let wrapped):
            // As `FieldType.nullableDocsText` words it.
            if wrapped.isListOrMap { page.append("null or ") }
            writeTypeText(wrapped, into: &page)
            if !wrapped.isListOrMap { page.append(" or null") }
        }
    }
}
