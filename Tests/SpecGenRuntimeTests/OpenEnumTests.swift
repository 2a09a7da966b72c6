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

    @Test func aliasesReadAsTheirValueAndWriteItsSpelling() throws {
        #expect(try scalar(SlabChangeKind.self, #""UP""#) == .upgrade)
        #expect(try encodeJSON([SlabChangeKind(rawValue: "UP")]) == #"["UPGRADE"]"#)
    }

    @Test func caseInsensitiveOnlyWithTheLeniency() throws {
        #expect(try scalar(SlabChangeKind.self, #""upgrade""#, .caseInsensitiveEnums) == .upgrade)
        #expect(try scalar(SlabChangeKind.self, #""DownGrade""#, .all) == .downgrade)
        #expect(try scalar(SlabChangeKind.self, #""upgrade""#) == .unknown("upgrade"))
        // Unknown in any case is still kept as it came.
        #expect(try scalar(SlabChangeKind.self, #""sideGrade""#, .caseInsensitiveEnums) == .unknown("sideGrade"))
    }

    /// Two declared values that differ only in case leave the choice open: the text is kept.
    @Test func anAmbiguousCaseInsensitiveMatchIsKeptAsSent() throws {
        #expect(try scalar(CasedStatus.self, #""active""#, .caseInsensitiveEnums) == .unknown("active"))
        #expect(try scalar(CasedStatus.self, #""Active""#, .caseInsensitiveEnums) == .mixed)
        #expect(try scalar(CasedStatus.self, #""ACTIVE""#, .caseInsensitiveEnums) == .upper)
    }

    private enum CasedStatus: OpenEnum {
        case mixed, upper
        case unknown(String)

        static let knownValues: [CasedStatus] = [.mixed, .upper]

        init(rawValue: String) {
            switch rawValue {
            case "Active": self = .mixed
            case "ACTIVE": self = .upper
            default: self = .unknown(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .mixed: "Active"
            case .upper: "ACTIVE"
            case .unknown(let value): value
            }
        }
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
