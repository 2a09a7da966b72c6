import Foundation

/// JSON pointers (RFC 6901) as warnings and errors name places in a document: `#/paths/~1pet/post`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The reference tokens, unescaped.
    private(set) var tokens: [String]

    init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    static let root = JSONPointer()

    /// This pointer with `token` appended.
    func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// `#/a/b~1c`, with `~` and `/` escaped as RFC 6901 says.
    public var description: String {
        "#" + tokens.map { "/" + Self.escape($0) }.joined()
    }

    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func unescape(_ token: String) -> String {
        // ~1 first would turn "~01" into "~1" and then "/": RFC 6901 decodes ~1 before ~0.
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
}

