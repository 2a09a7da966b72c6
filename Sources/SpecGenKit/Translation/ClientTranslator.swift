/// The API becomes a client type with one `async throws` method per endpoint. The methods only say
/// what is specific to the spec (where the status and the items are, which values the items
/// answer); sending, authenticating and matching items to values is `SpecGenClient`'s.
struct ClientTranslator {
    let api: APISpec

    func declarations() -> [Declaration] {
        var declarations: [Declaration] = api.endpoints.compactMap { endpoint in
            let reason = reasonType(of: endpoint)
            guard let responseType = endpoint.responseTypeName else { return nil }
            if let items = endpoint.responseItems, let itemType = itemTypeName(items.path, in: endpoint) {
                let answered = items.answersBody ? "element of the request's body" : "value of `\(items.answers)`"
                return .typeAlias(TypeAliasDeclaration(
                    doc: "What \(methodLink(of: endpoint)) returns: the request-level status and one result per \(answered), in order.",
                    access: .public, name: ClientNaming.resultType(of: endpoint),
                    type: "BatchResult<\(SwiftName.type(responseType)), \(itemType), \(reason)>"))
            }
            if let item = endpoint.responseItem, let itemType = itemTypeName(item.path, in: endpoint) {
                return .typeAlias(TypeAliasDeclaration(
                    doc: "What \(methodLink(of: endpoint)) returns: the request-level status and the outcome of its one item.",
                    access: .public, name: ClientNaming.resultType(of: endpoint),
                    type: "SingleItemResult<\(SwiftName.type(responseType)), \(itemType), \(reason)>"))
            }
            return nil
        }
        declarations.append(.type(client()))
        return declarations
    }

    /// A DocC link to the client's method for `endpoint`: ``` ``CapillaryClient/getCustomer(_:)`` ```,
    /// which DocC resolves and Quick Help shows as code. A keyword name (`` `default` ``) is only
    /// shown as code: a link cannot spell it.
    private func methodLink(of endpoint: EndpointSpec) -> String {
        let method = ClientNaming.method(of: endpoint)
        guard method.hasPrefix("`") else { return "``\(clientType)/\(method)(_:)``" }
        return "`\(method.dropFirst().dropLast())(_:)`"
    }

    /// The failure reasons of an endpoint's items: its own type when it names its own failures.
    private func reasonType(of endpoint: EndpointSpec) -> String {
        endpoint.outcome?.itemFailures != nil
            ? ClientNaming.failureReasonType(of: endpoint) : ClientNaming.failureReasonType(of: api)
    }

    /// Whether the endpoint reads codes of its own, in rules of its own rather than the API's `outcomes`.
    private func hasOwnRules(_ endpoint: EndpointSpec) -> Bool {
        endpoint.outcome?.setsCodes ?? false
    }

    /// Whether the endpoint's items report their status as the API says, so the shared
    /// `itemStatus(of:)` functions read it.
    private func readsAPIItemStatus(_ endpoint: EndpointSpec) -> Bool {
        endpoint.outcome?.itemStatus == nil && endpoint.outcome?.itemStatusFields == nil
    }

    private var clientType: String { ClientNaming.clientType(of: api) }

    /// API-wide headers that a request may leave unset; the client sends its own value for them.
    private var defaultHeaders: [ParameterSpec] { api.headers.filter { !$0.isRequired } }

    /// The locals and parameters of an endpoint method, which a default header's property of the
    /// same name is read past with `self.`.
    private static let methodLocals = ["request", "body", "status", "report", "items", "values", "echo", "outcomes"]

    /// What the initializers' parameters after `host` or `baseURL` are, for their doc comments.
    private static let initializerParameterDocs = [
        "authentication": "The credentials, from one of the static functions named after the API's authentication schemes.",
        "transport": "What sends the requests, such as a `URLSessionTransport`.",
        "middlewares": "Run in order around every request the transport sends.",
        "redirectPolicy": "Which redirects are followed; credentials never go to another origin whatever it is.",
        "retryPolicy": "When a failed call is sent again; only requests that are safe to repeat are.",
        "timeout": "How long one attempt of a call may take; nil waits as long as the transport does.",
    ]

