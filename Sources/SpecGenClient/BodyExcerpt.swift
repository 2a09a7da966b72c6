/// The start of a response body, for error messages: at most `limit` characters, control
/// characters shown as `\u{..}` so that a body cannot rewrite a terminal line, and nothing past
/// the limit.
enum BodyExcerpt {
    static let limit = 200

    static func make(_ bytes: some Collection<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(limit * 4), as: UTF8.self)
        var excerpt = ""
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < limit else {
                excerpt += "…"
                break
            }
            switch scalar {
            case "\n": excerpt += "\\n"
            case "\r": excerpt += "\\r"
            case "\t": excerpt += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    excerpt += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    excerpt.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return excerpt
    }
}
