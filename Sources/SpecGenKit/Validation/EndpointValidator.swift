import SpecGenRuntime
import YAMLReader

/// Checks one endpoint: its parameters, constraints, switches, response type and examples.
struct EndpointValidator {
    let api: APISpec
    let endpoint: EndpointSpec
    let diagnostics: DiagnosticCollector

    /// `auth: <name>` must name a scheme `api.auth` declares.
    private func checkAuth() {
        guard case .scheme(let name, let location) = endpoint.auth, api.auth.scheme(named: name) == nil else { return }
        let declared = (api.auth.schemes.map(\.name) + ["none"]).map { "'\($0)'" }.joined(separator: ", ")
        diagnostics.error(
            "'auth' names the scheme '\(name)', which 'api.auth' does not declare; expected one of \(declared)"
                + Suggestion.didYouMean(name, in: api.auth.schemes.map(\.name)),
            at: location)
    }

    func validate() {
        let parameters = endpoint.allParameters
        // Query names: the fixed items, the parameters and the switches all share one query string.
        var wireNames = UniqueNames(what: "query parameter", diagnostics: diagnostics)
        for item in api.fixedQuery {
            wireNames.seed(item.name, display: item.name, at: item.location)
        }
        for item in endpoint.fixedQuery {
            wireNames.insert(item.name, display: item.name, at: item.location)
        }
        // Every Swift property of the request type lives in one scope, and so does every nested type.
        var headerNames = UniqueNames(what: "header", comparison: .ignoringCase, diagnostics: diagnostics)
        var properties = UniqueNames(
            what: "request property", comparison: .swiftName(remedy: "set 'swift_name' on one"), diagnostics: diagnostics)
        var nestedTypes = UniqueNames(
            what: "nested type", comparison: .swiftName(remedy: "set 'type_name' on one or rename it"), diagnostics: diagnostics)
        let typeReferences = RequestTypeReferences(api: api, endpoint: endpoint)
        for scheme in api.auth.schemes {
            if let header = scheme.header { headerNames.seed(header.lowercased(), display: header, at: scheme.location) }
            if let query = scheme.query { wireNames.seed(query, display: query, at: scheme.location) }
        }
        checkAuth()
        for header in api.headers {
            headerNames.seed(header.name.lowercased(), display: header.name, at: header.location)
            properties.seed(SwiftName.property(wire: header.name, override: header.swiftName), display: header.name, at: header.location)
        }
        // Path parameters come first in the initializer, so a clash is reported at what comes later.
        for parameter in checkedPathParameters() {
            let property = SwiftName.property(wire: parameter.name, override: parameter.swiftName)
            properties.insert(property, display: parameter.name, at: parameter.location)
            RequestMethodNames.check(property, of: "path parameter '\(parameter.name)'", at: parameter.location, diagnostics: diagnostics)
        }
        // A name that is a group member and something else too would be sent twice by a request that
        // sets both, and what a service makes of two values no spec can state: one name, one role.
        let memberNames = Set(endpoint.parameters.flatMap { entry -> [String] in
            if case .group(let group) = entry { return group.members.map(\.name) }
            return []
        })
        let twoRoles = { (name: String) -> String? in
            memberNames.contains(name)
                ? "one wire name has one role (a parameter, or a member of one group): a request setting both would send '\(name)' twice"
                : nil
        }
        for entry in endpoint.parameters {
            switch entry {
            case .parameter(let parameter):
                // A repeated wire name is reported once, not again as a Swift collision.
                if wireNames.insert(parameter.name, display: parameter.name, at: parameter.location, reason: twoRoles(parameter.name)) {
                    let property = SwiftName.property(wire: parameter.name, override: parameter.swiftName)
                    properties.insert(property, display: parameter.name, at: parameter.location)
                    RequestMethodNames.check(property, of: "parameter '\(parameter.name)'", at: parameter.location, diagnostics: diagnostics)
                }
            case .group(let group) where !group.isEnum:
                // Each member is a property of the request, like a plain parameter.
                for member in group.members
                where wireNames.insert(member.name, display: member.name, at: member.location, reason: twoRoles(member.name)) {
                    let property = SwiftName.property(wire: member.name, override: member.swiftName)
                    properties.insert(property, display: member.name, at: member.location)
                    RequestMethodNames.check(property, of: "parameter '\(member.name)'", at: member.location, diagnostics: diagnostics)
                }
            case .group(let group):
                let property = SwiftName.member(SwiftName.camelCase(group.name))
                properties.insert(property, display: group.name, at: group.location)
                RequestMethodNames.check(property, of: "group '\(group.name)'", remedy: "rename it", at: group.location, diagnostics: diagnostics)
                nestedTypes.insert(TypeNaming.nestedTypeName(group.name), display: group.name, at: group.location)
                typeReferences.check(
                    TypeNaming.nestedTypeName(group.name), of: "group '\(group.name)'", remedy: "rename it", at: group.location,
                    diagnostics: diagnostics)
                var cases = UniqueNames(
                    what: "group member", comparison: .swiftName(remedy: "set 'swift_name' on one"), diagnostics: diagnostics)
                for member in group.members
                where wireNames.insert(member.name, display: member.name, at: member.location, reason: twoRoles(member.name)) {
                    cases.insert(SwiftName.property(wire: member.name, override: member.swiftName),
                                 display: member.name, at: member.location)
                }
            }
        }
        for parameter in parameters {
            ParameterRules.check(parameter, diagnostics: diagnostics)
            QueryObjectRules.check(parameter, diagnostics: diagnostics)
            if case .object = parameter.type, memberNames.contains(parameter.name) {
                diagnostics.error(
                    "an object parameter cannot be a member of a parameter group; make it a parameter of its own and say what it needs in the description",
                    at: parameter.location)
            }
            checkRequirements(of: parameter, among: parameters)
            checkComparison(of: parameter, among: parameters)
        }
        // The API's headers were checked among themselves by the API's validation; here they only
        // occupy their names.
        for header in endpoint.headers where headerNames.insert(header.name.lowercased(), display: header.name, at: header.location) {
            let property = SwiftName.property(wire: header.name, override: header.swiftName)
            properties.insert(property, display: header.name, at: header.location)
            RequestMethodNames.check(property, of: "header '\(header.name)'", at: header.location, diagnostics: diagnostics)
        }
        for header in endpoint.headers {
            ReservedHeaders.check(header, diagnostics: diagnostics)
            ParameterRules.check(header, diagnostics: diagnostics)
        }
        for parameter in endpoint.pathParameters + parameters + api.headers + endpoint.headers {
            if case .enumeration = parameter.type, parameter.enumType == nil {
                nestedTypes.insert(TypeNaming.enumTypeName(of: parameter), display: parameter.typeName ?? parameter.name,
                                   at: parameter.location)
                typeReferences.check(TypeNaming.enumTypeName(of: parameter), of: "the enum of '\(parameter.name)'",
                                     remedy: "set 'type_name'", at: parameter.location, diagnostics: diagnostics)
            }
            if case .object = parameter.type {
                let name = QueryObjectTranslator.typeName(of: parameter)
                nestedTypes.insert(name, display: parameter.typeName ?? parameter.name, at: parameter.location)
                typeReferences.check(
                    name, of: "the struct of '\(parameter.name)'", remedy: "set 'type_name'", at: parameter.location, diagnostics: diagnostics)
            }
        }
        if let switches = endpoint.switches {
            let property = SwiftName.member(SwiftName.camelCase(switches.name))
            properties.insert(property, display: switches.name, at: switches.location)
            RequestMethodNames.check(property, of: "switch set '\(switches.name)'", remedy: "rename it", at: switches.location, diagnostics: diagnostics)
            nestedTypes.insert(TypeNaming.nestedTypeName(switches.name), display: switches.name, at: switches.location)
            typeReferences.check(TypeNaming.nestedTypeName(switches.name), of: "switch set '\(switches.name)'", remedy: "rename it",
                                 at: switches.location, diagnostics: diagnostics)
            var caseNames = UniqueNames(
                what: "switch", comparison: .swiftName(remedy: "set 'swift_name' on one"), diagnostics: diagnostics)
            for item in switches.switches where wireNames.insert(item.name, display: item.name, at: item.location) {
                caseNames.insert(SwiftName.property(wire: item.name, override: item.swiftName), display: item.name, at: item.location)
            }
            if switches.switches.isEmpty {
                diagnostics.error("'switches' needs at least one value", at: switches.location)
            }
        }
        BodyValidator(api: api, endpoint: endpoint, diagnostics: diagnostics)
            .validate(properties: &properties, nestedTypes: &nestedTypes, typeReferences: typeReferences)
        checkResponse()
        for example in endpoint.examples {
            ExampleChecker(api: api, endpoint: endpoint, diagnostics: diagnostics).check(example)
        }
    }

