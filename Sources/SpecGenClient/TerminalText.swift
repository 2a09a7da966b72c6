/// Text from a server or a spec, made safe to print on a terminal.
///
/// A terminal acts on what it is given: ESC starts a sequence that can clear the screen, move the
/// cursor or retitle the window, BEL rings, CR returns to the start of the line so that what
/// follows overwrites it (a forged "OK"), and the bidirectional overrides (U+202E) make text read
/// in another order than it is stored. So every C0 and C1 control, DEL, and every bidi control and
/// line or paragraph separator is shown as an escape (`\u{1b}`, `\r`, `\u{202e}`); everything else,
/// accented letters and emoji included, is kept as it is.
public enum TerminalText {
    /// `text` with every character a terminal would act on shown as an escape; one line.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscaping(scalar): result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON text (as `JSONEncoder` writes it) with the same characters written as JSON escapes
    /// (`\u202e`), so that it stays valid JSON denoting the same values. The encoder already
    /// escapes C0 controls; DEL, C1 and the bidi controls it leaves as they are. They can only
    /// occur inside strings, where any character may be written as `\uXXXX`.
    public static func escapedJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscaping) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if needsEscaping(scalar), scalar != "\n" {  // newlines between members are the layout's
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates, and the Unicode
    /// line and paragraph separators.
    static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
