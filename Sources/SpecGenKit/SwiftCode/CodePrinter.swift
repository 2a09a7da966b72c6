/// Accumulates lines with indentation. The only place that knows about indentation width.
struct CodePrinter {
    private(set) var text = ""
    private(set) var level = 0
    private let unit = "    "

    /// Columns used by indentation at the current level.
    var indentationWidth: Int { level * unit.count }

    mutating func line(_ content: String = "") {
        line("", content)
    }

    /// `line(prefix + content)` without building that string first.
    mutating func line(_ prefix: String, _ content: String) {
        line(prefix, content[...])
    }

    private mutating func line(_ prefix: String, _ content: Substring) {
        if prefix.isEmpty && content.isEmpty {
            text += "\n"
        } else {
            // Appended piece by piece: building the line first would copy it twice.
            if level > 0 {
                text += level < Self.indentations.count ? Self.indentations[level] : String(repeating: unit, count: level)
            }
            text += prefix
            text += content
            text += "\n"
        }
    }

    private static let indentations = (0..<12).map { String(repeating: "    ", count: $0) }

    /// Each line of `text` (split at line-feed characters) as `line(_:)` prints it.
    mutating func lines(_ text: String) {
        let lineFeed = UInt8(ascii: "\n")
        let bytes = text.utf8
        // A line feed is a character of its own except after a carriage return (CR LF is one
        // character), so splitting on bytes finds the same lines when there is no CR; Character-wise
        // splitting was a tenth of the generator's time.
        guard !bytes.contains(UInt8(ascii: "\r")) else {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { self.line("", line) }
            return
        }
        // Each line is appended straight from `text`, without a string of its own.
        var rest = text[...]
        while let end = rest.utf8.firstIndex(of: lineFeed) {
            line("", rest[..<end])
            rest = rest[rest.utf8.index(after: end)...]
        }
        line("", rest)
    }

    mutating func indent() { level += 1 }
    mutating func outdent() { level -= 1 }

    /// Removes trailing blank lines (before a closing brace or the end of the file).
    mutating func trimTrailingBlankLines() {
        while text.hasSuffix("\n\n") { text.removeLast() }
    }
}
