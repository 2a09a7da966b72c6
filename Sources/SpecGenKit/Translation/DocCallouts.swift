/// DocC's callouts at the end of a function's doc comment: `- Parameter name:` for each parameter,
/// `- Returns:` and `- Throws:`, which DocC and Quick Help show as the function's Parameters,
/// Return Value and Throws sections.
struct DocCallouts {
    /// A parameter's name as declared (escaped or not) and its text; only the first sentence is kept.
    var parameters: [(name: String, text: String)] = []
    var returns: String?
    var throwsText: String?

    /// `doc`, then a blank line and one callout a line. One `- Parameter name:` line each rather
    /// than a `- Parameters:` list: DocC reads both the same, and the single lines need none of the
    /// nesting that the comment's wrapping would not keep.
    func appended(to doc: String) -> String {
        var lines: [String] = parameters.map { name, text in
            // A keyword parameter is declared `` `default` `` but documented by its name.
            let plain = name.hasPrefix("`") && name.hasSuffix("`") ? String(name.dropFirst().dropLast()) : name
            // An empty callout would render as a parameter without a description.
            let sentence = DocText.firstSentence(text)
            return "- Parameter \(plain): " + (sentence.isEmpty ? "The value of `\(plain)`." : sentence)
        }
        if let returns { lines.append("- Returns: \(returns)") }
        if let throwsText { lines.append("- Throws: \(throwsText)") }
        return lines.isEmpty ? doc : doc + "\n\n" + lines.joined(separator: "\n")
    }
}
