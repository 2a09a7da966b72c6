import Foundation
import SpecGenRuntime
import Testing

private func format(_ pattern: String, _ kind: DateTimeFormat.Kind = .dateTime, zone: String? = nil) throws -> DateTimeFormat {
    try DateTimeFormat(pattern: pattern, kind: kind, timeZone: zone)
}

private func patternError(_ pattern: String, _ kind: DateTimeFormat.Kind = .dateTime, zone: String? = nil) -> String? {
    do {
        _ = try DateTimeFormat(pattern: pattern, kind: kind, timeZone: zone)
        return nil
    } catch {
        return error.message
    }
}

private func dateTime(_ text: String, _ format: DateTimeFormat = .iso8601) throws -> DateTime {
    try DateTime(text: text, format: format, leniency: .strict)
}

@Suite("UTCOffset")
struct UTCOffsetTests {
    @Test func readsAndWritesEachNotation() throws {
        #expect(UTCOffset("Z") == .utc)
        #expect(try #require(UTCOffset("+05:30")).minutes == 330)
        #expect(try #require(UTCOffset("-00:30")).minutes == -30)
        #expect(try #require(UTCOffset("+00:00")).notation == .numeric)
        let unknownLocal = try #require(UTCOffset("-00:00"))
        #expect(unknownLocal.notation == .unknownLocalOffset && unknownLocal.minutes == 0)
        for text in ["Z", "+05:30", "-00:30", "+00:00", "-00:00", "+23:59", "-12:00"] {
            #expect(UTCOffset(text)?.description == text)
        }
        #expect(UTCOffset("Z") != UTCOffset("+00:00"), "Z and +00:00 are different text")
    }

    @Test(arguments: ["+0530", "+5:30", "05:30", "UTC", "z", "+24:00", "+05:60", "+05:30 ", "", "Asia/Kolkata"])
    func refusesOtherText(text: String) {
        #expect(UTCOffset(text) == nil)
    }

    @Test func fromParts() {
        #expect(UTCOffset(hours: 5, minutes: 30)?.description == "+05:30")
        #expect(UTCOffset(hours: 0, minutes: -30)?.description == "-00:30")
        #expect(UTCOffset(hours: -5, minutes: 30) == nil)
        #expect(UTCOffset(hours: 24, minutes: 0) == nil)
        #expect(UTCOffset(minutes: 0, notation: .z) == .utc)
        #expect(UTCOffset(minutes: 30, notation: .z) == nil)
    }
}

@Suite("DateTimeFormat patterns")
struct DateTimeFormatPatternTests {
    @Test func acceptsTheDocumentedTokens() throws {
        #expect(try format("YYYY-MM-DD HH:mm:ss").pattern == "YYYY-MM-DD HH:mm:ss")
        #expect(try format("DD-MM-YYYY", .date).kind == .date)
        #expect(try format("YYYYMMDD", .date).pattern == "YYYYMMDD")
        #expect(try format("DD/MM/YYYY, HH.mm.ss[.S] Z").pattern == "DD/MM/YYYY, HH.mm.ss[.S] Z")
        #expect(try format("YYYY-MM-DD HH:mm:ss", zone: "+05:30").timeZone == UTCOffset("+05:30"))
        #expect(DateTimeFormat.iso8601.pattern == "YYYY-MM-DDTHH:mm:ss[.S]Z")
    }

