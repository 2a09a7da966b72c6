/// A bulk write answered item by item (`answers: body`): the client method gives the runtime the
/// `match` fields' text of each element sent and of each item, so that an item echoing an
/// element's identifier answers that element, and the other items answer the rest in order.
struct BulkWriteMatching {
    let api: APISpec
    let endpoint: EndpointSpec
    let items: ResponseItemsSpec

    func statements(itemType: String, itemFields: [FieldSpec], rules: String, itemStatus: String) -> [Statement] {
        guard let body = endpoint.body, case .list(let element, _) = body.type else { return [] }
        let elementFields = FieldPath.objectFields(of: element, in: api) ?? []
        let property = "request." + BodyNaming.property(of: body)
        let sent = body.isRequired ? property : "(\(property) ?? [])"
        let keys = items.match.map { name in
            elementFields.first { $0.name == name }.map { text(of: $0, in: "$0") } ?? "nil"
        }
        let echoed = items.match.map { name in
            itemFields.first { $0.name == name }.map { text(of: $0, in: "$0") } ?? "nil"
        }
        // Without `match` (or when items carry none of its fields) the closure reads nothing of the
        // item, and `{ [] }` would be a closure of no arguments: it names its argument to ignore it.
        let echoesItem = echoed.contains { $0 != "nil" }
        let elementType = RequestBodyTranslator(api: api, body: body).valueType.dropFirst().dropLast()
        return [
            .line("let values: [[String?]] = \(sent).map { (element: \(elementType)) -> [String?] in [\(keys.map { $0.replacingDollar(with: "element") }.joined(separator: ", "))] }"),
            .line("let echo: (\(itemType)) -> [String?] = { \(echoesItem ? "" : "_ in ")[\(echoed.joined(separator: ", "))] }"),
            .line("return try \(rules).result(of: body, status: report, elements: values, items: items, echo: echo, itemStatus: \(itemStatus))"),
        ]
    }

    /// The field's value as text, as the runtime compares it: a string as it is, an enum by its raw
    /// value, a number or boolean by its query text.
    private func text(of field: FieldSpec, in value: String) -> String {
        let name = value + "." + SwiftName.property(wire: field.name, override: field.swiftName)
        let chain = field.isRequired ? "." : "?."
        if field.isNullable { return "nil" }  // `Nullable<T>?`: no text to compare
        switch field.type {
        case .scalar(.string): return name
        case .scalar(let kind) where !kind.isDateOrTime && kind != .json: return name + chain + "queryText"
        case .inlineEnum: return name + chain + "rawValue"
        case .named(let reference):
            if case .enumeration? = api.type(named: reference.name)?.body { return name + chain + "rawValue" }
            return "nil"
        default: return "nil"
        }
    }
}

private extension String {
    /// `$0.mobile` → `element.mobile`: the element closure names its parameter, so that its type is
    /// written out (inference over a long array literal is slow to type-check).
    func replacingDollar(with name: String) -> String {
        hasPrefix("$0") ? name + dropFirst(2) : self
    }
}
