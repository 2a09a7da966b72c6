extension SpecLoader {
    /// A parameter or header of `type: Color` takes the values of the `kind: enum` type `Color`,
    /// which any file may declare: resolved once all files are loaded, so that everything after the
    /// loader sees the values as it sees an inline enum's. A name that is no enum type is reported
    /// once, where it is written, and its parameter is left out, as one with any other error is.
    /// `references`: every name written as a parameter's or header's type, in file order.
    func resolveEnumTypes(_ spec: inout APISpec, references: [TypeReference], diagnostics: DiagnosticCollector) {
        var enumValues: [String: [EnumValueSpec]] = [:]
        /// "an object type", "a union type": what the names that are no enum are.
        var otherKinds: [String: String] = [:]
        for type in spec.types {
            switch type.body {
            case .enumeration(let values): enumValues[type.name] = enumValues[type.name] ?? values
            case .object: otherKinds[type.name] = otherKinds[type.name] ?? "an object type"
            case .union: otherKinds[type.name] = otherKinds[type.name] ?? "a union type"
            }
        }
        let builtIn = Self.parameterTypes.map { "'\($0)'" }.joined(separator: ", ")
        for reference in references where enumValues[reference.name] == nil {
            if let kind = otherKinds[reference.name] {
                diagnostics.error(
                    "'\(reference.name)' is \(kind); a parameter's type is one of \(builtIn) or an enum type of 'types'",
                    at: reference.location)
            } else {
                diagnostics.error(
                    "'\(reference.name)' is not a valid type; expected one of \(builtIn) or an enum type of 'types'"
                        + Suggestion.didYouMean(reference.name, in: Self.parameterTypes + enumValues.keys.sorted()),
                    at: reference.location)
            }
        }
        /// The parameter with its enum type's values; nil when the type is not an enum type.
        func resolved(_ parameter: ParameterSpec) -> ParameterSpec? {
            if case .object(let fields) = parameter.type {
                // A field whose type is unknown is left out of its object, and the object kept, so
                // that the parameter's other problems are still reported.
                var parameter = parameter
                parameter.type = .object(fields: fields.compactMap(resolved))
                return parameter
            }
            guard let reference = parameter.enumType else { return parameter }
            guard let values = enumValues[reference.name] else { return nil }
            var parameter = parameter
            parameter.type = .enumeration(values)
            return parameter
        }
        spec.headers = spec.headers.compactMap(resolved)
        for index in spec.endpoints.indices {
            var endpoint = spec.endpoints[index]
            guard (endpoint.pathParameters + endpoint.allParameters + endpoint.headers)
                .contains(where: { $0.enumType != nil || $0.objectFields.contains { $0.enumType != nil } }) else { continue }
            let names = endpoint.pathParameters.map(\.name) + endpoint.allParameters.map(\.name) + endpoint.headers.map(\.name)
            endpoint.pathParameters = endpoint.pathParameters.compactMap(resolved)
            endpoint.headers = endpoint.headers.compactMap(resolved)
            endpoint.parameters = endpoint.parameters.compactMap { entry -> ParameterEntry? in
                switch entry {
                case .parameter(let parameter):
                    return resolved(parameter).map(ParameterEntry.parameter)
                case .group(var group):
                    group.members = group.members.compactMap(resolved)
                    return .group(group)
                }
            }
            let kept = Set(endpoint.pathParameters.map(\.name) + endpoint.allParameters.map(\.name) + endpoint.headers.map(\.name))
            endpoint.namesWithErrors.formUnion(names.filter { !kept.contains($0) })
            spec.endpoints[index] = endpoint
        }
    }
}
