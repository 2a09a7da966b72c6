/// Every way text from a spec reaches an exported document, in one place. A spec's names,
/// descriptions and examples are hostile input: a quote, a line break or a YAML indicator in them
/// must never change the document's structure, only be part of a string.
public enum OpenAPIEscaping {
    /// `text` as a JSON string literal, quotes included. The same literal is a valid YAML
    /// double-quoted scalar (YAML's escapes are a superset of JSON's), so both writers use it.
    ///
    /// Escaped: `"` and `\`, every C0 control (short forms where JSON has them), the characters
    /// YAML does not allow unescaped or reads as line breaks (DEL, the C1 controls, U+2028, U+2029,
    /// U+FEFF, U+FFFE, U+FFFF), and the invisible ones that could disguise what a reader sees in an
    /// editor or a terminal (zero-width characters, bidirectional overrides: the generated Swift
    /// and docs show the same set as escapes, ``DocText/isInvisibleOrControl(_:)``). All of them
    /// are in the Basic Multilingual Plane, so `\uXXXX` is the escape in both JSON and YAML.
    /// Everything else, non-ASCII included, is written as UTF-8.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{8}": result += "\\b"
            case "\u{C}": result += "\\f"
            default:
                if needsEscape(scalar) {
                    result += "\\u" + hex4(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        DocText.isInvisibleOrControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `text` as a YAML scalar: plain when that is unambiguous, else double-quoted.
    ///
    /// Plain only for text that no YAML reader (1.1 or 1.2) can read as anything but this string:
    /// it starts with an ASCII letter, `_` or `/`, holds only ASCII letters, digits, spaces and
    /// `_ - . / ( ) ,`, does not end with a space, and is not one of the words YAML 1.1 reads as a
    /// boolean or null (`yes`, `No`, `off`, `null`, ...). So `:`, `#`, quotes, brackets, a leading
    /// `-` or digit, line breaks and non-ASCII text are always quoted: the rule errs on the side of
    /// quoting, which costs only two characters.
    static func yamlScalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    private static let yamlKeywords: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf",
    ]

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.last != UInt8(ascii: " ") else { return false }
        let startsWell = isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "/")
        guard startsWell, !yamlKeywords.contains(text.lowercased()) else { return false }
        return text.utf8.allSatisfy { byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || " _-./(),".utf8.contains(byte)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// A number as JSON and YAML write it: whole values up to 2^53 without `.0`, others in Swift's
    /// shortest round-tripping form. JSON has no NaN or infinity, so those (from an example written
    /// as `.inf`) are written as the strings YAML spells them with, rather than as invalid JSON.
    static func number(_ value: Double) -> String {
        guard value.isFinite else {
            return quoted(value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf"))
        }
        if value.rounded() == value, abs(value) <= 9_007_199_254_740_992 {
            return String(Int(value))
        }
        return String(value)
    }
}
