/// Accumulates lines with indentation. The only place that knows about indentation width.
struct CodePrinter: ~Copyable {
    /// The text so far as UTF-8: appending bytes costs less than appending strings, and a file
    /// is a few thousand lines of several pieces each.
    private var bytes = ByteBuffer()
    private(set) var level = 0
    /// Spaces per indentation level.
    private static let unitWidth = 4

    var text: String { bytes.string }

    /// Columns used by indentation at the current level.
    var indentationWidth: Int { level * Self.unitWidth }

    mutating func line(_ content: String = "") {
        line("", content)
    }

    /// `line(prefix + content)` without building that string first.
    mutating func line(_ prefix: String, _ content: String) {
        if prefix.isEmpty && content.isEmpty {
            bytes.append(Self.lineFeed)
        } else {
            startLine()
            append(prefix)
            append(content)
            bytes.append(Self.lineFeed)
        }
    }

    /// A line made of several pieces, written one after the other instead of joined first:
    /// `startLine()`, `append(_:)` for each piece, `endLine()`. The line must not be empty.
    mutating func startLine() {
        bytes.append(UInt8(ascii: " "), count: indentationWidth)
    }

    /// Copies `piece`'s UTF-8 in one go (appending its `utf8` view goes byte by byte, and slicing
    /// it into a `Substring` first costs more than the copy).
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append($0) }
    }

    mutating func endLine() {
        bytes.append(Self.lineFeed)
    }

    private static let lineFeed = UInt8(ascii: "\n")

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
