#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLReader

/// Stage 2: checks what no single file can check on its own: references between types, names that
/// collide, defaults against allowed values, constraints against the parameters they name.
/// Reports every problem; never stops at the first.
public struct SpecValidator: Sendable {
    public init() {}

    public func validate(_ api: APISpec, diagnostics: DiagnosticCollector) {
        validateAPI(api, diagnostics: diagnostics)
        validateTypes(api, diagnostics: diagnostics)
        var endpointNames = UniqueNames(what: "endpoint", comparison: .swiftName(remedy: "rename one"), diagnostics: diagnostics)
        // Endpoints are checked independently (on every core for a large API); their diagnostics
        // are merged in endpoint order, as if checked one by one.
        let endpointDiagnostics = Parallel.map(api.endpoints.count) { index in
            let found = DiagnosticCollector()
            EndpointValidator(api: api, endpoint: api.endpoints[index], diagnostics: found).validate()
            return found.diagnostics
        }
        for (endpoint, found) in zip(api.endpoints, endpointDiagnostics) {
            endpointNames.insert(SwiftName.pascalCase(endpoint.name), display: endpoint.name, at: endpoint.location)
            diagnostics.add(found)
        }
        OutcomeValidator(api: api, diagnostics: diagnostics).validate()
    }

    private func validateAPI(_ api: APISpec, diagnostics: DiagnosticCollector) {
        var hostNames = UniqueNames(what: "host", comparison: .swiftName(remedy: "rename one"), diagnostics: diagnostics)
        for host in api.hosts {
            hostNames.insert(TypeNaming.caseName(of: host), display: host.name, at: host.location)
        }
        var queryNames = UniqueNames(what: "query parameter", diagnostics: diagnostics)
        var headers = UniqueNames(what: "header", comparison: .ignoringCase, diagnostics: diagnostics)
        // A credential's header or query parameter is the client's: a declared one of the same name would be sent twice.
        for scheme in api.auth.schemes {
            if let header = scheme.header { headers.seed(header.lowercased(), display: header, at: scheme.location) }
            if let query = scheme.query { queryNames.seed(query, display: query, at: scheme.location) }
        }
        for item in api.fixedQuery {
            queryNames.insert(item.name, display: item.name, at: item.location)
        }
        var properties = UniqueNames(
            what: "request property", comparison: .swiftName(remedy: "set 'swift_name' on one"), diagnostics: diagnostics)
        for header in api.headers where headers.insert(header.name.lowercased(), display: header.name, at: header.location) {
            let property = SwiftName.property(wire: header.name, override: header.swiftName)
            properties.insert(property, display: header.name, at: header.location)
            RequestMethodNames.check(property, of: "header '\(header.name)'", at: header.location, diagnostics: diagnostics)
        }
        ErrorBodyRules.check(api.errors, api: api, diagnostics: diagnostics)
        for header in api.headers {
            ReservedHeaders.check(header, diagnostics: diagnostics)
            ParameterRules.check(header, diagnostics: diagnostics)
        }
    }

    private func validateTypes(_ api: APISpec, diagnostics: DiagnosticCollector) {
        // Named types share the module's scope with the types the generator adds.
        var generated: [String: String] = [:]
        if !api.hosts.isEmpty {
            generated[ModuleTranslator.hostsTypeName(of: api)] = "the generated enum of the API's hosts"
        }
        for endpoint in api.endpoints {
            generated[RequestTranslator.typeName(of: endpoint)] = "the request type of endpoint '\(endpoint.name)'"
        }
        for name in ClientNaming.generatedTypes(of: api) {
            generated[name] = "a type the generator adds"
        }
        var typeNames = UniqueNames(what: "type", comparison: .swiftName(remedy: "rename one"), diagnostics: diagnostics)
        // Each type's own checks run independently, merged in type order.
        let bodyDiagnostics = Parallel.map(api.types.count) { index in
            let found = DiagnosticCollector()
            switch api.types[index].body {
            case .object(let fields):
                let type = api.types[index]
                validateFields(
                    fields, in: type.name, keepsUnknownKeys: type.keepsUnknownKeys ?? api.keepsUnknownKeys, api: api,
                    diagnostics: found)
            case .enumeration(let values):
                validateEnumValues(values, diagnostics: found)
            case .union(let union):
                UnionRules(api: api, diagnostics: found).check(union)
            }
            return found.diagnostics
        }
        for (type, found) in zip(api.types, bodyDiagnostics) {
            if let owner = generated[SwiftName.type(type.name)] {
                diagnostics.error("type '\(type.name)' has the name of \(owner); rename it", at: type.location)
            } else {
                typeNames.insert(SwiftName.type(type.name), display: type.name, at: type.location)
            }
            diagnostics.add(found)
        }
        reportCycles(api, diagnostics: diagnostics)
    }