    @Test func minutesWrittenAsMonthsGetAHint() {
        #expect(patternError("YYYY-MM-DD HH:MM:SS")
            == "'SS' in format 'YYYY-MM-DD HH:MM:SS' is not a token; the tokens are YYYY, MM, DD, HH, mm, ss, [.S] and Z, "
            + "and the separators - / . : , space and T (did you mean 'YYYY-MM-DD HH:mm:ss'?)")
        #expect(patternError("YYYY-MM-DD HH:MM:ss")
            == "format 'YYYY-MM-DD HH:MM:ss' has 'MM' more than once ('MM' is the month; minutes are 'mm' and seconds 'ss') "
            + "(did you mean 'YYYY-MM-DD HH:mm:ss'?)")
        #expect(patternError("dd-mm-yyyy", .date)?.hasSuffix("(did you mean 'DD-MM-YYYY'?)") == true)
    }

    @Test func refusesUnknownTokensAndMisplacedOnes() {
        #expect(patternError("DD-MM-YY", .date)
            == "'YY' in format 'DD-MM-YY' is not a token; the tokens are YYYY, MM, DD, HH, mm, ss, [.S] and Z, and the separators - / . : , space and T")
        #expect(patternError("YYYY-MM-DD hh:mm:ss")?.hasPrefix("'hh' in format") == true)
        #expect(patternError("YYYY-MM-DD'T'HH:mm:ss")?.hasPrefix("''' in format") == true)
        #expect(patternError("YYYY-MM-DD HH:mm:ss", .date)
            == "format 'YYYY-MM-DD HH:mm:ss' of a date has 'HH'; a date has no time (use type datetime)")
        #expect(patternError("YYYY-MM-DD HH:mm") == "format 'YYYY-MM-DD HH:mm' has no 'ss'")
        #expect(patternError("YYYY-MM HH:mm:ss") == "format 'YYYY-MM HH:mm:ss' has no 'DD'")
        #expect(patternError("YYYY-MM-DD [.S]HH:mm:ss") == "in format 'YYYY-MM-DD [.S]HH:mm:ss', '[.S]' must come right after 'ss'")
        #expect(patternError("YYYY-MM-DDTHH:mm:ssZZ") == "format 'YYYY-MM-DDTHH:mm:ssZZ' has 'Z' more than once" || patternError("YYYY-MM-DDTHH:mm:ssZZ")?.hasPrefix("'ZZ'") == true)
        #expect(patternError("") == "format '' has an empty alternative")
        #expect(patternError("MM-DD") == "format 'MM-DD' has no 'YYYY'")
    }

    @Test func refusesTimeZonesThatAreNotOffsets() {
        #expect(patternError("YYYY-MM-DD HH:mm:ss", zone: "Asia/Kolkata")
            == "time zone 'Asia/Kolkata' is not a UTC offset such as +05:30, -03:00 or Z")
        #expect(patternError("YYYY-MM-DD HH:mm:ss", zone: "-00:00") != nil, "-00:00 says the offset is unknown")
        #expect(patternError("YYYY-MM-DD HH:mm:ss", zone: "+14:00") == nil)
    }
}

@Suite("DateTime")
struct DateTimeTests {
    @Test func readsRFC3339() throws {
        let value = try dateTime("2016-08-31T12:00:00+05:30")
        #expect(value.day == CalendarDate("2016-08-31"))
        #expect((value.hour, value.minute, value.second, value.fraction) == (12, 0, 0, ""))
        #expect(value.offset == UTCOffset("+05:30"))
        #expect(try dateTime("2016-08-31T06:30:00Z").offset == .utc)
    }

    @Test(arguments: [
        "2016-08-31T12:00:00+05:30", "2016-08-31T06:30:00Z", "2016-08-31T06:30:00+00:00", "2016-08-31T06:30:00-00:00",
        "2016-08-31T23:45:00-00:30", "2024-02-29T00:00:00Z", "2016-08-31T06:30:00.250Z", "2016-08-31T06:30:00.5Z",
        "2016-08-31T06:30:00.000000001-09:00", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999+14:00",
        "2016-08-31T06:30:00.\(String(repeating: "9", count: 300))Z",
    ])
    func roundTripsExactly(text: String) throws {
        let value = try dateTime(text)
        #expect(try value.text(in: .iso8601) == text)
        #expect(value.description == text)
        #expect(try encodeJSON([value]) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([DateTime].self, from: Data("[\"\(text)\"]".utf8)) == [value])
    }

    @Test func fractionalSecondsAreKeptDigitForDigit() throws {
        let value = try dateTime("2016-08-31T06:30:00.250Z")
        #expect(value.fraction == "250")
        #expect(value != (try dateTime("2016-08-31T06:30:00.25Z")), ".250 and .25 are written differently")
        #expect(value.date == (try dateTime("2016-08-31T06:30:00.25Z")).date, "but are the same instant")
    }

    @Test(arguments: [
        "2016-08-31T24:00:00Z", "2016-08-31T23:60:00Z", "2016-08-31T23:59:60Z", "2023-02-29T00:00:00Z",
        "2016-08-31T12:00:00", "2016-08-31 12:00:00Z", "2016-08-31T12:00:00+0530", "2016-08-31T12:00:00.Z",
        "2016-08-31T12:00Z", "2016-08-31t12:00:00z", "2016-08-31T12:00:00+05:30 ", "",
    ])
    func refusesOtherText(text: String) {
        #expect(throws: DateTimeFormat.ReadError.self) { try dateTime(text) }
    }