    private func checkRequirements(of parameter: ParameterSpec, among parameters: [ParameterSpec]) {
        for requirement in parameter.requires {
            guard let target = parameters.first(where: { $0.name == requirement.parameter }) else {
                if endpoint.namesWithErrors.contains(requirement.parameter) { continue }  // reported where it is defined
                diagnostics.error(
                    "'requires' names unknown parameter '\(requirement.parameter)'"
                        + Suggestion.didYouMean(requirement.parameter, in: parameters.map(\.name)),
                    at: requirement.location)
                continue
            }
            if endpoint.enumGroup(of: target.name) != nil {
                // An `at_least_one` group's members are values of their own and can be named.
                diagnostics.error(
                    "'requires' cannot name '\(target.name)', a member of a parameter group; require the group's choice in the description instead",
                    at: requirement.location)
            } else if target.name == parameter.name {
                diagnostics.error("parameter '\(parameter.name)' cannot require itself", at: requirement.location)
            } else if let value = requirement.value {
                if case .object = target.type {
                    diagnostics.error(
                        "'requires' cannot name '\(target.name)', an object parameter: an object has no single value to compare; name it in a list to require that it is set",
                        at: requirement.location)
                } else if target.listSeparator != nil {
                    // A list holds several values; "has the value" could mean contains it, is exactly
                    // it, or is not empty, and a reader of the spec could not tell which was meant.
                    diagnostics.error(
                        "'requires' cannot name '\(target.name)', a list parameter: a list has no single value to compare; say what it needs in the description instead",
                        at: requirement.location)
                } else if let problem = ParameterRules.mismatch(value, for: target) {
                    diagnostics.error("'requires' value for '\(target.name)': \(problem)", at: requirement.location)
                }
            } else if target.isRequired {
                diagnostics.error(
                    "'requires' names '\(target.name)', which is required and so always set; remove it from 'requires'",
                    at: requirement.location)
            }
        }
    }

