import Foundation
import SpecGenRuntime
import Testing

@Suite("Open enums")
struct OpenEnumTests {
    @Test func knownAndUnknownValues() throws {
        #expect(try scalar(SlabChangeKind.self, #""UPGRADE""#) == .upgrade)
        #expect(try scalar(SlabChangeKind.self, #""SIDEGRADE""#) == .unknown("SIDEGRADE"))
    }

    @Test func plainCodableUsesTheRawValue() throws {
        let decoded = try JSONDecoder().decode([SlabChangeKind].self, from: Data(#"["DOWNGRADE", "NEW"]"#.utf8))
        #expect(decoded == [.downgrade, .unknown("NEW")])
        #expect(try encodeJSON(decoded) == #"["DOWNGRADE","NEW"]"#)
    }

    @Test func unknownValueIsReEncodedUnchanged() throws {
        let value = try #require(try scalar(SlabChangeKind.self, #""lower case é""#))
        #expect(try encodeJSON([value]) == #"["lower case é"]"#)
    }

    @Test func plainInitFromDoesNotApplyNumbersAsStrings() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SlabChangeKind].self, from: Data("[200]".utf8))
        }
    }

    @Test func numbersAsStrings() throws {
        #expect(try scalar(SlabChangeKind.self, "200", .numbersAsStrings) == .unknown("200"))
        #expect(try scalar(SlabChangeKind.self, "true", .numbersAsStrings) == .unknown("true"))
        let error = #expect(throws: DecodingError.self) { try scalar(SlabChangeKind.self, "200") }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
    }

    @Test func emptyForms() throws {
        #expect(try scalar(SlabChangeKind.self, #""""#, .emptyAsAbsent) == nil)
        #expect(try scalar(SlabChangeKind.self, "[]", .emptyAsAbsent) == nil)
        #expect(try scalar(SlabChangeKind.self, "[[]]", .emptyAsAbsent) == nil)
        #expect(try scalar(SlabChangeKind.self, #""""#) == .unknown(""))
        #expect(throws: DecodingError.self) { try scalar(SlabChangeKind.self, "[]") }
    }

    @Test func lists() throws {
        #expect(try scalarList(SlabChangeKind.self, #"["UPGRADE", "X", ""]"#, .emptyAsAbsent) == [.upgrade, .unknown("X")])
        #expect(try scalarList(SlabChangeKind.self, #"{"kind": "DOWNGRADE"}"#, wrapper: "kind", .collapsedLists) == [.downgrade])
        #expect(try scalarList(SlabChangeKind.self, #"[1]"#, .numbersAsStrings) == [.unknown("1")])
    }

    @Test func hashable() {
        let set: Set<SlabChangeKind> = [.upgrade, .upgrade, .unknown("A"), .unknown("A"), .downgrade]
        #expect(set.count == 3)
    }

    @Test func queryText() {
        #expect(SlabChangeKind.upgrade.queryText == "UPGRADE")
        #expect(SlabChangeKind.unknown("x").queryText == "x")
    }
}