    /// The parameters of the initializers.
    private static let initializerParameters = [
        "host", "authentication", "transport", "middlewares", "baseURL", "redirectPolicy", "retryPolicy", "timeout",
    ]

    /// The stored `ClientCore`: `core`, unless a default header's property has that name (or a local
    /// it is used beside does), in which case the private member gives way.
    private var coreName: String {
        SwiftName.local("core", avoiding: defaultHeaders.map(propertyName) + Self.methodLocals + Self.initializerParameters)
    }

    private func client() -> TypeDeclaration {
        var members: [Declaration] = []
        if let outcome = api.outcome, api.endpoints.contains(where: { !hasOwnRules($0) }) {
            members.append(.property(PropertyDeclaration(
                doc: "How bodies report outcomes: the request-level codes, and the item codes that mean success.",
                access: .private, isStatic: true, isMutable: false, name: "outcomes",
                value: .expression(rules(outcome, reason: ClientNaming.failureReasonType(of: api))))))
        }
        members.append(.property(PropertyDeclaration(access: .private, isMutable: false, name: coreName, type: "ClientCore")))
        for header in defaultHeaders {
            var doc = ParameterDoc.text(for: header, isHeader: true)
            doc += " Sent with every request that does not set its own."
            members.append(.property(PropertyDeclaration(
                doc: doc, access: .public, name: propertyName(header),
                type: SwiftTypeMapping.parameterType(of: header) + "?")))
        }
        members += initializers().map(Declaration.function)
        members += AuthenticationFactories(api: api).declarations().map(Declaration.function)
        for endpoint in api.endpoints {
            if let errorBodies = errorBodiesProperty(of: endpoint) { members.append(.property(errorBodies)) }
            members.append(.function(method(for: endpoint)))
        }
        members += itemStatusFunctions().map(Declaration.function)

        var doc = "A client of the \(api.title)."
        if let description = api.description { doc += "\n\n" + description }
        for scheme in api.auth.schemes {
            if let description = scheme.description {
                doc += "\n\nAuthentication (`\(AuthenticationFactories.factoryName(of: scheme))`): " + description
            }
        }
        doc += "\n\nIt sends through any swift-openapi-runtime `ClientTransport`, such as `URLSessionTransport` "
            + "(swift-openapi-urlsession) or `AsyncHTTPClientTransport` (swift-openapi-async-http-client), after "
            + "running its `ClientMiddleware`s in order. Credentials never appear in its descriptions or errors, and "
            + "go only to the base URL's origin: it follows redirects itself, by its `RedirectPolicy`."
        return TypeDeclaration(
            doc: doc, access: .public, kind: .structure, name: clientType, inherits: ["Sendable"], members: members)
    }

    // MARK: Initializers and credentials

    private func initializers() -> [FunctionDeclaration] {
        var parameters: [FunctionDeclaration.Parameter] = []
        if api.auth.requiresCredentials {
            parameters.append(.init(name: "authentication", type: "Authentication"))
        }
        parameters.append(.init(name: "transport", type: "any ClientTransport"))
        parameters.append(.init(name: "middlewares", type: "[any ClientMiddleware]", defaultValue: "[]"))
        parameters.append(.init(name: "redirectPolicy", type: "RedirectPolicy", defaultValue: ".sameOriginOnly"))
        parameters.append(.init(name: "retryPolicy", type: "RetryPolicy", defaultValue: ".standard"))
        parameters.append(.init(name: "timeout", type: "Duration?", defaultValue: "nil"))
        let authentication = api.auth.requiresCredentials ? "authentication" : "nil"
        func core(_ baseURL: String) -> Statement {
            .line("\(coreName) = ClientCore(baseURL: \(baseURL), authentication: \(authentication), transport: transport, "
                + "middlewares: middlewares, redirectPolicy: redirectPolicy, retryPolicy: retryPolicy, timeout: timeout)")
        }
        var initializers: [FunctionDeclaration] = []
        // What DocC shows for each parameter; `host` or `baseURL` comes first.
        func callouts(first: (String, String)) -> DocCallouts {
            DocCallouts(parameters: [first] + parameters.compactMap { parameter in
                Self.initializerParameterDocs[parameter.name].map { (parameter.name, $0) }
            })
        }
        if !api.hosts.isEmpty {
            let host = SwiftName.type(api.name + "Host")
            initializers.append(FunctionDeclaration(
                doc: callouts(first: ("host", "The host the client sends to: one of ``\(host)``'s cases."))
                    .appended(to: "Creates a client of one of the API's hosts."),
                access: .public, kind: .initializer,
                parameters: [.init(name: "host", type: SwiftName.type(api.name + "Host"))] + parameters,
                body: [core("host.baseURL")]))
        }
        var baseURLCallouts = callouts(first: ("baseURL", "The URL every request's path is appended to."))
        baseURLCallouts.throwsText = "`BaseURLError` when the URL is not absolute https, or plain http to a loopback "
            + "address, or carries a query, a fragment or credentials."
        initializers.append(FunctionDeclaration(
            doc: baseURLCallouts.appended(
                to: "Creates a client of any base URL, such as an organization's own host: https, or plain http to a "
                    + "loopback address only. The URL may carry a path prefix but no query, fragment or credentials."),
            access: .public, kind: .initializer,
            parameters: [.init(name: "baseURL", type: "URL")] + parameters,
            effects: "throws(BaseURLError)",
            body: [core("try BaseURLPolicy.checked(baseURL)")]))
        return initializers
    }

