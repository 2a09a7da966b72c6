/// All escaping of spec text into Markdown happens here. Table cells must not contain `|` or line
/// breaks (they would split the row), and HTML in a description must show as text, not render.
enum Markdown {
    /// Text for a table cell or a paragraph: HTML and Markdown punctuation that could change the
    /// structure are escaped; line breaks become `<br>` inside cells.
    static func text(_ raw: String, inTable: Bool = false) -> String {
        if let line = DocText.singlePlainLine(raw) { return escapeInline(line) }
        let lines = DocText.lines(raw).map(escapeInline)
        return lines.count == 1 ? lines[0] : lines.joined(separator: inTable ? "<br>" : "\n")
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): true
        default: false
        }
    }

    /// Works on bytes, as Markdown does: `|` followed by a combining mark still ends a table cell.
    private static func escapeInline(_ line: String) -> String {
        guard line.containsUTF8(where: needsEscaping) else { return line }
        var result: [UInt8] = []
        result.reserveCapacity(line.utf8.count + 16)
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "&"): result += "&amp;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A code span showing `raw` exactly, fenced with more backticks than it contains.
    static func code(_ raw: String) -> String {
        let flat = DocText.singlePlainLine(raw) ?? DocText.lines(raw).joined(separator: " ")
        // Counted on bytes, as a Markdown parser finds backtick runs.
        var longestRun = 0
        var run = 0
        var hasPipe = false
        for byte in flat.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longestRun = max(longestRun, run)
            hasPipe = hasPipe || byte == UInt8(ascii: "|")
        }
        // The common case, nothing to fence around or escape: built with one allocation.
        if longestRun == 0 && !hasPipe {
            var span = ""
            span.reserveCapacity(flat.utf8.count + 2)
            span += "`"
            span += flat
            span += "`"
            return span
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || longestRun > 0 ? " \(flat) " : flat
        // Inside a table, a pipe ends the cell even in a code span: escape it (GFM allows \| there).
        guard padded.containsUTF8(where: { $0 == UInt8(ascii: "|") }) else { return fence + padded + fence }
        let pieces = padded.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { Substring($0) }
        return fence + pieces.joined(separator: "\\|") + fence
    }

    /// A fenced code block whose fence is longer than any backtick run in `body`.
    static func codeBlock(_ body: String, language: String) -> [String] {
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
        let lines = isPlainASCII
            ? body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [fence + language] + lines + [fence]
    }

    static func table(header: [String], rows: [[String]]) -> [String] {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---|" }.joined())
        for row in rows {
            guard !row.isEmpty else {
                lines.append("|  |")
                continue
            }
            // One string per row, appended cell by cell.
            var line = "|"
            line.reserveCapacity(row.reduce(1) { $0 + $1.utf8.count + 3 } + 1)
            for cell in row {
                line += " "
                line += cell.isEmpty ? " " : cell
                line += " |"
            }
            lines.append(line)
        }
        return lines
    }
}
