import Foundation
import SpecGenRuntime
import Testing

@Suite("Objects")
struct ObjectDecodingTests {
    @Test func presentObjectDecodes() throws {
        #expect(try object(Item.self, #"{"id": 1, "name": "a", "unknown": [1, 2]}"#) == Item(id: 1, name: "a"))
        #expect(try object(Item.self, "{}") == Item(id: nil, name: nil))
    }

    @Test func absentAndNullAreNil() throws {
        #expect(try object(Item.self, nil) == nil)
        #expect(try object(Item.self, "null") == nil)
    }

    @Test(arguments: [#""""#, "[]", "[[ ]]", "[[], [[]]]"])
    func emptyFormsAreNilWithEmptyAsAbsent(json: String) throws {
        #expect(try object(Item.self, json, .emptyAsAbsent) == nil)
        let error = #expect(throws: DecodingError.self) { try object(Item.self, json, .all.subtracting(.emptyAsAbsent)) }
        #expect(error.map(isTypeMismatch) == true)
    }

    @Test func nonEmptyNonObjectsThrow() {
        #expect(throws: DecodingError.self) { try object(Item.self, #""x""#, .all) }
        #expect(throws: DecodingError.self) { try object(Item.self, "[{}]", .all) }
        #expect(throws: DecodingError.self) { try object(Item.self, "0", .all) }
    }

    @Test func nestedMismatchIsRethrownWithItsPath() {
        let error = #expect(throws: DecodingError.self) { try object(Item.self, #"{"id": "abc"}"#, .all) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field", "id"])
        let mismatch = #expect(throws: DecodingError.self) { try object(Item.self, #"{"name": 5}"#, .all) }
        #expect(mismatch.map(isTypeMismatch) == true)
        #expect(mismatch.map(codingPath(of:)) == ["field", "name"])
    }
}
