import Foundation
import SpecGenRuntime
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test func validation() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2024, month: 12, day: 31) != nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: -1, month: 1, day: 1) == nil)
    }

    @Test func parsing() throws {
        let date = try #require(CalendarDate("2024-02-29"))
        #expect((date.year, date.month, date.day) == (2024, 2, 29))
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("0000-01-01") != nil)
    }

    @Test(arguments: ["2024-2-9", "2024-02-9", "24-02-09", " 2024-02-09", "2024-02-09 ", "2024-02-09T00:00:00",
                      "2024/02/09", "2024-02-0a", "+024-02-09", "２０２４-02-09", ""])
    func rejectsOtherText(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func descriptionIsZeroPadded() throws {
        #expect(try #require(CalendarDate(year: 2024, month: 2, day: 9)).description == "2024-02-09")
        #expect(try #require(CalendarDate(year: 33, month: 11, day: 1)).description == "0033-11-01")
        #expect(String(describing: try #require(CalendarDate("1999-12-31"))) == "1999-12-31")
    }

    @Test func comparable() throws {
        let dates = try ["2024-02-09", "2023-12-31", "2024-01-31", "2024-02-10"].map { try #require(CalendarDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024-01-31", "2024-02-09", "2024-02-10"])
    }

    @Test func codableAsString() throws {
        let date = try #require(CalendarDate("2024-02-09"))
        #expect(try encodeJSON([date]) == #"["2024-02-09"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-09"]"#.utf8)) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-2-9"]"#.utf8))
        }
    }

    @Test func lenientField() throws {
        #expect(try scalar(CalendarDate.self, #""2024-02-09""#) == CalendarDate("2024-02-09"))
        #expect(try scalar(CalendarDate.self, #""""#, .emptyAsAbsent) == nil)
        #expect(try scalar(CalendarDate.self, "[[]]", .emptyAsAbsent) == nil)
        let error = #expect(throws: DecodingError.self) { try scalar(CalendarDate.self, #""""#) }
        #expect(error.map(isDataCorrupted) == true)
        let invalid = #expect(throws: DecodingError.self) { try scalar(CalendarDate.self, #""2023-02-29""#, .all) }
        #expect(invalid.map(isDataCorrupted) == true)
        #expect(invalid.map(codingPath(of:)) == ["field"])
        #expect(invalid.flatMap(context(of:))?.debugDescription.contains("2023-02-29") == true)
        #expect(throws: DecodingError.self) { try scalar(CalendarDate.self, "20240209", .all) }
    }

    @Test func lenientList() throws {
        #expect(try scalarList(CalendarDate.self, #"["2024-02-09", ""]"#, .emptyAsAbsent) == [CalendarDate("2024-02-09")!])
        let error = #expect(throws: DecodingError.self) { try scalarList(CalendarDate.self, #"["2024-02-09", "x"]"#) }
        #expect(error.map(codingPath(of:)) == ["field", "Index 1"])
    }
}
