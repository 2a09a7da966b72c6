import Foundation

/// All escaping of spec text into Markdown happens here. Table cells must not contain `|` or line
/// breaks (they would split the row), and HTML in a description must show as text, not render.
enum Markdown {
    /// Text for a table cell or a paragraph: HTML and Markdown punctuation that could change the
    /// structure are escaped; line breaks become `<br>` inside cells.
    static func text(_ raw: String, inTable: Bool = false) -> String {
        let lines = DocText.lines(raw).map(escapeInline)
        return lines.joined(separator: inTable ? "<br>" : "\n")
    }

    private static func escapeInline(_ line: String) -> String {
        var result = ""
        for character in line {
            switch character {
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "`": result += "\\`"
            case "*": result += "\\*"
            case "_": result += "\\_"
            case "[": result += "\\["
            case "]": result += "\\]"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span showing `raw` exactly, fenced with more backticks than it contains.
    static func code(_ raw: String) -> String {
        let flat = DocText.lines(raw).joined(separator: " ")
        var longestRun = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || longestRun > 0 ? " \(flat) " : flat
        // Inside a table, a pipe ends the cell even in a code span: escape it (GFM allows \| there).
        return fence + padded.replacingOccurrences(of: "|", with: "\\|") + fence
    }

    /// A fenced code block whose fence is longer than any backtick run in `body`.
    static func codeBlock(_ body: String, language: String) -> [String] {
        var longestRun = 0
        var run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        return [fence + language] + body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
    }

    static func table(header: [String], rows: [[String]]) -> [String] {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---|" }.joined())
        for row in rows {
            lines.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
        }
        return lines
    }
}
