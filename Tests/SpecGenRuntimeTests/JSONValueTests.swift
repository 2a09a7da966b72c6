import Foundation
import SpecGenRuntime
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    private func decode(_ json: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    private func encode(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everyKindOfValue() throws {
        let value = try decode(#"{"a": [1, -2.5, "x", true, false, null, {}], "b": {"c": "é\n"}, "d": 26447.104}"#)
        #expect(value == .object([
            "a": .array([.number(JSONNumber(1)), .number(try #require(JSONNumber(Decimal(string: "-2.5")!))), .string("x"),
                         .bool(true), .bool(false), .null, .object([:])]),
            "b": .object(["c": .string("é\n")]),
            "d": .number(try #require(JSONNumber(Decimal(string: "26447.104")!))),
        ]))
        #expect(try encode(value) == #"{"a":[1,-2.5,"x",true,false,null,{}],"b":{"c":"é\n"},"d":26447.104}"#)
    }

    /// Numbers keep their decimal digits, not the nearest binary fraction.
    @Test(arguments: [
        ("26447.104", "26447.104"), ("0.1", "0.1"), ("1.50", "1.5"), ("5.632820109E9", "5632820109"),
        ("-0.000001", "-0.000001"), ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("9007199254740993", "9007199254740993"), ("-0", "0"),
    ])
    func numbersKeepTheirDigits(json: String, written: String) throws {
        let value = try decode(json)
        guard case .number(let number) = value else {
            Issue.record("\(json) did not decode as a number: \(value)")
            return
        }
        #expect(number.description == written)
        #expect(try encode(value) == written)
    }

    /// Rather than round a number silently, refuse it.
    @Test(arguments: ["12345678901234567890123456789012345678901234", "1e400", "1e-400", "0.12345678901234567890123456789012345678"])
    func numbersThatCannotBeKeptExactlyAreErrors(json: String) {
        #expect(throws: DecodingError.self) { try decode("[\(json)]") }
    }

    @Test func aFieldKeepsNullApartFromAbsent() throws {
        #expect(try scalar(JSONValue.self, "null") == .null)
        #expect(try scalar(JSONValue.self, nil) == nil)
        #expect(try scalar(JSONValue.self, #"{"k": [null]}"#, .all) == .object(["k": .array([.null])]))
        // No leniency changes what a json value is: an empty string is a string.
        #expect(try scalar(JSONValue.self, #""""#, .all) == .string(""))
        #expect(try scalarList(JSONValue.self, #"[null, "", 1]"#, .all) == [.null, .string(""), .number(JSONNumber(1))])
    }
}
