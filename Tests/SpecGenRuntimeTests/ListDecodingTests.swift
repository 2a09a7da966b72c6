import Foundation
import SpecGenRuntime
import Testing

private let one = Item(id: 1, name: "a")
private let two = Item(id: 2, name: "b")
private let oneJSON = #"{"id": 1, "name": "a"}"#
private let twoJSON = #"{"id": "2", "name": "b"}"#

@Suite("Lists without a wrapper")
struct BareListTests {
    @Test func arrays() throws {
        #expect(try scalarList(Int.self, "[1, 2, 3]") == [1, 2, 3])
        #expect(try scalarList(Int.self, "[]") == [])
        #expect(try objectList(Item.self, "[\(oneJSON), \(twoJSON)]") == [one, two])
    }

    @Test func absentAndNullAreNil() throws {
        #expect(try scalarList(Int.self, nil, .all) == nil)
        #expect(try scalarList(Int.self, "null", .all) == nil)
        #expect(try objectList(Item.self, nil, .all) == nil)
        #expect(try objectList(Item.self, "null", .all) == nil)
    }

    @Test func collapsedObject() throws {
        #expect(try objectList(Item.self, oneJSON, .collapsedLists) == [one])
        let error = #expect(throws: DecodingError.self) { try objectList(Item.self, oneJSON) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
    }

    @Test func collapsedScalar() throws {
        #expect(try scalarList(Int.self, "7", .collapsedLists) == [7])
        #expect(try scalarList(Int.self, #""7""#, [.collapsedLists, .stringEncodedNumbers]) == [7])
        #expect(try scalarList(String.self, #""x""#, .collapsedLists) == ["x"])
        #expect(throws: DecodingError.self) { try scalarList(Int.self, "7") }
        #expect(throws: DecodingError.self) { try scalarList(Int.self, #""7""#, .collapsedLists) }
    }

    @Test func scalarElementsAreReadLeniently() throws {
        #expect(try scalarList(Int.self, #"["1", 2, "3e2"]"#, .stringEncodedNumbers) == [1, 2, 300])
        #expect(try scalarList(String.self, #"["a", 2, true]"#, .numbersAsStrings) == ["a", "2", "true"])
        #expect(try scalarList(Bool.self, #"["TRUE", false]"#, .stringEncodedBooleans) == [true, false])
        #expect(try scalarList(Double.self, #"[5.632820109E9, "1.5"]"#, .stringEncodedNumbers) == [5_632_820_109, 1.5])
        #expect(throws: DecodingError.self) { try scalarList(Int.self, #"["1", 2]"#) }
    }

    @Test func badElementErrorCarriesItsIndex() {
        let error = #expect(throws: DecodingError.self) { try scalarList(Int.self, #"[1, "x"]"#, .stringEncodedNumbers) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field", "Index 1"])
        let objectError = #expect(throws: DecodingError.self) {
            try objectList(Item.self, #"[{"id": 1}, {"id": "x"}]"#)
        }
        #expect(objectError.map(codingPath(of:)) == ["field", "Index 1", "id"])
    }

