/// How a query's list separators, spaces and object brackets go out on the wire: the spec's
/// `query_encoding` (per API) and `list_separator` (per parameter).
///
/// The default, ``standard``, is the strict encoding every specgen request had before this choice
/// existed (`id=1%2C2`, `q=a%20b`), so a spec that says nothing keeps its bytes.
public struct QueryEncoding: Sendable, Hashable {
    /// Whether a joined list's separator is percent-encoded or sent as it is.
    public enum Separator: Sendable, Hashable {
        /// `id=1%2C2`: the separator is encoded like any other byte of the value.
        case escaped
        /// `id=1,2`: the separator goes out literally, when RFC 3986 allows it in a query unencoded
        /// (see ``QueryEncoding/isLiteralSafe(_:)``); the values are still encoded, so none can
        /// contain it. A separator that is not safe (`|`, a space) stays encoded.
        case literal
    }

    /// How a space (in a name, a value or a separator) is written.
    public enum Space: Sendable, Hashable {
        /// `%20`, which every URL decoder reads as a space.
        case percent
        /// `+`, as HTML forms write it, for services that read only that. A `+` in a value is still
        /// `%2B`, so the two cannot be confused.
        case plus
    }

    /// How the brackets of an object's keys (`filter[name]=x`, OpenAPI's `deepObject`) are written.
    public enum Brackets: Sendable, Hashable {
        /// `filter%5Bname%5D=x`: RFC 3986 does not allow `[` and `]` in a query unencoded, and every
        /// server decodes them.
        case escaped
        /// `filter[name]=x`, as many PHP and Rails servers log and some read only that way. The
        /// name and key themselves are still encoded, so neither can add a bracket.
        case literal
    }

    /// The default for joined lists; a parameter may override it.
    public var listSeparator: Separator
    public var space: Space
    public var brackets: Brackets

    public init(listSeparator: Separator = .escaped, space: Space = .percent, brackets: Brackets = .escaped) {
        self.listSeparator = listSeparator
        self.space = space
        self.brackets = brackets
    }

    /// `%2C` separators, `%20` spaces and `%5B`/`%5D` brackets: the encoding of every request before
    /// `query_encoding`.
    public static let standard = QueryEncoding()

    /// Whether `separator` may go out literally: it is made only of `,` `;` `:`, which RFC 3986
    /// allows in a query and which no form decoder reads as the end of a parameter (`&`, `=`), the
    /// end of the query (`#`) or a space (`+`). Anything else is encoded even when `literal`.
    public static func isLiteralSafe(_ separator: String) -> Bool {
        !separator.isEmpty && separator.utf8.allSatisfy { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }
    }

    /// `text` percent-encoded as a query name or value (``PercentEncoding/encodeQueryComponent(_:)``),
    /// with spaces as this encoding writes them.
    func encodeComponent(_ text: String) -> String {
        guard space == .plus, text.utf8.contains(UInt8(ascii: " ")) else {
            return PercentEncoding.encodeQueryComponent(text)
        }
        // Split on the space byte, not the Character: a space followed by a combining mark is one
        // grapheme (" \u{301}"), but its first byte is still a space.
        return text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            .map { PercentEncoding.encodeQueryComponent(String(decoding: $0, as: UTF8.self)) }
            .joined(separator: "+")
    }

    /// `name[key]` with both parts encoded and the brackets as this encoding writes them.
    func encodeBracketed(_ name: String, key: String) -> String {
        switch brackets {
        case .escaped: encodeComponent(name) + "%5B" + encodeComponent(key) + "%5D"
        case .literal: encodeComponent(name) + "[" + encodeComponent(key) + "]"
        }
    }

    /// The separator as it goes out between a joined list's encoded values.
    func encodeSeparator(_ separator: String, _ choice: Separator) -> String {
        choice == .literal && Self.isLiteralSafe(separator) ? separator : encodeComponent(separator)
    }
}