    /// `not_after`: another parameter of the same comparable kind, each a value of its own.
    private func checkComparison(of parameter: ParameterSpec, among parameters: [ParameterSpec]) {
        guard let reference = parameter.notAfter else { return }
        guard let other = parameters.first(where: { $0.name == reference.parameter }) else {
            if endpoint.namesWithErrors.contains(reference.parameter) { return }  // reported where it is defined
            diagnostics.error(
                "'not_after' names unknown parameter '\(reference.parameter)'"
                    + Suggestion.didYouMean(reference.parameter, in: parameters.map(\.name)),
                at: reference.location)
            return
        }
        if let problem = Self.comparisonProblem(parameter, other, in: endpoint) {
            diagnostics.error(problem, at: reference.location)
        }
    }

    /// Why `not_after` cannot compare `parameter` with `other`, or nil when it can.
    static func comparisonProblem(_ parameter: ParameterSpec, _ other: ParameterSpec, in endpoint: EndpointSpec) -> String? {
        if other.name == parameter.name {
            return "parameter '\(parameter.name)' cannot be compared with itself"
        }
        for side in [parameter, other] {
            if let group = endpoint.enumGroup(of: side.name) {
                return "'not_after' cannot compare '\(side.name)', a member of the \(group.requirement.rawValue) group '\(group.name)' (a case of its enum, not a value of its own)"
            }
            if side.listSeparator != nil {
                return "'not_after' cannot compare '\(side.name)', a list parameter: a list has no single value to compare"
            }
        }
        guard case .scalar(let kind) = parameter.type, case .scalar(let otherKind) = other.type, kind == otherKind, kind.isComparable else {
            let comparable = ScalarKind.allCases.filter(\.isComparable).map(\.rawValue)
            return "'not_after' compares '\(parameter.name)' (\(ParameterTable.typeText(parameter))) with '\(other.name)' (\(ParameterTable.typeText(other))); "
                + "both must have the same type, one of " + comparable.joined(separator: ", ")
        }
        return nil
    }