    // MARK: Endpoint methods

    private func method(for endpoint: EndpointSpec) -> FunctionDeclaration {
        var body: [Statement] = []
        if !defaultHeaders.isEmpty {
            body.append(.line("var request = request"))
            for header in defaultHeaders {
                let name = propertyName(header)
                let value = SwiftName.propertyReference(name, hiddenBy: Self.methodLocals)
                body.append(.block("if request.\(name) == nil", [.line("request.\(name) = \(value)")]))
            }
        }
        let doc = endpoint.summary + "\n\n`\(endpoint.method.rawValue) \(endpoint.path)`."
        // DocC's callouts: what goes in, what comes out, what can go wrong instead.
        var returns = "The decoded body."
        var throwsText = "`APIError` when the request breaks a rule of the spec (nothing is sent), cannot be sent, "
            + "or its answer is not a body the API documents."
        let returnType: String
        // An error status whose body the spec declares is thrown before any status in a body is read.
        let statusNote = endpoint.errorBodies(in: api).isEmpty
            ? "whatever the HTTP status" : "unless the HTTP status is an error whose body the spec declares"
        if let outcome = api.outcome?.overridden(by: endpoint.outcome), let responseType = endpoint.responseTypeName,
           case .success(let statusPath) = FieldPath.resolve(outcome.statusPath, from: responseType, in: api) {
            body.append(.line("let body = try await \(coreName).send(\(sendArguments(of: endpoint)))"))
            body.append(.line("let status = \(statusPath.swiftExpression(from: "body"))"))
            body.append(.line("let report = \(statusReport(of: statusPath.field, keys: outcome.statusFields, value: "status"))"))
            let rulesName: String
            if hasOwnRules(endpoint) {
                // This endpoint's codes differ from the API's: its rules are its own.
                body.append(.line("let outcomes = \(rules(outcome, reason: reasonType(of: endpoint)))"))
                rulesName = "outcomes"
            } else {
                rulesName = "Self.outcomes"
            }
            if let items = endpoint.responseItems, let itemType = itemTypeName(items.path, in: endpoint) {
                body += itemStatements(items, itemType: itemType, outcome: outcome, rules: rulesName, in: endpoint)
                returnType = ClientNaming.resultType(of: endpoint)
                returns = "The request-level status the body reports, \(statusNote), and one result "
                    + (items.answersBody
                        ? "per element of the request's body, in the order sent: the item, why it failed, or unanswered."
                        : "per value of `\(items.answers)`, in the order asked for: the item, or why it failed.")
            } else if let item = endpoint.responseItem, itemTypeName(item.path, in: endpoint) != nil,
                      case .success(let itemPath) = FieldPath.resolve(item.path, from: responseType, in: api) {
                body.append(.line(
                    "return try \(rulesName).result(of: body, status: report, item: \(itemPath.swiftExpression(from: "body")), "
                        + "itemStatus: \(itemStatusReader(for: endpoint, path: itemPath, outcome: outcome)))"))
                returnType = ClientNaming.resultType(of: endpoint)
                returns = "The request-level status the body reports, \(statusNote), and the outcome "
                    + "of its one item: the item, why it failed, or unanswered when the body has none."
            } else {
                body.append(.line("_ = try \(rulesName).batchStatus(report)"))
                body.append(.line("return body"))
                returnType = SwiftName.type(responseType)
            }
            throwsText += " Also `APIError.rejected` when the body's own status refuses the request as a whole."
        } else {
            // A lone expression returns itself; after the default headers' statements it needs `return`.
            body.append(.line((body.isEmpty ? "" : "return ") + "try await \(coreName).send(\(sendArguments(of: endpoint)))"))
            returnType = SwiftTypeMapping.bodyType(of: endpoint.response)
        }
        if !endpoint.errorBodies(in: api).isEmpty {
            throwsText += " An error status the spec gives a body type has it decoded: `error.errorBody(as:)` reads it."
        }
        let callouts = DocCallouts(
            parameters: [("request", "The request; its rules are checked before anything is sent.")],
            returns: returns, throwsText: throwsText)
        return FunctionDeclaration(
            doc: callouts.appended(to: doc), access: .public, kind: .function(ClientNaming.method(of: endpoint)),
            parameters: [.init(label: "_", name: "request", type: RequestTranslator.typeName(of: endpoint))],
            effects: "async throws(APIError)", returnType: returnType, body: body)
    }

