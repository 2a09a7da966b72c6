/// Maps OpenAPI schemas onto specgen's types: objects become named object types, enums named enum
/// types, `oneOf` with a discriminator tagged unions, `oneOf` of distinct JSON kinds unions by kind,
/// `additionalProperties` maps, `nullable` / `type: [T, "null"]` nullable. Anything else becomes
/// `json` with a warning at the schema's JSON pointer.
final class SchemaMapper {
    /// What a schema maps to where it is used: its type, and whether `null` is allowed.
    struct Mapped {
        var type: ValueType
        var nullable = false
        var description: String?
        var rules: [(String, SpecYAML)] = []
    }

    let document: JSONTree
    let log: WarningLog
    private var typeNames: UniqueNames
    /// Named types in the order they were made.
    private(set) var types: [ImportedType] = []
    private var typeIndex: [String: Int] = [:]
    /// Where each object type's schema is, for warnings about its fields.
    private(set) var objectPointers: [String: JSONPointer] = [:]
    /// What each `$ref` target maps to, once mapped.
    private var mappedReferences: [String: Mapped] = [:]
    /// The type name a reference's target was given before its body was mapped, so that a type may
    /// refer to itself through a list or map.
    private var reservedNames: [String: String] = [:]
    private var inProgress: Set<String> = []
    private let documentName: String

    init(document: JSONTree, log: WarningLog, reservedTypeNames: [String]) {
        self.document = document
        self.log = log
        self.documentName = log.document
        self.typeNames = UniqueNames(reserved: reservedTypeNames)
    }

    /// A type name for a nested type (a form's or a bracketed parameter's struct), unique among all.
    func claimTypeName(_ base: String) -> String {
        typeNames.claim(SpecNames.typeName(base))
    }

    func type(named name: String) -> ImportedType? {
        typeIndex[name].map { types[$0] }
    }

    // MARK: Entry

    /// `schema` (at `pointer`) as a field, list item, parameter or body type; `hint` names a type
    /// made from an inline object or enum.
    func map(_ schema: JSONTree, at pointer: JSONPointer, hint: String) throws(ImportError) -> Mapped {
        if let reference = schema["$ref"]?.stringValue {
            var mapped = try resolve(reference, at: pointer.appending("$ref"))
            // 3.1 allows siblings of $ref; a description there describes this use.
            if let description = schema["description"]?.stringValue { mapped.description = description }
            if schema["nullable"] == .bool(true) { mapped.nullable = true }
            return mapped
        }
        return try mapInline(schema, at: pointer, hint: hint, namedAs: nil)
    }

    /// Maps every `components.schemas` entry, so that unused schemas are types of the spec too.
    func mapComponents() throws(ImportError) {
        guard case .object(let entries)? = document["components"]?["schemas"] else { return }
        for entry in entries {
            _ = try resolve("#/components/schemas/" + JSONPointer.escape(entry.key), at: JSONPointer(["components", "schemas", entry.key]))
        }
    }

    // MARK: References

    private func resolve(_ reference: String, at pointer: JSONPointer) throws(ImportError) -> Mapped {
        if let mapped = mappedReferences[reference] { return mapped }
        if let name = reservedNames[reference] { return Mapped(type: .named(name)) }
        guard reference.hasPrefix("#"), let target = document.value(at: String(reference.dropFirst())) else {
            throw ImportError(
                kind: .brokenReference, document: documentName, place: pointer.description,
                message: "$ref '\(reference)' points to nothing in this document")
        }
        let targetPointer = JSONPointer(String(reference.dropFirst(2)).split(separator: "/", omittingEmptySubsequences: false).map {
            JSONPointer.unescape(String($0))
        })
        let hint = targetPointer.tokens.last ?? "Type"
        if inProgress.contains(reference) {
            throw ImportError(
                kind: .referenceCycle, document: documentName, place: targetPointer.description,
                message: "$ref cycle: '\(reference)' is defined as itself (through $ref and allOf only), which no type can express")
        }
        inProgress.insert(reference)
        defer { inProgress.remove(reference) }
        let mapped: Mapped
        if let nested = target["$ref"]?.stringValue {
            mapped = try resolve(nested, at: targetPointer.appending("$ref"))
        } else if makesNamedType(target) {
            let name = typeNames.claim(SpecNames.typeName(hint))
            reservedNames[reference] = name
            mapped = try mapInline(target, at: targetPointer, hint: hint, namedAs: name)
        } else {
            mapped = try mapInline(target, at: targetPointer, hint: hint, namedAs: nil)
        }
        var stored = mapped
        stored.description = nil  // the target's description is the type's, not each use's
        stored.rules = []
        mappedReferences[reference] = stored
        return stored
    }