    /// A named response type exists; a list's or a scalar's parts are checked as a field's are.
    private func checkResponse() {
        // After the response's own checks, whatever they found.
        defer { ErrorBodyRules.check(endpoint.errors, api: api, diagnostics: diagnostics) }
        guard let name = endpoint.responseTypeName else {
            SpecValidator().validateFieldType(endpoint.response, keepsUnknownKeys: false, api: api, diagnostics: diagnostics)
            return
        }
        guard let type = api.type(named: name) else {
            diagnostics.error(
                "unknown response type '\(name)'"
                    + (NestedTypeHint.hint(for: name, in: api) ?? Suggestion.didYouMean(name, in: api.types.map(\.name))),
                at: endpoint.responseLocation)
            return
        }
        if endpoint.responseItems != nil || endpoint.responseItem != nil, !type.body.isObject {
            diagnostics.error(
                "response type '\(name)' must be an object type: 'items' and 'item' are paths into an object",
                at: endpoint.responseLocation)
        }
    }
}

/// A request property named like one of the request type's methods (`validate`, `makeQuery`) would
/// redeclare it; the author chooses another Swift name.
enum RequestMethodNames {
    static func check(
        _ property: String, of what: String, remedy: String = "set 'swift_name'", at location: SourceLocation,
        diagnostics: DiagnosticCollector
    ) {
        guard RequestTranslator.ownMethods.contains(property) else { return }
        diagnostics.error(
            "\(what) would be the request property '\(property)', which is the name of the request's method '\(property)()'; \(remedy)",
            at: location)
    }
}

/// Rules every query parameter and header follows on its own.
enum ParameterRules {
    static func check(_ parameter: ParameterSpec, diagnostics: DiagnosticCollector) {
        if case .scalar(.boolean) = parameter.type, parameter.listSeparator != nil {
            diagnostics.error("a boolean parameter cannot be a list", at: parameter.location)
        }
        // A named enum type's values were checked with the type.
        if case .enumeration(let values) = parameter.type, parameter.enumType == nil {
            SpecValidator().validateEnumValues(values, isRequestEnum: true, diagnostics: diagnostics)
        }
        // An object's `default` was refused by the loader.
        if let defaultValue = parameter.defaultValue, parameter.objectFields.isEmpty, let problem = mismatch(defaultValue, for: parameter) {
            diagnostics.error("default \(problem)", at: parameter.defaultValueLocation ?? parameter.location)
        }
    }

    /// Why `value` cannot be a value of `parameter`, or nil when it can.
    static func mismatch(_ value: LiteralValue, for parameter: ParameterSpec) -> String? {
        switch (parameter.type, value) {
        case (.object, _):
            return "'\(value)' is not an object's value; give its fields, '\(parameter.name)[field]'"
        case (.enumeration(let values), _):
            let allowed = values.map(\.value)
            if allowed.contains(value.description) { return nil }
            return "'\(value)' is not one of the allowed values \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
                + Suggestion.didYouMean(value.description, in: allowed)
        case (.scalar(.string), .string), (.scalar(.integer), .integer), (.scalar(.number), .integer),
             (.scalar(.number), .number), (.scalar(.boolean), .boolean):
            break
        case (.scalar(let kind), _) where kind.isDateOrTime:
            // A format the loader refused was reported there; the value is not judged by it.
            guard let format = DateFormats.declared(kind, pattern: parameter.format) else { return nil }
            // A unix time is a count, which YAML reads as a number; any other format is text.
            let text: String
            switch value {
            case .string(let string):
                text = string
            case .integer, .number:
                guard format.unixTime != nil else { return "'\(value)' is not a valid \(kind.rawValue)" }
                text = value.description
            case .boolean:
                return "'\(value)' is not a valid \(kind.rawValue)"
            }
            let isValid = kind == .date
                ? (try? format.read(text, as: CalendarDate.self)) != nil
                : (try? format.read(text, as: DateTime.self)) != nil
            if isValid { return nil }
            return "'\(text)' is not a \(kind == .date ? "date" : "date and time") written \(format.pattern)"
        case (.scalar(let kind), _):
            return "'\(value)' is not a valid \(kind.rawValue)"
        }
        if let number = value.numericValue {
            if let minimum = parameter.minimum, number < minimum {
                return "\(value) is below the minimum \(LiteralValue.number(minimum))"
            }
            if let maximum = parameter.maximum, number > maximum {
                return "\(value) is above the maximum \(LiteralValue.number(maximum))"
            }
        }
        return nil
    }
}

extension LiteralValue {
    var numericValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}
