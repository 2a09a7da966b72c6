/// Writes an object as an `application/x-www-form-urlencoded` body: `name=value` pairs in the
/// order its `encode(to:)` writes them (the spec's field order), nil omitted, each name and value
/// percent-encoded as a query's are (``QueryBuilder``), values written as in a query (``PlainDecimal``
/// numbers, `true`/`false`, dates in their format).
///
/// A form has no nesting: an object inside the value, or a list without a separator, is a
/// ``RequestValidationError`` (the spec's validation refuses such a form body, so generated code
/// never meets one). A list field with a separator (`listSeparators`, by key) is sent as one value,
/// joined as a list query parameter is (``QueryBuilder/append(_:list:separator:separatorEncoding:)``:
/// an empty list or a value holding the separator is refused, and the separator is encoded).
///
/// Spaces are `%20` or, with `space: .plus`, `+` as HTML forms write them (the API's
/// `query_encoding`); a `+` in a value is `%2B` either way.
public enum FormBodyWriter {
    public static func text<T: Encodable>(
        of value: T, listSeparators: [String: String] = [:], space: QueryEncoding.Space = .percent
    ) throws -> String {
        let form = FormSink(listSeparators: listSeparators, encoding: QueryEncoding(space: space))
        try value.encode(to: FormEncoder(sink: form, key: nil))
        return form.query.encoded
    }
}

final class FormSink {
    var query: QueryBuilder
    let listSeparators: [String: String]

    init(listSeparators: [String: String], encoding: QueryEncoding = .standard) {
        self.listSeparators = listSeparators
        self.query = QueryBuilder(encoding: encoding)
    }

    /// Appends `name=value`; NaN and the infinities have no text a service reads as a number.
    func append(_ name: String, _ value: any QueryValue) throws(RequestValidationError) {
        if let number = value as? Double, !number.isFinite {
            throw RequestValidationError(parameter: name, problem: .notFinite)
        }
        query.append(name, value.queryText)
    }
}

/// At the top (`key` nil) only an object is accepted; under a key only a single value.
struct FormEncoder: Encoder {
    let sink: FormSink
    let key: String?

    var codingPath: [any CodingKey] { key.map { [AnyCodingKey($0)] } ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FormKeyedContainer<Key>(sink: sink, nestedIn: key))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        FormRefusingContainer(name: key ?? "body")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FormSingleValue(sink: sink, key: key ?? "body")
    }
}

struct FormKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: FormSink
    /// Set when this object is itself under a key: a nested object, which a form cannot hold.
    let nestedIn: String?

    var codingPath: [any CodingKey] { [] }

    private func refuseNesting() throws {
        if let nestedIn {
            throw RequestValidationError(parameter: nestedIn, problem: .invalidValue("a form body cannot hold an object"))
        }
    }

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try refuseNesting()
        if let separator = sink.listSeparators[key.stringValue] {
            // Each element's text, as its own `encode(to:)` writes it (an enum its raw value).
            let collector = FormListCollector(name: key.stringValue)
            try value.encode(to: collector)
            try sink.query.append(key.stringValue, list: collector.texts.values, separator: separator)
        } else if let value = value as? any QueryValue {
            try sink.append(key.stringValue, value)
        } else {
            try value.encode(to: FormEncoder(sink: sink, key: key.stringValue))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(FormKeyedContainer<NestedKey>(sink: sink, nestedIn: key.stringValue))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        FormRefusingContainer(name: key.stringValue)
    }

    mutating func superEncoder() -> any Encoder { FormEncoder(sink: sink, key: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { FormEncoder(sink: sink, key: key.stringValue) }
}

/// A value under a key: text (an enum's raw value, a date in its format), a number or a flag.
struct FormSingleValue: SingleValueEncodingContainer {
    let sink: FormSink
    let key: String

    var codingPath: [any CodingKey] { [AnyCodingKey(key)] }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        guard let value = value as? any QueryValue else {
            throw RequestValidationError(parameter: key, problem: .invalidValue("a form body holds only text, numbers and booleans"))
        }
        try sink.append(key, value)
    }
}

/// A list (or anything else a form cannot hold), refused at its first element.
struct FormRefusingContainer: UnkeyedEncodingContainer {
    let name: String
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }

    private func refuse() -> RequestValidationError {
        RequestValidationError(parameter: name, problem: .invalidValue("a form body cannot hold a list"))
    }

    mutating func encodeNil() throws { throw refuse() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(FormKeyedContainer<NestedKey>(sink: FormSink(listSeparators: [:]), nestedIn: name))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { FormEncoder(sink: FormSink(listSeparators: [:]), key: name) }
}

/// The texts of a form list's elements, collected from the list's own `encode(to:)`: an array of
/// single values (strings, numbers, booleans, enums); anything nested is refused.
final class FormListCollector: Encoder, UnkeyedEncodingContainer, SingleValueEncodingContainer {
    /// Shared by the copies of the container that `Encoder` hands out.
    final class Texts {
        var values: [String] = []
    }

    let name: String
    let texts = Texts()

    init(name: String) {
        self.name = name
    }

    var codingPath: [any CodingKey] { [AnyCodingKey(name)] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var count: Int { texts.values.count }

    private func refuse() -> RequestValidationError {
        RequestValidationError(parameter: name, problem: .invalidValue("a form list holds only text, numbers and booleans"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FormKeyedContainer<Key>(sink: FormSink(listSeparators: [:]), nestedIn: name))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { self }
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { throw refuse() }

    func encode<T: Encodable>(_ value: T) throws {
        if let number = value as? Double, !number.isFinite {
            throw RequestValidationError(parameter: name, problem: .notFinite)
        }
        if let value = value as? any QueryValue {
            texts.values.append(value.queryText)
        } else {
            // An enum or a date writes itself through a single value: collected here too.
            try value.encode(to: self)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { FormRefusingContainer(name: name) }
    func superEncoder() -> any Encoder { self }
}
