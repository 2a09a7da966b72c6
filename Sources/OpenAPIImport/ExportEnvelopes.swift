/// specgen's export writes a request body's `envelope` (`root.customer`) as the objects that wrap
/// it on the wire, named in `x-specgen-envelope`. Before mapping, each such body's schema and
/// examples are unwrapped to the value inside, so the body imports as the spec declared it; the
/// `envelope:` key itself is restored with the endpoint (``SpecGenExtensions``).
enum ExportEnvelopes {
    /// `document` with enveloped request bodies unwrapped; unchanged when it is not specgen's export.
    static func unwrapped(_ document: JSONTree) -> JSONTree {
        guard document["info"]?["x-specgen-module"] != nil, case .object(var root) = document,
              let pathsIndex = root.firstIndex(where: { $0.key == "paths" }), case .object(var paths) = root[pathsIndex].value
        else { return document }
        for pathIndex in paths.indices {
            guard case .object(var item) = paths[pathIndex].value else { continue }
            for operationIndex in item.indices {
                guard case .object(var operation) = item[operationIndex].value,
                      let bodyIndex = operation.firstIndex(where: { $0.key == "requestBody" }),
                      let envelope = envelopePath(operation[bodyIndex].value)
                else { continue }
                operation[bodyIndex].value = unwrappedBody(operation[bodyIndex].value, envelope: envelope)
                item[operationIndex].value = .object(operation)
            }
            paths[pathIndex].value = .object(item)
        }
        root[pathsIndex].value = .object(paths)
        return .object(root)
    }

    /// The envelope's keys, outermost first; nil without one (or with an empty key in it).
    static func envelopePath(_ body: JSONTree) -> [String]? {
        guard let text = body["x-specgen-envelope"]?.stringValue else { return nil }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        return keys.contains(where: \.isEmpty) ? nil : keys
    }

    /// Each media type's schema and example values, with the envelope's objects taken off; a
    /// schema that does not have the envelope's shape stays as it is.
    private static func unwrappedBody(_ body: JSONTree, envelope: [String]) -> JSONTree {
        body.mapObject { key, value in
            guard key == "content" else { return value }
            return value.mapObject { _, media in
                media.mapObject { key, value in
                    switch key {
                    case "schema":
                        return envelope.reduce(Optional(value)) { schema, key in schema?["properties"]?[key] } ?? value
                    case "examples":
                        return value.mapObject { _, example in
                            example.mapObject { key, value in
                                key == "value" ? envelope.reduce(Optional(value)) { $0?[$1] } ?? value : value
                            }
                        }
                    default:
                        return value
                    }
                }
            }
        }
    }
}

extension JSONTree {
    /// An object with each value replaced by `transform(key, value)`; anything else unchanged.
    func mapObject(_ transform: (String, JSONTree) -> JSONTree) -> JSONTree {
        guard case .object(let entries) = self else { return self }
        return .object(entries.map { (key: $0.key, value: transform($0.key, $0.value)) })
    }
}
