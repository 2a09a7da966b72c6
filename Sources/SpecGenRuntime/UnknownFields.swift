/// The keys of an object that its type does not declare, for types that keep them
/// (`unknown_keys: keep`), so that decoding and encoding again loses nothing the service sent.
extension KeyedDecodingContainer where K == AnyCodingKey {
    /// Every key not in `declared`, with its value as it came.
    public func decodeUnknownFields(besides declared: Set<String>) throws -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            fields[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return fields
    }
}

extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes `fields` beside the declared ones. A key the type declares is skipped: the declared
    /// property is what the value holds for it, and an object cannot carry a key twice. The keys
    /// go in their UTF-8 order, as a map's, so that one value always gives the same bytes.
    public mutating func encodeUnknownFields(_ fields: [String: JSONValue], besides declared: Set<String>) throws {
        for key in fields.keys.sorted(by: MapKeyOrder.precedes) where !declared.contains(key) {
            try encode(fields[key]!, forKey: AnyCodingKey(key))
        }
    }
}
