/// A date and time written as a count since 1970-01-01T00:00:00Z: the `datetime` formats
/// `unix_seconds` and `unix_milliseconds`.
///
/// The text is the JSON number's (a field) or the parameter's: an optional `-`, digits, and for
/// seconds optionally `.` and up to nine more digits (`1700000000`, `1700000000.25`); milliseconds
/// are whole (`1700000000250`). No `+`, exponent, spaces or leading zeros (but `0` itself): a count
/// is written one way, so reading then writing gives the text that came. A value read is at UTC
/// (`Z`); the fraction of a second keeps its digits (milliseconds as three digits, none when the
/// count is whole seconds). Years 0...9999, as every ``DateTime``.
public enum UnixTime: String, Sendable, Hashable, CaseIterable {
    case seconds = "unix_seconds"
    case milliseconds = "unix_milliseconds"

    /// Nanoseconds at most: with 12 digits of seconds, few enough for a JSON number that every
    /// decoder reads exactly (Foundation's `Decimal` keeps 38).
    static let maximumFractionDigits = 9

    /// The value `text` counts, or nil when it is not a count in this unit.
    func value(of text: String) -> DateTime? {
        var utf8 = Substring(text).utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        let integerPart = utf8.prefix(while: DigitText.isDigit)
        var fractionPart = utf8.dropFirst(integerPart.count)
        if !fractionPart.isEmpty {
            // Only seconds have a fraction: `.` and at least one digit, nothing after them.
            guard self == .seconds, fractionPart.first == UInt8(ascii: "."), fractionPart.count > 1,
                  fractionPart.count <= Self.maximumFractionDigits + 1,
                  fractionPart.dropFirst().allSatisfy(DigitText.isDigit) else { return nil }
            fractionPart = fractionPart.dropFirst()
        }
        // At most 15 digits: a count within years 0...9999 has 12 (seconds) or 15 (milliseconds)
        // at most, and more could overflow an Int.
        guard !integerPart.isEmpty, integerPart.count <= 15,
              integerPart.count == 1 || integerPart.first != UInt8(ascii: "0"),
              let count = Int(String(decoding: integerPart, as: UTF8.self)) else { return nil }
        var fraction = String(decoding: fractionPart, as: UTF8.self)
        let fractionIsZero = fraction.allSatisfy { $0 == "0" }
        if negative, count == 0, fractionIsZero { return nil }  // `-0`: zero is written `0`
        var seconds: Int
        switch self {
        case .seconds:
            seconds = negative ? -count : count
            // -1.25 is 1.25 seconds before 1970: the whole second -2, and .75 after it.
            if negative, !fractionIsZero {
                seconds -= 1
                fraction = Self.complement(fraction)
            }
        case .milliseconds:
            var (whole, milliseconds) = (negative ? -count : count).quotientAndRemainder(dividingBy: 1_000)
            if milliseconds < 0 { (whole, milliseconds) = (whole - 1, milliseconds + 1_000) }
            seconds = whole
            fraction = milliseconds == 0 ? "" : String(String(1_000 + milliseconds).dropFirst())
        }
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (wholeDays, daySecond) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        guard let day = CalendarDate(daysSinceEpoch: wholeDays) else { return nil }
        return DateTime(
            uncheckedDay: day, hour: daySecond / 3_600, minute: daySecond / 60 % 60, second: daySecond % 60,
            fraction: fraction, offset: .utc)
    }

    /// The count `value` is, written in this unit; throws for a value without an offset when
    /// `timeZone` is nil, and for milliseconds, a fraction finer than a millisecond.
    func text(of value: DateTime, timeZone: UTCOffset?) throws(DateTimeFormat.WriteError) -> String {
        guard let offset = value.offset ?? timeZone else {
            throw DateTimeFormat.WriteError(
                message: "the value has no UTC offset, which \(rawValue) needs, and the API declares no time zone")
        }
        let seconds = value.day.daysSinceEpoch * 86_400 + value.hour * 3_600 + value.minute * 60 + value.second
            - offset.minutes * 60
        let fraction = value.fraction
        switch self {
        case .seconds:
            guard fraction.utf8.count <= Self.maximumFractionDigits else {
                throw DateTimeFormat.WriteError(
                    message: "the value has more than \(Self.maximumFractionDigits) digits of fractional seconds, which \(rawValue) cannot write")
            }
            guard seconds < 0, fraction.contains(where: { $0 != "0" }) else {
                return String(seconds) + (fraction.isEmpty ? "" : "." + fraction)
            }
            // The whole second -2 and .75 after it is -1.25.
            return "-" + String(-(seconds + 1)) + "." + Self.complement(fraction)
        case .milliseconds:
            let digits = Array(fraction.utf8)
            guard digits.count <= 3 || digits[3...].allSatisfy({ $0 == UInt8(ascii: "0") }) else {
                throw DateTimeFormat.WriteError(
                    message: "the value has fractional seconds finer than a millisecond, which \(rawValue) cannot write")
            }
            var milliseconds = 0
            for index in 0..<3 {
                milliseconds = milliseconds * 10 + (index < digits.count ? Int(digits[index] - UInt8(ascii: "0")) : 0)
            }
            return String(seconds * 1_000 + milliseconds)
        }
    }

    /// `1 - 0.digits` with as many digits: `25` → `75`, `001` → `999`.
    private static func complement(_ digits: String) -> String {
        var result: [UInt8] = []
        var borrow = true
        for byte in digits.utf8.reversed() {
            let digit = Int(byte - UInt8(ascii: "0"))
            let value = borrow ? (digit == 0 ? 0 : 10 - digit) : 9 - digit
            if digit != 0 { borrow = false }
            result.append(UInt8(ascii: "0") + UInt8(value))
        }
        return String(decoding: result.reversed(), as: UTF8.self)
    }
}
