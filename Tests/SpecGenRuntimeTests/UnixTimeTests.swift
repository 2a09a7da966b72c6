import Foundation
import SpecGenRuntime
import Testing

private let seconds = DateTimeFormat(validPattern: "unix_seconds", kind: .dateTime)
private let milliseconds = DateTimeFormat(validPattern: "unix_milliseconds", kind: .dateTime)

/// The value `text` counts in `format`, as RFC 3339 text.
private func instant(_ text: String, _ format: DateTimeFormat) throws -> String {
    try DateTime(text: text, format: format, leniency: .strict).description
}

private func rfc3339(_ text: String) throws -> DateTime {
    try DateTime(text: text, format: .iso8601, leniency: .strict)
}

@Suite("Unix time formats")
struct UnixTimeTests {
    @Test(arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1700000000", "2023-11-14T22:13:20Z"),
        ("1700000000.25", "2023-11-14T22:13:20.25Z"),
        ("1700000000.250", "2023-11-14T22:13:20.250Z"),
        ("1700000000.123456789", "2023-11-14T22:13:20.123456789Z"),
        ("-1", "1969-12-31T23:59:59Z"),
        ("-1.25", "1969-12-31T23:59:58.75Z"),
        ("-0.25", "1969-12-31T23:59:59.75Z"),
        ("-5.00", "1969-12-31T23:59:55.00Z"),
        ("-62167219200", "0000-01-01T00:00:00Z"),
        ("253402300799", "9999-12-31T23:59:59Z"),
    ])
    func secondsReadAndWriteBackTheSameText(text: String, expected: String) throws {
        #expect(try instant(text, seconds) == expected)
        #expect(try DateTime(text: text, format: seconds, leniency: .strict).text(in: seconds) == text)
    }

    @Test(arguments: [
        ("0", "1970-01-01T00:00:00Z"),
        ("1700000000123", "2023-11-14T22:13:20.123Z"),
        ("1700000000000", "2023-11-14T22:13:20Z"),
        ("1700000000020", "2023-11-14T22:13:20.020Z"),
        ("-1", "1969-12-31T23:59:59.999Z"),
        ("-1000", "1969-12-31T23:59:59Z"),
        ("253402300799999", "9999-12-31T23:59:59.999Z"),
    ])
    func millisecondsReadAndWriteBackTheSameText(text: String, expected: String) throws {
        #expect(try instant(text, milliseconds) == expected)
        #expect(try DateTime(text: text, format: milliseconds, leniency: .strict).text(in: milliseconds) == text)
    }

    /// Counts spread over the whole range (a fixed-seed generator, so a failure repeats): each
    /// reads, writes back the same text, and is the instant Foundation computes for it.
    @Test func generatedCountsRoundTrip() throws {
        var state: UInt64 = 0x5EED_1970
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        let range = -62_167_219_200...253_402_300_799
        for _ in 0..<2_000 {
            let count = range.lowerBound + Int(next() % UInt64(range.count))
            let fraction = next() % 4 == 0 ? "" : "." + String(next() % 1_000_000 + 1_000_000).dropFirst()
            let text = String(count) + fraction
            guard !(count < 0 && !fraction.isEmpty) else { continue }  // `-12.5` is not `-12` and `.5`
            let value = try DateTime(text: text, format: seconds, leniency: .strict)
            #expect(try value.text(in: seconds) == text)
            #expect(value.date.map { Int($0.timeIntervalSince1970.rounded(.down)) } == count)
            let millisecondText = String(count * 1_000 + Int(next() % 1_000))
            let inMilliseconds = try DateTime(text: millisecondText, format: milliseconds, leniency: .strict)
            #expect(try inMilliseconds.text(in: milliseconds) == millisecondText)
        }
    }

    /// A count is written one way: other spellings, and counts outside years 0...9999, are refused.
    @Test(arguments: [
        "", "-", "+1", "01", "-01", "1e9", "1.", ".5", " 1", "1 ", "-0", "-0.0", "1,5", "0x10",
        "1.0123456789", "1234567890123456", "253402300800", "-62167219201", "2023-11-14T22:13:20Z",
    ])
    func secondsRefuseOtherText(text: String) {
        #expect(throws: DateTimeFormat.ReadError.self) { try DateTime(text: text, format: seconds, leniency: .all) }
    }

    @Test func millisecondsAreWhole() throws {
        #expect(throws: DateTimeFormat.ReadError.self) { try DateTime(text: "1700000000123.5", format: milliseconds, leniency: .all) }
        #expect(throws: DateTimeFormat.ReadError.self) { try DateTime(text: "253402300800000", format: milliseconds, leniency: .all) }
        let error = #expect(throws: DateTimeFormat.ReadError.self) { try DateTime(text: "12.5", format: milliseconds, leniency: .strict) }
        #expect(error?.message == #"Expected a date and time written unix_milliseconds but found "12.5""#)
    }

    @Test func writingCountsTheInstant() throws {
        #expect(try rfc3339("2023-11-15T03:43:20+05:30").text(in: seconds) == "1700000000")
        #expect(try rfc3339("2023-11-15T03:43:20.5+05:30").text(in: milliseconds) == "1700000000500")
        #expect(try rfc3339("2023-11-14T22:13:20.1230Z").text(in: milliseconds) == "1700000000123")
        let finer = #expect(throws: DateTimeFormat.WriteError.self) { try rfc3339("2023-11-14T22:13:20.1234Z").text(in: milliseconds) }
        #expect(finer?.message == "the value has fractional seconds finer than a millisecond, which unix_milliseconds cannot write")
        let tooLong = #expect(throws: DateTimeFormat.WriteError.self) { try rfc3339("2023-11-14T22:13:20.1234567891Z").text(in: seconds) }
        #expect(tooLong?.message == "the value has more than 9 digits of fractional seconds, which unix_seconds cannot write")

        // A value without an offset is at the API's time zone, or cannot be counted.
        let wallClock = try DateTime(text: "2023-11-15 03:43:20", format: DateTimeFormat(validPattern: "YYYY-MM-DD HH:mm:ss", kind: .dateTime), leniency: .strict)
        let noZone = #expect(throws: DateTimeFormat.WriteError.self) { try wallClock.text(in: seconds) }
        #expect(noZone?.message == "the value has no UTC offset, which unix_seconds needs, and the API declares no time zone")
        let india = DateTimeFormat(validPattern: "unix_seconds", kind: .dateTime, timeZone: "+05:30")
        #expect(try wallClock.text(in: india) == "1700000000")
        // Text read in a zoned unix format is still at UTC: the count says the instant.
        #expect(try DateTime(text: "1700000000", format: india, leniency: .strict).offset == .utc)
    }

    @Test func patterns() throws {
        #expect(seconds.unixTime == .seconds && milliseconds.unixTime == .milliseconds)
        #expect(DateTimeFormat.iso8601.unixTime == nil)
        #expect(seconds.hasOffset)
        func message(_ pattern: String, _ kind: DateTimeFormat.Kind = .dateTime) -> String? {
            do {
                _ = try DateTimeFormat(pattern: pattern, kind: kind)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message("unix_seconds", .date) == "format 'unix_seconds' is for a datetime; a date has no time of day to count")
        #expect(message("YYYY-MM-DD HH:mm:ss | unix_seconds")
            == "format 'YYYY-MM-DD HH:mm:ss | unix_seconds': 'unix_seconds' stands alone, not as one of several alternatives")
        #expect(message("unix_ms")?.hasSuffix("(did you mean 'unix_milliseconds'?)") == true)
        #expect(message("epoch")?.hasSuffix("(did you mean 'unix_seconds'?)") == true)
        #expect(message("unix_seconds") == nil)
    }
}