    /// `request, operationID: "get_forecasts"`, and the error bodies the endpoint reads, if any.
    private func sendArguments(of endpoint: EndpointSpec) -> String {
        let arguments = "request, operationID: " + SwiftLiteral.string(endpoint.name)
        guard errorBodiesProperty(of: endpoint) != nil else { return arguments }
        return arguments + ", errorBodies: Self." + Self.errorBodiesName(of: endpoint)
    }

    /// `getForecastsErrorBodies`: static, so that no method local or default header's property hides
    /// it, and never a keyword (`defaultErrorBodies` for an endpoint named `default`).
    private static func errorBodiesName(of endpoint: EndpointSpec) -> String {
        SwiftName.member(SwiftName.camelCase(endpoint.name) + "ErrorBodies")
    }

    /// The error bodies an endpoint reads (its own `errors` and the API's), most specific first, one
    /// rule a line: `.status(400, ForecastError.self)`, `.statusClass(4, Problem.self)`, `.default(...)`.
    private func errorBodiesProperty(of endpoint: EndpointSpec) -> PropertyDeclaration? {
        let errors = endpoint.errorBodies(in: api).sorted { $0.status < $1.status }
        guard !errors.isEmpty else { return nil }
        let mapping = SwiftTypeMapping(api: api)
        let leniency = SwiftTypeMapping.leniencyExpression(api.leniency ?? .strict)
        let rules = errors.map { error -> String in
            // A list, map or scalar body is read through its shape, with the API's leniency.
            let type = mapping.bodyShapeExpression(of: error.type).map { $0 + ", leniency: " + leniency }
                ?? SwiftTypeMapping.bodyType(of: error.type) + ".self"
            switch error.status {
            case .exact(let code): return ".status(\(code), \(type))"
            case .statusClass(let digit): return ".statusClass(\(digit), \(type))"
            case .default: return ".default(\(type))"
            }
        }
        return PropertyDeclaration(
            doc: "Which type the body of each error status of `\(ClientNaming.method(of: endpoint))(_:)` decodes into, as the spec's `errors` say.",
            access: .private, isStatic: true, isMutable: false, name: Self.errorBodiesName(of: endpoint), type: "[ErrorBodyRule]",
            value: .arrayLiteral(rules))
    }

