import YAMLReader

extension EndpointValidator {
    /// Matches `path_parameters` with the path's `{name}` placeholders, one to one, and returns the
    /// path parameters whose names are not repeated, whose Swift names the caller records.
    func checkedPathParameters() -> [ParameterSpec] {
        var names = UniqueNames(what: "path parameter", diagnostics: diagnostics)
        let unique = endpoint.pathParameters.filter { names.insert($0.name, display: $0.name, at: $0.location) }
        var placed = Set<String>()
        for placeholder in endpoint.pathPlaceholders {
            guard placed.insert(placeholder.name).inserted else {
                diagnostics.error(
                    "placeholder '{\(placeholder.name)}' is in 'path' twice; a path parameter fills one segment",
                    at: placeholder.location)
                continue
            }
            if !unique.contains(where: { $0.name == placeholder.name }), !endpoint.namesWithErrors.contains(placeholder.name) {
                diagnostics.error(
                    "placeholder '{\(placeholder.name)}' in 'path' has no entry in 'path_parameters'"
                        + Suggestion.didYouMean(placeholder.name, in: unique.map(\.name)),
                    at: placeholder.location)
            }
        }
        // Examples and text arguments name every value by its wire name, so one name has one role.
        let otherNames = endpoint.allParameters.map(\.name) + (api.headers + endpoint.headers).map(\.name)
        for parameter in unique {
            if !placed.contains(parameter.name) {
                diagnostics.error(
                    "path parameter '\(parameter.name)' has no placeholder '{\(parameter.name)}' in 'path'"
                        + Suggestion.didYouMean(parameter.name, in: endpoint.pathPlaceholders.map(\.name)),
                    at: parameter.location)
            }
            if otherNames.contains(parameter.name) {
                diagnostics.error(
                    "path parameter '\(parameter.name)' has the name of a query parameter or header of the endpoint;"
                        + " examples and text arguments could not tell them apart",
                    at: parameter.location)
            }
            ParameterRules.check(parameter, diagnostics: diagnostics)
        }
        return unique
    }
}