    @Test func theInstantNeedsAnOffset() throws {
        let local = try dateTime("2020-07-07 07:07:07", format("YYYY-MM-DD HH:mm:ss"))
        #expect(local.offset == nil)
        #expect(local.date == nil, "a clock reading without an offset is not an instant")
        let zoned = try dateTime("2020-07-07 07:07:07", format("YYYY-MM-DD HH:mm:ss", zone: "+05:30"))
        #expect(zoned.offset == UTCOffset("+05:30"))
        // 2020-07-07T00:00:00Z is 1594080000; 07:07:07 at +05:30 is 01:37:07 UTC.
        #expect(zoned.date == Date(timeIntervalSince1970: 1_594_080_000 + 5_827))
        #expect(try dateTime("2016-08-31T23:45:00-00:30").date == (try dateTime("2016-09-01T00:15:00Z")).date)
        #expect(try dateTime("1969-12-31T23:59:59.5Z").date == Date(timeIntervalSince1970: -0.5))
    }

    @Test func instantsAgreeWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        for text in ["1600-02-29T12:00:00+01:00", "1900-03-01T00:00:00-05:00",
                     "2000-02-29T23:59:59+14:00", "2024-02-29T00:00:00-00:30", "2100-03-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
            // Foundation's calendar is Julian before 1582, so the samples start after it.
            #expect(try dateTime(text).date == formatter.date(from: text), "\(text)")
        }
    }

    @Test func fromAFoundationDate() throws {
        let india = try #require(UTCOffset("+05:30"))
        #expect(DateTime(Date(timeIntervalSince1970: 1_594_085_827.75), offset: india)?.description == "2020-07-07T07:07:07+05:30")
        #expect(DateTime(Date(timeIntervalSince1970: -0.5), offset: .utc)?.description == "1969-12-31T23:59:59Z")
        #expect(DateTime(Date(timeIntervalSince1970: -62_167_219_200), offset: .utc)?.description == "0000-01-01T00:00:00Z")
        #expect(DateTime(Date(timeIntervalSince1970: -62_167_219_201), offset: .utc) == nil, "before year 0")
        #expect(DateTime(Date.distantFuture.addingTimeInterval(1e300), offset: .utc) == nil)
    }

    @Test func conversionKeepsTheInstant() throws {
        let value = try dateTime("2016-12-31T20:00:00.75Z")
        let india = try #require(UTCOffset("+05:30"))
        let converted = try #require(value.converted(to: india))
        #expect(converted.description == "2017-01-01T01:30:00.75+05:30")
        #expect(converted.date == value.date)
        let farWest = try #require(UTCOffset("-23:59"))
        let west = try #require(value.converted(to: farWest))
        #expect(west.description == "2016-12-30T20:01:00.75-23:59")
        #expect(try dateTime("0000-01-01T00:00:00+01:00").converted(to: .utc) == nil, "year -1 is out of range")
        #expect(try dateTime("2020-07-07 07:07:07", format("YYYY-MM-DD HH:mm:ss")).converted(to: .utc) == nil)
    }
}

@Suite("Formats that parse")
struct DeclaredFormatTests {
    @Test func zoneLessTextRoundTrips() throws {
        let spaced = try format("YYYY-MM-DD HH:mm:ss")
        let value = try dateTime("2020-07-07 07:07:07", spaced)
        #expect(try value.text(in: spaced) == "2020-07-07 07:07:07")
        let zoned = try format("YYYY-MM-DD HH:mm:ss", zone: "+05:30")
        #expect(try dateTime("2020-07-07 07:07:07", zoned).text(in: zoned) == "2020-07-07 07:07:07")
    }

