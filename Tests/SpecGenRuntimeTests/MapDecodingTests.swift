import Foundation
import SpecGenRuntime
import Testing

/// A type written as the generator emits one with maps (``ValueShape/map(_:)``): maps of scalars,
/// of objects, of lists, and of nullable scalars and objects.
private struct Maps: Codable, Equatable {
    var doubles: [String: Double]?
    var ints: [String: Int]?
    var strings: [String: String]?
    var items: [String: Item]?
    var lists: [String: [Double]]?
    var nullableDoubles: [String: Double?]?
    var nullableItems: [String: Item?]?

    init(strings: [String: String]? = nil, lists: [String: [Double]]? = nil) {
        self.strings = strings
        self.lists = lists
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let leniency = decoder.leniency
        doubles = try container.decodeValue(forKey: "doubles", as: .map(.scalar(Double.self)), leniency: leniency)
        ints = try container.decodeValue(forKey: "ints", as: .map(.scalar(Int.self)), leniency: leniency)
        strings = try container.decodeValue(forKey: "strings", as: .map(.scalar(String.self)), leniency: leniency)
        items = try container.decodeValue(forKey: "items", as: .map(.object(Item.self)), leniency: leniency)
        lists = try container.decodeValue(forKey: "lists", as: .map(.list(.scalar(Double.self))), leniency: leniency)
        nullableDoubles = try container.decodeValue(forKey: "nullable_doubles", as: .map(.nullable(.scalar(Double.self))), leniency: leniency)
        nullableItems = try container.decodeValue(forKey: "nullable_items", as: .map(.nullable(.object(Item.self))), leniency: leniency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeValue(doubles, forKey: "doubles", as: .map(.scalar(Double.self)))
        try container.encodeValue(ints, forKey: "ints", as: .map(.scalar(Int.self)))
        try container.encodeValue(strings, forKey: "strings", as: .map(.scalar(String.self)))
        try container.encodeValue(items, forKey: "items", as: .map(.object(Item.self)))
        try container.encodeValue(lists, forKey: "lists", as: .map(.list(.scalar(Double.self))))
        try container.encodeValue(nullableDoubles, forKey: "nullable_doubles", as: .map(.nullable(.scalar(Double.self))))
        try container.encodeValue(nullableItems, forKey: "nullable_items", as: .map(.nullable(.object(Item.self))))
    }
}

private func maps(_ json: String, _ leniency: Leniency = .strict) throws -> Maps {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    return try decoder.decode(Maps.self, from: Data(json.utf8))
}

@Suite("Maps")
struct MapDecodingTests {
    @Test func scalarsKeepTheirKeysExactly() throws {
        let json = #"{"doubles": {"temperature_2m": 1.5, "Wind Speed": 2, "": 3, "a.b": 4, "é": 5}}"#
        #expect(try maps(json).doubles == ["temperature_2m": 1.5, "Wind Speed": 2, "": 3, "a.b": 4, "é": 5])
        #expect(try maps(#"{"ints": {}}"#).ints == [:])
    }

    @Test func absentAndNullAreNil() throws {
        #expect(try maps("{}", .all).ints == nil)
        #expect(try maps(#"{"ints": null}"#, .all).ints == nil)
        #expect(try maps("{}").items == nil)
        #expect(try maps(#"{"items": null}"#).items == nil)
    }

    @Test func objectsAndListsAsValues() throws {
        #expect(try maps(#"{"items": {"x": {"id": "1", "name": "a"}, "y": {}}}"#).items
            == ["x": Item(id: 1, name: "a"), "y": Item(id: nil, name: nil)])
        #expect(try maps(#"{"lists": {"x": [1, 2], "y": []}}"#).lists == ["x": [1, 2], "y": []])
    }

    @Test func valuesAreReadLenientlyAsListItemsAre() throws {
        #expect(try maps(#"{"ints": {"a": "1", "b": 2}}"#, .stringEncodedNumbers).ints == ["a": 1, "b": 2])
        #expect(try maps(#"{"strings": {"a": 7, "b": true}}"#, .numbersAsStrings).strings == ["a": "7", "b": "true"])
        #expect(throws: DecodingError.self) { try maps(#"{"ints": {"a": "1"}}"#) }
        // Empty forms are left out under empty_as_absent, as list elements are.
        #expect(try maps(#"{"ints": {"a": "", "b": 2, "c": []}}"#, .emptyAsAbsent).ints == ["b": 2])
        #expect(try maps(#"{"items": {"a": "", "b": {"id": 2}}}"#, .emptyAsAbsent).items == ["b": Item(id: 2, name: nil)])
        // The map itself: an empty form is an empty map.
        #expect(try maps(#"{"ints": ""}"#, .emptyAsAbsent).ints == [:])
        #expect(try maps(#"{"ints": []}"#, .emptyAsAbsent).ints == [:])
        #expect(throws: DecodingError.self) { try maps(#"{"ints": []}"#) }
    }

