/// A calendar date without time or time zone, written `YYYY-MM-DD`.
///
/// Query parameters and date fields of the service are plain days; carrying
/// them as `Date` would attach a time zone that the service never meant and
/// could shift the day when printed. Years are limited to 0...9999 so that the
/// four-digit text form round-trips; dates follow the proleptic Gregorian calendar.
public struct CalendarDate: LenientScalar, Comparable, CustomStringConvertible, LosslessStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil unless `month` is 1...12 and `day` exists in that month (29 February
    /// only in leap years) and `year` is 0...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (4-2-2 ASCII digits); nil for anything else,
    /// including `2024-2-9`, surrounding spaces, a time part, or a day that
    /// does not exist.
    public init?(_ description: String) {
        let bytes = Array(description.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, zero-padded: `2024-02-09`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension CalendarDate {
    /// Decodes a `YYYY-MM-DD` string; any other text is `dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: CalendarDate.invalidTextMessage(text))
        }
        self = date
    }

    /// Encodes the `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func invalidTextMessage(_ text: String) -> String {
        "Expected a date written YYYY-MM-DD but found \(quotedForMessage(text))"
    }
}

extension CalendarDate {
    /// A `YYYY-MM-DD` string; with ``Leniency/emptyAsAbsent`` `""`, `[]` and
    /// `[[ ]]` are `nil`, and with ``Leniency/dateWithTime`` the date may be followed by midnight
    /// (`2016-08-31 00:00:00`). Any other text is `dataCorrupted`.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> CalendarDate? {
        try DateTimeFormat.isoDate.decode(CalendarDate.self, from: decoder, leniency: leniency)
    }

    @_specialize(where Key == AnyCodingKey)
    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> CalendarDate? {
        try DateTimeFormat.isoDate.decode(CalendarDate.self, from: container, forKey: key, leniency: leniency)
    }
}
