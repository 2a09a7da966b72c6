/// Builds a query string in a fixed order.
///
/// Every name and value is percent-encoded with
/// ``PercentEncoding/encodeQueryComponent(_:)`` (spaces as the ``QueryEncoding`` says), so no
/// value — however hostile — can add or change a parameter. Parameters appear in the order they
/// were appended, which keeps generated requests reproducible (and testable as exact strings).
public struct QueryBuilder: Sendable, Equatable {
    /// One `name=value`; a joined list keeps its values apart so that a literal separator can go
    /// between the encoded values.
    private struct Item: Sendable, Equatable {
        var name: String
        /// For an object's key: `name[key]=value`.
        var key: String? = nil
        var values: [String]
        var separator: String
        var separatorEncoding: QueryEncoding.Separator

        var value: String { values.joined(separator: separator) }
        /// The name as a server reads it once decoded.
        var fullName: String { key.map { name + "[" + $0 + "]" } ?? name }
    }

    private var storage: [Item] = []

    /// How separators and spaces are written by ``encoded``.
    public let encoding: QueryEncoding

    public init(encoding: QueryEncoding = .standard) {
        self.encoding = encoding
    }

    /// Appends `name=value`.
    public mutating func append(_ name: String, _ value: some QueryValue) {
        storage.append(Item(name: name, values: [value.queryText], separator: "", separatorEncoding: .escaped))
    }

    /// Appends one parameter holding all `values` joined with `separator` (e.g. `","`). The
    /// separator is encoded (`%2C`) or sent as it is (`,`) as `separatorEncoding` says, or else
    /// the builder's ``QueryEncoding/listSeparator``; the values are always encoded, so none can
    /// contain it.
    ///
    /// Throws ``RequestValidationError/Problem/emptyList`` for no values, and
    /// ``RequestValidationError/Problem/separatorInValue(_:)`` when a value's
    /// text contains the separator: the server would split it into two values.
    public mutating func append(
        _ name: String, list values: [some QueryValue], separator: String,
        separatorEncoding: QueryEncoding.Separator? = nil
    ) throws(RequestValidationError) {
        guard !values.isEmpty else {
            throw RequestValidationError(parameter: name, problem: .emptyList)
        }
        let texts = values.map(\.queryText)
        let separatorBytes = Array(separator.utf8)
        if !separatorBytes.isEmpty, texts.contains(where: { QueryBuilder.bytes(of: $0, contain: separatorBytes) }) {
            throw RequestValidationError(parameter: name, problem: .separatorInValue(separator))
        }
        storage.append(Item(
            name: name, values: texts, separator: separator,
            separatorEncoding: separatorEncoding ?? encoding.listSeparator))
    }

    /// Appends `name=value` once per value, in order (`id=1&id=2`): OpenAPI's `form` style with
    /// `explode: true`. Throws ``RequestValidationError/Problem/emptyList`` for no values, as a
    /// joined list does: the parameter would vanish from the request.
    public mutating func append(_ name: String, repeating values: [some QueryValue]) throws(RequestValidationError) {
        guard !values.isEmpty else {
            throw RequestValidationError(parameter: name, problem: .emptyList)
        }
        for value in values { append(name, value) }
    }

    /// Appends `name[key]=value`: one key of an object sent as bracketed keys (OpenAPI's
    /// `deepObject`), the brackets escaped (`%5B`, `%5D`) or literal as the
    /// ``QueryEncoding/brackets`` says. `name` and `key` are encoded like any name, so neither can
    /// add a bracket, a parameter or a value.
    public mutating func append(_ name: String, key: String, _ value: some QueryValue) {
        storage.append(Item(name: name, key: key, values: [value.queryText], separator: "", separatorEncoding: .escaped))
    }

    /// Whether nothing was appended.
    public var isEmpty: Bool { storage.isEmpty }

    /// The parameters, unencoded, in order (a joined list as one value, joined by its separator; an
    /// object's key as `name[key]`).
    public var items: [(name: String, value: String)] {
        storage.map { (name: $0.fullName, value: $0.value) }
    }

    /// `name=value` pairs joined by `&`, names and values percent-encoded:
    /// `a=1&b=x%40y.com%2Cz` (or `b=x%40y.com,z` with a literal separator). Empty when nothing
    /// was appended.
    public var encoded: String {
        storage.map { item in
            let separator = encoding.encodeSeparator(item.separator, item.separatorEncoding)
            let name = item.key.map { encoding.encodeBracketed(item.name, key: $0) } ?? encoding.encodeComponent(item.name)
            return name + "=" + item.values.map(encoding.encodeComponent).joined(separator: separator)
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
