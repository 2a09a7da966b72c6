/// All escaping of text into Swift source happens here: string literals and doc comments. No
/// spec text reaches generated code without passing through one of these.
enum SwiftLiteral {
    /// A double-quoted string literal whose value is exactly `text`.
    static func string(_ text: String) -> String {
        // Nearly all spec text is printable ASCII without quotes or backslashes: nothing to escape,
        // and the literal is the text between quotes, written in one go.
        var utf8 = text
        let plain = utf8.withUTF8 { bytes -> String? in
            guard !needsEscaping(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 2) { literal in
                literal[0] = UInt8(ascii: "\"")
                _ = UnsafeMutableBufferPointer(rebasing: literal[1...]).initialize(fromContentsOf: bytes)
                literal[bytes.count + 1] = UInt8(ascii: "\"")
                return bytes.count + 2
            }
        }
        if let plain { return plain }
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

    /// Whether any byte is a control character, non-ASCII, a backslash or a quote. A reduction
    /// with no early exit, which the compiler vectorizes (see `DocText.scanPrintableASCII`).
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var highest: UInt8 = 0
        var special: UInt8 = 0
        for byte in bytes {
            highest = max(highest, byte &- 0x20)
            special |= (byte == UInt8(ascii: "\\") ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0)
        }
        return highest >= 0x5F || special != 0
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
        var flat = singlePlainLine(text) ?? lines(text).joined(separator: " ")
        // In ASCII text a byte search finds what `firstRange(of:)` finds, without comparing characters.
        var isASCII = false
        let dot = flat.withUTF8 { bytes -> Int? in
            isASCII = Self.isASCII(bytes)
            guard isASCII, bytes.count > 1 else { return nil }
            return (0..<bytes.count - 1).first { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: " ") }
        }
        if isASCII {
            return dot.map { String(Substring(flat.utf8.prefix($0 + 1))) } ?? flat
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
        var lines: [String] = []
        let isPlain = text.withUTF8 { bytes in
            forEachPlainLine(in: bytes) { lines.append(String(decoding: bytes[$0], as: UTF8.self)) }
        }
        return isPlain ? lines : nil
    }

