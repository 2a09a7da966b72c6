import SpecGenRuntime

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
        // An object parameter is given by its fields, named as they are sent (`filter[name]`).
        let parameters = endpoint.pathParameters
            + endpoint.allParameters.flatMap { $0.objectFields.isEmpty ? [$0] : $0.bracketedFields }
            + api.headers + endpoint.headers
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
                if let object = endpoint.parameter(named: argument.name), !object.objectFields.isEmpty {
                    diagnostics.error(
                        "example gives object parameter '\(argument.name)' whole; give its fields by name, "
                            + object.bracketedFields.map { "'\($0.name)'" }.joined(separator: ", "),
                        at: argument.location)
                    seen.remove(argument.name)  // one mistake, one error: not also its fields as missing
                    continue
                }
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
        // An object given by any of its fields is set, for the rules that name it and its own.
        for parameter in endpoint.allParameters where parameter.bracketedFields.contains(where: { seen.contains($0.name) }) {
            seen.insert(parameter.name)
        }
        checkPathArguments(of: example, given: seen)
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group):
                let chosen = group.members.filter { seen.contains($0.name) }
                let obeys: Bool
                switch group.requirement {
                case .exactlyOne: obeys = chosen.count == 1
                case .atLeastOne: obeys = !chosen.isEmpty
                case .atMostOne: obeys = chosen.count <= 1
                }
                if !obeys {
                    diagnostics.error(
                        "example '\(example.title)' must give \(group.requirement.phrase) \(group.members.map { "'\($0.name)'" }.joined(separator: ", "))",
                        at: example.location)
                }
                for member in group.members {
                    checkRules(of: member, in: example, given: seen)
                }
            case .parameter(let parameter) where !parameter.objectFields.isEmpty:
                // Its required fields, when the object is required or any of its fields is given.
                if parameter.isRequired || seen.contains(parameter.name) {
                    for field in parameter.bracketedFields where field.isRequired && !seen.contains(field.name) {
                        diagnostics.error("example '\(example.title)' lacks required parameter '\(field.name)'", at: example.location)
                    }
                }
                checkRules(of: parameter, in: example, given: seen)
            case .parameter(let parameter):
                if parameter.isRequired, !seen.contains(parameter.name) {
                    diagnostics.error("example '\(example.title)' lacks required parameter '\(parameter.name)'", at: example.location)
                }
                checkRules(of: parameter, in: example, given: seen)
            }
        }
    }

    /// Every path parameter is given, with a value that is a path segment.
    private func checkPathArguments(of example: ExampleSpec, given seen: Set<String>) {
        for parameter in endpoint.pathParameters {
            guard let argument = example.arguments.first(where: { $0.name == parameter.name }) else {
                diagnostics.error("example '\(example.title)' lacks path parameter '\(parameter.name)'", at: example.location)
                continue
            }
            if let text = argument.values.first?.description, ["", ".", ".."].contains(text) {
                diagnostics.error(
                    "example value for path parameter '\(parameter.name)' cannot be empty, '.' or '..'", at: argument.location)
            }
        }
    }

    /// The rules between `parameter` and others (`requires`, `not_after`), when the example gives it.
    private func checkRules(of parameter: ParameterSpec, in example: ExampleSpec, given seen: Set<String>) {
        guard seen.contains(parameter.name) else { return }
        // A rule naming an unknown parameter is reported where it is written, not again here.
        for requirement in parameter.requires where endpoint.parameter(named: requirement.parameter) != nil {
            let given = example.arguments.first { $0.name == requirement.parameter }?.values.first
            if let value = requirement.value {
                if given?.description != value.description {
                    diagnostics.error(
                        "example '\(example.title)' sets '\(parameter.name)', which requires \(requirement.parameter)=\(value)",
                        at: example.location)
                }
            } else if !seen.contains(requirement.parameter) {
                diagnostics.error(
                    "example '\(example.title)' sets '\(parameter.name)', which requires '\(requirement.parameter)' to be set",
                    at: example.location)
            }
        }
        if let reference = parameter.notAfter, let other = endpoint.parameter(named: reference.parameter),
           EndpointValidator.comparisonProblem(parameter, other, in: endpoint) == nil,
           let value = example.arguments.first(where: { $0.name == parameter.name })?.values.first,
           let otherValue = example.arguments.first(where: { $0.name == other.name })?.values.first,
           Self.isAfter(value, otherValue, comparedAs: parameter) {
            diagnostics.error(
                "example '\(example.title)' gives '\(parameter.name)' \(value), which is after '\(other.name)' \(otherValue)",
                at: example.location)
        }
    }

    /// Numbers compare by value; dates as the days their declared format (or `YYYY-MM-DD`) reads.
    /// Values that do not read are reported elsewhere and are not compared.
    static func isAfter(_ value: LiteralValue, _ other: LiteralValue, comparedAs parameter: ParameterSpec) -> Bool {
        if case .scalar(.date) = parameter.type {
            guard let format = DateFormats.declared(.date, pattern: parameter.format),
                  let day = try? format.read(value.description, as: CalendarDate.self),
                  let otherDay = try? format.read(other.description, as: CalendarDate.self)
            else { return false }
            return day > otherDay
        }
        if let number = value.numericValue, let otherNumber = other.numericValue { return number > otherNumber }
        return false
    }
}
