import YAMLReader

/// Checks the API's `outcome` and the endpoints' response `items` against the types they point
/// into: the status objects must exist wherever a body is read, and have the fields the client reads.
struct OutcomeValidator {
    let api: APISpec
    let diagnostics: DiagnosticCollector

    func validate() {
        if let outcome = api.outcome {
            validateRequestCodes(outcome)
            validateItemCodes(outcome)
        }
        for endpoint in api.endpoints {
            let outcome = api.outcome.map { $0.overridden(by: endpoint.outcome) }
            if let override = endpoint.outcome {
                guard let outcome else {
                    diagnostics.error(
                        "endpoint 'outcome' overrides the API's 'outcome', which is missing", at: override.location)
                    continue
                }
                if override.allSucceeded != nil || override.partial != nil || override.allFailed != nil {
                    validateRequestCodes(outcome)
                }
                if override.itemSuccess != nil || override.itemFailures != nil {
                    validateItemCodes(outcome)
                }
            }
            // An unknown type name is reported by the endpoint's checks; a union or an enum, like a
            // list, a map or a scalar, has no fields for a status path (or items) to name.
            let namedKind = endpoint.responseTypeName.flatMap { api.type(named: $0) }.flatMap { $0.body.isObject ? nil : $0.body.kindName }
            guard let responseType = endpoint.responseTypeName, namedKind == nil else {
                // Items and an item are loaded only with a type name; a status needs an object too.
                if outcome != nil {
                    diagnostics.error(
                        "the response must be an object type"
                            + (namedKind.map { " ('\(endpoint.responseTypeName ?? "")' is \($0))" } ?? "")
                            + ": the \(endpoint.outcome == nil ? "API's" : "endpoint's") 'outcome' reads the request's status from the body",
                        at: endpoint.responseLocation)
                }
                continue
            }
            if let outcome, outcome.keysWithErrors.isDisjoint(with: ["status", "status_fields"]) {
                let statusLocation = endpoint.outcome?.statusPath != nil || endpoint.outcome?.statusFields != nil
                    ? outcome.location : api.outcome?.location ?? outcome.location
                validateStatusPath(outcome, at: statusLocation, in: endpoint, responseType: responseType)
            }
            if let items = endpoint.responseItems {
                guard let outcome, let itemStatus = outcome.itemStatus else {
                    if outcome?.keysWithErrors.contains("item_status") == true { continue }
                    diagnostics.error(
                        "response 'items' needs the API's 'outcome' with 'item_status', the field that holds each item's status",
                        at: items.location)
                    continue
                }
                validateItems(items, itemStatus: itemStatus, outcome: outcome, in: endpoint, responseType: responseType)
            }
            if let item = endpoint.responseItem {
                guard let outcome, let itemStatus = outcome.itemStatus else {
                    if outcome?.keysWithErrors.contains("item_status") == true { continue }
                    diagnostics.error(
                        "response 'item' needs the API's 'outcome' with 'item_status', the field that holds the item's status",
                        at: item.location)
                    continue
                }
                validateItem(item, itemStatus: itemStatus, outcome: outcome, in: endpoint, responseType: responseType)
            }
        }
    }

    private func validateRequestCodes(_ outcome: OutcomeSpec) {
        var requestCodes = UniqueNames(what: "request status code", diagnostics: diagnostics)
        for code in outcome.allSucceeded + outcome.partial + outcome.allFailed {
            requestCodes.insert(String(code), display: String(code), at: outcome.location)
        }
    }

