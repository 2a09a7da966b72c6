import SpecGenRuntime

/// The query parameter section of an endpoint page: fixed parameters, then one row per parameter
/// (group members marked with their group), then the switches.
struct ParameterTable {
    let api: APISpec
    let endpoint: EndpointSpec

    func write(into page: inout MarkdownWriter) {
        page.line("## Query parameters")
        page.blankLine()
        let fixed = api.fixedQuery + endpoint.fixedQuery
        if !fixed.isEmpty {
            page.line("Always sent first:")
            page.blankLine()
            for item in fixed {
                page.append("- ")
                page.code("\(item.name)=\(item.value)")
                if let description = item.description {
                    page.append(": ")
                    page.text(description, inTable: true)
                }
                page.endLine()
            }
            page.blankLine()
        }
        let hasRows = endpoint.parameters.contains { entry in
            switch entry {
            case .parameter: true
            case .group(let group): !group.members.isEmpty
            }
        }
        if fixed.isEmpty, !hasRows, endpoint.switches == nil {
            page.line("None.")
            page.blankLine()
        }
        if hasRows {
            page.tableHeader(["Parameter", "Type", "Required or default", "Allowed values", "Constraints", "Description"])
            for entry in endpoint.parameters {
                switch entry {
                case .parameter(let parameter):
                    writeRow(parameter, into: &page) { page in
                        if parameter.isRequired {
                            page.append("required")
                        } else if let defaultValue = parameter.defaultValue {
                            page.append("default ")
                            page.code(defaultValue.description)
                        } else {
                            page.append("optional")
                        }
                    }
                    // An object's fields follow it, named as they are sent.
                    for field in parameter.bracketedFields {
                        writeRow(field, into: &page) { page in
                            page.append(field.isRequired ? "required in " : "optional in ")
                            page.code(parameter.name)
                        }
                    }
                case .group(let group):
                    for member in group.members {
                        writeRow(member, into: &page) { page in
                            page.append("group ")
                            page.code(group.name)
                            page.append(": \(group.requirement.phrase) ")
                            page.codeList(group.members.lazy.map(\.name))
                        }
                    }
                }
            }
            page.blankLine()
        }
        for case .group(let group) in endpoint.parameters {
            if let description = group.description {
                page.append("Group ")
                page.code(group.name)
                page.append(": ")
                page.text(description, inTable: true)
                page.endParagraph()
            }
        }
        if let switches = endpoint.switches {
            page.line("### Switches")
            page.blankLine()
            if let description = switches.description {
                page.paragraph(description)
            }
            page.append("Each is sent as ")
            page.code("name=\(switches.value)")
            page.append(" when set (Swift: ")
            page.code(SwiftName.camelCase(switches.name))
            page.append(").")
            page.endParagraph()
            page.tableHeader(["Switch", "Description"])
            for item in switches.switches {
                page.startRow()
                page.codeCell(item.name)
                page.textCell(item.description ?? "")
                page.endRow()
            }
            page.blankLine()
        }
    }

    /// One parameter's row; `writeRequirement` fills the "Required or default" cell.
    func writeRow(_ parameter: ParameterSpec, into page: inout MarkdownWriter,
                          writeRequirement: (inout MarkdownWriter) -> Void) {
        page.startRow()
        page.codeCell(parameter.name)
        page.cell(Self.typeText(parameter))
        page.startCell()
        writeRequirement(&page)
        page.endCell()
        page.startCell()
        if case .enumeration(let values) = parameter.type {
            page.codeList(values.lazy.map(\.value))
        }
        page.endCell()
        page.startCell()
        writeConstraints(parameter, into: &page)
        page.endCell()
        page.textCell(parameter.description ?? "")
        page.endRow()
    }

    /// The constraints, separated by `; `.
    private func writeConstraints(_ parameter: ParameterSpec, into page: inout MarkdownWriter) {
        func separate() {
            if !page.cellIsEmpty { page.append("; ") }
        }
        if let minimum = parameter.minimum {
            page.code(">= \(LiteralValue.number(minimum))")
        }
        if let maximum = parameter.maximum {
            separate()
            page.code("<= \(LiteralValue.number(maximum))")
        }
        for requirement in parameter.requires {
            separate()
            page.append("needs ")
            if let value = requirement.value {
                page.code("\(requirement.parameter)=\(value)")
            } else {
                page.code(requirement.parameter)
                page.append(" set")
            }
        }
        if let other = parameter.notAfter {
            separate()
            page.append("not after ")
            page.code(other.parameter)
        }
        if case .object = parameter.type {
            separate()
            page.append("sent as ")
            page.code("\(parameter.name)[field]=value")
            page.append(" per field set")
        }
        if parameter.listStyle == .repeated {
            separate()
            page.append("several values as repeated keys")
        } else if let separator = parameter.listSeparator {
            separate()
            page.append("several values joined by ")
            page.code(separator)
        }
        if case .scalar(let scalar) = parameter.type, scalar.isDateOrTime {
            separate()
            page.code(parameter.format ?? (scalar == .date ? "YYYY-MM-DD" : DateTimeFormat.iso8601.pattern))
            if scalar == .datetime, let format = DateFormats.declared(scalar, pattern: parameter.format), !format.hasOffset {
                page.append(api.timeZone.map { " at UTC\($0)" } ?? ", time zone not declared")
            }
        }
    }

    static func typeText(_ parameter: ParameterSpec) -> String {
        let base: String
        switch parameter.type {
        case .scalar(let scalar): base = scalar.rawValue
        case .enumeration: base = parameter.enumType.map { "enum \($0.name)" } ?? "enum"
        case .object: base = "object"
        }
        return parameter.listSeparator == nil ? base : "list of \(base)"
    }
}