    /// Calls `body` with where each of `plainLines(_:)`'s lines is in `bytes` (blank lines at both
    /// ends dropped, trailing spaces trimmed) and returns true, if `bytes` are printable ASCII and
    /// line feeds; returns false without calling `body` for any other text. No array of lines is
    /// built: most text is one line.
    private static func forEachPlainLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        let space = UInt8(ascii: " "), lineFeed = UInt8(ascii: "\n")
        let (isPlain, hasLineFeed) = scanPrintableASCII(bytes, allowingLineFeeds: true)
        guard isPlain else { return false }
        // Lines before the first and after the last byte of text (neither space nor line feed) are blank.
        guard let first = bytes.firstIndex(where: { $0 != space && $0 != lineFeed }),
              let last = bytes.lastIndex(where: { $0 != space && $0 != lineFeed }) else { return true }
        guard hasLineFeed else {
            // One line: leading spaces are kept, trailing ones trimmed.
            body(0..<last + 1)
            return true
        }
        var lineStart = first
        while lineStart > 0, bytes[lineStart - 1] != lineFeed { lineStart -= 1 }
        while true {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != lineFeed { lineEnd += 1 }
            var end = lineEnd
            while end > lineStart, bytes[end - 1] == space { end -= 1 }
            body(lineStart..<end)
            if lineEnd > last { return true }
            lineStart = lineEnd + 1
        }
    }

    /// Whether every byte is ASCII; vectorized like `scanPrintableASCII`.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var highest: UInt8 = 0
        for byte in bytes { highest = max(highest, byte) }
        return highest < 0x80
    }

    /// Whether `bytes` are all printable ASCII (space to `~`), or line feeds when
    /// `allowingLineFeeds`, and whether there is a line feed among them.
    ///
    /// Nearly all spec text passes through here, some of it several times. The loop is a
    /// reduction with no early exit, which the compiler vectorizes: about one instruction a byte,
    /// where a loop that returns at the first other byte takes eight.
    private static func scanPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>,
                                           allowingLineFeeds: Bool) -> (isPrintable: Bool, hasLineFeed: Bool) {
        // A byte is printable when `byte - 0x20`, wrapping, is below 0x5F.
        var highest: UInt8 = 0
        var lineFeeds: UInt8 = 0
        if allowingLineFeeds {
            for byte in bytes {
                let lineFeedMask: UInt8 = byte == UInt8(ascii: "\n") ? 0xFF : 0
                lineFeeds |= lineFeedMask
                highest = max(highest, (byte &- 0x20) & ~lineFeedMask)
            }
        } else {
            for byte in bytes { highest = max(highest, byte &- 0x20) }
        }
        return (highest < 0x5F, lineFeeds != 0)
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
        return scanPrintableASCII(bytes, allowingLineFeeds: false).isPrintable
    }

    /// Lines re-wrapped at `width` columns; blank lines separate paragraphs and are kept.
    static func wrapped(_ text: String, width: Int) -> [String] {
        // The common case, printable ASCII and line feeds: lines found and wrapped on the bytes,
        // and a text that is one short line comes back as it is.
        var utf8 = text
        var result: [String] = []
        // Room for the usual number of lines, so that the array is allocated once.
        result.reserveCapacity(utf8.utf8.count / max(width, 1) + 1)
        let isPlain = utf8.withUTF8 { bytes in
            forEachPlainLine(in: bytes) { line in
                wrapASCII(UnsafeBufferPointer(rebasing: bytes[line]), width: width,
                          whole: line.count == bytes.count ? text : nil, into: &result)
            }
        }
        if isPlain { return result }
        for line in lines(text) {
            if line.isEmpty {
                result.append("")
                continue
            }
            var utf8 = line
            let isASCII = utf8.withUTF8 { bytes in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                wrapASCII(bytes, width: width, whole: line, into: &result)
                return true
            }
            if isASCII { continue }
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

    /// Appends one line of ASCII wrapped as `wrapped(_:width:)` does, where a byte is a character:
    /// the words (runs of non-space bytes) of each wrapped line joined by single spaces, as many
    /// as fit in `width` (a longer word on a line of its own). `whole` is the line as a string,
    /// when there is one, to append as it is if it fits unchanged.
    private static func wrapASCII(_ line: UnsafeBufferPointer<UInt8>, width: Int, whole: String?,
                                  into result: inout [String]) {
        let space = UInt8(ascii: " ")
        if line.first != space, line.last != space, !hasDoubleSpace(line) {
            wrapSingleSpaced(line, width: width, whole: whole, into: &result)
            return
        }
        // Otherwise word by word. The wrapped line being filled runs from the start of its first
        // word to the end of its last; `length` is its length once the spaces between its words
        // are single.
        var start: Int?
        var end = 0
        var length = 0
        func finishLine() {
            guard let start else {
                result.append("")
                return
            }
            if end - start == length {
                // Single spaces already: the wrapped line is a stretch of `line` as it is.
                result.append(String(decoding: line[start..<end], as: UTF8.self))
                return
            }
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(length)
            for index in start..<end where line[index] != space || line[index - 1] != space {
                collapsed.append(line[index])
            }
            result.append(String(decoding: collapsed, as: UTF8.self))
        }
        var index = 0
        while index < line.count {
            guard line[index] != space else {
                index += 1
                continue
            }
            var wordEnd = index + 1
            while wordEnd < line.count, line[wordEnd] != space { wordEnd += 1 }
            let wordLength = wordEnd - index
            if start == nil {
                start = index
                length = wordLength
            } else if length + 1 + wordLength > width {
                finishLine()
                start = index
                length = wordLength
            } else {
                length += 1 + wordLength
            }
            end = wordEnd
            index = wordEnd
        }
        finishLine()
    }

    /// `wrapASCII` for a line whose words are separated by single spaces, with none at either
    /// end: every wrapped line is a stretch of `line`, found by looking back from its last
    /// possible column for a space, rather than by visiting every word.
    private static func wrapSingleSpaced(_ line: UnsafeBufferPointer<UInt8>, width: Int, whole: String?,
                                         into result: inout [String]) {
        let space = UInt8(ascii: " ")
        var start = 0
        while line.count - start > width {
            // The words that fit end at the last space at most `width` columns on.
            var breakIndex = start + width
            while breakIndex > start, line[breakIndex] != space { breakIndex -= 1 }
            if breakIndex == start {
                // The first word is longer than the width: it gets a line of its own.
                breakIndex = start + width
                while breakIndex < line.count, line[breakIndex] != space { breakIndex += 1 }
            }
            result.append(String(decoding: line[start..<breakIndex], as: UTF8.self))
            start = breakIndex + 1
            if start >= line.count { return }
        }
        if let whole, start == 0 {
            result.append(whole)
        } else {
            result.append(String(decoding: line[start...], as: UTF8.self))
        }
    }

    /// Whether two spaces follow each other anywhere in `line`; a reduction the compiler
    /// vectorizes, as in `scanPrintableASCII`.
    private static func hasDoubleSpace(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count > 1 else { return false }
        var doubled: UInt8 = 0
        for index in 1..<line.count {
            doubled |= (line[index] == UInt8(ascii: " ") ? 1 : 0) & (line[index - 1] == UInt8(ascii: " ") ? 1 : 0)
        }
        return doubled != 0
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