    private func validateItemCodes(_ outcome: OutcomeSpec) {
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

    private func validateStatusPath(
        _ outcome: OutcomeSpec, at location: SourceLocation, in endpoint: EndpointSpec, responseType: String
    ) {
        let where_ = "outcome 'status' in the response of '\(endpoint.name)'"
        switch FieldPath.resolve(outcome.statusPath, from: responseType, in: api) {
        case .failure(let problem):
            diagnostics.error("\(where_): \(problem.message)", at: location)
        case .success(let path):
            if let optional = path.fields.first(where: { !$0.isRequired }) {
                diagnostics.error(
                    "\(where_): field '\(optional.name)' must be 'required: true', so that a body without a status is not taken for one",
                    at: optional.location)
            }
            checkStatusObject(path.field, keys: outcome.statusFields, what: where_)
        }
    }

    /// A single-item endpoint's item: an object (not a list: that is a bulk endpoint's) with the status field.
    private func validateItem(
        _ item: ResponseItemSpec, itemStatus: String, outcome: OutcomeSpec, in endpoint: EndpointSpec, responseType: String
    ) {
        switch FieldPath.resolve(item.path, from: responseType, in: api) {
        case .failure(let problem):
            diagnostics.error("response 'item': \(problem.message)", at: item.location)
        case .success(let path):
            if case .list = path.field.type {
                diagnostics.error(
                    "response 'item': '\(path.field.name)' is a list; name a bulk endpoint's list in 'items', with 'answers'",
                    at: item.location)
                return
            }
            guard let itemFields = FieldPath.objectFields(of: path.field.type, in: api) else {
                diagnostics.error("response 'item': '\(path.field.name)' must be an object", at: item.location)
                return
            }
            // What follows from an item status written with errors was reported with it.
            if outcome.keysWithErrors.contains("item_status") { return }
            guard let statusField = itemFields.first(where: { $0.name == itemStatus }) else {
                diagnostics.error(
                    "response 'item': the item has no field '\(itemStatus)' (the outcome's 'item_status')", at: item.location)
                return
            }
            if outcome.keysWithErrors.contains("item_status_fields") { return }
            checkStatusObject(statusField, keys: outcome.itemStatusFields, what: "item status '\(itemStatus)'")
        }
    }

    private func validateItems(
        _ items: ResponseItemsSpec, itemStatus: String, outcome: OutcomeSpec, in endpoint: EndpointSpec, responseType: String
    ) {
        switch FieldPath.resolve(items.path, from: responseType, in: api) {
        case .failure(let problem):
            diagnostics.error("response 'items': \(problem.message)", at: items.location)
        case .success(let path):
            guard case .list(let element, _) = path.field.type,
                  let itemFields = FieldPath.objectFields(of: element, in: api)
            else {
                diagnostics.error("response 'items': '\(path.field.name)' must be a list of objects", at: items.location)
                break
            }
            // What follows from an item status written with errors was reported with it.
            if outcome.keysWithErrors.contains("item_status") { break }
            guard let statusField = itemFields.first(where: { $0.name == itemStatus }) else {
                diagnostics.error(
                    "response 'items': the items have no field '\(itemStatus)' (the outcome's 'item_status')", at: items.location)
                break
            }
            if outcome.keysWithErrors.contains("item_status_fields") { break }
            checkStatusObject(statusField, keys: outcome.itemStatusFields, what: "item status '\(itemStatus)'")
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
        // `answers: body` is checked with the body (BodyValidator).
        if !group && !listParameter && !items.answersBody {
            diagnostics.error(
                "response 'answers' must name an exactly_one parameter group or a required list parameter of '\(endpoint.name)'"
                    + Suggestion.didYouMean(items.answers, in: endpoint.parameters.map(\.name)),
                at: items.location)
        }
    }

    /// A status object has an integer code, and may have a boolean success flag and a string
    /// message, under the keys `keys` names; a key the spec renamed must be there.
    private func checkStatusObject(_ field: FieldSpec, keys: StatusFieldsSpec, what: String) {
        // The runtime reads a status as a value: a `Nullable` (or a `null` member) is not one.
        if field.isNullable {
            diagnostics.error("\(what): '\(field.name)' cannot be nullable", at: field.location)
            return
        }
        guard let fields = FieldPath.objectFields(of: field.type, in: api) else {
            diagnostics.error("\(what): '\(field.name)' must be an object with a '\(keys.code)' field", at: field.location)
            return
        }
        let defaults = StatusFieldsSpec()
        let expected: [(role: String, name: String, kind: ScalarKind, isRequired: Bool)] = [
            ("code", keys.code, .integer, true),
            ("success", keys.success, .boolean, keys.success != defaults.success),
            ("message", keys.message, .string, keys.message != defaults.message),
        ]
        for (role, name, kind, isRequired) in expected {
            guard let member = fields.first(where: { $0.name == name }) else {
                if isRequired {
                    let renamed = name == role ? ""
                        : " (its '\(role)' in the outcome's status fields)" + Suggestion.didYouMean(name, in: fields.map(\.name))
                    diagnostics.error(
                        "\(what): '\(field.name)' has no '\(name)' field\(renamed)",
                        at: name != role ? keys.location ?? field.location : field.location)
                }
                continue
            }
            guard case .scalar(kind) = member.type, !member.isNullable else {
                diagnostics.error(
                    "\(what): '\(name)' must be of type \(kind.rawValue)" + (member.isNullable ? ", not nullable" : ""), at: member.location)
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