    /// Whether a schema becomes a named type (an object with properties, an enum, a union, an
    /// allOf) rather than a type written in place (a scalar, a list, a map).
    private func makesNamedType(_ schema: JSONTree) -> Bool {
        if schema["allOf"] != nil || schema["oneOf"] != nil || schema["anyOf"] != nil { return true }
        if case .object(let properties)? = schema["properties"], !properties.isEmpty { return true }
        if case .array(let values)? = schema["enum"], values.contains(where: { $0.stringValue != nil }) { return true }
        return false
    }

    // MARK: Schemas

    private func mapInline(_ schema: JSONTree, at pointer: JSONPointer, hint: String, namedAs name: String?) throws(ImportError) -> Mapped {
        guard case .object = schema else {
            if schema == .bool(false) {
                log.warn("the schema 'false' (no value is valid) is imported as json", at: pointer)
            }
            return Mapped(type: .json)
        }
        var mapped = try mapShape(schema, at: pointer, hint: hint, namedAs: name)
        mapped.description = schema["description"]?.stringValue ?? schema["title"]?.stringValue
        if schema["nullable"] == .bool(true) { mapped.nullable = true }
        if let name, case .named(let made) = mapped.type, made != name {
            // The schema was named but mapped to another named type (a single-member allOf): keep
            // the reserved name as an alias would need, by copying the other type's body.
            if let other = type(named: made) {
                add(ImportedType(name: name, description: mapped.description ?? other.description, body: other.body))
                objectPointers[name] = objectPointers[made]
            }
            mapped.type = .named(name)
        } else if let name, type(named: name) == nil {
            // The schema became a scalar, list or map after all (an allOf of one scalar): a named
            // type cannot hold those, so uses get the type itself.
            reservedNames = reservedNames.filter { $0.value != name }
        }
        return mapped
    }

