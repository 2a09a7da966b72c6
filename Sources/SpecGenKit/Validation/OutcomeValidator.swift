import YAMLReader

/// Checks the API's `outcome` and the endpoints' response `items` against the types they point
/// into: the status objects must exist wherever a body is read, and have the fields the client reads.
struct OutcomeValidator {
    let api: APISpec
    let diagnostics: DiagnosticCollector

    func validate() {
        if let outcome = api.outcome {
            validateCodes(outcome)
            for endpoint in api.endpoints {
                validateStatusPath(outcome, in: endpoint)
            }
        }
        for endpoint in api.endpoints {
            guard let items = endpoint.responseItems else { continue }
            guard let outcome = api.outcome, let itemStatus = outcome.itemStatus else {
                diagnostics.error(
                    "response 'items' needs the API's 'outcome' with 'item_status', the field that holds each item's status",
                    at: items.location)
                continue
            }
            validateItems(items, itemStatus: itemStatus, in: endpoint)
        }
    }

    private func validateCodes(_ outcome: OutcomeSpec) {
        var requestCodes = UniqueNames(what: "request status code", diagnostics: diagnostics)
        for code in outcome.allSucceeded + outcome.partial + outcome.allFailed {
            requestCodes.insert(String(code), display: String(code), at: outcome.location)
        }
        var itemCodes = UniqueNames(what: "item code", diagnostics: diagnostics)
        for code in outcome.itemSuccess {
            itemCodes.insert(String(code), display: String(code), at: outcome.location)
        }
        var names = UniqueNames(what: "item failure", diagnostics: diagnostics)
        for failure in outcome.itemFailures {
            names.insert(TypeNaming.caseName(of: failure), display: failure.name, at: failure.location)
            for code in failure.codes {
                itemCodes.insert(String(code), display: String(code), at: failure.location)
            }
        }
    }

    private func validateStatusPath(_ outcome: OutcomeSpec, in endpoint: EndpointSpec) {
        let where_ = "outcome 'status' in the response of '\(endpoint.name)'"
        switch FieldPath.resolve(outcome.statusPath, from: endpoint.responseType.name, in: api) {
        case .failure(let problem):
            diagnostics.error("\(where_): \(problem.message)", at: outcome.location)
        case .success(let path):
            if let optional = path.fields.first(where: { !$0.isRequired }) {
                diagnostics.error(
                    "\(where_): field '\(optional.name)' must be 'required: true', so that a body without a status is not taken for one",
                    at: optional.location)
            }
            checkStatusObject(path.field, what: where_)
        }
    }

    private func validateItems(_ items: ResponseItemsSpec, itemStatus: String, in endpoint: EndpointSpec) {
        switch FieldPath.resolve(items.path, from: endpoint.responseType.name, in: api) {
        case .failure(let problem):
            diagnostics.error("response 'items': \(problem.message)", at: items.location)
        case .success(let path):
            guard case .list(let element, _) = path.field.type,
                  let itemFields = FieldPath.objectFields(of: element, in: api)
            else {
                diagnostics.error("response 'items': '\(path.field.name)' must be a list of objects", at: items.location)
                break
            }
            guard let statusField = itemFields.first(where: { $0.name == itemStatus }) else {
                diagnostics.error(
                    "response 'items': the items have no field '\(itemStatus)' (the outcome's 'item_status')", at: items.location)
                break
            }
            checkStatusObject(statusField, what: "item status '\(itemStatus)'")
        }
        let group = endpoint.parameters.contains { entry in
            // The items answer the one member the request names; an `at_least_one` or `at_most_one`
            // group may name several or none, and the items could not be told apart.
            if case .group(let group) = entry { return group.name == items.answers && group.requirement == .exactlyOne }
            return false
        }
        let listParameter = endpoint.parameters.contains { entry in
            if case .parameter(let parameter) = entry {
                return parameter.name == items.answers && parameter.listSeparator != nil && parameter.isRequired
            }
            return false
        }
        if !group && !listParameter {
            diagnostics.error(
                "response 'answers' must name an exactly_one parameter group or a required list parameter of '\(endpoint.name)'"
                    + Suggestion.didYouMean(items.answers, in: endpoint.parameters.map(\.name)),
                at: items.location)
        }
    }

    /// A status object has an integer `code`, and may have a boolean `success` and a string `message`.
    private func checkStatusObject(_ field: FieldSpec, what: String) {
        guard let fields = FieldPath.objectFields(of: field.type, in: api) else {
            diagnostics.error("\(what): '\(field.name)' must be an object with a 'code' field", at: field.location)
            return
        }
        let expected: [(name: String, kind: ScalarKind, isRequired: Bool)] = [
            ("code", .integer, true), ("success", .boolean, false), ("message", .string, false),
        ]
        for (name, kind, isRequired) in expected {
            guard let member = fields.first(where: { $0.name == name }) else {
                if isRequired {
                    diagnostics.error("\(what): '\(field.name)' has no '\(name)' field", at: field.location)
                }
                continue
            }
            guard case .scalar(kind) = member.type else {
                diagnostics.error("\(what): '\(name)' must be of type \(kind.rawValue)", at: member.location)
                continue
            }
        }
    }
}

extension ParameterEntry {
    /// The parameter's or the group's name.
    var name: String {
        switch self {
        case .parameter(let parameter): parameter.name
        case .group(let group): group.name
        }
    }
}