/// A generated-style type with unix time fields.
private struct Track: Codable, Equatable {
    var released: DateTime?
    var plays: [DateTime]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let leniency = decoder.leniency
        released = try container.decodeFormatted(DateTime.self, forKey: "released", format: seconds, leniency: leniency)
        plays = try container.decodeFormattedList(DateTime.self, forKey: "plays", format: milliseconds, wrapperKey: nil, leniency: leniency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeFormatted(released, forKey: "released", format: seconds)
        try container.encodeFormattedList(plays, forKey: "plays", format: milliseconds, wrapperKey: nil)
    }
}

private func decodeTrack(_ json: String, _ leniency: Leniency = .strict) throws -> Track {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    return try decoder.decode(Track.self, from: Data(json.utf8))
}

@Suite("Unix time fields")
struct UnixTimeFieldTests {
    @Test func decodeNumbersAndEncodeThemBack() throws {
        let json = #"{"plays":[1700000000123,-1,0],"released":1700000000.25}"#
        let track = try decodeTrack(json)
        #expect(track.released?.description == "2023-11-14T22:13:20.25Z")
        #expect(track.plays?.map(\.description) == ["2023-11-14T22:13:20.123Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z"])
        #expect(try encodeJSON(track) == json)
        #expect(try encodeJSON(decodeTrack(#"{"released":1700000000}"#)) == #"{"released":1700000000}"#)
        #expect(try decodeTrack(#"{"released":null}"#).released == nil)
    }

