/// The example in a request's `init(arguments:)` doc comment, built from the endpoint itself: its
/// first spec example's arguments, or else what it cannot do without (required parameters, the
/// first member of each group that needs one), with placeholder text of each parameter's type.
struct ArgumentExample {
    let api: APISpec
    let endpoint: EndpointSpec

    /// `["id": "1", "sort": "asc"]` as Swift source, or nil for an endpoint without arguments.
    func text() -> String? {
        let pairs = endpoint.examples.first.map(pairs(of:)) ?? placeholderPairs()
        guard !pairs.isEmpty else { return nil }
        // A backtick would end the doc comment's code span; `\u{60}` is the same string in Swift.
        return "[" + pairs.map { "\(literal($0.name)): \(literal($0.value))" }.joined(separator: ", ") + "]"
    }

    private func literal(_ text: String) -> String {
        SwiftLiteral.string(text).replacing("`", with: "\\u{60}")
    }

    private var parameters: [ParameterSpec] { endpoint.allParameters + api.headers + endpoint.headers }

    private func pairs(of example: ExampleSpec) -> [(name: String, value: String)] {
        example.arguments.map { argument in
            let separator = parameters.first { $0.name == argument.name }?.listSeparator ?? ","
            return (argument.name, argument.values.map(\.description).joined(separator: separator))
        }
    }

    private func placeholderPairs() -> [(name: String, value: String)] {
        var chosen: [ParameterSpec] = []
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter) where parameter.isRequired: chosen.append(parameter)
            case .group(let group) where group.requirement != .atMostOne:
                if let first = group.members.first { chosen.append(first) }
            case .parameter, .group: continue
            }
        }
        chosen += (api.headers + endpoint.headers).filter(\.isRequired)
        // With nothing required, the first parameter still shows the form.
        if chosen.isEmpty, let first = parameters.first { chosen = [first] }
        return chosen.map { ($0.name, placeholder(for: $0)) }
    }

    private func placeholder(for parameter: ParameterSpec) -> String {
        switch parameter.type {
        case .enumeration(let values): return values.first?.value ?? "value"
        case .scalar(let kind):
            let value: String
            switch kind {
            case .string, .json: value = "text"
            case .integer: value = "1"
            case .number: value = "1.5"
            case .boolean: value = "true"
            case .date: value = "2024-01-31"
            }
            return parameter.listSeparator.map { value + $0 + value } ?? value
        }
    }
}
