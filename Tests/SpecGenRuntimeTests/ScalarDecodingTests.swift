import Foundation
import SpecGenRuntime
import Testing

@Suite("Scalars: presence")
struct ScalarPresenceTests {
    @Test func absentKeyIsNil() throws {
        #expect(try scalar(Int.self, nil, .all) == nil)
        #expect(try scalar(String.self, nil) == nil)
        #expect(try scalar(CalendarDate.self, nil) == nil)
    }

    @Test func nullIsNil() throws {
        #expect(try scalar(Int.self, "null") == nil)
        #expect(try scalar(String.self, "null") == nil)
        #expect(try scalar(Bool.self, "null") == nil)
        #expect(try scalar(SlabChangeKind.self, "null") == nil)
    }

    @Test func objectWhereScalarExpectedThrowsEvenWithAllFlags() {
        let error = #expect(throws: DecodingError.self) { try scalar(Int.self, #"{"a": 1}"#, .all) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(throws: DecodingError.self) { try scalar(String.self, "{}", .all) }
    }
}

@Suite("Scalars: Int and Int64")
struct IntegerTests {
    @Test func plainNumber() throws {
        #expect(try scalar(Int.self, "42") == 42)
        #expect(try scalar(Int.self, "-7") == -7)
        #expect(try scalar(Int64.self, "9223372036854775807") == Int64.max)
    }

    @Test func integralExponentNumberIsAcceptedStrictly() throws {
        #expect(try scalar(Int.self, "1.2e3") == 1200)
        #expect(try scalar(Int.self, "1.0") == 1)
        #expect(try scalar(Int64.self, "5.632820109E9") == 5_632_820_109)
    }

    @Test func fractionIsAnErrorWithCodingPathNotTruncated() {
        let error = #expect(throws: DecodingError.self) { try scalar(Int.self, "12.5", .all) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(error.flatMap(context(of:))?.debugDescription.contains("12.5") == true)
    }

    @Test func outOfRangeIsAnErrorWithCodingPath() {
        let error = #expect(throws: DecodingError.self) { try scalar(Int.self, "1e19") }
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(throws: DecodingError.self) { try scalar(Int64.self, "9223372036854775808") }
    }

    @Test func stringEncodedNumberNeedsTheFlag() throws {
        let error = #expect(throws: DecodingError.self) { try scalar(Int.self, #""2300""#) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(try scalar(Int.self, #""2300""#, .stringEncodedNumbers) == 2300)
        #expect(try scalar(Int.self, #""-12""#, .stringEncodedNumbers) == -12)
        #expect(try scalar(Int.self, #""1.2e3""#, .stringEncodedNumbers) == 1200)
        #expect(try scalar(Int.self, #""1200.00""#, .stringEncodedNumbers) == 1200)
        #expect(try scalar(Int.self, #""0.0e5""#, .stringEncodedNumbers) == 0)
        #expect(try scalar(Int64.self, #""5.632820109E9""#, .stringEncodedNumbers) == 5_632_820_109)
        #expect(try scalar(Int64.self, #""-9223372036854775808""#, .stringEncodedNumbers) == Int64.min)
        #expect(try scalar(Int64.self, #""-92233720368547758.08e2""#, .stringEncodedNumbers) == Int64.min)
    }

    @Test func nonNumericStringIsDataCorruptedNamingTheText() {
        let error = #expect(throws: DecodingError.self) { try scalar(Int.self, #""abc""#, .stringEncodedNumbers) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(error.flatMap(context(of:))?.debugDescription.contains("\"abc\"") == true)
    }

