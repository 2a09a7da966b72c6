/// The start of a response body, for error messages: at most `limit` characters, escaped for a
/// terminal (``TerminalText``) so that a body cannot rewrite a terminal line, and nothing past the
/// limit.
enum BodyExcerpt {
    static let limit = 200

    /// Bytes read past what the excerpt shows, so that a secret straddling the cut is whole when
    /// it is redacted (its longest form, percent-encoded, is three times its length).
    private static let redactionMargin = 1024

    /// - Parameter redact: removes secrets from text; it runs before the cut, on more than the
    ///   excerpt shows, and again after it, when a secret's start may end at the `…` that marks it.
    static func make(_ bytes: some Collection<UInt8>, redact: (String) -> String = { $0 }) -> String {
        let read = bytes.prefix(limit * 4 + redactionMargin)
        let text = redact(String(decoding: read, as: UTF8.self))
        var shown = String.UnicodeScalarView()
        var count = 0
        var isCut = read.count < bytes.count
        for scalar in text.unicodeScalars {
            guard count < limit else {
                isCut = true
                break
            }
            shown.append(scalar)
            count += 1
        }
        let excerpt = TerminalText.escaped(String(shown))
        return isCut ? redact(excerpt + "…") : excerpt
    }
}