    @Test(arguments: [#""""#, "[]", "[[ ]]", "[[], [[]]]", "{}"])
    func emptyFormsAreEmptyLists(json: String) throws {
        #expect(try scalarList(Int.self, json, .emptyAsAbsent) == [])
        #expect(try objectList(Item.self, json, .emptyAsAbsent) == [])
        #expect(try objectList(Item.self, json, .all) == [])
    }

    @Test func emptyFormsWithoutTheFlag() throws {
        #expect(throws: DecodingError.self) { try scalarList(Int.self, #""""#) }
        #expect(throws: DecodingError.self) { try scalarList(Int.self, "[[ ]]") }
        #expect(throws: DecodingError.self) { try objectList(Item.self, "[[ ]]", .collapsedLists) }
        #expect(throws: DecodingError.self) { try objectList(Item.self, "{}") }
        // Without emptyAsAbsent, {} is not an empty list, and not an element either: it carries
        // none of Item's keys, so reading it as one would invent an element with every field nil.
        #expect(throws: DecodingError.self) { try objectList(Item.self, "{}", .collapsedLists) }
    }

    @Test func emptyElementsAreSkippedOnlyWithEmptyAsAbsent() throws {
        #expect(try scalarList(Int.self, #"[1, "", [], null, 2]"#, .emptyAsAbsent) == [1, 2])
        #expect(try objectList(Item.self, "[\(oneJSON), \"\", [[]], null]", .emptyAsAbsent) == [one])
        #expect(throws: DecodingError.self) { try scalarList(Int.self, #"[1, ""]"#, .stringEncodedNumbers) }
        #expect(throws: DecodingError.self) { try scalarList(Int.self, "[1, null]") }
        #expect(throws: DecodingError.self) { try objectList(Item.self, "[\(oneJSON), []]") }
    }

    @Test func emptyStringElementOfAStringListIsKept() throws {
        #expect(try scalarList(String.self, #"["a", ""]"#, .emptyAsAbsent) == ["a", ""])
    }
}

@Suite("Lists with a wrapper key")
struct WrappedListTests {
    @Test func wrappedArray() throws {
        #expect(try objectList(Item.self, #"{"customer": [\#(oneJSON), \#(twoJSON)]}"#, wrapper: "customer") == [one, two])
        #expect(try scalarList(Int.self, #"{"id": [1, 2]}"#, wrapper: "id") == [1, 2])
    }

    @Test func otherKeysInTheWrapperAreIgnored() throws {
        #expect(try objectList(Item.self, #"{"count": "1", "customer": [\#(oneJSON)]}"#, wrapper: "customer") == [one])
    }

    @Test func collapsedInsideTheWrapper() throws {
        let json = #"{"customer": \#(oneJSON)}"#
        #expect(try objectList(Item.self, json, wrapper: "customer", .collapsedLists) == [one])
        #expect(throws: DecodingError.self) { try objectList(Item.self, json, wrapper: "customer") }
        #expect(try scalarList(Int.self, #"{"id": 5}"#, wrapper: "id", .collapsedLists) == [5])
    }

    @Test func unwrappedArray() throws {
        let json = "[\(oneJSON), \(twoJSON)]"
        #expect(try objectList(Item.self, json, wrapper: "customer", .unwrappedLists) == [one, two])
        let error = #expect(throws: DecodingError.self) { try objectList(Item.self, json, wrapper: "customer") }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(throws: DecodingError.self) {
            try objectList(Item.self, json, wrapper: "customer", .all.subtracting(.unwrappedLists))
        }
        #expect(try scalarList(Int.self, "[1, 2]", wrapper: "id", .unwrappedLists) == [1, 2])
    }

    @Test func unwrappedAndCollapsed() throws {
        #expect(try objectList(Item.self, oneJSON, wrapper: "customer", [.unwrappedLists, .collapsedLists]) == [one])
        let error = #expect(throws: DecodingError.self) { try objectList(Item.self, oneJSON, wrapper: "customer", .unwrappedLists) }
        #expect(error.map(codingPath(of:)) == ["field", "customer"])
        #expect(throws: DecodingError.self) { try objectList(Item.self, oneJSON, wrapper: "customer", .collapsedLists) }
        #expect(try scalarList(Int.self, "5", wrapper: "id", [.unwrappedLists, .collapsedLists]) == [5])
        #expect(throws: DecodingError.self) { try scalarList(Int.self, "5", wrapper: "id", .unwrappedLists) }
    }

    @Test func emptyWrapperIsAnEmptyListStrictly() throws {
        #expect(try objectList(Item.self, #"{"customer": []}"#, wrapper: "customer") == [])
    }

    @Test(arguments: [
        #"{"customer": ""}"#, #"{"customer": null}"#, #"{"customer": [[ ]]}"#, "{}",
        #""""#, "[]", "[[ ]]", "[[], []]",
    ])
    func emptyFormsAreEmptyListsWithEmptyAsAbsent(json: String) throws {
        #expect(try objectList(Item.self, json, wrapper: "customer", .emptyAsAbsent) == [])
        #expect(try objectList(Item.self, json, wrapper: "customer", .all) == [])
        #expect(try scalarList(String.self, json, wrapper: "customer", .emptyAsAbsent) == [])
        #expect(throws: DecodingError.self) { try objectList(Item.self, json, wrapper: "customer") }
    }

    @Test func missingWrapperKeyWithOtherKeysThrows() {
        let error = #expect(throws: DecodingError.self) {
            try objectList(Item.self, #"{"count": 0}"#, wrapper: "customer", .emptyAsAbsent)
        }
        #expect(error.map(codingPath(of:)) == ["field", "customer"])
    }

    @Test func absentAndNullAreNil() throws {
        #expect(try objectList(Item.self, nil, wrapper: "customer", .all) == nil)
        #expect(try objectList(Item.self, "null", wrapper: "customer", .all) == nil)
    }

    @Test func elementErrorInsideTheWrapperCarriesThePath() {
        let error = #expect(throws: DecodingError.self) {
            try objectList(Item.self, #"{"customer": [{"id": 1}, {"id": 2.5}]}"#, wrapper: "customer", .all)
        }
        #expect(error.map(codingPath(of:)) == ["field", "customer", "Index 1", "id"])
    }
}