    private func mapShape(_ schema: JSONTree, at pointer: JSONPointer, hint: String, namedAs name: String?) throws(ImportError) -> Mapped {
        let types = declaredTypes(schema)
        var nullable = types.contains("null")
        let nonNull = types.filter { $0 != "null" }

        if let members = schema["allOf"], case .array(let list) = members {
            return try mapAllOf(schema, members: list, at: pointer, hint: hint, namedAs: name)
        }
        for keyword in ["oneOf", "anyOf"] {
            if case .array(let members)? = schema[keyword] {
                var mapped = try mapAlternatives(schema, keyword: keyword, members: members, at: pointer, hint: hint, namedAs: name)
                mapped.nullable = mapped.nullable || nullable
                return mapped
            }
        }
        if schema["not"] != nil {
            log.warn("'not' cannot be expressed; imported as json", at: pointer.appending("not"))
            return Mapped(type: .json, nullable: nullable)
        }
        if nonNull.count > 1 {
            // `type: [string, integer]`: a union by kind of the listed types.
            let members = nonNull.map { JSONTree.object([(key: "type", value: .string($0))]) }
            var mapped = try unionByKind(members, memberPointers: nonNull.map { _ in pointer.appending("type") }, at: pointer, hint: hint, namedAs: name)
            mapped.nullable = mapped.nullable || nullable
            return mapped
        }
        if case .array(let values)? = schema["enum"] {
            if values.contains(.null) { nullable = true }
            let strings = values.compactMap(\.stringValue)
            if !strings.isEmpty, strings.count == values.filter({ $0 != .null }).count {
                let typeName = name ?? typeNames.claim(SpecNames.typeName(hint))
                add(ImportedType(name: typeName, description: schema["description"]?.stringValue, body: .enumeration(enumValues(strings))))
                return Mapped(type: .named(typeName), nullable: nullable)
            }
        }
        switch nonNull.first ?? inferredType(schema) {
        case "string":
            let format = schema["format"]?.stringValue
            let scalar = format == "date" ? "date" : format == "date-time" ? "datetime" : "string"
            var rules: [(String, SpecYAML)] = []
            if scalar == "string" {
                if case .integer(let value)? = schema["minLength"], value > 0 { rules.append(("min_length", .literal(String(value)))) }
                if case .integer(let value)? = schema["maxLength"] { rules.append(("max_length", .literal(String(value)))) }
            }
            return Mapped(type: .scalar(scalar), nullable: nullable, rules: rules)
        case "integer":
            return Mapped(type: .scalar("integer"), nullable: nullable, rules: bounds(schema, integer: true))
        case "number":
            return Mapped(type: .scalar("number"), nullable: nullable, rules: bounds(schema, integer: false))
        case "boolean":
            return Mapped(type: .scalar("boolean"), nullable: nullable)
        case "array":
            return try mapArray(schema, at: pointer, hint: hint, nullable: nullable)
        case "object":
            return try mapObject(schema, at: pointer, hint: hint, namedAs: name, nullable: nullable)
        default:
            // `{}`, or only a description: any JSON value.
            return Mapped(type: .json, nullable: false)
        }
    }

    /// `type` as a list (3.1 allows `[string, "null"]`); empty when not given.
    private func declaredTypes(_ schema: JSONTree) -> [String] {
        switch schema["type"] {
        case .string(let type)?: [type]
        case .array(let types)?: types.compactMap(\.stringValue)
        default: []
        }
    }

    /// The type a schema without `type` has by its keywords (`properties` → object).
    private func inferredType(_ schema: JSONTree) -> String? {
        if schema["properties"] != nil || schema["additionalProperties"] != nil { return "object" }
        if schema["items"] != nil { return "array" }
        if case .array(let values)? = schema["enum"], let first = values.first(where: { $0 != .null }) {
            switch first {
            case .string: return "string"
            case .integer: return "integer"
            case .number, .numberText: return "number"
            case .bool: return "boolean"
            default: return nil
            }
        }
        return nil
    }

    private func bounds(_ schema: JSONTree, integer: Bool) -> [(String, SpecYAML)] {
        var rules: [(String, SpecYAML)] = []
        for (keyword, key) in [("minimum", "minimum"), ("maximum", "maximum")] {
            // 3.0's boolean exclusiveMinimum makes the bound exclusive, which the format cannot say.
            if schema["exclusive" + keyword.prefix(1).uppercased() + keyword.dropFirst()] == .bool(true) { continue }
            switch schema[keyword] {
            case .integer(let value)? where abs(value) <= 1 << 53: rules.append((key, .literal(String(value))))
            case .number(let value)? where !integer && value.isFinite: rules.append((key, .literal(String(value))))
            default: break
            }
        }
        if rules.count == 2, case .literal(let low) = rules[0].1, case .literal(let high) = rules[1].1,
            let lowValue = Double(low), let highValue = Double(high), lowValue > highValue
        {
            return []
        }
        return rules
    }

