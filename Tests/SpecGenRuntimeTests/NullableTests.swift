import Foundation
import SpecGenRuntime
import Testing

/// A type written as the generator emits one with nullable fields and lists with nullable items
/// (``ValueShape/nullable(_:)``).
private struct Reading: Codable, Equatable {
    var note: Nullable<String>?
    var place: Nullable<Item>?
    var series: [Double?]?
    var items: [Item?]?

    init(note: Nullable<String>? = nil, place: Nullable<Item>? = nil, series: [Double?]? = nil, items: [Item?]? = nil) {
        self.note = note
        self.place = place
        self.series = series
        self.items = items
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let leniency = decoder.leniency
        note = try container.decodeNullable(forKey: "note", as: .scalar(String.self), leniency: leniency)
        place = try container.decodeNullable(forKey: "place", as: .object(Item.self), leniency: leniency)
        series = try container.decodeValue(forKey: "series", as: .list(.nullable(.scalar(Double.self))), leniency: leniency)
        items = try container.decodeValue(forKey: "items", as: .list(.nullable(.object(Item.self))), leniency: leniency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeNullable(note, forKey: "note", as: .scalar(String.self))
        try container.encodeNullable(place, forKey: "place", as: .object(Item.self))
        try container.encodeValue(series, forKey: "series", as: .list(.nullable(.scalar(Double.self))))
        try container.encodeValue(items, forKey: "items", as: .list(.nullable(.object(Item.self))))
    }
}

private func reading(_ json: String, _ leniency: Leniency = .strict) throws -> Reading {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    return try decoder.decode(Reading.self, from: Data(json.utf8))
}

@Suite("Nullable fields and items")
struct NullableTests {
    @Test func absentNullAndValueStayApart() throws {
        #expect(try reading("{}") == Reading())
        #expect(try reading(#"{"note": null, "place": null}"#) == Reading(note: .null, place: .null))
        #expect(try reading(#"{"note": "x", "place": {"id": "3"}}"#)
            == Reading(note: .value("x"), place: .value(Item(id: 3, name: nil))))
    }

    @Test(arguments: [
        "{}",
        #"{"note":null,"place":null}"#,
        #"{"note":"x","place":{"id":3}}"#,
        #"{"series":[1.5,null,2],"items":[null,{"id":1,"name":"a"}]}"#,
        #"{"note":null,"series":[null]}"#,
    ])
    func reEncodingSendsWhatCame(json: String) throws {
        #expect(String(decoding: try JSONBodyWriter.bytes(of: reading(json)), as: UTF8.self) == json)
    }

    @Test func nullableItemsKeepTheirPlace() throws {
        #expect(try reading(#"{"series": [1.5, null, 2.0]}"#).series == [1.5, nil, 2])
        #expect(try reading(#"{"items": [null, {"id": 1}]}"#).items == [nil, Item(id: 1, name: nil)])
        // Declared null items are kept under empty_as_absent, which skips only empty forms then.
        #expect(try reading(#"{"series": [1, null, "", 2]}"#, .emptyAsAbsent).series == [1, nil, 2])
        // Lenient reading still applies to the other items.
        #expect(try reading(#"{"series": ["1.5", null]}"#, .stringEncodedNumbers).series == [1.5, nil])
    }

    @Test func nullableFieldValuesAreReadLeniently() throws {
        #expect(try reading(#"{"note": 7}"#, .numbersAsStrings).note == .value("7"))
        #expect(throws: DecodingError.self) { try reading(#"{"note": 7}"#) }
        // An empty form under empty_as_absent is absent, not null.
        #expect(try reading(#"{"note": 7, "place": ""}"#, [.numbersAsStrings, .emptyAsAbsent]).place == nil)
    }

    @Test func badItemErrorCarriesItsIndex() {
        let error = #expect(throws: DecodingError.self) { try reading(#"{"series": [1, null, "x"]}"#) }
        #expect(error.map(codingPath(of:)) == ["series", "Index 2"])
    }

    @Test func undeclaredNullStaysAnError() {
        // A plain list (items not declared nullable) refuses a null item, with its index.
        let error = #expect(throws: DecodingError.self) { try scalarList(Double.self, "[1.5, null]") }
        #expect(error.map(codingPath(of:)) == ["field", "Index 1"])
    }

    @Test func nullableConveniences() {
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable(3) == .value(3))
        #expect(Nullable.value(3).optional == 3)
        #expect(Nullable<Int>.null.optional == nil)
    }

    @Test func strictCodableForm() throws {
        #expect(try JSONDecoder().decode([Nullable<Int>].self, from: Data("[1, null]".utf8)) == [.value(1), .null])
        #expect(String(decoding: try JSONBodyWriter.bytes(of: [Nullable<Int>.value(1), .null]), as: UTF8.self) == "[1,null]")
    }
}
