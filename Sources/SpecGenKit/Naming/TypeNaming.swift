/// Names the generator derives from the spec's structure rather than from one wire name: nested
/// types of inline objects and enums, enum cases. The validator checks them for collisions with the
/// same functions the translator uses to emit them.
enum TypeNaming {
    /// The case an open enum keeps unknown values in; a spec value with that name is renamed.
    static let unknownCase = "unknown"

    /// Case names a spec value would mislead with or collide with, so they get a `Value` suffix: the
    /// open enum's own `unknown` and `knownValues`, and `none`, which at a use site means `Optional.none` first: with
    /// `var status: FraudStatus?`, `status == .none` asks whether the status is missing, not
    /// whether it is the `NONE` case, and Swift only warns about it.
    /// `allCases` too: a case of that name makes `Mode.allCases` ambiguous with `CaseIterable`'s.
    static let renamedCaseNames: Set<String> = [unknownCase, "none", "allCases", knownValuesProperty]

    /// The property of an object type that keeps the keys its spec does not declare
    /// (`unknown_keys: keep`).
    static let unknownFieldsProperty = "unknownFields"

    /// The static list of an open enum's declared cases (``OpenEnum/knownValues``): a case of that
    /// name would redeclare it.
    static let knownValuesProperty = "knownValues"

    /// The nested type an inline object or enum field (or list or map of them) declares, if any.
    static func inlineTypeName(of field: FieldSpec) -> String? {
        switch field.type.innermost {
        case .inlineObject(let typeName, _), .inlineEnum(let typeName, _):
            // A wrapped list's elements are named after the wrapper key, which names them on the wire.
            var wrapper: String?
            if case .list(_, let key) = field.type { wrapper = key }
            return typeName.map(SwiftName.type) ?? nestedTypeName(wrapper ?? field.name)
        default:
            return nil
        }
    }

    /// The property a field declared beside a wrapped list becomes on the list's owner: the list's
    /// name and its own (`transactions` and `count` → `transactionsCount`), or its `swift_name`.
    static func wrapperFieldProperty(_ field: FieldSpec, besideList list: FieldSpec) -> String {
        SwiftName.property(wire: list.name + "_" + field.name, override: field.swiftName)
    }

    /// The type nested beside a property named after `name` (a group's enum, an inline object):
    /// its PascalCase form, with a `Value` suffix when that is the property's name too. Names
    /// without letter case (`3ds`, `日本`, `-`) read the same in both casings, and a type and a
    /// property of one name in one scope make every use of it ambiguous.
    static func nestedTypeName(_ name: String) -> String {
        let type = SwiftName.pascalCase(name)
        return SwiftName.type(type == SwiftName.camelCase(name) ? type + "Value" : type)
    }

    /// The Swift case for an enum value, escaped.
    static func caseName(of value: EnumValueSpec) -> String {
        let name = value.swiftName ?? SwiftName.camelCase(value.value)
        return SwiftName.member(renamedCaseNames.contains(name) ? name + "Value" : name)
    }

    /// Case names of a union's variants that would collide with what the union declares besides
    /// its cases (`unknown`, `wireKeys`, `checkBodyRules`), or mislead (`none`): given a `Value` suffix.
    static let renamedVariantNames = renamedCaseNames.union(["wireKeys", "checkBodyRules"])

    /// The Swift case for a tagged union's variant, escaped.
    static func caseName(of variant: TaggedVariantSpec) -> String {
        let name = variant.swiftName ?? SwiftName.camelCase(variant.value)
        return SwiftName.member(renamedVariantNames.contains(name) ? name + "Value" : name)
    }

    /// The Swift case for a union by kind's variant: the kind's name (`string`, `integer`).
    static func caseName(of variant: KindVariantSpec) -> String {
        SwiftName.member(variant.kind.rawValue)
    }

    /// The Swift case for a named host of the API, escaped.
    static func caseName(of host: HostSpec) -> String {
        let name = SwiftName.camelCase(host.name)
        return SwiftName.member(renamedCaseNames.contains(name) ? name + "Value" : name)
    }

    /// The Swift case for an item failure reason, escaped.
    static func caseName(of failure: ItemFailureSpec) -> String {
        let name = failure.swiftName ?? SwiftName.camelCase(failure.name)
        return SwiftName.member(renamedCaseNames.contains(name) ? name + "Value" : name)
    }

    /// The request enum for an enum parameter.
    static func enumTypeName(of parameter: ParameterSpec) -> String {
        parameter.typeName.map(SwiftName.type) ?? nestedTypeName(parameter.name)
    }

    /// Named object types a list of fields holds directly (not through a list): the edges along
    /// which a struct would contain itself.
    static func directReferences(in fields: [FieldSpec]) -> [String] {
        fields.flatMap { field -> [String] in
            let own: [String] = switch field.type {
            case .named(let reference): [reference.name]
            case .inlineObject(_, let nested): directReferences(in: nested)
            default: []
            }
            return own + directReferences(in: field.wrapperFields)
        }
    }
}
