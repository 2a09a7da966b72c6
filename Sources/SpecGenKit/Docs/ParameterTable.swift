/// The query parameter section of an endpoint page: fixed parameters, then one row per parameter
/// (group members marked with their group), then the switches.
struct ParameterTable {
    let api: APISpec
    let endpoint: EndpointSpec

    func lines() -> [String] {
        var lines = ["## Query parameters", ""]
        let fixed = api.fixedQuery + endpoint.fixedQuery
        if !fixed.isEmpty {
            lines.append("Always sent first:")
            lines.append("")
            for item in fixed {
                let description = item.description.map { ": " + Markdown.text($0, inTable: true) } ?? ""
                lines.append("- \(Markdown.code("\(item.name)=\(item.value)"))\(description)")
            }
            lines.append("")
        }
        var rows: [[String]] = []
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter):
                rows.append(row(parameter, requirement: parameter.isRequired ? "required" : defaultText(parameter)))
            case .group(let group):
                let others = "exactly one of " + group.members.map { Markdown.code($0.name) }.joined(separator: ", ")
                for member in group.members {
                    rows.append(row(member, requirement: "group \(Markdown.code(group.name)): \(others)"))
                }
            }
        }
        if !rows.isEmpty {
            lines += Markdown.table(
                header: ["Parameter", "Type", "Required or default", "Allowed values", "Constraints", "Description"],
                rows: rows)
            lines.append("")
        }
        for case .group(let group) in endpoint.parameters {
            if let description = group.description {
                lines += ["Group \(Markdown.code(group.name)): \(Markdown.text(description, inTable: true))", ""]
            }
        }
        if let switches = endpoint.switches {
            lines += ["### Switches", ""]
            if let description = switches.description { lines += [Markdown.text(description), ""] }
            lines.append("Each is sent as \(Markdown.code("name=\(switches.value)")) when set (Swift: \(Markdown.code(SwiftName.camelCase(switches.name)))).")
            lines.append("")
            lines += Markdown.table(header: ["Switch", "Description"], rows: switches.switches.map {
                [Markdown.code($0.name), Markdown.text($0.description ?? "", inTable: true)]
            })
            lines.append("")
        }
        return lines
    }

    private func row(_ parameter: ParameterSpec, requirement: String) -> [String] {
        var allowed = ""
        if case .enumeration(let values) = parameter.type {
            allowed = values.map { Markdown.code($0.value) }.joined(separator: ", ")
        }
        var constraints: [String] = []
        if let minimum = parameter.minimum { constraints.append(Markdown.code(">= \(LiteralValue.number(minimum))")) }
        if let maximum = parameter.maximum { constraints.append(Markdown.code("<= \(LiteralValue.number(maximum))")) }
        for requirement in parameter.requires {
            constraints.append("needs " + Markdown.code("\(requirement.parameter)=\(requirement.value)"))
        }
        if let separator = parameter.listSeparator {
            constraints.append("several values joined by " + Markdown.code(separator))
        }
        if case .scalar(.date) = parameter.type { constraints.append(Markdown.code("YYYY-MM-DD")) }
        return [Markdown.code(parameter.name), Self.typeText(parameter), requirement, allowed,
                constraints.joined(separator: "; "), Markdown.text(parameter.description ?? "", inTable: true)]
    }

    private func defaultText(_ parameter: ParameterSpec) -> String {
        parameter.defaultValue.map { "default " + Markdown.code($0.description) } ?? "optional"
    }

    static func typeText(_ parameter: ParameterSpec) -> String {
        let base: String
        switch parameter.type {
        case .scalar(let scalar): base = scalar.rawValue
        case .enumeration: base = "enum"
        }
        return parameter.listSeparator == nil ? base : "list of \(base)"
    }
}
