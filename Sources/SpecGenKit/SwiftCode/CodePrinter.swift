/// Accumulates lines with indentation. The only place that knows about indentation width.
struct CodePrinter: ~Copyable {
    /// The text so far as UTF-8: appending bytes costs less than appending strings, and a file
    /// is a few thousand lines of several pieces each.
    private var bytes = ByteBuffer()
    private(set) var level = 0
    private let unit = "    "

    var text: String { bytes.string }

    /// Columns used by indentation at the current level.
    var indentationWidth: Int { level * unit.utf8.count }

    mutating func line(_ content: String = "") {
        line("", content[...])
    }

    /// `line(prefix + content)` without building that string first.
    mutating func line(_ prefix: String, _ content: String) {
        line(prefix, content[...])
    }

    private mutating func line(_ prefix: String, _ content: Substring) {
        if prefix.isEmpty && content.isEmpty {
            bytes.append(Self.lineFeed)
        } else {
            startLine()
            append(prefix[...])
            append(content)
            bytes.append(Self.lineFeed)
        }
    }

    /// A line made of several pieces, written one after the other instead of joined first:
    /// `startLine()`, `append(_:)` for each piece, `endLine()`. The line must not be empty.
    mutating func startLine() {
        for _ in 0..<level { append(unit[...]) }
    }

    mutating func append(_ piece: String) {
        append(piece[...])
    }

    mutating func endLine() {
        bytes.append(Self.lineFeed)
    }

    /// Copies `text`'s UTF-8 in one go (appending its `utf8` view goes byte by byte).
    private mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append($0) }
    }

    private static let lineFeed = UInt8(ascii: "\n")

    /// Each line of `text` (split at line-feed characters) as `line(_:)` prints it.
    mutating func lines(_ text: String) {
        // A line feed is a character of its own except after a carriage return (CR LF is one
        // character), so splitting on bytes finds the same lines when there is no CR; Character-wise
        // splitting was a tenth of the generator's time.
        guard !text.containsUTF8(where: { $0 == UInt8(ascii: "\r") }) else {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { self.line("", line) }
            return
        }
        // Each line is copied straight from `text`'s bytes, without a string of its own.
        var text = text
        text.withUTF8 { all in
            var start = 0
            for index in all.indices where all[index] == Self.lineFeed {
                line(UnsafeBufferPointer(rebasing: all[start..<index]))
                start = index + 1
            }
            line(UnsafeBufferPointer(rebasing: all[start...]))
        }
    }

    /// `line(_:)` for a line given as UTF-8.
    private mutating func line(_ content: UnsafeBufferPointer<UInt8>) {
        if !content.isEmpty {
            startLine()
            bytes.append(content)
        }
        bytes.append(Self.lineFeed)
    }

    mutating func indent() { level += 1 }
    mutating func outdent() { level -= 1 }

    /// Removes trailing blank lines (before a closing brace or the end of the file): while the
    /// text ends in two line-feed characters (the first not part of a CR LF).
    mutating func trimTrailingBlankLines() {
        while bytes.count >= 2, bytes[bytes.count - 1] == Self.lineFeed, bytes[bytes.count - 2] == Self.lineFeed,
              bytes.count == 2 || bytes[bytes.count - 3] != UInt8(ascii: "\r") {
            bytes.removeLast()
        }
    }
}
