import Foundation
import SpecGenClient
import Testing

@Suite("TerminalText")
struct TerminalTextTests {
    @Test func controlsAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb\u{07}c\rd\ne\tf") == #"a\u{1b}[2Jb\u{7}c\rd\ne\tf"#)
        #expect(TerminalText.escaped("\u{7F}\u{80}\u{9B}\u{9F}\u{0}") == #"\u{7f}\u{80}\u{9b}\u{9f}\u{0}"#)
    }

    @Test func bidiControlsAndSeparatorsAreShownEscaped() {
        for value: UInt32 in [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                              0x2066, 0x2067, 0x2068, 0x2069] {
            let scalar = Unicode.Scalar(value)!
            #expect(TerminalText.escaped("x\(scalar)y") == "x\\u{\(String(value, radix: 16))}y")
        }
    }

    @Test func printableTextIsKept() {
        let text = "Zoë Ødegaard — 東京 🙂 \\u{1b} a\u{301}"
        #expect(TerminalText.escaped(text) == text)
    }

    @Test func jsonKeepsItsValueAndLosesTheControls() throws {
        let value = ["name": "a\u{1B}b\u{9B}c\u{7F}d\u{202E}e\u{2028}f\"g\\"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = TerminalText.escapedJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
        #expect(!json.unicodeScalars.contains { $0 != "\n" && TerminalText.escaped(String($0)) != String($0) })
        #expect(json.contains(#"\u009b"#) && json.contains(#"\u202e"#) && json.contains(#"\u2028"#))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(json.utf8)) == value)
    }
}
