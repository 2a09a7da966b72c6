extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes an integer, number or boolean field as a JSON string (`as_string: true` in the spec):
    /// `"12.5"`, `"30"`, `"true"`, the number in plain decimal notation (``PlainDecimal``); nil omits
    /// the key. The field is read back with ``Leniency/stringEncodedNumbers`` and
    /// ``Leniency/stringEncodedBooleans``, so a value encodes and decodes to itself.
    public mutating func encodeAsString<T: QueryValue>(_ value: T?, forKey name: String) throws {
        guard let value else { return }
        let key = AnyCodingKey(name)
        if let number = value as? Double, !number.isFinite {
            throw EncodingError.invalidValue(number, .init(
                codingPath: codingPath + [key], debugDescription: "NaN and the infinities have no decimal text"))
        }
        try encode(value.queryText, forKey: key)
    }
}
