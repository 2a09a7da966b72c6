import SpecGenRuntime

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

    private var parameters: [ParameterSpec] { endpoint.pathParameters + endpoint.allParameters + api.headers + endpoint.headers }

    private func pairs(of example: ExampleSpec) -> [(name: String, value: String)] {
        example.arguments.map { argument in
            let separator = parameters.first { $0.name == argument.name }?.listSeparator ?? ","
            return (argument.name, argument.values.map(\.description).joined(separator: separator))
        }
    }

    private func placeholderPairs() -> [(name: String, value: String)] {
        var chosen = endpoint.pathParameters
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
        // An object is its fields, by their bracketed names: the required ones, or else the first.
        chosen = chosen.flatMap { parameter -> [ParameterSpec] in
            let fields = parameter.bracketedFields
            guard !fields.isEmpty else { return [parameter] }
            let required = fields.filter(\.isRequired)
            return required.isEmpty ? Array(fields.prefix(1)) : required
        }
        return chosen.map { ($0.name, placeholder(for: $0)) }
    }

    private func placeholder(for parameter: ParameterSpec) -> String {
        switch parameter.type {
        case .enumeration(let values): return values.first?.value ?? "value"
        case .object: return ""  // never: an object is expanded into its fields first
        case .scalar(let kind):
            let value: String
            switch kind {
            case .string, .json: value = "text"
            case .integer: value = "1"
            case .number: value = "1.5"
            case .boolean: value = "true"
            case .date, .datetime: value = Self.sampleDate(kind, format: parameter.format)
            }
            return parameter.listSeparator.map { value + $0 + value } ?? value
        }
    }

    /// 31 January 2024 (at 09:30 for a datetime), written in the parameter's own format so that
    /// `init(arguments:)` reads it: without an offset where the format has none, in UTC where it
    /// needs one.
    private static func sampleDate(_ kind: ScalarKind, format pattern: String?) -> String {
        let day = CalendarDate(year: 2024, month: 1, day: 31)!
        guard let format = DateFormats.declared(kind, pattern: pattern) else { return day.description }
        if kind == .date { return (try? format.text(for: day)) ?? day.description }
        for offset in [nil, UTCOffset.utc] {
            if let time = DateTime(day: day, hour: 9, minute: 30, second: 0, offset: offset),
               let text = try? format.text(for: time) {
                return text
            }
        }
        return day.description
    }
}
