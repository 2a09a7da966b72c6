/// One OpenAPI operation as a specgen endpoint file: path, query and header parameters, the JSON or
/// form body, the first success response and the error bodies per status.
import Foundation

struct OperationMapper {
    let navigator: DocumentNavigator
    let schemas: SchemaMapper
    let log: WarningLog
    let auth: AuthMapping

    /// Headers the client or transport writes itself; a spec cannot declare them.
    static let reservedHeaders: Set<String> = [
        "authorization", "proxy-authorization", "accept", "cookie", "host", "content-length", "transfer-encoding",
        "content-type", "expect", "connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade",
    ]
    /// The request's own methods, which no property may be named like.
    static let requestMethods = ["makeQuery", "makeHeaderFields", "makePath", "makeBody", "validate", "pathAndQuery", "checkConstraints"]

    struct Operation {
        var path: String
        var method: String
        var node: JSONTree
        var pointer: JSONPointer
        /// Parameters the path item declares for all its operations.
        var sharedParameters: [(JSONTree, JSONPointer)]
    }

    func endpoint(_ operation: Operation, name: String) throws(ImportError) -> [(String, SpecYAML)] {
        let node = operation.node
        let pointer = operation.pointer
        let (path, fixedQuery) = cleanPath(operation.path, at: pointer)
        var entries: [(String, SpecYAML)] = [("name", .text(name)), ("method", .text(operation.method.uppercased())), ("path", .text(path))]
        let description = node["description"]?.stringValue
        entries.append(("summary", .text(Self.summary(node["summary"]?.stringValue, description: description, method: operation.method, path: operation.path))))
        if let description { entries.append(("description", .text(description))) }

        if !fixedQuery.isEmpty { entries.append(("fixed_query", .list(fixedQuery))) }

        var properties = PropertyNames(reserved: Self.requestMethods + ["body"])
        let parameters = try collectParameters(operation)
        var pathParameters: [SpecYAML] = []
        var queryParameters: [SpecYAML] = []
        var headers: [SpecYAML] = []
        var seenHeaders: Set<String> = []
        var seenNames: Set<String> = []
        let typePrefix = SpecNames.typeName(name)
        for (parameter, parameterPointer) in parameters {
            guard let wireName = parameter["name"]?.stringValue, let location = parameter["in"]?.stringValue else { continue }
            switch location {
            case "path":
                let mapped = try parameterType(parameter, at: parameterPointer, location: location, hint: typePrefix + SpecNames.typeName(wireName))
                seenNames.insert(wireName)
                pathParameters.append(.mapping(parameterEntries(wireName, parameter, mapped, swiftName: properties.swiftName(for: wireName), required: nil)))
            case "query":
                guard !seenNames.contains(wireName) else {
                    log.warn("query parameter '\(wireName)' has the name of a path parameter, which the format does not allow; dropped", at: parameterPointer)
                    continue
                }
                seenNames.insert(wireName)
                let mapped = try parameterType(parameter, at: parameterPointer, location: location, hint: typePrefix + SpecNames.typeName(wireName))
                queryParameters.append(.mapping(parameterEntries(wireName, parameter, mapped, swiftName: properties.swiftName(for: wireName), required: parameter["required"] == .bool(true))))
            case "header":
                let folded = wireName.lowercased()
                if Self.reservedHeaders.contains(folded) || auth.headers.contains(folded) {
                    log.warn("header '\(wireName)' is sent by the client itself (or carries credentials); dropped", at: parameterPointer)
                    continue
                }
                guard Self.isToken(wireName), seenHeaders.insert(folded).inserted, !seenNames.contains(wireName) else {
                    log.warn("header '\(wireName)' is not a distinct HTTP header name; dropped", at: parameterPointer)
                    continue
                }
                seenNames.insert(wireName)
                var mapped = try parameterType(parameter, at: parameterPointer, location: location, hint: typePrefix + SpecNames.typeName(wireName))
                if mapped.entries.contains(where: { $0.0 == "list" || $0.0 == "style" }) {
                    log.warn("header '\(wireName)' holds a list or object, which a header cannot declare; imported as string", at: parameterPointer)
                    mapped = ParameterType(entries: [("type", .text("string"))])
                }
                headers.append(.mapping(parameterEntries(wireName, parameter, mapped, swiftName: properties.swiftName(for: wireName), required: parameter["required"] == .bool(true))))
            case "cookie":
                log.warn("cookie parameters cannot be expressed (the transport's cookie storage sends cookies); '\(wireName)' dropped", at: parameterPointer)
            default:
                log.warn("parameters in '\(location)' cannot be expressed; '\(wireName)' dropped", at: parameterPointer)
            }
        }
        if !pathParameters.isEmpty { entries.append(("path_parameters", .list(pathParameters))) }
        if !headers.isEmpty { entries.append(("headers", .list(headers))) }
        if !queryParameters.isEmpty { entries.append(("parameters", .list(queryParameters))) }
        if let body = try body(node, at: pointer, method: operation.method, typePrefix: typePrefix) { entries.append(("body", body)) }
        let (response, errors) = try responses(node, at: pointer, typePrefix: typePrefix)
        entries.append(("response", response))
        if !errors.isEmpty { entries.append(("errors", .mapping(errors))) }
        if let endpointAuth = auth.endpointAuth(node["security"], at: pointer.appending("security")) { entries.append(("auth", .text(endpointAuth))) }
        for keyword in ["callbacks"] where node[keyword] != nil {
            log.warn("callbacks cannot be expressed; dropped", at: pointer.appending(keyword))
        }
        if case .array(let servers)? = node["servers"], !servers.isEmpty {
            log.warn("operation-level servers cannot be expressed; the API's hosts are used", at: pointer.appending("servers"))
        }
        return entries
    }

