import Foundation

/// The sentences `specgen export-openapi` adds to descriptions for readers who ignore extensions
/// ("... (x-specgen-leniency)."), each a paragraph of its own that names the extension it explains.
/// In specgen's own export they are removed before mapping: the extension beside them is read
/// instead (``SpecGenExtensions``), and the spec's description comes back as it was written.
enum ExportSentences {
    /// `document` without the export's sentences, when it is specgen's export; unchanged otherwise.
    static func removed(from document: JSONTree) -> JSONTree {
        guard document["info"]?["x-specgen-module"] != nil else { return document }
        return strip(document)
    }

    private static func strip(_ node: JSONTree) -> JSONTree {
        switch node {
        case .array(let items):
            return .array(items.map(strip))
        case .object(let entries):
            return .object(entries.compactMap { entry in
                if entry.key == "description", case .string(let text) = entry.value {
                    let kept = withoutSentences(text)
                    return kept.isEmpty ? nil : (key: entry.key, value: .string(kept))
                }
                return (key: entry.key, value: strip(entry.value))
            })
        default:
            return node
        }
    }

    /// `text` without its paragraphs that end by naming an `x-specgen-*` key in parentheses.
    static func withoutSentences(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n")
        return paragraphs.filter { !isExportSentence($0) }.joined(separator: "\n\n")
    }

    /// A paragraph ending `x-specgen-<key>).`: `(x-specgen-leniency).`, `(group `a`, x-specgen-groups).`.
    private static func isExportSentence(_ paragraph: String) -> Bool {
        guard paragraph.hasSuffix(")."), let open = paragraph.range(of: "x-specgen-", options: .backwards) else { return false }
        let key = paragraph[open.upperBound..<paragraph.index(paragraph.endIndex, offsetBy: -2)]
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) else { return false }
        let before = paragraph[..<open.lowerBound]
        return before.hasSuffix("(") || (before.hasSuffix(", ") && before.contains("("))
    }
}