    @Test(arguments: [#"" 42 ""#, #""42 ""#, #""12.5""#, #""1e19""#, #""0x10""#, #""1,000""#, #""""#, #""+""#, #""1e""#, #"".5""#])
    func badStringsThrow(json: String) {
        #expect(throws: DecodingError.self) { try scalar(Int.self, json, .stringEncodedNumbers) }
    }

    @Test func emptyFormsNeedEmptyAsAbsent() throws {
        for json in [#""""#, "[]", "[[]]", "[[ ], [[ ]]]"] {
            #expect(try scalar(Int.self, json, .emptyAsAbsent) == nil, "\(json)")
            #expect(try scalar(Int64.self, json, .emptyAsAbsent) == nil, "\(json)")
            #expect(throws: DecodingError.self, "\(json)") { try scalar(Int.self, json) }
        }
    }

    @Test func nonEmptyArrayIsNotAnEmptyForm() {
        #expect(throws: DecodingError.self) { try scalar(Int.self, "[1]", .all) }
        #expect(throws: DecodingError.self) { try scalar(Int.self, #"[""]"#, .all) }
        #expect(throws: DecodingError.self) { try scalar(Int.self, "[null]", .all) }
    }

    @Test func booleanIsNotANumber() {
        #expect(throws: DecodingError.self) { try scalar(Int.self, "true", .all) }
    }
}

@Suite("Scalars: Double")
struct DoubleTests {
    @Test func scientificNotationNumber() throws {
        #expect(try scalar(Double.self, "5.632820109E9") == 5_632_820_109)
        #expect(try scalar(Double.self, "26447.104") == 26447.104)
        #expect(try scalar(Double.self, "-3") == -3)
    }

    @Test func stringEncodedNeedsTheFlag() throws {
        #expect(throws: DecodingError.self) { try scalar(Double.self, #""5.632820109E9""#) }
        #expect(try scalar(Double.self, #""5.632820109E9""#, .stringEncodedNumbers) == 5_632_820_109)
        #expect(try scalar(Double.self, #""26447.104""#, .stringEncodedNumbers) == 26447.104)
        #expect(try scalar(Double.self, #""-3.5""#, .stringEncodedNumbers) == -3.5)
        #expect(try scalar(Double.self, #""42""#, .stringEncodedNumbers) == 42)
    }

    @Test(arguments: [#""nan""#, #""inf""#, #""-infinity""#, #""0x1p3""#, #""1e400""#, #"" 1.5""#, #""abc""#])
    func nonNumbersThrowDataCorrupted(json: String) {
        let error = #expect(throws: DecodingError.self) { try scalar(Double.self, json, .all) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
    }

    @Test func emptyForms() throws {
        #expect(try scalar(Double.self, #""""#, .emptyAsAbsent) == nil)
        #expect(try scalar(Double.self, "[[]]", .emptyAsAbsent) == nil)
        #expect(throws: DecodingError.self) { try scalar(Double.self, "[]") }
    }
}

@Suite("Scalars: Bool")
struct BoolTests {
    @Test func jsonBooleansAlways() throws {
        #expect(try scalar(Bool.self, "true") == true)
        #expect(try scalar(Bool.self, "false") == false)
    }

    @Test func stringsNeedTheFlagAndIgnoreCase() throws {
        let error = #expect(throws: DecodingError.self) { try scalar(Bool.self, #""true""#) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(try scalar(Bool.self, #""true""#, .stringEncodedBooleans) == true)
        #expect(try scalar(Bool.self, #""TRUE""#, .stringEncodedBooleans) == true)
        #expect(try scalar(Bool.self, #""False""#, .stringEncodedBooleans) == false)
    }

    @Test func numberFlagDoesNotEnableBooleanStrings() {
        #expect(throws: DecodingError.self) { try scalar(Bool.self, #""true""#, .stringEncodedNumbers) }
    }

    @Test func otherStringsAndNumbersThrow() {
        let error = #expect(throws: DecodingError.self) { try scalar(Bool.self, #""yes""#, .all) }
        #expect(error.map(isDataCorrupted) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(throws: DecodingError.self) { try scalar(Bool.self, "1", .all) }
        #expect(throws: DecodingError.self) { try scalar(Bool.self, #""1""#, .all) }
    }

    @Test func emptyForms() throws {
        #expect(try scalar(Bool.self, #""""#, .emptyAsAbsent) == nil)
        #expect(try scalar(Bool.self, "[]", .emptyAsAbsent) == nil)
        #expect(throws: DecodingError.self) { try scalar(Bool.self, #""""#, .stringEncodedBooleans) }
    }
}

@Suite("Scalars: String")
struct StringTests {
    @Test func emptyStringStaysEmptyString() throws {
        #expect(try scalar(String.self, #""""#) == "")
        #expect(try scalar(String.self, #""""#, .emptyAsAbsent) == "")
        #expect(try scalar(String.self, #""""#, .all) == "")
    }

    @Test func emptyArraysAreNilOnlyWithEmptyAsAbsent() throws {
        #expect(try scalar(String.self, "[]", .emptyAsAbsent) == nil)
        #expect(try scalar(String.self, "[[ ]]", .emptyAsAbsent) == nil)
        let error = #expect(throws: DecodingError.self) { try scalar(String.self, "[]") }
        #expect(error.map(isTypeMismatch) == true)
        #expect(throws: DecodingError.self) { try scalar(String.self, "[[ ]]", .numbersAsStrings) }
    }

    @Test func numbersAsStringsKeepsTheNumber() throws {
        #expect(try scalar(String.self, "200", .numbersAsStrings) == "200")
        #expect(try scalar(String.self, "-3.5", .numbersAsStrings) == "-3.5")
        #expect(try scalar(String.self, "26447.104", .numbersAsStrings) == "26447.104")
        #expect(try scalar(String.self, "5.632820109E9", .numbersAsStrings) == "5632820109")
        #expect(try scalar(String.self, "true", .numbersAsStrings) == "true")
        #expect(try scalar(String.self, "false", .numbersAsStrings) == "false")
    }

    @Test func numbersWithoutTheFlagThrow() {
        let error = #expect(throws: DecodingError.self) { try scalar(String.self, "200", .all.subtracting(.numbersAsStrings)) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(throws: DecodingError.self) { try scalar(String.self, "true") }
    }

    @Test func textIsNotTrimmedOrChanged() throws {
        #expect(try scalar(String.self, #"" a\nb ""#, .all) == " a\nb ")
    }
}

@Suite("Leniency")
struct LeniencyTests {
    @Test func flagsAreDistinctAndAllContainsEach() {
        let flags: [Leniency] = [
            .stringEncodedNumbers, .stringEncodedBooleans, .numbersAsStrings,
            .collapsedLists, .emptyAsAbsent, .unwrappedLists, .caseInsensitiveEnums, .dateWithTime,
        ]
        #expect(Set(flags.map(\.rawValue)).count == flags.count)
        #expect(flags.allSatisfy { Leniency.all.contains($0) })
        #expect(Leniency.all == Leniency(flags))
        #expect(Leniency.strict.isEmpty)
    }
}
