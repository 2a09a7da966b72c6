/// All escaping of spec text into Markdown happens here. Table cells must not contain `|` or line
/// breaks (they would split the row), and HTML in a description must show as text, not render.
extension MarkdownWriter {
    /// Appends text for a table cell or a paragraph: HTML and Markdown punctuation that could
    /// change the structure are escaped; line breaks become `<br>` inside cells.
    mutating func text(_ raw: String, inTable: Bool = false) {
        // Most spec text is one line of printable ASCII: escaped straight from its bytes.
        var raw = raw
        let isSingleLine = raw.withUTF8 { bytes in
            guard DocText.isSinglePlainLine(bytes) else { return false }
            if Markdown.needsEscaping(bytes) { appendEscaped(bytes) } else { append(bytes) }
            return true
        }
        guard !isSingleLine else { return }
        for (index, line) in DocText.lines(raw).enumerated() {
            if index > 0 { append(inTable ? "<br>" : "\n") }
            var line = line
            line.withUTF8 { appendEscaped($0) }
        }
    }

    /// Works on bytes, as Markdown does: `|` followed by a combining mark still ends a table cell.
    /// Runs of bytes that need no escaping are copied whole.
    private mutating func appendEscaped(_ line: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in line.indices {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"):
                append(UnsafeBufferPointer(rebasing: line[runStart..<index]))
                append(UInt8(ascii: "\\"))
                append(byte)
            case UInt8(ascii: "<"):
                append(UnsafeBufferPointer(rebasing: line[runStart..<index]))
                append("&lt;")
            case UInt8(ascii: ">"):
                append(UnsafeBufferPointer(rebasing: line[runStart..<index]))
                append("&gt;")
            case UInt8(ascii: "&"):
                append(UnsafeBufferPointer(rebasing: line[runStart..<index]))
                append("&amp;")
            default:
                continue
            }
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: line[runStart...]))
    }

    /// Appends a code span showing `raw` exactly, fenced with more backticks than it contains.
    mutating func code(_ raw: String) {
        var raw = raw
        raw.withUTF8 { code(utf8: $0) }
    }

    /// `code(_:)` for text given as UTF-8.
    mutating func code(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // The common case, one plain line with no backtick or pipe: the text between two backticks.
        if DocText.isSinglePlainLine(bytes), !Markdown.containsBacktickOrPipe(bytes) {
            append(UInt8(ascii: "`"))
            append(bytes)
            append(UInt8(ascii: "`"))
        } else {
            append(Markdown.fencedCode(String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// Appends the lines of a fenced code block whose fence is longer than any backtick run in `body`.
    mutating func codeBlock(_ body: String, language: String) {
        // Characters, not bytes: a backtick followed by a combining mark is another character, and
        // CR LF is one. In ASCII without carriage returns bytes are characters, and much faster.
        let isPlainASCII = !body.containsUTF8 { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
        var longestRun = 0
        var run = 0
        if isPlainASCII {
            for byte in body.utf8 {
                run = byte == UInt8(ascii: "`") ? run + 1 : 0
                longestRun = max(longestRun, run)
            }
        } else {
            for character in body {
                run = character == "`" ? run + 1 : 0
                longestRun = max(longestRun, run)
            }
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        line(fence + language)
        // The body's own line feeds end its lines.
        line(body)
        line(fence)
    }
}

enum Markdown {
    // The two scans below are reductions with no early exit, which the compiler vectorizes: one
    // or two instructions per byte of text, where a `switch` per byte that returns at the first
    // match takes about ten. Most text has nothing to escape, and every cell is scanned.

    /// Whether any byte is one that `appendEscaped` replaces.
    fileprivate static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for byte in bytes {
            found |= (byte == UInt8(ascii: "|") ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0)
                | (byte == UInt8(ascii: "`") ? 1 : 0) | (byte == UInt8(ascii: "*") ? 1 : 0)
                | (byte == UInt8(ascii: "_") ? 1 : 0) | (byte == UInt8(ascii: "[") ? 1 : 0)
                | (byte == UInt8(ascii: "]") ? 1 : 0) | (byte == UInt8(ascii: "<") ? 1 : 0)
                | (byte == UInt8(ascii: ">") ? 1 : 0) | (byte == UInt8(ascii: "&") ? 1 : 0)
        }
        return found != 0
    }

    fileprivate static func containsBacktickOrPipe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for byte in bytes {
            found |= (byte == UInt8(ascii: "`") ? 1 : 0) | (byte == UInt8(ascii: "|") ? 1 : 0)
        }
        return found != 0
    }

    /// The code span for text with backticks, pipes or several lines: the fence is longer than
    /// any backtick run, and pipes are escaped.
    fileprivate static func fencedCode(_ raw: String) -> String {
        let flat = DocText.singlePlainLine(raw) ?? DocText.lines(raw).joined(separator: " ")
        // Counted on bytes, as a Markdown parser finds backtick runs.
        var longestRun = 0
        var run = 0
        for byte in flat.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || longestRun > 0 ? " \(flat) " : flat
        // Inside a table, a pipe ends the cell even in a code span: escape it (GFM allows \| there).
        guard padded.containsUTF8(where: { $0 == UInt8(ascii: "|") }) else { return fence + padded + fence }
        let pieces = padded.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { Substring($0) }
        return fence + pieces.joined(separator: "\\|") + fence
    }
}
