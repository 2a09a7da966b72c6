/// A Markdown page written front to back into one buffer: every section appends its lines and
/// table rows here instead of returning arrays of lines and cells that are joined later. A page
/// is thousands of small pieces, and a string (and an array slot) for each of them was most of
/// the cost of the docs. Escaping of spec text is in `Markdown.swift`.
struct MarkdownWriter: ~Copyable {
    private var bytes = ByteBuffer()
    /// Where the current line starts.
    private var lineStart = 0
    /// Where the current table cell's text starts.
    private var cellStart = 0
    /// The end (after the line feed) of the last line with any text in it.
    private var endOfLastNonBlankLine = 0

    /// The page as written.
    var text: String { bytes.string }

    /// Drops the blank lines at the end, so that the page ends with its last line of text.
    mutating func removeTrailingBlankLines() {
        bytes.removeLast(bytes.count - endOfLastNonBlankLine)
        lineStart = bytes.count
    }

    // MARK: Lines

    /// Appends `piece` to the current line as it is: text of our own, not spec text.
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append($0) }
    }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(piece)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count - 1 > lineStart { endOfLastNonBlankLine = bytes.count }
        lineStart = bytes.count
    }

    /// A whole line of our own text.
    mutating func line(_ content: String) {
        append(content)
        endLine()
    }

    mutating func blankLine() {
        endLine()
    }

    /// Ends the current line and the paragraph it closes, with a blank line.
    mutating func endParagraph() {
        endLine()
        blankLine()
    }

    /// Spec text as a paragraph of its own.
    mutating func paragraph(_ raw: String) {
        text(raw)
        endParagraph()
    }

    /// A heading (`#` to `######`) of spec text, and the blank line after it.
    mutating func heading(level: Int, _ raw: String) {
        append(String(repeating: "#", count: level) + " ")
        paragraph(raw)
    }

    // MARK: Tables

    /// The header row and the delimiter row of a table.
    mutating func tableHeader(_ columns: [String]) {
        append("|")
        for column in columns {
            append(" ")
            append(column)
            append(" |")
        }
        endLine()
        append("|")
        for _ in columns { append("---|") }
        endLine()
    }

    // A row's punctuation is appended byte by byte: a table is mostly punctuation, and appending
    // a byte costs a tenth of appending a string.

    /// A row is `startRow()`, then each cell between `startCell()` and `endCell()`, then `endRow()`.
    mutating func startRow() {
        bytes.append(UInt8(ascii: "|"))
    }

    mutating func startCell() {
        bytes.append(UInt8(ascii: " "))
        cellStart = bytes.count
    }

    /// Whether nothing has been written in the current cell yet.
    var cellIsEmpty: Bool { bytes.count == cellStart }

    /// Ends the cell; an empty cell gets a space, as `|   |`.
    mutating func endCell() {
        if cellIsEmpty { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: "|"))
    }

    /// A cell of our own text.
    mutating func cell(_ content: String) {
        startCell()
        append(content)
        endCell()
    }

    /// A cell of spec text.
    mutating func textCell(_ raw: String) {
        startCell()
        text(raw, inTable: true)
        endCell()
    }

    /// Code spans separated by commas: `` `a`, `b`, `c` ``.
    mutating func codeList(_ items: some Sequence<String>) {
        for (index, item) in items.enumerated() {
            if index > 0 { append(", ") }
            code(item)
        }
    }

    /// A cell showing `raw` as code.
    mutating func codeCell(_ raw: String) {
        startCell()
        code(raw)
        endCell()
    }

    mutating func endRow() {
        endLine()
    }
}
