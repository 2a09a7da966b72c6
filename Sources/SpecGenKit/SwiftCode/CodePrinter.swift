/// Accumulates lines with indentation. The only place that knows about indentation width.
struct CodePrinter {
    private(set) var text = ""
    private(set) var level = 0
    private let unit = "    "

    /// Columns used by indentation at the current level.
    var indentationWidth: Int { level * unit.count }

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            // Appended piece by piece: building the line first would copy it twice.
            for _ in 0..<level { text += unit }
            text += content
            text += "\n"
        }
    }

    mutating func indent() { level += 1 }
    mutating func outdent() { level -= 1 }

    /// Removes trailing blank lines (before a closing brace or the end of the file).
    mutating func trimTrailingBlankLines() {
        while text.hasSuffix("\n\n") { text.removeLast() }
    }
}