    /// The path without what some documents append to tell operations apart: a fragment
    /// (`/oauth2/token#refresh`, never sent, so dropped with a warning) and a constant query
    /// (`/responses?beta=true`, sent as the endpoint's `fixed_query`).
    private func cleanPath(_ raw: String, at pointer: JSONPointer) -> (String, [SpecYAML]) {
        var path = raw
        if let hash = path.firstIndex(of: "#") {
            log.warn("the path's fragment '\(path[hash...])' is never sent; dropped", at: pointer)
            path = String(path[..<hash])
        }
        var fixedQuery: [SpecYAML] = []
        if let question = path.firstIndex(of: "?") {
            for pair in path[path.index(after: question)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                    String($0).removingPercentEncoding ?? String($0)
                }
                fixedQuery.append(.mapping([("name", .text(parts[0])), ("value", .text(parts.count > 1 ? parts[1] : ""))]))
            }
            path = String(path[..<question])
        }
        return (path, fixedQuery)
    }

    /// One sentence: the summary, else the description's first sentence, else the method and path.
    static func summary(_ summary: String?, description: String?, method: String, path: String) -> String {
        if let summary, !summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return summary.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        if let description, let first = description.split(whereSeparator: \.isNewline).first.map(String.init),
            !first.trimmingCharacters(in: .whitespaces).isEmpty
        {
            let sentence = first.split(separator: ". ", maxSplits: 1).first.map(String.init) ?? first
            return String(sentence.prefix(200))
        }
        return "\(method.uppercased()) \(path)"
    }

    private static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "!#$%&'*+-.^_`|~".unicodeScalars.contains($0)) }
    }

    private func collectParameters(_ operation: Operation) throws(ImportError) -> [(JSONTree, JSONPointer)] {
        var result: [(JSONTree, JSONPointer)] = []
        var index: [String: Int] = [:]
        var own: [(JSONTree, JSONPointer)] = []
        if case .array(let list)? = operation.node["parameters"] {
            own = list.enumerated().map { ($1, operation.pointer.appending("parameters").appending($0)) }
        }
        // An operation's parameter replaces the path item's of the same name and location.
        for (node, pointer) in operation.sharedParameters + own {
            let (parameter, parameterPointer) = try navigator.resolved(node, at: pointer)
            let key = (parameter["in"]?.stringValue ?? "") + ":" + (parameter["name"]?.stringValue ?? "")
            if let existing = index[key] {
                result[existing] = (parameter, parameterPointer)
            } else {
                index[key] = result.count
                result.append((parameter, parameterPointer))
            }
        }
        return result
    }

    struct ParameterType {
        var entries: [(String, SpecYAML)]
        var description: String?
    }

    /// A parameter's `type` (and `list`, `list_style`, `values`, bounds, object fields) from its
    /// schema and style; what a parameter cannot be becomes `string` with a warning.
    private func parameterType(_ parameter: JSONTree, at pointer: JSONPointer, location: String, hint: String) throws(ImportError) -> ParameterType {
        guard let schema = parameter["schema"] else {
            log.warn("a parameter given by 'content' rather than 'schema' is imported as string", at: pointer)
            return ParameterType(entries: [("type", .text("string"))])
        }
        let mapped = try schemas.map(schema, at: pointer.appending("schema"), hint: hint)
        let style = parameter["style"]?.stringValue ?? (location == "query" ? "form" : "simple")
        let explode = parameter["explode"].map { $0 == .bool(true) } ?? (style == "form")
        if let scalar = parameterScalar(mapped.type) {
            return ParameterType(entries: [("type", .text(scalar))] + mapped.rules.filter { ["minimum", "maximum"].contains($0.0) }, description: mapped.description)
        }
        if case .list(let items, _) = mapped.type, let scalar = parameterScalar(items), location == "query" {
            var entries: [(String, SpecYAML)] = [("type", .text(scalar))]
            switch style {
            case "form" where explode: entries += [("list", .text(",")), ("list_style", .text("repeated"))]
            case "form": entries.append(("list", .text(",")))
            case "spaceDelimited": entries.append(("list", .text(" ")))
            case "pipeDelimited": entries.append(("list", .text("|")))
            default:
                log.warn("list style '\(style)' cannot be expressed; sent comma-joined", at: pointer)
                entries.append(("list", .text(",")))
            }
            return ParameterType(entries: entries, description: mapped.description)
        }
        if case .named(let typeName) = mapped.type, location == "query", style == "deepObject",
            let made = schemas.type(named: typeName), case .object(let fields, _) = made.body
        {
            var objectFields: [SpecYAML] = []
            for field in fields {
                guard case .scalar(let scalar) = field.type, scalar != "json" else {
                    log.warn("field '\(field.name)' of the deepObject parameter is not a scalar; dropped", at: pointer.appending("schema"))
                    continue
                }
                var entries: [(String, SpecYAML)] = [("name", .text(field.name))]
                if let swiftName = field.swiftName { entries.append(("swift_name", .text(swiftName))) }
                entries.append(("type", .text(scalar)))
                if field.required { entries.append(("required", .literal("true"))) }
                if let description = field.description { entries.append(("description", .text(description))) }
                objectFields.append(.mapping(entries))
            }
            if !objectFields.isEmpty {
                return ParameterType(
                    entries: [("type", .text("object")), ("type_name", .text(schemas.claimTypeName(hint + "Value"))), ("style", .text("brackets")), ("fields", .list(objectFields))],
                    description: mapped.description)
            }
        }
        log.warn("a \(location) parameter of this schema (style \(style)) cannot be expressed; imported as string", at: pointer.appending("schema"))
        return ParameterType(entries: [("type", .text("string"))], description: mapped.description)
    }

    /// The parameter type of a scalar or a named enum; nil for anything else.
    private func parameterScalar(_ type: ValueType) -> String? {
        switch type {
        case .scalar(let name) where name != "json": return name
        case .named(let name):
            if let made = schemas.type(named: name), case .enumeration = made.body { return name }
            return nil
        default: return nil
        }
    }

    private func parameterEntries(_ wireName: String, _ parameter: JSONTree, _ type: ParameterType, swiftName: String?, required: Bool?) -> [(String, SpecYAML)] {
        var entries: [(String, SpecYAML)] = [("name", .text(wireName))]
        if let swiftName { entries.append(("swift_name", .text(swiftName))) }
        entries += type.entries
        if required == true { entries.append(("required", .literal("true"))) }
        if let description = parameter["description"]?.stringValue ?? type.description { entries.append(("description", .text(description))) }
        return entries
    }

    // MARK: Bodies

    private func body(_ node: JSONTree, at pointer: JSONPointer, method: String, typePrefix: String) throws(ImportError) -> SpecYAML? {
        guard let requestBody = node["requestBody"] else { return nil }
        let (request, requestPointer) = try navigator.resolved(requestBody, at: pointer.appending("requestBody"))
        if method == "get" {
            log.warn("a GET request cannot have a body; dropped", at: requestPointer)
            return nil
        }
        guard case .object(let contents)? = request["content"] else { return nil }
        var chosen: (mediaType: String, content: JSONTree)?
        for entry in contents {
            let mediaType = entry.key.lowercased().split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            let usable = Self.isJSON(mediaType) || mediaType == "application/x-www-form-urlencoded"
            if usable, chosen == nil {
                chosen = (mediaType, entry.value)
            } else if usable, let chosen {
                log.warn(
                    "one body per endpoint is imported (\(chosen.mediaType)); \(entry.key) dropped",
                    at: requestPointer.appending("content").appending(entry.key))
            } else {
                log.warn(
                    "only application/json and form bodies are imported; \(entry.key) dropped",
                    at: requestPointer.appending("content").appending(entry.key))
            }
        }
        guard let chosen else { return nil }
        let contentPointer = requestPointer.appending("content").appending(contents.first { $0.value == chosen.content }?.key ?? chosen.mediaType)
        guard let schema = chosen.content["schema"] else {
            log.warn("a body without a schema cannot be expressed; dropped", at: contentPointer)
            return nil
        }
        var entries: [(String, SpecYAML)] = []
        let isForm = chosen.mediaType == "application/x-www-form-urlencoded"
        if isForm { entries.append(("content_type", .text("application/x-www-form-urlencoded"))) }
        let mapped = try schemas.map(schema, at: contentPointer.appending("schema"), hint: typePrefix + "Body")
        if isForm {
            guard case .named(let typeName) = mapped.type, let made = schemas.type(named: typeName), case .object(let fields, _) = made.body else {
                log.warn("a form body that is not an object cannot be expressed; dropped", at: contentPointer.appending("schema"))
                return nil
            }
            entries += [("type", .text("object")), ("type_name", .text(schemas.claimTypeName(typePrefix + "Form")))]
            entries.append(("fields", .list(formFields(fields, at: contentPointer.appending("schema")))))
        } else {
            switch mapped.type {
            case .named(let typeName):
                guard let made = schemas.type(named: typeName), case .object = made.body else {
                    log.warn("a JSON body of a union or enum cannot be expressed; dropped", at: contentPointer.appending("schema"))
                    return nil
                }
                entries.append(("type", .text(typeName)))
            case .list(let items, let nullable):
                entries += [("type", .text("list")), ("items", items.itemYAML(nullable: nullable))]
                entries += mapped.rules.filter { ["min_items", "max_items"].contains($0.0) }
            default:
                log.warn("a JSON body that is not an object or a list cannot be expressed; dropped", at: contentPointer.appending("schema"))
                return nil
            }
        }
        entries.append(("swift_name", .text("body")))
        if request["required"] != .bool(true) { entries.append(("required", .literal("false"))) }
        if let description = request["description"]?.stringValue { entries.append(("description", .text(description))) }
        return .mapping(entries)
    }

    static func isJSON(_ mediaType: String) -> Bool {
        mediaType == "application/json" || mediaType.hasSuffix("+json") || mediaType == "*/*" || mediaType == "application/*"
            || mediaType == "text/json"
    }

    /// A form's fields: scalars, enums and lists of them (joined by commas); objects and raw JSON
    /// cannot be sent in a form.
    private func formFields(_ fields: [ImportedField], at pointer: JSONPointer) -> [SpecYAML] {
        var result: [SpecYAML] = []
        for field in fields {
            var entries: [(String, SpecYAML)] = [("name", .text(field.name))]
            if let swiftName = field.swiftName { entries.append(("swift_name", .text(swiftName))) }
            switch field.type {
            case .scalar(let scalar) where scalar != "json":
                entries.append(("type", .text(scalar)))
                entries += field.rules
            case .named(let name) where isEnum(name):
                entries.append(("type", .text(name)))
            case .list(let items, false) where isFormScalar(items):
                log.warn(
                    "form field '\(field.name)' is a list; sent as one value joined by ',' (OpenAPI's default form encoding repeats the key)",
                    at: pointer.appending("properties").appending(field.name))
                entries += [("type", .text("list")), ("items", items.itemYAML(nullable: false)), ("separator", .text(","))]
            default:
                log.warn("form field '\(field.name)' is not a scalar, enum or list of them, which a form cannot send; dropped", at: pointer.appending("properties").appending(field.name))
                continue
            }
            if field.required { entries.append(("required", .literal("true"))) }
            if let description = field.description { entries.append(("description", .text(description))) }
            result.append(.mapping(entries))
        }
        return result
    }

    private func isEnum(_ name: String) -> Bool {
        if let made = schemas.type(named: name), case .enumeration = made.body { return true }
        return false
    }

    private func isFormScalar(_ type: ValueType) -> Bool {
        switch type {
        case .scalar(let name): name != "json"
        case .named(let name): isEnum(name)
        default: false
        }
    }

    // MARK: Responses

    private func responses(_ node: JSONTree, at pointer: JSONPointer, typePrefix: String) throws(ImportError) -> (SpecYAML, [(String, SpecYAML)]) {
        guard case .object(let statuses)? = node["responses"] else {
            log.warn("no responses; the response is json", at: pointer)
            return (.mapping([("type", .text("json"))]), [])
        }
        let successKey = statuses.first { $0.key.hasPrefix("2") }?.key ?? (statuses.contains { $0.key == "default" } ? "default" : nil)
        var response: SpecYAML = .mapping([("type", .text("json"))])
        var errors: [(String, SpecYAML)] = []
        for entry in statuses {
            let statusPointer = pointer.appending("responses").appending(entry.key)
            let (answer, answerPointer) = try navigator.resolved(entry.value, at: statusPointer)
            if entry.key == successKey {
                response = try successResponse(answer, at: answerPointer, status: entry.key, typePrefix: typePrefix)
                continue
            }
            if entry.key.hasPrefix("2") {
                if jsonSchema(answer) != nil {
                    log.warn("only the first success status's body (\(successKey ?? "")) is imported; the body of \(entry.key) is read as that type", at: statusPointer)
                }
                continue
            }
            guard let (schema, schemaPointer) = jsonSchema(answer).map({ ($0.schema, answerPointer.appending("content").appending($0.mediaType).appending("schema")) }) else {
                continue  // no JSON body to decode
            }
            let mapped = try schemas.map(schema, at: schemaPointer, hint: typePrefix + "Error" + SpecNames.typeName(entry.key))
            guard var body = bodyType(mapped, at: schemaPointer, what: "error body") else { continue }
            if let description = answer["description"]?.stringValue, !description.isEmpty { body.append(("description", .text(description))) }
            errors.append((entry.key == "default" ? entry.key : entry.key.uppercased(), .mapping(body)))
        }
        return (response, errors)
    }

    private func successResponse(_ answer: JSONTree, at pointer: JSONPointer, status: String, typePrefix: String) throws(ImportError) -> SpecYAML {
        var entries: [(String, SpecYAML)]
        if let (mediaType, schema) = jsonSchema(answer).map({ ($0.mediaType, $0.schema) }) {
            let schemaPointer = pointer.appending("content").appending(mediaType).appending("schema")
            let mapped = try schemas.map(schema, at: schemaPointer, hint: typePrefix + "Response")
            entries = bodyType(mapped, at: schemaPointer, what: "response") ?? [("type", .text("json"))]
            ResponseExamples.check(answer, mediaType: mediaType, type: mapped.type, schemas: schemas, at: pointer.appending("content").appending(mediaType), log: log)
        } else {
            if case .object(let contents)? = answer["content"], !contents.isEmpty {
                log.warn("the \(status) response has no JSON body (\(contents.map(\.key).joined(separator: ", "))); the response is json", at: pointer.appending("content"))
            }
            entries = [("type", .text("json"))]
        }
        if let description = answer["description"]?.stringValue, !description.isEmpty { entries.append(("description", .text(description))) }
        return .mapping(entries)
    }

    /// The first JSON content's schema of a response.
    private func jsonSchema(_ answer: JSONTree) -> (mediaType: String, schema: JSONTree)? {
        guard case .object(let contents)? = answer["content"] else { return nil }
        for entry in contents {
            let mediaType = entry.key.lowercased().split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            if Self.isJSON(mediaType), let schema = entry.value["schema"] { return (entry.key, schema) }
        }
        return nil
    }

    /// `type` (and `items`) of a response or error body; a named type, a list, a map or a scalar.
    private func bodyType(_ mapped: SchemaMapper.Mapped, at pointer: JSONPointer, what: String) -> [(String, SpecYAML)]? {
        if mapped.nullable {
            log.warn("a \(what) that may be null cannot be expressed; null is not accepted", at: pointer)
        }
        return mapped.type.yamlEntries()
    }
}
