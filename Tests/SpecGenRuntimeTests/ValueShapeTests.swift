import Foundation
import SpecGenRuntime
import Testing

/// A type written exactly as the generator emits it for maps and nullable fields (see the emitter
/// test `mapsAndNullable`): the weather API's `hourly` series, a nullable optional and a nullable
/// required field, maps of objects, nested maps, a list of nullable maps of unix-time values and
/// a map of `json`.
private struct Forecast: Codable, Equatable, WireObject {
    var hourly: [String: [Double?]]?
    var gust: Nullable<Double>?
    var elevation: Double?
    var stations: [String: Item]?
    var nested: [String: [String: Int]]?
    var readings: [[String: DateTime?]?]?
    var raw: [String: JSONValue]?
    var kinds: [String: SlabChangeKind]?

    static let readingsFormat = DateTimeFormat(validPattern: "unix_seconds", kind: .dateTime)
    static let wireKeys: Set<String> = ["hourly", "gust", "elevation", "stations", "nested", "readings", "raw", "kinds"]

    init(
        hourly: [String: [Double?]]? = nil, gust: Nullable<Double>? = nil, elevation: Double?, stations: [String: Item]? = nil,
        nested: [String: [String: Int]]? = nil, readings: [[String: DateTime?]?]? = nil, raw: [String: JSONValue]? = nil,
        kinds: [String: SlabChangeKind]? = nil
    ) {
        self.hourly = hourly
        self.gust = gust
        self.elevation = elevation
        self.stations = stations
        self.nested = nested
        self.readings = readings
        self.raw = raw
        self.kinds = kinds
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let leniency = decoder.leniency
        hourly = try container.decodeValue(forKey: "hourly", as: .map(.list(.nullable(.scalar(Double.self)))), leniency: leniency)
        gust = try container.decodeNullableScalar(Double.self, forKey: "gust", leniency: leniency)
        elevation = try container.decodeRequiredNullableScalar(Double.self, forKey: "elevation", leniency: leniency)
        stations = try container.decodeValue(forKey: "stations", as: .map(.object(Item.self)), leniency: leniency)
        nested = try container.decodeValue(forKey: "nested", as: .map(.map(.scalar(Int.self))), leniency: leniency)
        readings = try container.decodeValue(
            forKey: "readings", as: .list(.nullable(.map(.nullable(.formatted(DateTime.self, format: Self.readingsFormat))))),
            leniency: leniency)
        raw = try container.decodeValue(forKey: "raw", as: .map(.scalar(JSONValue.self)), leniency: leniency)
        kinds = try container.decodeValue(forKey: "kinds", as: .map(.scalar(SlabChangeKind.self)), leniency: leniency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeValue(hourly, forKey: "hourly", as: .map(.list(.nullable(.scalar(Double.self)))))
        try container.encodeNullable(gust, forKey: "gust", as: .scalar(Double.self))
        try container.encodeRequiredNullable(elevation, forKey: "elevation", as: .scalar(Double.self))
        try container.encodeValue(stations, forKey: "stations", as: .map(.object(Item.self)))
        try container.encodeValue(nested, forKey: "nested", as: .map(.map(.scalar(Int.self))))
        try container.encodeValue(
            readings, forKey: "readings", as: .list(.nullable(.map(.nullable(.formatted(DateTime.self, format: Self.readingsFormat))))))
        try container.encodeValue(raw, forKey: "raw", as: .map(.scalar(JSONValue.self)))
        try container.encodeValue(kinds, forKey: "kinds", as: .map(.scalar(SlabChangeKind.self)))
    }
}

private func forecast(_ json: String, _ leniency: Leniency = .strict) throws -> Forecast {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    return try decoder.decode(Forecast.self, from: Data(json.utf8))
}

private func unixTime(_ seconds: Int64) -> DateTime {
    try! Forecast.readingsFormat.read(String(seconds), as: DateTime.self)
}

/// The bytes the runtime's request writer produces: field order, map keys in `MapKeyOrder`.
private func written(_ value: Forecast) throws -> String {
    String(decoding: try JSONBodyWriter.bytes(of: value), as: UTF8.self)
}

@Suite("Maps and nullable values of any shape")
struct ValueShapeTests {
    @Test func weatherSeriesWithNullsDecodeWithTheirValues() throws {
        let value = try forecast(#"{"hourly": {"temperature_2m": [1.5, null, 2.0], "wind_speed_10m": []}, "elevation": 38}"#)
        #expect(value.hourly == ["temperature_2m": [1.5, nil, 2.0], "wind_speed_10m": []])
        #expect(value.elevation == 38)
        #expect(value.gust == nil)
    }

    /// Decode → encode gives the JSON that came, byte for byte (written in field order and with
    /// map keys sorted, as the input is).
    @Test(arguments: [
        #"{"hourly":{"temperature_2m":[1.5,null,2],"wind_speed_10m":[null]},"elevation":null}"#,
        #"{"gust":null,"elevation":12.5}"#,
        #"{"gust":3.5,"elevation":1,"stations":{"":{"id":1},"a.b":{"name":"x"},"\#u{e9}":{"id":2,"name":"y"}}}"#,
        #"{"elevation":0,"nested":{"a":{"b":1,"c":2},"d":{}}}"#,
        #"{"elevation":0,"readings":[null,{"a":1700000000,"b":null},{}]}"#,
        #"{"elevation":0,"raw":{"n":null,"o":{"k":[1,"2",true]}}}"#,
        #"{"elevation":0,"kinds":{"a":"UPGRADE","b":"SIDEWAYS"}}"#,
    ])
    func reEncodingSendsWhatCame(json: String) throws {
        #expect(try written(forecast(json)) == json)
    }

    @Test func absentAndNullStayApartOnReEncoding() throws {
        let absent = try forecast(#"{"elevation": null}"#)
        let null = try forecast(#"{"elevation": null, "gust": null}"#)
        let value = try forecast(#"{"elevation": null, "gust": 4}"#)
        #expect(absent.gust == nil)
        #expect(null.gust == .null)
        #expect(value.gust == .value(4))
        #expect(try written(absent) == #"{"elevation":null}"#)
        #expect(try written(null) == #"{"gust":null,"elevation":null}"#)
        #expect(try written(value) == #"{"gust":4,"elevation":null}"#)
    }

    @Test func requiredNullableFieldMustBeThere() {
        #expect {
            try forecast(#"{"gust": 1}"#)
        } throws: { error in
            guard case .keyNotFound(let key, _)? = error as? DecodingError else { return false }
            return key.stringValue == "elevation"
        }
    }

    /// The direct helpers of nullable scalar and object fields read what the `ValueShape` entry
    /// points read (those still read nullable lists and maps): the same values, the same errors.
    @Test(arguments: [
        #"{"v": 2.5}"#, #"{"v": "2.5"}"#, #"{"v": null}"#, #"{"v": ""}"#, #"{"v": "x"}"#, #"{"v": {}}"#, #"{}"#,
    ])
    func nullableFieldHelpersReadAsTheirShapes(json: String) {
        struct Both: Decodable {
            var direct: Result<Double?, DecodingError>
            var shaped: Result<Double?, DecodingError>
            var directOptional: Result<Nullable<Double>?, DecodingError>
            var shapedOptional: Result<Nullable<Double>?, DecodingError>
            var directObject: Result<Item?, DecodingError>
            var shapedObject: Result<Item?, DecodingError>

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                let leniency: Leniency = [.stringEncodedNumbers, .emptyAsAbsent]
                func read<T>(_ body: () throws -> T) -> Result<T, DecodingError> {
                    Result { try body() }.mapError { $0 as! DecodingError }
                }
                direct = read { try container.decodeRequiredNullableScalar(Double.self, forKey: "v", leniency: leniency) }
                shaped = read { try container.decodeRequiredNullable(forKey: "v", as: .scalar(Double.self), leniency: leniency) }
                directOptional = read { try container.decodeNullableScalar(Double.self, forKey: "v", leniency: leniency) }
                shapedOptional = read { try container.decodeNullable(forKey: "v", as: .scalar(Double.self), leniency: leniency) }
                directObject = read { try container.decodeRequiredNullableObject(Item.self, forKey: "v", leniency: leniency) }
                shapedObject = read { try container.decodeRequiredNullable(forKey: "v", as: .object(Item.self), leniency: leniency) }
            }
        }
        func outcome<T>(_ result: Result<T, DecodingError>) -> String {
            switch result {
            case .success(let value): "value \(value)"
            case .failure(let error): "error at \(codingPath(of: error)): \(context(of: error)?.debugDescription ?? "")"
            }
        }
        let both: Both
        do {
            both = try JSONDecoder().decode(Both.self, from: Data(json.utf8))
        } catch {
            Issue.record(error)
            return
        }
        #expect(outcome(both.direct) == outcome(both.shaped))
        #expect(outcome(both.directOptional) == outcome(both.shapedOptional))
        #expect(outcome(both.directObject) == outcome(both.shapedObject))
        if json == "{}" {
            #expect(outcome(both.direct) == "error at [\"v\"]: required value 'v' is missing (it may be null, but must be there)")
            #expect(outcome(both.directObject) == outcome(both.direct))
        }
    }

    /// A map entry is read value first, except where `null` is a value of its own: a map of `json`
    /// keeps `null` as `.null`, a map of nullable `json` as `nil`.
    @Test func mapsOfJSONKeepNullAsDeclared() throws {
        struct Maps: Decodable {
            var raw: [String: JSONValue]?
            var nullable: [String: JSONValue?]?

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                raw = try container.decodeValue(forKey: "m", as: .map(.scalar(JSONValue.self)), leniency: .strict)
                nullable = try container.decodeValue(forKey: "m", as: .map(.nullable(.scalar(JSONValue.self))), leniency: .strict)
            }
        }
        let maps = try JSONDecoder().decode(Maps.self, from: Data(#"{"m": {"a": null, "b": 1}}"#.utf8))
        let one = try JSONDecoder().decode(JSONValue.self, from: Data("1".utf8))
        #expect(maps.raw == ["a": .null, "b": one])
        #expect(maps.nullable == ["a": JSONValue?.none, "b": one])
    }

    @Test func mapKeysAreWrittenInUTF8ByteOrder() throws {
        let value = Forecast(elevation: 1, stations: ["z": Item(id: 1, name: nil), "é": Item(id: 2, name: nil), "B": Item(id: 3, name: nil), "a": Item(id: 4, name: nil)])
        #expect(try written(value) == #"{"elevation":1,"stations":{"B":{"id":3},"a":{"id":4},"z":{"id":1},"\#u{e9}":{"id":2}}}"#)
    }

    @Test(arguments: [
        (#"{"elevation": 1, "hourly": {"t": null}}"#, ["hourly", "t"]),
        (#"{"elevation": 1, "hourly": {"t": [1, "x"]}}"#, ["hourly", "t", "Index 1"]),
        (#"{"elevation": 1, "stations": {"s": null}}"#, ["stations", "s"]),
        (#"{"elevation": 1, "nested": {"a": {"b": null}}}"#, ["nested", "a", "b"]),
        (#"{"elevation": 1, "readings": [{"a": "soon"}]}"#, ["readings", "Index 0", "a"]),
        (#"{"elevation": 1, "hourly": []}"#, ["hourly"]),
    ])
    func undeclaredNullAndWrongValuesAreErrorsAtTheirPath(json: String, path: [String]) {
        #expect {
            try forecast(json)
        } throws: { error in
            codingPath(of: error) == path
        }
    }

    /// The weather API's `time` series is text: in a map of number series it is an error at its
    /// place, never a value dropped or invented.
    @Test func textInANumberSeriesIsAnErrorAtItsPlace() {
        #expect {
            try forecast(#"{"elevation": 1, "hourly": {"time": ["2026-01-01T00:00"], "temperature_2m": [1.5, null, 2.0]}}"#, .all)
        } throws: { error in
            codingPath(of: error) == ["hourly", "time", "Index 0"] && isDataCorrupted(error)
        }
    }

    /// Values get the leniency fields and list items get: the same code reads them.
    @Test func valuesAreReadWithTheLeniencyOfFields() throws {
        let lenient = try forecast(
            #"{"elevation": "7", "gust": "2.5", "hourly": {"t": ["1.5", null]}, "nested": {"a": {"b": "3"}}, "kinds": {"k": "upgrade"}}"#,
            [.stringEncodedNumbers, .caseInsensitiveEnums])
        #expect(lenient.elevation == 7)
        #expect(lenient.gust == .value(2.5))
        #expect(lenient.hourly == ["t": [1.5, nil]])
        #expect(lenient.nested == ["a": ["b": 3]])
        #expect(lenient.kinds == ["k": .upgrade])
        #expect(throws: DecodingError.self) { try forecast(#"{"elevation": 1, "hourly": {"t": ["1.5"]}}"#) }
    }

    @Test func emptyFormsUnderEmptyAsAbsent() throws {
        let value = try forecast(
            #"{"elevation": 1, "stations": "", "nested": {"a": {"b": ""}, "c": []}, "readings": [[], {"x": null}]}"#, .emptyAsAbsent)
        #expect(value.stations == [:])
        #expect(value.nested == ["a": [:], "c": [:]])
        #expect(value.readings == [["x": DateTime?.none]])
        // Declared null is kept; an empty optional nullable value is absent, as for any field.
        #expect(try forecast(#"{"elevation": 1, "gust": ""}"#, .emptyAsAbsent).gust == nil)
    }

    @Test func aLoneMapStandsForAListOfOneWithCollapsedLists() throws {
        let value = try forecast(#"{"elevation": 1, "readings": {"a": 1700000000}}"#, .collapsedLists)
        #expect(value.readings == [["a": unixTime(1_700_000_000)]])
        #expect(throws: DecodingError.self) { try forecast(#"{"elevation": 1, "readings": {"a": 1700000000}}"#) }
    }

    /// Generated values of every shape: encoding, decoding and encoding again gives the same value
    /// and the same bytes.
    @Test func generatedValuesRoundTrip() throws {
        var random = SeededRandom(seed: 16)
        for _ in 0..<200 {
            let value = Forecast.random(using: &random)
            let bytes = try written(value)
            let decoded = try forecast(bytes)
            #expect(decoded == value, "\(bytes)")
            #expect(try written(decoded) == bytes)
        }
    }
}

/// A response body that is a map, read and written whole (`response: {type: map, items: Item}`).
private struct StationsDocument: Codable, Equatable {
    static var shape: ValueShape<[String: Item]> { .map(.object(Item.self)) }
    var stations: [String: Item]

    init(from decoder: any Decoder) throws {
        stations = try Self.shape.decode(from: decoder, leniency: decoder.leniency)
    }

    func encode(to encoder: any Encoder) throws {
        try Self.shape.encode(stations, to: encoder)
    }
}

/// A response body that is a list with nulls.
private struct SeriesDocument: Decodable {
    var series: [Double?]
    init(from decoder: any Decoder) throws {
        series = try ValueShape.list(.nullable(.scalar(Double.self))).decode(from: decoder, leniency: decoder.leniency)
    }
}

/// A response body that is a list of objects (`response: {type: list, items: Item}`).
private struct ItemsDocument: Decodable {
    var items: [Item]
    init(from decoder: any Decoder) throws {
        items = try ValueShape.list(.object(Item.self)).decode(from: decoder, leniency: decoder.leniency)
    }
}

/// A response body that is a list of integers.
private struct CountsDocument: Decodable {
    var counts: [Int]
    init(from decoder: any Decoder) throws {
        counts = try ValueShape.list(.scalar(Int.self)).decode(from: decoder, leniency: decoder.leniency)
    }
}

@Suite("Whole documents of a shape")
struct ValueShapeDocumentTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String, _ leniency: Leniency = .strict) throws -> T {
        let decoder = JSONDecoder()
        decoder.userInfo[.leniency] = leniency
        return try decoder.decode(T.self, from: Data(json.utf8))
    }

    @Test func mapDocumentRoundTrips() throws {
        let json = #"{"a":{"id":1},"b":{"name":"x"},"\#u{e9}":{}}"#
        let document = try decode(StationsDocument.self, json)
        #expect(document.stations == ["a": Item(id: 1, name: nil), "b": Item(id: nil, name: "x"), "é": Item(id: nil, name: nil)])
        #expect(String(decoding: try JSONBodyWriter.bytes(of: document), as: UTF8.self) == json)
    }

    @Test func listDocumentKeepsNullsAndReadsLeniently() throws {
        #expect(try decode(SeriesDocument.self, #"[1.5, null, "2"]"#, .stringEncodedNumbers).series == [1.5, nil, 2])
        #expect(throws: DecodingError.self) { try decode(SeriesDocument.self, #"[1.5, null, "2"]"#) }
    }

    /// A whole body read as a list gets the leniency a list field gets: a lone element stands for
    /// a one-element list under `collapsed_lists`, and an empty form is an empty list under
    /// `empty_as_absent`.
    @Test func listDocumentReadsACollapsedListAsAFieldDoes() throws {
        #expect(try decode(ItemsDocument.self, #"{"id": "7"}"#, .collapsedLists).items == [Item(id: 7, name: nil)])
        #expect(try decode(CountsDocument.self, #""7""#, [.collapsedLists, .stringEncodedNumbers]).counts == [7])
        #expect(try decode(CountsDocument.self, #"["1", 2]"#, .stringEncodedNumbers).counts == [1, 2])
        #expect(try decode(CountsDocument.self, #""""#, .emptyAsAbsent).counts == [])
        // Strict, a lone value is not a list.
        #expect(throws: DecodingError.self) { try decode(ItemsDocument.self, #"{"id": 7}"#) }
        #expect(throws: DecodingError.self) { try decode(CountsDocument.self, "7") }
        // An object with none of the element type's keys is not one of its elements, and `null` no list.
        #expect(throws: DecodingError.self) { try decode(ItemsDocument.self, #"{"error": "x"}"#, .collapsedLists) }
        #expect(throws: DecodingError.self) { try decode(CountsDocument.self, "null", .collapsedLists) }
    }

    @Test func nullOrEmptyDocumentIsAnErrorUnlessNullable() throws {
        #expect(throws: DecodingError.self) { try decode(StationsDocument.self, "null") }
        #expect(try decode(StationsDocument.self, #""""#, .emptyAsAbsent).stations == [:])
        #expect {
            try decode(StationsDocument.self, #"{"a": null}"#)
        } throws: { error in
            codingPath(of: error) == ["a"]
        }
    }
}

@Suite("Body rules of maps")
struct MapBodyRulesTests {
    @Test func mapCountsItsEntries() throws {
        try BodyRules.checkCount(["a": 1, "b": 2], field: "m", minItems: 2, maxItems: 2)
        #expect {
            try BodyRules.checkCount(["a": 1], field: "m", minItems: 2)
        } throws: { error in
            (error as? RequestValidationError)?.parameter == "m"
        }
    }

    @Test func eachValueIsCheckedAtItsKeyInKeyOrder() {
        #expect {
            try BodyRules.checkEachValue(["z": -1.0, "b": -2.0, "a": 5.0], field: "m") { value, name throws(RequestValidationError) in
                try BodyRules.check(value, field: name, minimum: 0)
            }
        } throws: { error in
            (error as? RequestValidationError)?.parameter == "m.b"
        }
    }
}

extension Forecast {
    static func random(using random: inout SeededRandom) -> Forecast {
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
        func key() -> String { ["", "a", "b.c", "é", "日本", "k\u{1}", "Z", "temperature_2m"].randomElement(using: &random)! }
        func number() -> Double { Double(Int.random(in: -1000...1000, using: &random)) / 4 }
        func map<T>(_ value: () -> T) -> [String: T] {
            var result: [String: T] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &random) { result[key()] = value() }
            return result
        }
        func series() -> [Double?] { (0..<Int.random(in: 0...4, using: &random)).map { _ in maybe(number) } }
        let gust: Nullable<Double>? = switch Int.random(in: 0...2, using: &random) {
        case 0: nil
        case 1: .null
        default: .value(number())
        }
        return Forecast(
            hourly: maybe { map(series) },
            gust: gust,
            elevation: maybe(number),
            stations: maybe { map { Item(id: maybe { Int.random(in: 0...9, using: &random) }, name: maybe(key)) } },
            nested: maybe { map { map { Int.random(in: -5...5, using: &random) } } },
            readings: maybe {
                (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    maybe { map { maybe { unixTime(Int64.random(in: 0...2_000_000_000, using: &random)) } } }
                }
            },
            raw: maybe { map { [JSONValue.null, .string(key()), .bool(true)].randomElement(using: &random)! } },
            kinds: maybe { map { [SlabChangeKind.upgrade, .downgrade, .unknown("SIDEWAYS")].randomElement(using: &random)! } })
    }
}