    private func enumValues(_ strings: [String]) -> [(value: String, swiftName: String?)] {
        var names = PropertyNames(reserved: [])
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }.map { (value: $0, swiftName: names.swiftName(for: $0)) }
    }

    // MARK: Arrays and objects

    private func mapArray(_ schema: JSONTree, at pointer: JSONPointer, hint: String, nullable: Bool) throws(ImportError) -> Mapped {
        var rules: [(String, SpecYAML)] = []
        if case .integer(let value)? = schema["minItems"], value > 0 { rules.append(("min_items", .literal(String(value)))) }
        if case .integer(let value)? = schema["maxItems"] { rules.append(("max_items", .literal(String(value)))) }
        if schema["prefixItems"] != nil {
            log.warn("tuple arrays (prefixItems) cannot be expressed; the elements are imported as json", at: pointer.appending("prefixItems"))
            return Mapped(type: .list(.json, nullableItems: false), nullable: nullable, rules: rules)
        }
        guard let items = schema["items"] else {
            return Mapped(type: .list(.json, nullableItems: false), nullable: nullable, rules: rules)
        }
        let element = try map(items, at: pointer.appending("items"), hint: hint + "Item")
        if case .list = element.type {
            log.warn("a list directly inside a list cannot be expressed; the inner lists are imported as json", at: pointer.appending("items"))
            return Mapped(type: .list(.json, nullableItems: false), nullable: nullable, rules: rules)
        }
        return Mapped(type: .list(element.type, nullableItems: element.nullable), nullable: nullable, rules: rules)
    }

    private func mapObject(_ schema: JSONTree, at pointer: JSONPointer, hint: String, namedAs name: String?, nullable: Bool) throws(ImportError) -> Mapped {
        if schema["patternProperties"] != nil {
            log.warn("patternProperties cannot be expressed; the keys they describe are kept as raw JSON", at: pointer.appending("patternProperties"))
        }
        let additional = schema["additionalProperties"]
        guard case .object(let properties)? = schema["properties"], !properties.isEmpty else {
            // No declared keys: a map, of the additionalProperties schema, else of any JSON value.
            if let additional, case .object = additional {
                let values = try map(additional, at: pointer.appending("additionalProperties"), hint: hint + "Value")
                return Mapped(type: .map(values.type, nullableItems: values.nullable), nullable: nullable)
            }
            return Mapped(type: .map(.json, nullableItems: false), nullable: nullable)
        }
        let typeName = name ?? typeNames.claim(SpecNames.typeName(hint))
        let keeps: Bool
        switch additional {
        case .object?:
            log.warn("additionalProperties beside properties: the other keys are kept as raw JSON (unknown_keys: keep)", at: pointer.appending("additionalProperties"))
            keeps = true
        default:
            keeps = schema["patternProperties"] != nil
        }
        objectPointers[typeName] = pointer
        let fields = try objectFields(properties: properties, required: requiredNames(schema), at: pointer, typeName: typeName, keepsUnknownKeys: keeps)
        add(ImportedType(name: typeName, description: schema["description"]?.stringValue ?? schema["title"]?.stringValue, body: .object(fields, keepsUnknownKeys: keeps)))
        return Mapped(type: .named(typeName), nullable: nullable)
    }

    private func requiredNames(_ schema: JSONTree) -> Set<String> {
        guard case .array(let names)? = schema["required"] else { return [] }
        return Set(names.compactMap(\.stringValue))
    }

    private func objectFields(
        properties: [(key: String, value: JSONTree)], required: Set<String>, at pointer: JSONPointer, typeName: String, keepsUnknownKeys: Bool
    ) throws(ImportError) -> [ImportedField] {
        var names = PropertyNames(reserved: keepsUnknownKeys ? ["unknownFields"] : [])
        var fields: [ImportedField] = []
        for property in properties {
            let propertyPointer = pointer.appending("properties").appending(property.key)
            let mapped = try map(property.value, at: propertyPointer, hint: typeName + SpecNames.typeName(property.key))
            var field = ImportedField(name: property.key, type: mapped.type)
            field.swiftName = names.swiftName(for: property.key)
            field.required = required.contains(property.key)
            field.nullable = mapped.nullable
            field.description = mapped.description
            field.rules = mapped.rules
            fields.append(field)
        }
        return fields
    }

    // MARK: allOf

    /// An allOf of objects is one object with every member's fields; a single member is that member.
    private func mapAllOf(
        _ schema: JSONTree, members: [JSONTree], at pointer: JSONPointer, hint: String, namedAs name: String?
    ) throws(ImportError) -> Mapped {
        let hasOwnProperties: Bool
        if case .object(let own)? = schema["properties"], !own.isEmpty { hasOwnProperties = true } else { hasOwnProperties = false }
        // Members that only annotate (`{nullable: false}`, a description) add no shape.
        let shaped = members.enumerated().filter { hasShape($0.element) }
        let scalarTypes = Set(shaped.map { declaredTypes($0.element).filter { $0 != "null" } })
        if !hasOwnProperties, let first = shaped.first,
            shaped.count == 1 || (scalarTypes.count == 1 && !scalarTypes.contains([]) && !scalarTypes.contains(["object"]) && shaped.allSatisfy { $0.element["$ref"] == nil })
        {
            var mapped = try map(first.element, at: pointer.appending("allOf").appending(first.offset), hint: hint)
            if schema["nullable"] == .bool(true) || declaredTypes(schema).contains("null") { mapped.nullable = true }
            if members.contains(where: { $0["nullable"] == .bool(false) }) { mapped.nullable = false }
            if mapped.description == nil { mapped.description = members.lazy.compactMap { $0["description"]?.stringValue }.first }
            return mapped
        }
        var properties: [(key: String, value: JSONTree)] = []
        var required: Set<String> = []
        var keeps = false
        var parts: [(JSONTree, JSONPointer)] = members.enumerated().map { ($1, pointer.appending("allOf").appending($0)) }
        parts.append((schema.removing("allOf"), pointer))
        var visited: Set<String> = []
        while !parts.isEmpty {
            var (part, partPointer) = parts.removeFirst()
            while let reference = part["$ref"]?.stringValue {
                guard visited.insert(reference).inserted else {
                    throw ImportError(
                        kind: .referenceCycle, document: documentName, place: partPointer.description,
                        message: "$ref cycle through allOf: '\(reference)' includes itself, which no type can express")
                }
                guard reference.hasPrefix("#"), let target = document.value(at: String(reference.dropFirst())) else {
                    throw ImportError(
                        kind: .brokenReference, document: documentName, place: partPointer.appending("$ref").description,
                        message: "$ref '\(reference)' points to nothing in this document")
                }
                part = target
                partPointer = JSONPointer(String(reference.dropFirst(2)).split(separator: "/", omittingEmptySubsequences: false).map { JSONPointer.unescape(String($0)) })
            }
            if case .array(let nested)? = part["allOf"] {
                parts.insert(contentsOf: nested.enumerated().map { ($1, partPointer.appending("allOf").appending($0)) }, at: 0)
                parts.insert((part.removing("allOf"), partPointer), at: nested.count)
                continue
            }
            if part["oneOf"] != nil || part["anyOf"] != nil {
                log.warn("an allOf member with oneOf/anyOf cannot be merged into one object; its keys are kept as raw JSON (unknown_keys: keep)", at: partPointer)
                keeps = true
                continue
            }
            let types = declaredTypes(part).filter { $0 != "null" }
            if !types.isEmpty, types != ["object"] {
                log.warn("allOf of an object and a \(types.joined(separator: "/")) cannot be expressed; imported as json", at: partPointer)
                return Mapped(type: .json)
            }
            if case .object(let own)? = part["properties"] {
                for entry in own {
                    if let index = properties.firstIndex(where: { $0.key == entry.key }) {
                        properties[index] = entry  // the later member refines the earlier
                    } else {
                        properties.append(entry)
                    }
                }
            }
            required.formUnion(requiredNames(part))
            if case .object? = part["additionalProperties"] { keeps = true }
        }
        guard !properties.isEmpty else { return Mapped(type: .map(.json, nullableItems: false)) }
        let typeName = name ?? typeNames.claim(SpecNames.typeName(hint))
        objectPointers[typeName] = pointer
        let fields = try objectFields(properties: properties, required: required, at: pointer, typeName: typeName, keepsUnknownKeys: keeps)
        add(ImportedType(name: typeName, description: schema["description"]?.stringValue ?? schema["title"]?.stringValue, body: .object(fields, keepsUnknownKeys: keeps)))
        return Mapped(type: .named(typeName), nullable: schema["nullable"] == .bool(true) || declaredTypes(schema).contains("null"))
    }

    /// Whether a schema says what shape a value has, rather than only annotating it.
    private func hasShape(_ schema: JSONTree) -> Bool {
        ["$ref", "type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "additionalProperties", "const"].contains { schema[$0] != nil }
    }

    // MARK: oneOf / anyOf

    private func mapAlternatives(
        _ schema: JSONTree, keyword: String, members: [JSONTree], at pointer: JSONPointer, hint: String, namedAs name: String?
    ) throws(ImportError) -> Mapped {
        var nullable = false
        var kept: [(JSONTree, JSONPointer)] = []
        for (index, member) in members.enumerated() {
            if isNullSchema(member) { nullable = true } else { kept.append((member, pointer.appending(keyword).appending(index))) }
        }
        if kept.isEmpty { return Mapped(type: .json, nullable: false) }
        if kept.count == 1, schema["properties"] == nil {
            var mapped = try map(kept[0].0, at: kept[0].1, hint: hint)
            mapped.nullable = mapped.nullable || nullable
            return mapped
        }
        if let discriminator = schema["discriminator"], let property = discriminator["propertyName"]?.stringValue {
            if let union = try taggedUnion(kept, property: property, mapping: discriminator["mapping"], at: pointer, hint: hint, namedAs: name) {
                return Mapped(type: union, nullable: nullable)
            }
        }
        if schema["discriminator"] == nil, let property = try inferredDiscriminator(kept) {
            if let union = try taggedUnion(kept, property: property, mapping: nil, at: pointer, hint: hint, namedAs: name) {
                return Mapped(type: union, nullable: nullable)
            }
        }
        var mapped = try unionByKind(kept.map(\.0), memberPointers: kept.map(\.1), at: pointer, hint: hint, namedAs: name)
        mapped.nullable = mapped.nullable || nullable
        return mapped
    }

    /// A property that tells `$ref` members apart although no discriminator says so: one every
    /// member's object type declares as an enum of a single value, a different one in each (the
    /// `type: {enum: [message]}` many APIs tag their objects with).
    private func inferredDiscriminator(_ members: [(JSONTree, JSONPointer)]) throws(ImportError) -> String? {
        guard members.count > 1, members.allSatisfy({ $0.0["$ref"] != nil }) else { return nil }
        var fieldLists: [[ImportedField]] = []
        for (member, memberPointer) in members {
            guard case .named(let typeName) = try map(member, at: memberPointer, hint: "Variant").type,
                let made = type(named: typeName), case .object(let fields, _) = made.body
            else { return nil }
            fieldLists.append(fields)
        }
        for candidate in fieldLists[0].map(\.name) {
            var values: Set<String> = []
            let tags = fieldLists.allSatisfy { fields in
                guard let field = fields.first(where: { $0.name == candidate }), case .named(let enumName) = field.type,
                    let enumType = type(named: enumName), case .enumeration(let enumValues) = enumType.body, enumValues.count == 1
                else { return false }
                return values.insert(enumValues[0].value).inserted
            }
            if tags { return candidate }
        }
        return nil
    }

    private func isNullSchema(_ schema: JSONTree) -> Bool {
        declaredTypes(schema) == ["null"] || schema == .object([(key: "enum", value: .array([.null]))])
    }

    /// A tagged union when every member is a `$ref` to an object type; nil (and a warning) otherwise.
    private func taggedUnion(
        _ members: [(JSONTree, JSONPointer)], property: String, mapping: JSONTree?, at pointer: JSONPointer, hint: String, namedAs name: String?
    ) throws(ImportError) -> ValueType? {
        var valueForReference: [String: String] = [:]
        if case .object(let entries)? = mapping {
            for entry in entries {
                if let target = entry.value.stringValue {
                    let reference = target.hasPrefix("#") ? target : "#/components/schemas/" + target
                    if valueForReference[reference] == nil { valueForReference[reference] = entry.key }
                }
            }
        }
        var variants: [(value: String, type: String, swiftName: String?)] = []
        var caseNames = PropertyNames()
        var seenValues: Set<String> = []
        for (member, memberPointer) in members {
            guard let reference = member["$ref"]?.stringValue else {
                log.warn("a discriminated \(pointer.tokens.last ?? "union") member that is not a $ref cannot be a variant", at: memberPointer)
                return nil
            }
            let mapped = try resolve(reference, at: memberPointer.appending("$ref"))
            guard case .named(let typeName) = mapped.type else {
                log.warn("the discriminated member '\(reference)' is not an object; the union cannot be tagged", at: memberPointer)
                return nil
            }
            // The type may still be in progress (a variant that contains the union through a list).
            if let made = type(named: typeName), case .object = made.body {} else if type(named: typeName) != nil {
                log.warn("the discriminated member '\(reference)' is not an object; the union cannot be tagged", at: memberPointer)
                return nil
            }
            let value: String
            switch discriminatorField(property, of: typeName) {
            case .values(let values) where valueForReference[reference] == nil && values.count == 1:
                value = values[0]  // `type: {enum: [message]}`: the variant's own tag
            case .values(let values):
                value = valueForReference[reference] ?? JSONPointer.unescape(String(reference.split(separator: "/").last ?? ""))
                guard values.contains(value) else {
                    log.warn("the discriminator '\(property)' of '\(reference)' cannot hold the value '\(value)'; the union cannot be tagged", at: memberPointer)
                    return nil
                }
            case .text:
                value = valueForReference[reference] ?? JSONPointer.unescape(String(reference.split(separator: "/").last ?? ""))
            case .other:
                log.warn("the discriminator '\(property)' of '\(reference)' is not a string; the union cannot be tagged", at: memberPointer)
                return nil
            }
            guard seenValues.insert(value).inserted else {
                log.warn("two members share the discriminator value '\(value)'; the union cannot be tagged", at: memberPointer)
                return nil
            }
            variants.append((value: value, type: typeName, swiftName: caseNames.swiftName(for: value)))
        }
        let typeName = name ?? typeNames.claim(SpecNames.typeName(hint))
        add(ImportedType(name: typeName, description: nil, body: .taggedUnion(discriminator: property, variants: variants)))
        return .named(typeName)
    }

    enum DiscriminatorField {
        /// An enum field (its values), a string field or none (any value), or a field of another type.
        case values([String]), text, other
    }

    /// What the variant type's discriminator field can hold.
    private func discriminatorField(_ property: String, of typeName: String) -> DiscriminatorField {
        guard let made = type(named: typeName), case .object(let fields, _) = made.body,
            let field = fields.first(where: { $0.name == property })
        else { return .text }
        switch field.type {
        case .scalar("string"): return .text
        case .named(let name):
            if let enumType = type(named: name), case .enumeration(let values) = enumType.body { return .values(values.map(\.value)) }
            return .other
        default: return .other
        }
    }

    /// A union by kind when the members are of distinct JSON kinds; otherwise the nearest type that
    /// holds them all (`string` for strings and string enums, `number` for integers and numbers),
    /// else `json`, with a warning.
    private func unionByKind(_ members: [JSONTree], memberPointers: [JSONPointer], at pointer: JSONPointer, hint: String, namedAs name: String?) throws(ImportError) -> Mapped {
        var kinds: [(kind: String, type: ValueType)] = []
        var enumValues: [String] = []
        var nullable = false
        for (index, member) in members.enumerated() {
            let mapped = try map(member, at: memberPointers[index], hint: hint + "Option" + String(index + 1))
            nullable = nullable || mapped.nullable
            if case .named(let typeName) = mapped.type, let made = type(named: typeName), case .enumeration(let values) = made.body {
                enumValues += values.map(\.value)
            }
            kinds.append((kind: kind(of: mapped.type) ?? "?", type: mapped.type))
        }
        let kindNames = kinds.map(\.kind)
        if Set(kindNames).count == kinds.count, !kindNames.contains("?"), kinds.allSatisfy({ fitsKindUnion($0) }) {
            let typeName = name ?? typeNames.claim(SpecNames.typeName(hint))
            add(ImportedType(name: typeName, description: nil, body: .kindUnion(kinds)))
            return Mapped(type: .named(typeName), nullable: nullable)
        }
        if kindNames.allSatisfy({ $0 == "string" }), kinds.allSatisfy({ $0.type == .scalar("string") || isEnum($0.type) }) {
            // anyOf [string, enum]: an open set of strings with some known values.
            var mapped = Mapped(type: .scalar("string"), nullable: nullable)
            if !enumValues.isEmpty { mapped.description = "Known values: " + enumValues.joined(separator: ", ") + "." }
            return mapped
        }
        if Set(kindNames).isSubset(of: ["integer", "number"]) {
            return Mapped(type: .scalar("number"), nullable: nullable)
        }
        log.warn(
            "oneOf/anyOf of \(kindNames.map { $0 == "?" ? "mixed" : $0 }.joined(separator: ", ")) without a usable discriminator cannot be expressed; imported as json",
            at: pointer)
        return Mapped(type: .json, nullable: false)
    }

    private func isEnum(_ type: ValueType) -> Bool {
        if case .named(let name) = type, let made = self.type(named: name), case .enumeration = made.body { return true }
        return false
    }

    /// The JSON kind of a mapped type, as a union by kind lists it.
    private func kind(of type: ValueType) -> String? {
        if case .named(let name) = type {
            guard let made = self.type(named: name) else { return "object" }  // in progress: an object type
            switch made.body {
            case .object, .taggedUnion: return "object"
            case .enumeration: return "string"
            case .kindUnion: return nil
            }
        }
        if case .map = type { return nil }  // a union by kind's object must be an object type
        return type.kind
    }

    private func fitsKindUnion(_ entry: (kind: String, type: ValueType)) -> Bool {
        if case .list(let items, let nullable) = entry.type {
            if nullable { return false }
            switch items {
            case .scalar(let name): return name != "json"
            case .named: return true
            default: return false
            }
        }
        return true
    }

    private func add(_ type: ImportedType) {
        if let index = typeIndex[type.name] {
            types[index] = type
        } else {
            typeIndex[type.name] = types.count
            types.append(type)
        }
    }

    /// Replaces a field's type with `json` (a cycle breaker).
    func replaceField(_ field: String, of typeName: String, with type: ValueType) {
        guard let index = typeIndex[typeName], case .object(var fields, let keeps) = types[index].body,
            let fieldIndex = fields.firstIndex(where: { $0.name == field })
        else { return }
        fields[fieldIndex].type = type
        fields[fieldIndex].rules = []
        types[index].body = .object(fields, keepsUnknownKeys: keeps)
    }
}

extension JSONTree {
    /// This object without `key`.
    func removing(_ key: String) -> JSONTree {
        guard case .object(let entries) = self else { return self }
        return .object(entries.filter { $0.key != key })
    }
}
