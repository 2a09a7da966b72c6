/// What OpenAPI cannot say about a spec, written as `x-specgen-*` values (in the spec's own
/// spelling, so a reader can look each up in Spec/README.md) and as sentences in descriptions, so
/// that readers of the document who ignore extensions still learn it.
enum OpenAPIExtensions {
    /// `text`, then `sentence` after a blank line: the spec's own description stays first.
    static func sentence(after text: String?, _ sentence: String) -> String {
        guard let text, !text.isEmpty else { return sentence }
        return text + "\n\n" + sentence
    }

    /// Leniency options in the spec's order of them (a set has none of its own).
    static func leniency(_ leniency: LeniencySpec) -> OpenAPIValue {
        .strings(LeniencySpec.Option.allCases.filter { leniency.options.contains($0) }.map(\.rawValue))
    }

    /// The sentence a response's description gains when specgen reads it leniently.
    static func leniencySentence(_ leniency: LeniencySpec) -> String {
        "The schema is the documented shape; specgen's client also accepts these deviations from it: "
            + LeniencySpec.Option.allCases.filter { leniency.options.contains($0) }.map(\.rawValue).joined(separator: ", ")
            + " (x-specgen-leniency)."
    }

    /// `query_encoding` as the spec writes it, when it is not the default.
    static func queryEncoding(_ api: APISpec) -> OpenAPIValue? {
        var object = OpenAPIObject()
        let encoding = api.queryEncoding
        if encoding.listSeparator == .literal { object["list_separator"] = "literal" }
        if encoding.space == .plus { object["space"] = "plus" }
        if api.listStyle == .repeated { object["list_style"] = "repeated" }
        if encoding.brackets == .literal { object["brackets"] = "literal" }
        return object.nonEmpty
    }

    /// An outcome (the API's, or an endpoint's with its overrides applied) in the spec's keys.
    static func outcome(_ outcome: OutcomeSpec) -> OpenAPIValue {
        var object = OpenAPIObject()
        object["status"] = .string(outcome.statusPath.joined(separator: "."))
        object["all_succeeded"] = .integers(outcome.allSucceeded)
        object["partial"] = .integers(outcome.partial)
        object["all_failed"] = .integers(outcome.allFailed)
        object["status_fields"] = statusFields(outcome.statusFields)
        object["item_status"] = outcome.itemStatus.map(OpenAPIValue.string)
        if outcome.itemStatus != nil {
            object["item_status_fields"] = statusFields(outcome.itemStatusFields)
        }
        if !outcome.itemSuccess.isEmpty { object["item_success"] = .integers(outcome.itemSuccess) }
        if !outcome.itemFailures.isEmpty {
            object["item_failures"] = .array(outcome.itemFailures.map { failure in
                var entry = OpenAPIObject()
                entry["name"] = .string(failure.name)
                entry["codes"] = .integers(failure.codes)
                entry.setText("description", failure.description)
                return .object(entry)
            })
        }
        return .object(object)
    }

    private static func statusFields(_ fields: StatusFieldsSpec) -> OpenAPIValue {
        var object = OpenAPIObject()
        object["code"] = .string(fields.code)
        object["success"] = .string(fields.success)
        object["message"] = .string(fields.message)
        return .object(object)
    }

    /// What an outcome means, for the description of an operation that reads one.
    static func outcomeSentence(_ outcome: OutcomeSpec) -> String {
        func codes(_ values: [Int]) -> String { values.map(String.init).joined(separator: ", ") }
        var text = "The body's `\(outcome.statusPath.joined(separator: "."))`, not the HTTP status, says what happened: "
            + "code \(codes(outcome.allSucceeded)) when everything succeeded"
        if !outcome.partial.isEmpty { text += ", \(codes(outcome.partial)) when some items failed" }
        if !outcome.allFailed.isEmpty { text += ", \(codes(outcome.allFailed)) when all failed" }
        if let itemStatus = outcome.itemStatus { text += "; each item reports its own status in `\(itemStatus)`" }
        return text + " (x-specgen-outcome)."
    }

    /// A parameter group: its members are plain optional query parameters; the rule is here.
    static func group(_ group: ParameterGroupSpec) -> OpenAPIValue {
        var object = OpenAPIObject()
        object["name"] = .string(group.name)
        object["require"] = .string(group.requirement.rawValue)
        object["parameters"] = .strings(group.members.map(\.name))
        object.setText("description", group.description)
        return .object(object)
    }

    static func groupSentence(_ group: ParameterGroupSpec) -> String {
        "A request sets \(group.requirement.phrase) " + group.members.map { "`\($0.name)`" }.joined(separator: ", ")
            + " (group `\(group.name)`, x-specgen-groups)."
    }

    /// A parameter's `requires` rules in the spec's form: a mapping to the values required (null
    /// where any value will do).
    static func requires(_ requirements: [ParameterSpec.Requirement]) -> OpenAPIValue? {
        guard !requirements.isEmpty else { return nil }
        var object = OpenAPIObject()
        for requirement in requirements {
            object[requirement.parameter] = requirement.value.map(OpenAPIValue.init) ?? .null
        }
        return .object(object)
    }

    static func requiresSentence(_ requirements: [ParameterSpec.Requirement]) -> String {
        "When set, it needs " + requirements.map { requirement in
            requirement.value.map { "`\(requirement.parameter)` to be `\($0)`" } ?? "`\(requirement.parameter)` to be set"
        }.joined(separator: " and ") + " (x-specgen-requires)."
    }

    /// The Swift case names an enum's values were given (`swift_name`), by value; nil when none was.
    static func swiftNames(_ values: [EnumValueSpec]) -> OpenAPIValue? {
        var names = OpenAPIObject()
        for value in values {
            names[value.value] = value.swiftName.map(OpenAPIValue.string)
        }
        return names.nonEmpty
    }
}