    @Test func writingConvertsToTheDeclaredZoneOrRefuses() throws {
        let utcValue = try dateTime("2016-08-31T20:00:00Z")
        #expect(try utcValue.text(in: format("YYYY-MM-DD HH:mm:ss", zone: "+05:30")) == "2016-09-01 01:30:00")
        let refused = #expect(throws: DateTimeFormat.WriteError.self) { try utcValue.text(in: format("YYYY-MM-DD HH:mm:ss")) }
        #expect(refused?.message == "the value has a UTC offset, which format YYYY-MM-DD HH:mm:ss cannot write, "
            + "and the API declares no time zone to convert it to")
        let local = try dateTime("2020-07-07 07:07:07", format("YYYY-MM-DD HH:mm:ss"))
        let noOffset = #expect(throws: DateTimeFormat.WriteError.self) { try local.text(in: .iso8601) }
        #expect(noOffset?.message == "the value has no UTC offset, which format YYYY-MM-DDTHH:mm:ss[.S]Z needs")
        #expect(try local.text(in: format("YYYY-MM-DDTHH:mm:ssZ", zone: "-03:00")) == "2020-07-07T07:07:07-03:00")
        let fraction = #expect(throws: DateTimeFormat.WriteError.self) {
            try dateTime("2016-08-31T20:00:00.5Z").text(in: format("YYYY-MM-DD HH:mm:ss", zone: "Z"))
        }
        #expect(fraction?.message == "the value has fractional seconds, which format YYYY-MM-DD HH:mm:ss cannot write")
    }

    /// Capillary writes most date-times without an offset and some older ones in ISO 8601 with one.
    @Test func alternativesReadEitherAndWriteEachBackAsItCame() throws {
        let either = try format("YYYY-MM-DD HH:mm:ss | YYYY-MM-DDTHH:mm:ssZ")
        let local = try dateTime("2017-04-12 10:15:30", either)
        let zoned = try dateTime("2017-09-03T18:22:07+05:30", either)
        #expect(local.offset == nil && zoned.offset == UTCOffset("+05:30"))
        #expect(try local.text(in: either) == "2017-04-12 10:15:30")
        #expect(try zoned.text(in: either) == "2017-09-03T18:22:07+05:30")
        let neither = #expect(throws: DateTimeFormat.ReadError.self) { try dateTime("2017-09-03T18:22:07", either) }
        #expect(neither?.message
            == #"Expected a date and time written YYYY-MM-DD HH:mm:ss | YYYY-MM-DDTHH:mm:ssZ but found "2017-09-03T18:22:07""#)
        let fraction = #expect(throws: DateTimeFormat.WriteError.self) { try dateTime("2017-09-03T18:22:07.5Z").text(in: either) }
        #expect(fraction?.message == "the value has a UTC offset, which format YYYY-MM-DD HH:mm:ss cannot write, "
            + "and the API declares no time zone to convert it to", "the first alternative's problem")
        // With a declared zone the first alternative holds every value: the same instant, written without its offset.
        let zonedEither = try format("YYYY-MM-DD HH:mm:ss | YYYY-MM-DDTHH:mm:ssZ", zone: "+05:30")
        #expect(try dateTime("2017-09-03T18:22:07+05:30", zonedEither).text(in: zonedEither) == "2017-09-03 18:22:07")
        #expect(patternError("YYYY-MM-DD HH:mm:ss |") == "format 'YYYY-MM-DD HH:mm:ss |' has an empty alternative")
        #expect(patternError("DD-MM-YYYY | YYYY-MM-DD HH:mm:ss", .date)
            == "format 'YYYY-MM-DD HH:mm:ss' of a date has 'HH'; a date has no time (use type datetime)")
        let dates = try format("DD-MM-YYYY | YYYY-MM-DD", .date)
        #expect(try CalendarDate(text: "2016-08-31", format: dates, leniency: .strict).text(in: dates) == "31-08-2016",
                "a date is written in the first alternative")
    }

    @Test func datesInTheirOwnLayout() throws {
        let dayFirst = try format("DD-MM-YYYY", .date)
        let date = try CalendarDate(text: "29-02-2024", format: dayFirst, leniency: .strict)
        #expect(date == CalendarDate("2024-02-29"))
        #expect(date.text(in: dayFirst) == "29-02-2024")
        #expect(throws: DateTimeFormat.ReadError.self) { try CalendarDate(text: "29-02-2023", format: dayFirst, leniency: .strict) }
        let wrongLayout = #expect(throws: DateTimeFormat.ReadError.self) {
            try CalendarDate(text: "2024-02-29", format: dayFirst, leniency: .strict)
        }
        #expect(wrongLayout?.message == #"Expected a date written DD-MM-YYYY but found "2024-02-29""#)
        let compact = try format("YYYYMMDD", .date)
        #expect(try CalendarDate(text: "20240229", format: compact, leniency: .strict).text(in: compact) == "20240229")
    }

    @Test func aDateWithMidnightIsADateOnlyWhenAllowed() throws {
        let longZero = "2016-08-31 00:00:00." + String(repeating: "0", count: 400)
        for text in ["2016-08-31 00:00:00", "2016-08-31T00:00:00", "2016-08-31 00:00:00.000", longZero] {
            #expect(try CalendarDate(text: text, format: .isoDate, leniency: .dateWithTime) == CalendarDate("2016-08-31"))
            #expect(throws: DateTimeFormat.ReadError.self) { try CalendarDate(text: text, format: .isoDate, leniency: .all.subtracting(.dateWithTime)) }
        }
        #expect(try CalendarDate(text: "31-08-2016 00:00:00", format: format("DD-MM-YYYY", .date), leniency: .dateWithTime)
            == CalendarDate("2016-08-31"))
        let afternoon = #expect(throws: DateTimeFormat.ReadError.self) {
            try CalendarDate(text: "2016-08-31 12:30:00", format: .isoDate, leniency: .dateWithTime)
        }
        #expect(afternoon?.message == #"Expected a date written YYYY-MM-DD but found "2016-08-31 12:30:00", "#
            + "whose time of day a date cannot hold (only 00:00:00 is accepted)")
        for text in ["2016-08-31 00:00:00.001", "2016-08-31 00:00:00." + String(repeating: "0", count: 400) + "1", "2016-08-31 24:00:00", "2016-08-31 00:00", "2016-08-31  00:00:00",
                     "2016-08-31 00:00:00Z", "2016-08-31 00:00:00."] {
            #expect(throws: DateTimeFormat.ReadError.self, "\(text)") {
                try CalendarDate(text: text, format: .isoDate, leniency: .dateWithTime)
            }
        }
    }
}

