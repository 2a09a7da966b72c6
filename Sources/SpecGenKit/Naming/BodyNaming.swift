/// Names of a request body in Swift: the request property holding it and, for an inline object or
/// inline list elements, the type nested in the request.
enum BodyNaming {
    /// `swift_name`, else the innermost envelope key (`root.customer` → `customer`), else the named
    /// object type's name (`NewCustomer` → `newCustomer`), else `body`.
    static func property(of body: RequestBodySpec) -> String {
        if let swiftName = body.swiftName { return SwiftName.member(swiftName) }
        if let key = body.envelope.last { return SwiftName.property(wire: key, override: nil) }
        if case .named(let reference) = body.type { return SwiftName.member(SwiftName.camelCase(reference.name)) }
        return "body"
    }

    /// The nested type of an inline object body (or of a list body's inline object elements):
    /// `type_name`, else the property's spec name (`swift_name`, innermost envelope key or `body`) in
    /// PascalCase.
    static func inlineTypeName(of body: RequestBodySpec) -> String? {
        switch body.type {
        case .inlineObject(let typeName, _), .list(.inlineObject(let typeName, _), _):
            return typeName.map(SwiftName.type) ?? TypeNaming.nestedTypeName(body.swiftName ?? body.envelope.last ?? "body")
        default:
            return nil
        }
    }

    /// The fields of the body's object, or of each element of a list body, when they are objects.
    static func objectFields(of body: RequestBodySpec, in api: APISpec) -> [FieldSpec]? {
        FieldPath.objectFields(of: body.elementType ?? body.type, in: api)
    }
}
