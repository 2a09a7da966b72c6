extension KeyedDecodingContainer {
    /// Turns the `nil` of a lenient decode into the error a missing required field deserves.
    ///
    /// The lenient helpers return `nil` for absent, `null` and empty values alike; for a field the
    /// spec marks `required`, any of those means the response is not what was promised.
    public func requireValue<T>(_ value: T?, forKey key: Key) throws -> T {
        guard let value else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "required value '\(key.stringValue)' is missing, null or empty"))
        }
        return value
    }
}