// MARK: - Fields, lists and parameters

private let spacedFormat = DateTimeFormat(validPattern: "YYYY-MM-DD HH:mm:ss", kind: .dateTime, timeZone: "+05:30")
private let dayFirstFormat = DateTimeFormat(validPattern: "DD-MM-YYYY", kind: .date)

/// A generated-style type with formatted fields.
private struct Visit: Codable, Equatable {
    var registeredOn: DateTime?
    var birthday: CalendarDate?
    var history: [DateTime]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        registeredOn = try container.decodeFormatted(DateTime.self, forKey: "registered_on", format: spacedFormat, leniency: decoder.leniency)
        birthday = try container.decodeFormatted(CalendarDate.self, forKey: "birthday", format: dayFirstFormat, leniency: decoder.leniency)
        history = try container.decodeFormattedList(
            DateTime.self, forKey: "history", format: spacedFormat, wrapperKey: "at", leniency: decoder.leniency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeFormatted(registeredOn, forKey: "registered_on", format: spacedFormat)
        try container.encodeFormatted(birthday, forKey: "birthday", format: dayFirstFormat)
        try container.encodeFormattedList(history, forKey: "history", format: spacedFormat, wrapperKey: "at")
    }
}

private func decodeVisit(_ json: String, _ leniency: Leniency = .strict) throws -> Visit {
    let decoder = JSONDecoder()
    decoder.userInfo[.leniency] = leniency
    return try decoder.decode(Visit.self, from: Data(json.utf8))
}

@Suite("Formatted fields")
struct FormattedFieldTests {
    @Test func decodeAndEncodeInTheDeclaredFormat() throws {
        let json = #"{"birthday":"23-11-1994","history":{"at":["2020-01-02 03:04:05","2020-07-07 07:07:07"]},"registered_on":"2020-07-07 07:07:07"}"#
        let visit = try decodeVisit(json)
        #expect(visit.registeredOn?.offset == UTCOffset("+05:30"))
        #expect(visit.registeredOn?.date == Date(timeIntervalSince1970: 1_594_080_000 + 5_827))
        #expect(visit.birthday == CalendarDate("1994-11-23"))
        #expect(visit.history?.count == 2)
        #expect(try encodeJSON(visit) == json)
    }