    @Test func aStringIsACountOnlyWithStringEncodedNumbers() throws {
        let strict = #expect(throws: DecodingError.self) { try decodeTrack(#"{"released":"1700000000"}"#) }
        #expect(strict.map(isTypeMismatch) == true)
        #expect(strict.map(codingPath(of:)) == ["released"])
        let lenient = try decodeTrack(#"{"released":"1700000000","plays":["1700000000123"]}"#, .stringEncodedNumbers)
        #expect(lenient.released?.description == "2023-11-14T22:13:20Z")
        #expect(try encodeJSON(lenient) == #"{"plays":[1700000000123],"released":1700000000}"#)
        #expect(try decodeTrack(#"{"released":"","plays":[]}"#, .emptyAsAbsent).released == nil)
        #expect(throws: DecodingError.self) { try decodeTrack(#"{"released":""}"#, .stringEncodedNumbers) }
    }

    @Test func badValuesAreErrorsAtTheirPath() throws {
        let fraction = #expect(throws: DecodingError.self) { try decodeTrack(#"{"plays":[1700000000123, 1.5]}"#) }
        #expect(fraction.map(isDataCorrupted) == true)
        #expect(fraction.map(codingPath(of:)) == ["plays", "Index 1"])
        #expect(fraction.flatMap(context(of:))?.debugDescription == #"Expected a date and time written unix_milliseconds but found "1.5""#)
        let outOfRange = #expect(throws: DecodingError.self) { try decodeTrack(#"{"released":99999999999999}"#) }
        #expect(outOfRange.map(codingPath(of:)) == ["released"])
        let boolean = #expect(throws: DecodingError.self) { try decodeTrack(#"{"released":true}"#, .all) }
        #expect(boolean.map(codingPath(of:)) == ["released"])
    }

    @Test func parametersSendTheCount() throws {
        let value = try rfc3339("2023-11-14T22:13:20Z")
        #expect(try seconds.queryText(value, parameter: "since") == "1700000000")
        #expect(try milliseconds.queryTexts([value], parameter: "since") == ["1700000000000"])
        let parsed: DateTime? = try ArgumentValues(["since": "1700000000"]).value("since", format: seconds)
        #expect(parsed == value)
        let refused = #expect(throws: RequestValidationError.self) {
            try milliseconds.queryText(try rfc3339("2023-11-14T22:13:20.0001Z"), parameter: "since")
        }
        #expect(refused?.description == "since: the value has fractional seconds finer than a millisecond, which unix_milliseconds cannot write")
    }
}
