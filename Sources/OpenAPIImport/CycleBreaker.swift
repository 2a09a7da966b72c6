/// specgen's object types are Swift structs, which cannot contain themselves except through a list
/// or a map; OpenAPI schemas often do (`Folder.parent: Folder`). Each such cycle is cut at one
/// field, which becomes `json`, with a warning naming the schema property.
enum CycleBreaker {
    static func breakCycles(in mapper: SchemaMapper, log: WarningLog) {
        while let (typeName, field) = firstCycleEdge(mapper) {
            let place = (mapper.objectPointers[typeName] ?? .root).appending("properties").appending(field)
            log.warn("'\(typeName).\(field)' contains '\(typeName)' again directly, which a Swift struct cannot; imported as json", at: place)
            mapper.replaceField(field, of: typeName, with: .json)
        }
    }

    /// An object field that closes a cycle of direct containment, or nil.
    private static func firstCycleEdge(_ mapper: SchemaMapper) -> (String, String)? {
        var state: [String: Int] = [:]  // 1 on the path, 2 finished
        for start in mapper.types.map(\.name) where state[start] == nil {
            var stack: [(name: String, edges: [(field: String?, target: String)], next: Int)] = []
            func push(_ name: String) {
                state[name] = 1
                stack.append((name, edges(of: name, mapper), 0))
            }
            push(start)
            while let top = stack.last {
                if top.next >= top.edges.count {
                    state[top.name] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = top.edges[top.next]
                switch state[edge.target] {
                case 1?:
                    // Cut at the last object field on the cycle.
                    if let field = edge.field { return (top.name, field) }
                    let cycleStart = stack.firstIndex { $0.name == edge.target } ?? 0
                    for index in stack.indices.reversed() where index >= cycleStart && index < stack.count - 1 {
                        let frame = stack[index]
                        if let field = frame.edges[frame.next - 1].field { return (frame.name, field) }
                    }
                    return nil
                case nil:
                    if mapper.type(named: edge.target) != nil { push(edge.target) }
                default:
                    break
                }
            }
        }
        return nil
    }

    private static func edges(of name: String, _ mapper: SchemaMapper) -> [(field: String?, target: String)] {
        guard let type = mapper.type(named: name) else { return [] }
        switch type.body {
        case .object(let fields, _):
            return fields.compactMap { field in
                if case .named(let target) = field.type { (field.name, target) } else { nil }
            }
        default:
            return type.directReferences.map { (nil, $0) }
        }
    }
}
