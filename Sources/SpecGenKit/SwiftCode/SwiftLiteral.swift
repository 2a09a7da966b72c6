/// All escaping of text into Swift source happens here: string literals and doc comments. No
/// spec text reaches generated code without passing through one of these.
enum SwiftLiteral {
    /// A double-quoted string literal whose value is exactly `text`.
    static func string(_ text: String) -> String {
        // Nearly all spec text is printable ASCII without quotes or backslashes: nothing to escape.
        if !text.containsUTF8(where: { $0 < 0x20 || $0 >= 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
            return "\"" + text + "\""
        }
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
        let flat = singlePlainLine(text) ?? lines(text).joined(separator: " ")
        // In ASCII text a byte search finds what `firstRange(of:)` finds, without comparing characters.
        if !flat.containsUTF8(where: { $0 >= 0x80 }) {
            let bytes = flat.utf8
            var index = bytes.startIndex
            while let dot = bytes[index...].firstIndex(of: UInt8(ascii: ".")) {
                let next = bytes.index(after: dot)
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: " ") { return String(flat[..<dot]) + "." }
                index = next
            }
            return flat
        }
        if let end = flat.firstRange(of: ". ") { return String(flat[..<end.lowerBound]) + "." }
        return flat
    }

    /// `lines(_:)` for the common case, text of printable ASCII and line feeds only, where every
    /// scalar is kept as it is: split and trimmed on bytes, without visiting scalar by scalar.
    /// nil for any other text.
    private static func plainLines(_ text: String) -> [String]? {
        var text = text
        if let single = singlePlainLine(text) { return [single] }
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

    /// `text` itself when it is one line of printable ASCII with something other than spaces at
    /// both ends, i.e. when `lines(text)` is `[text]`: true of most spec text, and found without
    /// building an array.
    static func singlePlainLine(_ text: String) -> String? {
        var text = text
        return text.withUTF8(isSinglePlainLine) ? text : nil
    }

    /// `singlePlainLine(_:)`'s test on UTF-8 bytes: one line of printable ASCII with something
    /// other than a space at both ends.
    static func isSinglePlainLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let space = UInt8(ascii: " ")
        guard let first = bytes.first, let last = bytes.last, first != space, last != space else { return false }
        for byte in bytes where byte < space || byte >= 0x7F { return false }
        return true
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
        let space = UInt8(ascii: " ")
        let (isASCII, isSingleSpaced) = line.withUTF8 { bytes in
            (bytes.allSatisfy { $0 < 0x80 }, !zip(bytes, bytes.dropFirst()).contains { $0 == space && $1 == space })
        }
        guard isASCII else { return nil }
        // A short line with single spaces between words comes out as it is.
        if isSingleSpaced, line.utf8.count <= width, line.utf8.first != space, line.utf8.last != space {
            return [line]
        }
        return line.withUTF8 { bytes -> [String] in
            var result: [String] = []
            if isSingleSpaced {
                // Every wrapped line is a stretch of `bytes` as it is: no buffer to build it in.
                var lineStart: Int?
                var lineEnd = 0
                forEachWord(in: bytes) { word in
                    if let start = lineStart, word.upperBound - start > width {
                        result.append(String(decoding: bytes[start..<lineEnd], as: UTF8.self))
                        lineStart = word.lowerBound
                    } else if lineStart == nil {
                        lineStart = word.lowerBound
                    }
                    lineEnd = word.upperBound
                }
                result.append(lineStart.map { String(decoding: bytes[$0..<lineEnd], as: UTF8.self) } ?? "")
                return result
            }
            var current: [UInt8] = []
            forEachWord(in: bytes) { range in
                let word = bytes[range]
                if current.isEmpty {
                    current += word
                } else if current.count + 1 + word.count > width {
                    result.append(String(decoding: current, as: UTF8.self))
                    current = Array(word)
                } else {
                    current.append(space)
                    current += word
                }
            }
            result.append(String(decoding: current, as: UTF8.self))
            return result
        }
    }

    /// Calls `body` with each run of non-space bytes, in order.
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let space = UInt8(ascii: " ")
        var index = 0
        while index < bytes.count {
            guard bytes[index] != space else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] != space { end += 1 }
            body(index..<end)
            index = end
        }
    }
}

extension String {
    /// Whether any UTF-8 byte satisfies `predicate`, scanned in the string's contiguous storage:
    /// several times faster than walking `utf8` index by index.
    func containsUTF8(where predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: predicate) }
    }

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
