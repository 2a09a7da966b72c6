/// The unions an endpoint's body or response holds, each with the types it can be: for a tagged
/// union the discriminator values and the object type each picks (their fields in a table of
/// their own below), for a union by kind the type each JSON kind is read as. A field's row names
/// the union; this section says what it is.
struct UnionSection {
    let api: APISpec

    /// The unions reachable from `roots` (through fields, lists, objects and other unions), in the
    /// order they are reached.
    func unions(reachableFrom roots: [FieldType]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        var pending = Array(roots.reversed())
        while let type = pending.popLast() {
            switch type {
            case .named(let reference):
                guard seen.insert(reference.name).inserted, let named = api.type(named: reference.name) else { continue }
                switch named.body {
                case .object(let fields): pending += fields.flatMap { [$0.type] + $0.wrapperFields.map(\.type) }.reversed()
                case .union(let union):
                    found.append(reference.name)
                    pending += union.memberTypes.reversed()
                case .enumeration: continue
                }
            case .inlineObject(_, let fields):
                pending += fields.flatMap { [$0.type] + $0.wrapperFields.map(\.type) }.reversed()
            case .list(let items, _), .map(let items), .nullable(let items):
                pending.append(items)
            case .scalar, .inlineEnum:
                continue
            }
        }
        return found
    }

    /// `## Unions`, when `roots` hold any.
    func write(for roots: [FieldType], into page: inout MarkdownWriter) {
        let names = unions(reachableFrom: roots)
        guard !names.isEmpty else { return }
        page.line("## Unions")
        page.blankLine()
        var tabled: Set<String> = []
        for name in names {
            guard let type = api.type(named: name), case .union(let union) = type.body else { continue }
            page.append("### ")
            page.code(name)
            page.endParagraph()
            if let description = type.description { page.paragraph(description) }
            switch union {
            case .tagged(let discriminator, let variants):
                writeTagged(discriminator: discriminator, variants: variants, into: &page)
                for variant in variants where tabled.insert(variant.type.name).inserted {
                    guard case .object? = api.type(named: variant.type.name)?.body else { continue }
                    page.append("#### ")
                    page.code(variant.type.name)
                    page.endParagraph()
                    ResponseTable(api: api).write(for: variant.type.name, into: &page)
                    page.blankLine()
                }
            case .byKind(let variants):
                writeKinds(variants, into: &page)
            }
        }
    }

    private func writeTagged(discriminator: String, variants: [TaggedVariantSpec], into page: inout MarkdownWriter) {
        page.append("One of, by ")
        page.code(discriminator)
        page.append(":")
        page.endParagraph()
        page.tableHeader(["Value", "Type", "Swift case", "Description"])
        for variant in variants {
            page.startRow()
            page.codeCell(variant.value)
            page.startCell()
            // The variant's fields are in the table headed by its name, below.
            page.append("[")
            page.code(variant.type.name)
            page.append("](#\(variant.type.name.lowercased()))")
            page.endCell()
            page.codeCell("." + TypeNaming.caseName(of: variant))
            page.textCell(variant.description ?? "")
            page.endRow()
        }
        page.blankLine()
        page.append("Any other value decodes into ")
        page.code(".unknown")
        page.append(": the whole object, kept as it came and written back the same (a request body does not send it).")
        page.endParagraph()
    }

    private func writeKinds(_ variants: [KindVariantSpec], into page: inout MarkdownWriter) {
        page.line("One of, by JSON kind:")
        page.blankLine()
        page.tableHeader(["Kind", "Type", "Swift case", "Description"])
        let hasInteger = variants.contains { $0.kind == .integer }
        for variant in variants {
            page.startRow()
            page.startCell()
            page.append(variant.kind == .number && !hasInteger ? "number (whole numbers too)" : variant.kind.rawValue)
            page.endCell()
            page.startCell()
            ResponseTable(api: api).writeTypeText(variant.type, into: &page)
            if let format = variant.format {
                page.append(", format ")
                page.code(format)
            }
            page.endCell()
            page.codeCell("." + TypeNaming.caseName(of: variant))
            page.textCell(variant.description ?? "")
            page.endRow()
        }
        page.blankLine()
        page.line("A value of any other kind (`null` included) is a decoding error naming the kinds expected.")
        page.blankLine()
    }
}
