import Foundation
import SpecGenRuntime
import Testing

// Probes reading `{"field": <json>}` with the map helpers, as generated `init(from:)` code does.

private struct ScalarMapProbe<T: LenientScalar>: Decodable {
    var value: [String: T]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeScalarMap(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

private struct NullableScalarMapProbe<T: LenientScalar>: Decodable {
    var value: [String: T?]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeNullableScalarMap(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

private struct ObjectMapProbe<T: Decodable>: Decodable {
    var value: [String: T]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeObjectMap(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

private struct NullableObjectMapProbe<T: Decodable>: Decodable {
    var value: [String: T?]?
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeNullableObjectMap(T.self, forKey: fieldKey, leniency: decoder.leniency)
    }
}

private func scalarMap<T: LenientScalar>(_ type: T.Type, _ json: String?, _ leniency: Leniency = .strict) throws -> [String: T]? {
    try decodeDocument(ScalarMapProbe<T>.self, json, leniency: leniency).value
}

private func objectMap<T: Decodable>(_ type: T.Type, _ json: String?, _ leniency: Leniency = .strict) throws -> [String: T]? {
    try decodeDocument(ObjectMapProbe<T>.self, json, leniency: leniency).value
}

/// A generated-style type with a map of lists (the weather API's `"hourly"`).
private struct Forecast: Codable, Equatable {
    var hourly: [String: [Double]]?
    var units: [String: String]?

    init(hourly: [String: [Double]]?, units: [String: String]?) {
        self.hourly = hourly
        self.units = units
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        hourly = try container.decodeObjectMap([Double].self, forKey: AnyCodingKey("hourly"), leniency: .strict)
        units = try container.decodeScalarMap(String.self, forKey: AnyCodingKey("units"), leniency: .strict)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeMap(hourly, forKey: AnyCodingKey("hourly"))
        try container.encodeMap(units, forKey: AnyCodingKey("units"))
    }
}

@Suite("Maps")
struct MapDecodingTests {
    @Test func scalarsKeepTheirKeysExactly() throws {
        let json = #"{"temperature_2m": 1.5, "Wind Speed": 2, "": 3, "a.b": 4, "é": 5}"#
        #expect(try scalarMap(Double.self, json) == ["temperature_2m": 1.5, "Wind Speed": 2, "": 3, "a.b": 4, "é": 5])
        #expect(try scalarMap(Int.self, "{}") == [:])
    }

    @Test func absentAndNullAreNil() throws {
        #expect(try scalarMap(Int.self, nil, .all) == nil)
        #expect(try scalarMap(Int.self, "null", .all) == nil)
        #expect(try objectMap(Item.self, nil) == nil)
        #expect(try objectMap(Item.self, "null") == nil)
    }

    @Test func objectsAndListsAsValues() throws {
        #expect(try objectMap(Item.self, #"{"x": {"id": "1", "name": "a"}, "y": {}}"#)
            == ["x": Item(id: 1, name: "a"), "y": Item(id: nil, name: nil)])
        #expect(try objectMap([Int].self, #"{"x": [1, 2], "y": []}"#) == ["x": [1, 2], "y": []])
    }

    @Test func valuesAreReadLenientlyAsListItemsAre() throws {
        #expect(try scalarMap(Int.self, #"{"a": "1", "b": 2}"#, .stringEncodedNumbers) == ["a": 1, "b": 2])
        #expect(try scalarMap(String.self, #"{"a": 7, "b": true}"#, .numbersAsStrings) == ["a": "7", "b": "true"])
        #expect(throws: DecodingError.self) { try scalarMap(Int.self, #"{"a": "1"}"#) }
        // Empty forms are left out under empty_as_absent, as list elements are.
        #expect(try scalarMap(Int.self, #"{"a": "", "b": 2, "c": []}"#, .emptyAsAbsent) == ["b": 2])
        #expect(try objectMap(Item.self, #"{"a": "", "b": {"id": 2}}"#, .emptyAsAbsent) == ["b": Item(id: 2, name: nil)])
        // The map itself: an empty form is an empty map.
        #expect(try scalarMap(Int.self, #""""#, .emptyAsAbsent) == [:])
        #expect(try scalarMap(Int.self, "[]", .emptyAsAbsent) == [:])
        #expect(throws: DecodingError.self) { try scalarMap(Int.self, "[]") }
    }

    @Test func errorPathEndsInTheKey() {
        let error = #expect(throws: DecodingError.self) {
            try scalarMap(Int.self, #"{"ok": 1, "temperature_2m": "x"}"#, .stringEncodedNumbers)
        }
        #expect(error.map(codingPath(of:)) == ["field", "temperature_2m"])
        let objectError = #expect(throws: DecodingError.self) {
            try objectMap(Item.self, #"{"first": {"id": 1}, "second": {"id": "x"}}"#)
        }
        #expect(objectError.map(codingPath(of:)) == ["field", "second", "id"])
    }

    @Test func undeclaredNullIsAnErrorWithItsKey() {
        for leniency in [Leniency.strict, .all] {
            let error = #expect(throws: DecodingError.self) {
                try scalarMap(Double.self, #"{"a": 1, "b": null}"#, leniency)
            }
            #expect(error.map(codingPath(of:)) == ["field", "b"])
            if case .valueNotFound = error {} else { Issue.record("expected valueNotFound, got \(String(describing: error))") }
        }
        let objectError = #expect(throws: DecodingError.self) { try objectMap(Item.self, #"{"x": null}"#) }
        #expect(objectError.map(codingPath(of:)) == ["field", "x"])
    }

    @Test func nullableValuesKeepNull() throws {
        let scalars = try decodeDocument(NullableScalarMapProbe<Double>.self, #"{"a": 1.5, "b": null}"#, leniency: .strict).value
        let expectedScalars: [String: Double?] = ["a": 1.5, "b": nil]
        #expect(scalars == expectedScalars)
        #expect(scalars?.keys.sorted() == ["a", "b"])
        let objects = try decodeDocument(NullableObjectMapProbe<Item>.self, #"{"a": {"id": 1}, "b": null}"#, leniency: .strict).value
        let expectedObjects: [String: Item?] = ["a": Item(id: 1, name: nil), "b": nil]
        #expect(objects == expectedObjects)
    }

    /// A limit of `String` (and of `JSONDecoder`), pinned so that a change in it is noticed:
    /// keys equal under Unicode canonical equivalence are one key, and one value survives.
    @Test func canonicallyEquivalentKeysAreOneKey() throws {
        let map = try scalarMap(Int.self, "{\"\u{E9}\": 1, \"e\u{301}\": 2}")
        #expect(map?.count == 1)
        #expect(map?["\u{E9}"] != nil && map?["e\u{301}"] != nil)
        // Distinct keys that only look alike stay apart.
        #expect(try scalarMap(Int.self, "{\"a\": 1, \"A\": 2, \"a \": 3}") == ["a": 1, "A": 2, "a ": 3])
    }

    @Test func encodingSortsKeysByTheirBytes() throws {
        let forecast = Forecast(
            hourly: ["wind_speed_10m": [3, 4.5], "temperature_2m": [1.5, 2], "Time": []],
            units: ["é": "x", "z": "y", "a": "b"])
        let bytes = try JSONBodyWriter.bytes(of: forecast)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"hourly":{"Time":[],"temperature_2m":[1.5,2],"wind_speed_10m":[3,4.5]},"units":{"a":"b","z":"y","é":"x"}}"#)
        #expect(try JSONDecoder().decode(Forecast.self, from: Data(bytes)) == forecast)
        // A large map: the same bytes every time, sorted whatever the dictionary's order.
        let many = Forecast(hourly: nil, units: Dictionary(uniqueKeysWithValues: (0..<500).map { ("k\($0)", "v\($0)") }))
        let first = try JSONBodyWriter.bytes(of: many)
        let names = (0..<500).map { "k\($0)" }.sorted(by: MapKeyOrder.precedes)
        let expected = #"{"units":{"# + names.map { #""\#($0)":"v\#($0.dropFirst())""# }.joined(separator: ",") + "}}"
        #expect(String(decoding: first, as: UTF8.self) == expected)
        #expect(try JSONBodyWriter.bytes(of: JSONDecoder().decode(Forecast.self, from: Data(first))) == first)
    }

    @Test func keyOrderIsByteOrder() {
        #expect(["b", "B", "a", "é", "e\u{301}", ""].sorted(by: MapKeyOrder.precedes) == ["", "B", "a", "b", "e\u{301}", "é"])
    }
}
