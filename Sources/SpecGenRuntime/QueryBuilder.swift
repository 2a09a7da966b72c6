/// Builds a query string in a fixed order.
///
/// Every name and value is percent-encoded with
/// ``PercentEncoding/encodeQueryComponent(_:)``, so no value — however hostile —
/// can add or change a parameter. Parameters appear in the order they were
/// appended, which keeps generated requests reproducible (and testable as exact strings).
public struct QueryBuilder: Sendable, Equatable {
    private struct Item: Sendable, Equatable {
        var name: String
        var value: String
    }

    private var storage: [Item] = []

    public init() {}

    /// Appends `name=value`.
    public mutating func append(_ name: String, _ value: some QueryValue) {
        storage.append(Item(name: name, value: value.queryText))
    }

    /// Appends one parameter holding all `values` joined with `separator`
    /// (e.g. `","`); the joined text is then percent-encoded like any value, so
    /// `","` is sent as `%2C`.
    ///
    /// Throws ``RequestValidationError/Problem/emptyList`` for no values, and
    /// ``RequestValidationError/Problem/separatorInValue(_:)`` when a value's
    /// text contains the separator: the server would split it into two values.
    public mutating func append(
        _ name: String, list values: [some QueryValue], separator: String
    ) throws(RequestValidationError) {
        guard !values.isEmpty else {
            throw RequestValidationError(parameter: name, problem: .emptyList)
        }
        let texts = values.map(\.queryText)
        let separatorBytes = Array(separator.utf8)
        if !separatorBytes.isEmpty, texts.contains(where: { QueryBuilder.bytes(of: $0, contain: separatorBytes) }) {
            throw RequestValidationError(parameter: name, problem: .separatorInValue(separator))
        }
        storage.append(Item(name: name, value: texts.joined(separator: separator)))
    }

    /// Whether nothing was appended.
    public var isEmpty: Bool { storage.isEmpty }

    /// The parameters, unencoded, in order.
    public var items: [(name: String, value: String)] {
        storage.map { (name: $0.name, value: $0.value) }
    }

    /// `name=value` pairs joined by `&`, names and values percent-encoded:
    /// `a=1&b=x%40y.com%2Cz`. Empty when nothing was appended.
    public var encoded: String {
        storage.map {
            PercentEncoding.encodeQueryComponent($0.name) + "=" + PercentEncoding.encodeQueryComponent($0.value)
        }.joined(separator: "&")
    }

    /// Byte-wise search: a `Character` comparison would miss a separator that
    /// forms one grapheme with a following combining mark (`",\u{301}"`),
    /// while the server splits on bytes.
    private static func bytes(of text: String, contain needle: [UInt8]) -> Bool {
        let haystack = Array(text.utf8)
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