    /// - Parameter keepsUnknownKeys: the type has a property for the keys it does not declare.
    func validateFields(
        _ fields: [FieldSpec], in owner: String, keepsUnknownKeys: Bool, api: APISpec, diagnostics: DiagnosticCollector
    ) {
        var wireNames = UniqueNames(what: "field", expectedCount: fields.count, diagnostics: diagnostics)
        var swiftNames = UniqueNames(
            what: "field", comparison: .swiftName(remedy: "set 'swift_name' on one"), expectedCount: fields.count,
            diagnostics: diagnostics)
        var nestedTypes = UniqueNames(
            what: "nested type", comparison: .swiftName(remedy: "set 'type_name' on one"), diagnostics: diagnostics)
        var referenced: [String]?  // worked out at the first inline type: most objects have none
        for field in fields where keepsUnknownKeys
            && SwiftName.property(wire: field.name, override: field.swiftName) == TypeNaming.unknownFieldsProperty {
            diagnostics.error(
                "field '\(field.name)' has the Swift name of the property that keeps the unknown keys; set 'swift_name'",
                at: field.location)
        }
        InlinedFieldRules.check(fields, api: api, diagnostics: diagnostics)
        for field in fields {
            if wireNames.insert(field.name, display: field.name, at: field.location) {
                swiftNames.insert(
                    SwiftName.property(wire: field.name, override: field.swiftName), display: field.name, at: field.location)
            }
            if let nested = TypeNaming.inlineTypeName(of: field) {
                nestedTypes.insert(nested, display: field.name, at: field.location)
                // Inside the struct, the nested type is what the name means: a field of the named
                // type of that name (here or in a nested object) would get the nested one.
                if referenced == nil { referenced = Self.namedReferences(in: fields) }
                if let hidden = referenced?.first(where: { SwiftName.type($0) == nested }) {
                    diagnostics.error(
                        "nested type '\(nested)' of field '\(field.name)' hides the type '\(hidden)' that a field here uses; set 'type_name'",
                        at: field.location)
                }
                if nested == owner {
                    diagnostics.error("nested type '\(nested)' has the name of its enclosing type; set 'type_name'", at: field.location)
                }
            }
            validateFieldType(field.type, keepsUnknownKeys: keepsUnknownKeys, api: api, diagnostics: diagnostics)
            validateWrapperFields(
                of: field, swiftNames: &swiftNames, nestedTypes: &nestedTypes, keepsUnknownKeys: keepsUnknownKeys, api: api,
                diagnostics: diagnostics)
        }
    }

    /// The fields beside a wrapped list: wire names of their own (the wrapper object's keys), Swift
    /// names among the owner's properties, since that is where they end up.
    private func validateWrapperFields(
        of list: FieldSpec, swiftNames: inout UniqueNames, nestedTypes: inout UniqueNames, keepsUnknownKeys: Bool,
        api: APISpec, diagnostics: DiagnosticCollector
    ) {
        guard case .list(_, let wrapper?) = list.type, !list.wrapperFields.isEmpty else { return }
        var wrapperNames = UniqueNames(what: "wrapper field", expectedCount: list.wrapperFields.count, diagnostics: diagnostics)
        for field in list.wrapperFields {
            if field.name == wrapper {
                diagnostics.error("wrapper field '\(field.name)' has the name of the list's wrapper key", at: field.location)
            } else if wrapperNames.insert(field.name, display: field.name, at: field.location) {
                swiftNames.insert(TypeNaming.wrapperFieldProperty(field, besideList: list), display: field.name, at: field.location)
            }
            if field.isRequired {
                diagnostics.error("a wrapper field cannot be required: the list may arrive without its wrapper", at: field.location)
            }
            if !field.wrapperFields.isEmpty {
                diagnostics.error("a wrapper field cannot have wrapper fields of its own", at: field.location)
            }
            if field.mayBeInlined {
                diagnostics.error("a wrapper field cannot be inlined: 'may_be_inlined' applies to a field of an object", at: field.location)
            }
            if let nested = TypeNaming.inlineTypeName(of: field) {
                nestedTypes.insert(nested, display: field.name, at: field.location)
            }
            validateFieldType(field.type, keepsUnknownKeys: keepsUnknownKeys, api: api, diagnostics: diagnostics)
        }
    }

    /// The named types that `fields` and the inline objects among them refer to.
    static func namedReferences(in fields: [FieldSpec]) -> [String] {
        fields.flatMap { namedReferences(of: $0.type) }
    }

