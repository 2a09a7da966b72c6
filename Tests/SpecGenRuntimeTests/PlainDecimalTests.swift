import SpecGenRuntime
import Testing

@Suite("PlainDecimal")
struct PlainDecimalTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (30, "30"), (-30, "-30"), (1.5, "1.5"), (26447.104, "26447.104"),
        (0.1, "0.1"), (0.0625, "0.0625"), (0.00001, "0.00001"), (-0.000123, "-0.000123"),
        (1e20, "100000000000000000000"), (1.25e21, "1250000000000000000000"),
        (5_632_820_109, "5632820109"), (9_007_199_254_740_992, "9007199254740992"),
        (9_007_199_254_740_994, "9007199254740994"), (123_456_789.012, "123456789.012"),
        (1e-7, "0.0000001"), (2.5e-10, "0.00000000025"), (1e15, "1000000000000000"), (100.5, "100.5"),
    ] as [(Double, String)])
    func writtenAsExpected(value: Double, text: String) {
        #expect(PlainDecimal.text(value) == text)
    }

    @Test func extremesHaveNoExponent() {
        let smallest = PlainDecimal.text(Double.leastNonzeroMagnitude)
        #expect(smallest == "0." + String(repeating: "0", count: 323) + "5")
        let largest = PlainDecimal.text(Double.greatestFiniteMagnitude)
        #expect(largest.count == 309)
        #expect(largest.hasPrefix("17976931348623157"))
        #expect(largest.dropFirst(17).allSatisfy { $0 == "0" })
    }

    /// Every finite value reads back as itself, with digits no longer than Swift's shortest form
    /// and in plain notation: a sign, digits, at most one point, no exponent, no trailing `.0`.
    @Test func roundTripsAndIsPlain() {
        var generator = SeededRandom(seed: 0x5EED_DEC1_3A1)
        for _ in 0..<5_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = PlainDecimal.text(value)
            #expect(Double(text) == value, "\(value) → \(text)")
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            #expect(body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }, "\(text)")
            #expect(body.filter { $0 == "." }.count <= 1)
            if body.contains(".") { #expect(!body.hasSuffix("0"), "\(text)") }
            let shortestDigits = value.magnitude.description.prefix { $0 != "e" }.filter(\.isNumber)
                .drop { $0 == "0" }.reversed().drop { $0 == "0" }.count
            let writtenDigits = body.filter(\.isNumber).drop { $0 == "0" }.reversed().drop { $0 == "0" }.count
            #expect(writtenDigits == shortestDigits, "\(value) → \(text)")
        }
    }

    @Test func nonFiniteValuesKeepTheirDescription() {
        // Never sent: generated requests refuse them first (see RequestTranslator's checks).
        #expect(PlainDecimal.text(.nan) == "nan")
        #expect(PlainDecimal.text(.infinity) == "inf")
        #expect(PlainDecimal.text(-.infinity) == "-inf")
    }
}
