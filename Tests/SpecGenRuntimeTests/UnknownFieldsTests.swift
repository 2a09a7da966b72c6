import Foundation
import SpecGenRuntime
import Testing

/// What a generated type with `unknown_keys: keep` does with the keys it does not declare.
@Suite("Unknown fields")
struct UnknownFieldsTests {
    private struct Keeper: Codable, Equatable, WireObject {
        var id: Int?
        var unknownFields: [String: JSONValue]

        static let wireKeys: Set<String> = ["id"]

        init(id: Int?, unknownFields: [String: JSONValue] = [:]) {
            self.id = id
            self.unknownFields = unknownFields
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            id = try container.decodeScalar(Int.self, forKey: "id", leniency: .all)
            unknownFields = try container.decodeUnknownFields(besides: Self.wireKeys)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeField(id, forKey: "id")
            try container.encodeUnknownFields(unknownFields, besides: Self.wireKeys)
        }
    }

    @Test func decodeThenEncodeLosesNothing() throws {
        let json = #"{"extra":{"deep":[1,null,"x"]},"flag":false,"id":"7","note":null}"#
        let value = try JSONDecoder().decode(Keeper.self, from: Data(json.utf8))
        #expect(value.id == 7)
        #expect(value.unknownFields == [
            "extra": .object(["deep": .array([.number(JSONNumber(1)), .null, .string("x")])]),
            "flag": .bool(false),
            "note": .null,
        ])
        // The declared field is written canonically (7, not "7"); everything else as it came.
        #expect(try encodeJSON(value) == #"{"extra":{"deep":[1,null,"x"]},"flag":false,"id":7,"note":null}"#)
    }

    /// A declared key in `unknownFields` (set by hand) cannot make the object carry it twice.
    @Test func declaredKeysAreNotWrittenTwice() throws {
        let value = Keeper(id: 1, unknownFields: ["id": .string("shadow"), "other": .bool(true)])
        #expect(try encodeJSON(value) == #"{"id":1,"other":true}"#)
    }
}