    /// Which values were asked for, and how an item says which one it answers.
    private func itemStatements(
        _ items: ResponseItemsSpec, itemType: String, outcome: OutcomeSpec, rules: String, in endpoint: EndpointSpec
    ) -> [Statement] {
        guard let responseType = endpoint.responseTypeName,
              case .success(let listPath) = FieldPath.resolve(items.path, from: responseType, in: api),
              case .list(let element, _) = listPath.field.type,
              let itemFields = FieldPath.objectFields(of: element, in: api)
        else { return [] }
        // `items`, not a name derived from the JSON key, which could be another local's (`values`).
        let listExpression = listPath.swiftExpression(from: "body")
        var body: [Statement] = [.line("let items = \(listExpression)\(listPath.isOptional ? " ?? []" : "")")]
        if items.answersBody {
            return body + BulkWriteMatching(api: api, endpoint: endpoint, items: items).statements(
                itemType: itemType, itemFields: itemFields, rules: rules,
                itemStatus: itemStatusReader(for: endpoint, path: listPath, outcome: outcome))
        }
        body.append(.line("let values: [String]"))
        body.append(.line("let echo: (\(itemType)) -> String?"))
        for entry in endpoint.parameters {
            switch entry {
            case .group(let group) where group.name == items.answers:
                body.append(.switchOver("request.\(SwiftName.member(SwiftName.camelCase(group.name)))", group.members.map { member in
                    SwitchCase(
                        pattern: "case .\(propertyName(member))(let requested)",
                        body: [
                            .line("values = \(valueTexts(of: member, value: "requested"))"),
                            .line("echo = \(echoClosure(for: member, among: itemFields))"),
                        ])
                }))
            case .parameter(let parameter) where parameter.name == items.answers:
                body.append(.line("values = \(valueTexts(of: parameter, value: "request.\(propertyName(parameter))"))"))
                body.append(.line("echo = \(echoClosure(for: parameter, among: itemFields))"))
            default:
                continue
            }
        }
        body.append(.line(
            "return try \(rules).result(of: body, status: report, values: values, items: items, "
                + "echo: echo, itemStatus: \(itemStatusReader(for: endpoint, path: listPath, outcome: outcome)))"))
        return body
    }

    /// The values as sent: `[String]` as it is, anything else through its query text.
    private func valueTexts(of parameter: ParameterSpec, value: String) -> String {
        let isString: Bool
        if case .scalar(.string) = parameter.type { isString = true } else { isString = false }
        if parameter.listSeparator != nil {
            return isString ? value : "\(value).map(\\.queryText)"
        }
        return isString ? "[\(value)]" : "[\(value).queryText]"
    }

    /// The item field named like the parameter echoes the value an item answers, when there is one.
    private func echoClosure(for parameter: ParameterSpec, among fields: [FieldSpec]) -> String {
        // A nullable field (`Nullable<T>?`) echoes nothing: an answer without a value matches no request.
        guard let field = fields.first(where: { $0.name == parameter.name }), !field.isNullable else { return "{ _ in nil }" }
        let name = "$0." + SwiftName.property(wire: field.name, override: field.swiftName)
        let chain = field.isRequired ? "." : "?."
        switch field.type {
        case .scalar(.string): return "{ \(name) }"
        case .scalar: return "{ \(name)\(chain)queryText }"
        case .inlineEnum: return "{ \(name)\(chain)rawValue }"
        case .named(let reference):
            if case .enumeration? = api.type(named: reference.name)?.body { return "{ \(name)\(chain)rawValue }" }
            return "{ _ in nil }"
        default: return "{ _ in nil }"
        }
    }

    // MARK: Item status

    /// How the runtime reads an item's status: `Self.itemStatus` when the endpoint reads it as
    /// the API says, else a closure of its own.
    private func itemStatusReader(for endpoint: EndpointSpec, path: FieldPath, outcome: OutcomeSpec) -> String {
        if readsAPIItemStatus(endpoint) { return "Self.itemStatus" }
        guard let itemStatus = outcome.itemStatus, let statusField = itemFields(at: path)?.first(where: { $0.name == itemStatus })
        else { return "{ _ in nil }" }
        let property = SwiftName.property(wire: statusField.name, override: statusField.swiftName)
        return statusField.isRequired
            ? "{ " + statusReport(of: statusField, keys: outcome.itemStatusFields, value: "$0.\(property)") + " }"
            : "{ $0.\(property).map { \(statusReport(of: statusField, keys: outcome.itemStatusFields, value: "$0")) } }"
    }