    /// The named types `type` is or holds, through lists, maps, nullable values and inline objects.
    static func namedReferences(of type: FieldType) -> [String] {
        switch type {
        case .named(let reference): [reference.name]
        case .inlineObject(_, let nested): namedReferences(in: nested)
        case .list(let items, _), .map(let items), .nullable(let items): namedReferences(of: items)
        case .scalar, .inlineEnum: []
        }
    }

    /// - Parameter keepsUnknownKeys: what an inline object in it does (as its enclosing type).
    func validateFieldType(_ type: FieldType, keepsUnknownKeys: Bool, api: APISpec, diagnostics: DiagnosticCollector) {
        switch type {
        case .scalar:
            break
        case .named(let reference):
            if api.type(named: reference.name) == nil {
                diagnostics.error(
                    "unknown type '\(reference.name)'"
                        + (NestedTypeHint.hint(for: reference.name, in: api)
                            ?? Suggestion.didYouMean(reference.name, in: api.types.map(\.name))),
                    at: reference.location)
            }
        case .inlineObject(let typeName, let fields):
            validateFields(fields, in: typeName ?? "", keepsUnknownKeys: keepsUnknownKeys, api: api, diagnostics: diagnostics)
        case .inlineEnum(_, let values):
            validateEnumValues(values, diagnostics: diagnostics)
        case .list(let items, _), .map(let items), .nullable(let items):
            validateFieldType(items, keepsUnknownKeys: keepsUnknownKeys, api: api, diagnostics: diagnostics)
        }
    }

    /// - Parameter isRequestEnum: a parameter's values, which are sent as written: no aliases.
    func validateEnumValues(_ values: [EnumValueSpec], isRequestEnum: Bool = false, diagnostics: DiagnosticCollector) {
        var wireValues = UniqueNames(what: "enum value", expectedCount: values.count, diagnostics: diagnostics)
        var caseNames = UniqueNames(
            what: "enum value", comparison: .swiftName(remedy: "set 'swift_name' on one"), expectedCount: values.count,
            diagnostics: diagnostics)
        for value in values {
            if wireValues.insert(value.value, display: value.value, at: value.location) {
                caseNames.insert(TypeNaming.caseName(of: value), display: value.value, at: value.location)
            }
            guard let first = value.aliases.first else { continue }
            if isRequestEnum {
                diagnostics.error(
                    "'aliases' only apply to enums of responses: a parameter's value is sent as it is written",
                    at: first.location)
                continue
            }
            // An alias is one more spelling of the value on the wire: it must be no other spelling.
            for alias in value.aliases {
                wireValues.insert(alias.text, display: alias.text, at: alias.location)
            }
        }
    }

    /// Object types that contain themselves through non-list fields would be infinitely large.
    /// A depth-first search that visits each type once, so the time is linear in the number of
    /// references even when many paths lead to the same type.
    private func reportCycles(_ api: APISpec, diagnostics: DiagnosticCollector) {
        var search = CycleSearch(api: api)
        for type in api.types {
            guard let cycle = search.cycle(from: type.name) else { continue }
            let start = api.type(named: cycle[0])?.location ?? type.location
            diagnostics.error(
                "type '\(cycle[0])' contains itself: \((cycle + [cycle[0]]).joined(separator: " → ")); use a list or remove a field",
                at: start)
        }
    }
}

/// Finds cycles of "contains directly" among object types. Iterative, with each type searched once,
/// so neither a long chain of types (deep recursion) nor many paths to the same type (exponential
/// time) can exhaust the generator.
private struct CycleSearch {
    let api: APISpec
    /// Types searched already, from any start.
    private var finished = Set<String>()

    init(api: APISpec) {
        self.api = api
    }

    /// A cycle reachable from `start` through types not searched before, as the types along it.
    /// When one is found the search stops there, so a second cycle through the same types shows up
    /// once the first is fixed.
    mutating func cycle(from start: String) -> [String]? {
        var path: [(name: String, references: [String], next: Int)] = []
        var onPath = Set<String>()
        func enter(_ name: String) {
            guard !finished.contains(name), let type = api.type(named: name) else { return }
            let references: [String]
            switch type.body {
            case .object(let fields): references = TypeNaming.directReferences(in: fields)
            case .union(let union): references = union.directReferences
            case .enumeration: return
            }
            finished.insert(name)
            path.append((name, references, 0))
            onPath.insert(name)
        }
        enter(start)
        while let top = path.last {
            guard top.next < top.references.count else {
                onPath.remove(top.name)
                path.removeLast()
                continue
            }
            path[path.count - 1].next += 1
            let reference = top.references[top.next]
            if onPath.contains(reference) {
                return path.drop { $0.name != reference }.map(\.name)
            }
            enter(reference)
        }
        return nil
    }
}
