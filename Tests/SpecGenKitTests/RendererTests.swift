import Testing
@testable import SpecGenKit

/// Layout decisions of `SwiftRenderer` that small specs do not reach.
@Suite("Swift renderer")
struct RendererTests {
    private func rendered(_ members: [Declaration]) -> String {
        let file = SwiftFile(
            path: "T.swift", header: ["Header"], imports: [],
            declarations: [.type(TypeDeclaration(access: .public, kind: .enumeration, name: "T", members: members))])
        return SwiftRenderer().render(file)
    }

    @Test func arrayLiteralValuesPrintOneElementPerLine() {
        let text = rendered([
            .property(PropertyDeclaration(
                access: .public, isStatic: true, isMutable: false, name: "all", type: "[Int]",
                value: .arrayLiteral(["1", "f(2, 3)"]))),
            .property(PropertyDeclaration(
                access: .public, isStatic: true, isMutable: false, name: "none", type: "[Int]", value: .arrayLiteral([]))),
        ])
        #expect(text == """
            // Header

            public enum T {
                public static let all: [Int] = [
                    1,
                    f(2, 3),
                ]
                public static let none: [Int] = []
            }

            """)
    }

    /// A signature is one line when it fits in 120 columns with the member's indentation, counted
    /// in characters, not bytes.
    @Test func signaturesWrapByCharacterCount() {
        func function(parameterNames: [String]) -> Declaration {
            .function(FunctionDeclaration(
                kind: .function("f"),
                parameters: parameterNames.map { .init(name: $0, type: "Int") }, body: []))
        }
        // `func f(` + 4 parameters of 25 characters (`éxx…x1: Int`, 26 bytes, "é" being two) + 3
        // separators + `) {` is 116 characters (120 bytes), 120 columns with the indentation: it fits.
        // With "ee" in place of "é" it is 120 characters, 124 columns: it does not.
        let accented = (1...4).map { "é" + String(repeating: "x", count: 18) + "\($0)" }
        let ascii = (1...4).map { "ee" + String(repeating: "x", count: 18) + "\($0)" }
        let text = rendered([function(parameterNames: accented), function(parameterNames: ascii)])
        #expect(text.contains("    func f(\(accented.map { "\($0): Int" }.joined(separator: ", "))) {\n"))
        #expect(text.contains("    func f(\n        \(ascii[0]): Int,\n"))
        #expect(text.contains("        \(ascii[3]): Int\n    ) {\n"))
    }
}
