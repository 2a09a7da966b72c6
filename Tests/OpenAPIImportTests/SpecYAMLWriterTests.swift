import Testing
import YAMLReader
@testable import OpenAPIImport

/// The writer's escaping, the one place document text becomes YAML, and the one place it becomes
/// terminal text.
@Suite("Spec YAML writer and terminal text")
struct SpecYAMLWriterTests {
    static let hostile = [
        "plain", "", " leading", "trailing ", "true", "False", "null", "~", "yes", "no", "0", "-1", "1.5", "0x1F", ".inf",
        "- item", "key: value", "a # comment", "#hash", "@at", "`tick`", "'single'", "\"double\"", "[flow]", "{map}", "*alias", "&anchor",
        "!tag", "|block", ">folded", "%directive", "line\nbreak", "two\n\nlines\n", "tab\there", "bell\u{7}", "esc\u{1B}[31m",
        "nel\u{85}", "ls\u{2028}", "bom\u{FEFF}", "日本語", "emoji 🙂", "back\\slash", "ends with colon:", "?question", "=equals",
    ]

    @Test(arguments: hostile)
    func scalarsReadBackExactly(_ text: String) throws {
        let yaml = SpecYAMLWriter.file([("description", .text(text)), ("values", .flowList([.text(text)]))], comment: "test")
        let document = YAMLParser.parse(Array(yaml.utf8), file: "test.yaml")
        #expect(document.errors.isEmpty, "\(yaml)")
        let mapping = try #require(document.root?.mapping)
        #expect(mapping.first?.value.scalar?.value == .string(text))
        #expect(mapping.last?.value.sequence?.first?.scalar?.value == .string(text))
    }

    @Test func warningsStayOnOneLine() {
        let warning = ImportWarning(document: "doc\n.yaml", pointer: JSONPointer(["paths", "/a\u{1B}[2J"]), message: "name 'x\ny'")
        #expect(warning.description == "doc\\n.yaml: #/paths/~1a\\u{1B}[2J: warning: name 'x\\ny'")
        #expect(JSONPointer(["a/b", "c~d"]).description == "#/a~1b/c~0d")
        #expect(JSONPointer.unescape("a~01b~1") == "a~1b/")
    }
}