    @Test func emptyFormsAndErrorsWithTheirPath() throws {
        let empty = try decodeVisit(#"{"registered_on":"","birthday":[],"history":{"at":["", "2020-01-02 03:04:05"]}}"#, .emptyAsAbsent)
        #expect(empty.registeredOn == nil && empty.birthday == nil && empty.history?.count == 1)
        let error = #expect(throws: DecodingError.self) { try decodeVisit(#"{"registered_on":"2020-07-07T07:07:07Z"}"#) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["registered_on"])
        #expect(error.flatMap(context(of:))?.debugDescription
            == #"Expected a date and time written YYYY-MM-DD HH:mm:ss (+05:30) but found "2020-07-07T07:07:07Z""#)
        let inList = #expect(throws: DecodingError.self) { try decodeVisit(#"{"history":{"at":["2020-01-02 03:04:05", "2020-01-02"]}}"#) }
        #expect(inList.map(codingPath(of:)) == ["history", "at", "Index 1"])
        #expect(throws: DecodingError.self) { try decodeVisit(#"{"birthday":19941123}"#, .all) }
        let midnight = try decodeVisit(#"{"birthday":"23-11-1994 00:00:00"}"#, .dateWithTime)
        #expect(midnight.birthday == CalendarDate("1994-11-23"))
    }

    @Test func anUnwritableValueIsAnEncodingError() throws {
        var visit = try decodeVisit("{}")
        visit.history = [try dateTime("2020-01-02T03:04:05.5Z")]
        let error = #expect(throws: EncodingError.self) { try encodeJSON(visit) }
        guard case .invalidValue(_, let context)? = error else { return }
        #expect(context.codingPath.map(\.stringValue) == ["history"])
        #expect(context.debugDescription == "the value has fractional seconds, which format YYYY-MM-DD HH:mm:ss cannot write")
    }

    @Test func defaultFormatsThroughTheScalarEntryPoints() throws {
        #expect(try scalar(DateTime.self, #""2016-08-31T12:00:00+05:30""#)?.offset == UTCOffset("+05:30"))
        #expect(try scalar(DateTime.self, #""""#, .emptyAsAbsent) == nil)
        #expect(throws: DecodingError.self) { try scalar(DateTime.self, #""2016-08-31 12:00:00""#, .all) }
        #expect(try scalar(CalendarDate.self, #""2016-08-31 00:00:00""#, .dateWithTime) == CalendarDate("2016-08-31"))
        #expect(throws: DecodingError.self) { try scalar(CalendarDate.self, #""2016-08-31 00:00:00""#, .emptyAsAbsent) }
        #expect(try scalarList(DateTime.self, #"["2016-08-31T12:00:00Z"]"#)?.first?.hour == 12)
    }

    @Test func parametersAreWrittenAndReadInTheDeclaredFormat() throws {
        let start = try dateTime("2020-04-03 23:45:45", spacedFormat)
        var query = QueryBuilder()
        query.append("start_date", try spacedFormat.queryText(start, parameter: "start_date"))
        #expect(query.encoded.contains("start_date=2020-04-03%2023%3A45%3A45") || query.encoded.contains("start_date=2020-04-03%2023:45:45"))
        #expect(query.items.first?.value == "2020-04-03 23:45:45")
        let noZone = try format("YYYY-MM-DD HH:mm:ss")
        let refused = #expect(throws: RequestValidationError.self) {
            try noZone.queryText(try dateTime("2020-04-03T23:45:45Z"), parameter: "start_date")
        }
        #expect(refused?.description == "start_date: the value has a UTC offset, which format YYYY-MM-DD HH:mm:ss cannot write, "
            + "and the API declares no time zone to convert it to")

        let arguments = ArgumentValues(["start_date": "2020-04-03 23:45:45", "day": "31-08-2016", "days": "01-01-2020,29-02-2020"])
        let parsed: DateTime? = try arguments.value("start_date", format: spacedFormat)
        #expect(parsed == start)
        let day: CalendarDate = try arguments.required("day", format: dayFirstFormat)
        #expect(day == CalendarDate("2016-08-31"))
        let days: [CalendarDate]? = try arguments.list("days", separator: ",", format: dayFirstFormat)
        #expect(days == [CalendarDate("2020-01-01")!, CalendarDate("2020-02-29")!])
        #expect(throws: ArgumentError.invalid("start_date", expected: "a date and time, YYYY-MM-DD HH:mm:ss")) {
            let _: DateTime? = try ArgumentValues(["start_date": "2020-04-03T23:45:45"]).value("start_date", format: spacedFormat)
        }
        #expect(throws: ArgumentError.missing("day")) {
            let _: CalendarDate = try ArgumentValues([:]).required("day", format: dayFirstFormat)
        }
        #expect(DateTime(argumentText: "2016-08-31T12:00:00+05:30")?.queryText == "2016-08-31T12:00:00+05:30")
        #expect(DateTime(argumentText: "2016-08-31 12:00:00") == nil)
    }
}