    /// The fields of the items at `path`: a list's elements, or the one object.
    private func itemFields(at path: FieldPath) -> [FieldSpec]? {
        if case .list(let element, _) = path.field.type { return FieldPath.objectFields(of: element, in: api) }
        return FieldPath.objectFields(of: path.field.type, in: api)
    }

    /// One function per item type that endpoints reading the API's item status return: its status,
    /// as the runtime reads it.
    private func itemStatusFunctions() -> [FunctionDeclaration] {
        guard let outcome = api.outcome, let itemStatus = outcome.itemStatus else { return [] }
        var seen = Set<String>()
        var functions: [FunctionDeclaration] = []
        for endpoint in api.endpoints where readsAPIItemStatus(endpoint) {
            guard let itemPath = endpoint.responseItems?.path ?? endpoint.responseItem?.path,
                  let itemType = itemTypeName(itemPath, in: endpoint),
                  seen.insert(itemType).inserted,
                  let responseType = endpoint.responseTypeName,
                  case .success(let path) = FieldPath.resolve(itemPath, from: responseType, in: api),
                  let statusField = itemFields(at: path)?.first(where: { $0.name == itemStatus })
            else { continue }
            let itemName = SwiftName.member(SwiftName.camelCase(itemType.split(separator: ".").last.map(String.init) ?? "item"))
            let property = SwiftName.property(wire: statusField.name, override: statusField.swiftName)
            let keys = outcome.itemStatusFields
            let body: Statement = statusField.isRequired
                ? .line(statusReport(of: statusField, keys: keys, value: "\(itemName).\(property)"))
                : .line("\(itemName).\(property).map { \(statusReport(of: statusField, keys: keys, value: "$0")) }")
            functions.append(FunctionDeclaration(
                doc: "The status of one item, as the runtime reads it.",
                access: .private, modifiers: ["static"], kind: .function("itemStatus"),
                parameters: [.init(label: "of", name: itemName, type: itemType)],
                returnType: "StatusReport?", body: [body]))
        }
        return functions
    }

    /// `StatusReport(code: x.code, success: x.success, message: x.message)`, for the fields the
    /// status object has under the keys `keys` names (the validator made sure it has the code).
    private func statusReport(of statusField: FieldSpec, keys: StatusFieldsSpec, value: String) -> String {
        let fields = FieldPath.objectFields(of: statusField.type, in: api) ?? []
        let arguments = [("code", keys.code), ("success", keys.success), ("message", keys.message)].compactMap { label, key -> String? in
            guard let field = fields.first(where: { $0.name == key }) else { return nil }
            return "\(label): \(value).\(SwiftName.property(wire: field.name, override: field.swiftName))"
        }
        return "StatusReport(" + arguments.joined(separator: ", ") + ")"
    }

    /// `OutcomeRules<Reason>(allSucceeded: [200], ...)`.
    private func rules(_ outcome: OutcomeSpec, reason: String) -> String {
        "OutcomeRules<\(reason)>(allSucceeded: \(list(outcome.allSucceeded)), "
            + "partial: \(list(outcome.partial)), allFailed: \(list(outcome.allFailed)), itemSuccess: \(list(outcome.itemSuccess)))"
    }

    // MARK: Names

    /// The Swift type of the items at `itemPath` (a list's elements, or one object): a named type,
    /// or an inline object nested in the types along the path.
    private func itemTypeName(_ itemPath: [String], in endpoint: EndpointSpec) -> String? {
        guard let responseType = endpoint.responseTypeName,
              case .success(let path) = FieldPath.resolve(itemPath, from: responseType, in: api) else {
            return nil
        }
        var owner = SwiftName.type(responseType)
        for field in path.fields {
            let inner: FieldType
            if case .list(let element, _) = field.type { inner = element } else { inner = field.type }
            switch inner {
            case .named(let reference): owner = SwiftName.type(reference.name)
            case .inlineObject: owner += "." + (TypeNaming.inlineTypeName(of: field) ?? "_")
            default: return nil
            }
        }
        return owner
    }

    private func propertyName(_ parameter: ParameterSpec) -> String {
        SwiftName.property(wire: parameter.name, override: parameter.swiftName)
    }

    private func list(_ codes: [Int]) -> String {
        "[" + codes.map(String.init).joined(separator: ", ") + "]"
    }
}
