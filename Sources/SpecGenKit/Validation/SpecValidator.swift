import Foundation
import YAMLReader

/// Stage 2: checks what no single file can check on its own: references between types, names that
/// collide, defaults against allowed values, constraints against the parameters they name.
/// Reports every problem; never stops at the first.
public struct SpecValidator {
    public init() {}

    public func validate(_ api: APISpec, diagnostics: DiagnosticCollector) {
        validateAPI(api, diagnostics: diagnostics)
        validateTypes(api, diagnostics: diagnostics)
        var endpointNames = UniqueNames(what: "endpoint", diagnostics: diagnostics)
        for endpoint in api.endpoints {
            endpointNames.insert(SwiftName.pascalCase(endpoint.name), display: endpoint.name, at: endpoint.location)
            EndpointValidator(api: api, endpoint: endpoint, diagnostics: diagnostics).validate()
        }
        OutcomeValidator(api: api, diagnostics: diagnostics).validate()
    }

    private func validateAPI(_ api: APISpec, diagnostics: DiagnosticCollector) {
        if !api.name.isEmpty, SwiftName.pascalCase(api.name) != api.name {
            diagnostics.error("API name '\(api.name)' must be a PascalCase identifier, e.g. '\(SwiftName.pascalCase(api.name))'", at: api.location)
        }
        if !api.module.isEmpty, SwiftName.pascalCase(api.module) != api.module {
            diagnostics.error("module '\(api.module)' must be a Swift module name, e.g. '\(SwiftName.pascalCase(api.module))'", at: api.location)
        }
        var hostNames = UniqueNames(what: "host", diagnostics: diagnostics)
        for host in api.hosts {
            hostNames.insert(SwiftName.camelCase(host.name), display: host.name, at: host.location)
            let url = URL(string: host.url)
            if !host.url.hasPrefix("https://") || url?.host == nil || url?.query != nil || url?.fragment != nil {
                diagnostics.error(
                    "host '\(host.name)' must have an https:// URL with a host and no query or fragment", at: host.location)
            }
        }
        var headers = UniqueNames(what: "header", diagnostics: diagnostics)
        for header in api.headers {
            headers.insert(header.name.lowercased(), display: header.name, at: header.location)
            ParameterRules.check(header, diagnostics: diagnostics)
        }
    }

    private func validateTypes(_ api: APISpec, diagnostics: DiagnosticCollector) {
        var typeNames = UniqueNames(what: "type", diagnostics: diagnostics)
        for type in api.types {
            typeNames.insert(SwiftName.type(type.name), display: type.name, at: type.location)
            switch type.body {
            case .object(let fields):
                validateFields(fields, in: type.name, api: api, diagnostics: diagnostics)
            case .enumeration(let values):
                validateEnumValues(values, diagnostics: diagnostics)
            }
        }
        for name in ClientNaming.generatedTypes(of: api) + (api.hosts.isEmpty ? [] : [SwiftName.type(api.name + "Host")]) {
            if let type = api.types.first(where: { SwiftName.type($0.name) == name }) {
                diagnostics.error("type '\(type.name)' has the name of a type the generator adds; rename it", at: type.location)
            }
        }
        reportCycles(api, diagnostics: diagnostics)
    }

    func validateFields(_ fields: [FieldSpec], in owner: String, api: APISpec, diagnostics: DiagnosticCollector) {
        var wireNames = UniqueNames(what: "field", diagnostics: diagnostics)
        var swiftNames = UniqueNames(what: "Swift property", diagnostics: diagnostics)
        var nestedTypes = UniqueNames(what: "nested type", diagnostics: diagnostics)
        for field in fields {
            wireNames.insert(field.name, display: field.name, at: field.location)
            swiftNames.insert(
                SwiftName.property(wire: field.name, override: field.swiftName), display: field.name, at: field.location)
            if let nested = TypeNaming.inlineTypeName(of: field) {
                nestedTypes.insert(nested, display: nested, at: field.location)
                if nested == owner {
                    diagnostics.error("nested type '\(nested)' has the name of its enclosing type; set 'type_name'", at: field.location)
                }
            }
            validateFieldType(field.type, api: api, diagnostics: diagnostics)
        }
    }

    private func validateFieldType(_ type: FieldType, api: APISpec, diagnostics: DiagnosticCollector) {
        switch type {
        case .scalar:
            break
        case .named(let reference):
            if api.type(named: reference.name) == nil {
                diagnostics.error(
                    "unknown type '\(reference.name)'" + Suggestion.didYouMean(reference.name, in: api.types.map(\.name)),
                    at: reference.location)
            }
        case .inlineObject(let typeName, let fields):
            validateFields(fields, in: typeName ?? "", api: api, diagnostics: diagnostics)
        case .inlineEnum(_, let values):
            validateEnumValues(values, diagnostics: diagnostics)
        case .list(let items, let wrapper):
            if wrapper?.isEmpty == true {
                diagnostics.error("'wrapper' must not be empty", at: TypeNaming.location(of: items) ?? api.location)
            }
            validateFieldType(items, api: api, diagnostics: diagnostics)
        }
    }

    func validateEnumValues(_ values: [EnumValueSpec], diagnostics: DiagnosticCollector) {
        var wireValues = UniqueNames(what: "enum value", diagnostics: diagnostics)
        var caseNames = UniqueNames(what: "Swift case", diagnostics: diagnostics)
        for value in values {
            wireValues.insert(value.value, display: value.value, at: value.location)
            caseNames.insert(TypeNaming.caseName(of: value), display: value.value, at: value.location)
        }
    }

    /// Object types that contain themselves through non-list fields would be infinitely large.
    private func reportCycles(_ api: APISpec, diagnostics: DiagnosticCollector) {
        var reported = Set<String>()
        for type in api.types {
            var path: [String] = []
            if let cycle = findCycle(from: type.name, api: api, path: &path), reported.insert(cycle.sorted().joined()).inserted {
                diagnostics.error(
                    "type '\(type.name)' contains itself: \((cycle + [cycle[0]]).joined(separator: " → ")); use a list or remove a field",
                    at: type.location)
            }
        }
    }

    private func findCycle(from name: String, api: APISpec, path: inout [String]) -> [String]? {
        if let index = path.firstIndex(of: name) { return Array(path[index...]) }
        guard let type = api.type(named: name), case .object(let fields) = type.body else { return nil }
        path.append(name)
        defer { path.removeLast() }
        for reference in TypeNaming.directReferences(in: fields) {
            if let cycle = findCycle(from: reference, api: api, path: &path) { return cycle }
        }
        return nil
    }
}

/// Reports the second and later uses of a name in one scope.
struct UniqueNames {
    let what: String
    let diagnostics: DiagnosticCollector
    private var seen: [String: (display: String, location: SourceLocation)] = [:]

    init(what: String, diagnostics: DiagnosticCollector) {
        self.what = what
        self.diagnostics = diagnostics
    }

    mutating func insert(_ key: String, display: String, at location: SourceLocation) {
        if let first = seen[key] {
            let how = first.display == display ? "duplicate \(what) '\(display)'" :
                "\(what) '\(display)' collides with '\(first.display)' (both are '\(key)' in Swift); set 'swift_name' on one"
            diagnostics.error("\(how) (first at \(first.location.line):\(first.location.column))", at: location)
        } else {
            seen[key] = (display, location)
        }
    }
}
