/// All escaping of text into Swift source happens here: string literals and doc comments. No
/// spec text reaches generated code without passing through one of these.
enum SwiftLiteral {
    /// A double-quoted string literal whose value is exactly `text`.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if let escape = DocText.escape(scalar) {
                    result += escape
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// Turns spec prose into text that is safe inside a `///` comment or a Markdown table: line breaks
/// of every kind become real line breaks under our control, and invisible characters that could
/// disguise code (bidirectional overrides, zero-width spaces) are shown as `U+XXXX`.
enum DocText {
    static func isInvisibleOrControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true                 // C0 and C1 controls
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true  // zero-width, separators, bidi
        default: false
        }
    }

    /// The Swift-style escape (`\n`, `\0`, `\u{202E}`) of a control or invisible character, nil for
    /// any other. Shared by string literals and diagnostics, which both show such characters as escapes.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\0": "\\0"
        default: isInvisibleOrControl(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : nil
        }
    }

    /// Paragraph lines of `text`, each free of control characters.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(current)
                current = ""
            case "\t":
                current += " "
            default:
                if isInvisibleOrControl(scalar) {
                    current += "U+\(String(scalar.value, radix: 16, uppercase: true))"
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
        }
        lines.append(current)
        while lines.last?.trimmingSpaces.isEmpty == true { lines.removeLast() }
        while lines.first?.trimmingSpaces.isEmpty == true { lines.removeFirst() }
        return lines.map(\.trimmingTrailingSpaces)
    }

    /// The first sentence, on one line: what a parameter list or a catalogue shows.
    static func firstSentence(_ text: String?) -> String {
        guard let text else { return "" }
        let flat = lines(text).joined(separator: " ")
        if let end = flat.range(of: ". ") { return String(flat[..<end.lowerBound]) + "." }
        return flat
    }

    /// Lines re-wrapped at `width` columns; blank lines separate paragraphs and are kept.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for line in lines(text) {
            if line.isEmpty {
                result.append("")
                continue
            }
            // Keep list items and indented lines as written.
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count > width {
                    result.append(current)
                    current = String(word)
                } else {
                    current += " " + word
                }
            }
            result.append(current)
        }
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }

    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
