/// Checks that an example's arguments make a valid request, so the docs never show one that the
/// generated code would reject.
struct ExampleChecker {
    let api: APISpec
    let endpoint: EndpointSpec
    let diagnostics: DiagnosticCollector

    func check(_ example: ExampleSpec) {
        if let host = example.host, let location = example.hostLocation, !api.hosts.contains(where: { $0.name == host }) {
            let names = api.hosts.map(\.name)
            diagnostics.error(
                names.isEmpty
                    ? "example names host '\(host)', but the API declares no hosts"
                    : "example names unknown host '\(host)'" + Suggestion.didYouMean(host, in: names),
                at: location)
        }
        let parameters = endpoint.allParameters + api.headers + endpoint.headers
        var knownNames = parameters.map(\.name)
        if let switches = endpoint.switches { knownNames.append(switches.name) }
        var seen = Set<String>()
        for argument in example.arguments {
            if !seen.insert(argument.name).inserted {
                diagnostics.error("example argument '\(argument.name)' is given twice", at: argument.location)
            }
            if let switches = endpoint.switches, argument.name == switches.name {
                let names = switches.switches.map(\.name)
                for value in argument.values where !names.contains(value.description) {
                    diagnostics.error(
                        "unknown switch '\(value)'" + Suggestion.didYouMean(value.description, in: names),
                        at: argument.location)
                }
                continue
            }
            guard let parameter = parameters.first(where: { $0.name == argument.name }) else {
                if endpoint.namesWithErrors.contains(argument.name) { continue }  // reported where it is defined
                diagnostics.error(
                    "example names unknown parameter '\(argument.name)'" + Suggestion.didYouMean(argument.name, in: knownNames),
                    at: argument.location)
                continue
            }
            if argument.isList, parameter.listSeparator == nil {
                diagnostics.error("parameter '\(parameter.name)' takes one value, not a list", at: argument.location)
            }
            if argument.isList, argument.values.isEmpty {
                diagnostics.error("parameter '\(parameter.name)' needs at least one value", at: argument.location)
            }
            for value in argument.values {
                if let problem = ParameterRules.mismatch(value, for: parameter) {
                    diagnostics.error("example value for '\(parameter.name)': \(problem)", at: argument.location)
                }
                if let separator = parameter.listSeparator, value.description.contains(separator) {
                    diagnostics.error(
                        "example value for '\(parameter.name)' contains the list separator '\(separator)'; give a list instead",
                        at: argument.location)
                }
            }
        }
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group):
                let chosen = group.members.filter { seen.contains($0.name) }
                if chosen.count != 1 {
                    diagnostics.error(
                        "example '\(example.title)' must give exactly one of \(group.members.map { "'\($0.name)'" }.joined(separator: ", "))",
                        at: example.location)
                }
            case .parameter(let parameter):
                if parameter.isRequired, !seen.contains(parameter.name) {
                    diagnostics.error("example '\(example.title)' lacks required parameter '\(parameter.name)'", at: example.location)
                }
                for requirement in parameter.requires
                where seen.contains(parameter.name) && !endpoint.namesWithErrors.contains(requirement.parameter) {
                    let given = example.arguments.first { $0.name == requirement.parameter }?.values.first
                    if given?.description != requirement.value.description {
                        diagnostics.error(
                            "example '\(example.title)' sets '\(parameter.name)', which requires \(requirement.parameter)=\(requirement.value)",
                            at: example.location)
                    }
                }
            }
        }
    }
}