    @Test func errorPathEndsInTheKey() {
        let error = #expect(throws: DecodingError.self) {
            try maps(#"{"ints": {"ok": 1, "temperature_2m": "x"}}"#, .stringEncodedNumbers)
        }
        #expect(error.map(codingPath(of:)) == ["ints", "temperature_2m"])
        let objectError = #expect(throws: DecodingError.self) {
            try maps(#"{"items": {"first": {"id": 1}, "second": {"id": "x"}}}"#)
        }
        #expect(objectError.map(codingPath(of:)) == ["items", "second", "id"])
    }

    /// Leniency never turns an undeclared `null` into a value or a left-out key.
    @Test func undeclaredNullIsAnErrorWithItsKey() {
        for leniency in [Leniency.strict, .all] {
            let error = #expect(throws: DecodingError.self) {
                try maps(#"{"doubles": {"a": 1, "b": null}}"#, leniency)
            }
            #expect(error.map(codingPath(of:)) == ["doubles", "b"])
            if case .valueNotFound = error {} else { Issue.record("expected valueNotFound, got \(String(describing: error))") }
            let objectError = #expect(throws: DecodingError.self) { try maps(#"{"items": {"x": null}}"#, leniency) }
            #expect(objectError.map(codingPath(of:)) == ["items", "x"])
        }
    }

    @Test func nullableValuesKeepNull() throws {
        let scalars = try maps(#"{"nullable_doubles": {"a": 1.5, "b": null}}"#).nullableDoubles
        let expectedScalars: [String: Double?] = ["a": 1.5, "b": nil]
        #expect(scalars == expectedScalars)
        #expect(scalars?.keys.sorted() == ["a", "b"])
        let objects = try maps(#"{"nullable_items": {"a": {"id": 1}, "b": null}}"#).nullableItems
        let expectedObjects: [String: Item?] = ["a": Item(id: 1, name: nil), "b": nil]
        #expect(objects == expectedObjects)
        // Written back as it came: `null` stays, in key order.
        #expect(String(decoding: try JSONBodyWriter.bytes(of: maps(#"{"nullable_items": {"b": null, "a": {"id": 1}}}"#)), as: UTF8.self)
            == #"{"nullable_items":{"a":{"id":1},"b":null}}"#)
    }

    /// A limit of `String` (and of `JSONDecoder`), pinned so that a change in it is noticed:
    /// keys equal under Unicode canonical equivalence are one key, and one value survives.
    @Test func canonicallyEquivalentKeysAreOneKey() throws {
        let map = try maps("{\"ints\": {\"\u{E9}\": 1, \"e\u{301}\": 2}}").ints
        #expect(map?.count == 1)
        #expect(map?["\u{E9}"] != nil && map?["e\u{301}"] != nil)
        // Distinct keys that only look alike stay apart.
        #expect(try maps(#"{"ints": {"a": 1, "A": 2, "a ": 3}}"#).ints == ["a": 1, "A": 2, "a ": 3])
    }

    @Test func encodingSortsKeysByTheirBytes() throws {
        let value = Maps(
            strings: ["é": "x", "z": "y", "a": "b"],
            lists: ["wind_speed_10m": [3, 4.5], "temperature_2m": [1.5, 2], "Time": []])
        let bytes = try JSONBodyWriter.bytes(of: value)
        #expect(String(decoding: bytes, as: UTF8.self)
            == #"{"strings":{"a":"b","z":"y","é":"x"},"lists":{"Time":[],"temperature_2m":[1.5,2],"wind_speed_10m":[3,4.5]}}"#)
        #expect(try JSONDecoder().decode(Maps.self, from: Data(bytes)) == value)
        // A large map: the same bytes every time, sorted whatever the dictionary's order.
        let many = Maps(strings: Dictionary(uniqueKeysWithValues: (0..<500).map { ("k\($0)", "v\($0)") }))
        let first = try JSONBodyWriter.bytes(of: many)
        let names = (0..<500).map { "k\($0)" }.sorted(by: MapKeyOrder.precedes)
        let expected = #"{"strings":{"# + names.map { #""\#($0)":"v\#($0.dropFirst())""# }.joined(separator: ",") + "}}"
        #expect(String(decoding: first, as: UTF8.self) == expected)
        #expect(try JSONBodyWriter.bytes(of: JSONDecoder().decode(Maps.self, from: Data(first))) == first)
    }

    @Test func keyOrderIsByteOrder() {
        #expect(["b", "B", "a", "é", "e\u{301}", ""].sorted(by: MapKeyOrder.precedes) == ["", "B", "a", "b", "e\u{301}", "é"])
    }
}
