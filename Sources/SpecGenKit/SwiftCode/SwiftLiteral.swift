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
        if let plain = plainLines(text) { return plain }
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
        if let end = flat.firstRange(of: ". ") { return String(flat[..<end.lowerBound]) + "." }
        return flat
    }

    /// `lines(_:)` for the common case, text of printable ASCII and line feeds only, where every
    /// scalar is kept as it is: split and trimmed on bytes, without visiting scalar by scalar.
    /// nil for any other text.
    private static func plainLines(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            let space = UInt8(ascii: " "), lineFeed = UInt8(ascii: "\n")
            var lines: [Range<Int>] = []
            var lineStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == lineFeed {
                    lines.append(lineStart..<index)
                    lineStart = index + 1
                } else if byte < space || byte >= 0x7F {
                    return nil
                }
            }
            lines.append(lineStart..<bytes.count)
            func isBlank(_ line: Range<Int>) -> Bool { bytes[line].allSatisfy { $0 == space } }
            while let last = lines.last, isBlank(last) { lines.removeLast() }
            while let first = lines.first, isBlank(first) { lines.removeFirst() }
            return lines.map { line in
                var end = line.upperBound
                while end > line.lowerBound, bytes[end - 1] == space { end -= 1 }
                return String(decoding: bytes[line.lowerBound..<end], as: UTF8.self)
            }
        }
    }

    /// Lines re-wrapped at `width` columns; blank lines separate paragraphs and are kept.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for line in lines(text) {
            if line.isEmpty {
                result.append("")
                continue
            }
            if let asciiLines = wrappedASCII(line, width: width) {
                result += asciiLines
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

    /// One line wrapped as `wrapped(_:width:)` does, for ASCII text, where a byte is a character:
    /// words found and widths counted on bytes. nil for any other text.
    private static func wrappedASCII(_ line: String, width: Int) -> [String]? {
        var line = line
        return line.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let space = UInt8(ascii: " ")
            var result: [String] = []
            var current: [UInt8] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index] != space else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, bytes[end] != space { end += 1 }
                let word = bytes[index..<end]
                if current.isEmpty {
                    current += word
                } else if current.count + 1 + word.count > width {
                    result.append(String(decoding: current, as: UTF8.self))
                    current = Array(word)
                } else {
                    current.append(space)
                    current += word
                }
                index = end
            }
            result.append(String(decoding: current, as: UTF8.self))
            return result
        }
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
