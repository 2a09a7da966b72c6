#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A date and a time of day as a service wrote them: the wall-clock fields, the fractional
/// seconds digit for digit, and the UTC offset when the text (or the API's declared time zone)
/// gives one.
///
/// A value whose offset is unknown is not an instant: `2020-07-07 07:07:07` from a service that
/// does not say where its clock is could be any of some 26 hours. Such a value keeps its fields and
/// has no ``date``; nothing here guesses a zone. Values compare equal only when they would be
/// written identically (`Z` and `+00:00`, or `.5` and `.50`, are different values), which is what
/// a round trip needs; compare instants through ``date``.
///
/// Seconds are 0...59 (a leap second `60` is refused, as `Date` cannot hold it), hours 0...23 (`24:00`
/// is refused), years 0...9999 as for ``CalendarDate``.
public struct DateTime: Sendable, Hashable, CustomStringConvertible {
    public let day: CalendarDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The digits after the decimal point of the seconds exactly as written (`"250"` for
    /// `07.250`), empty when there were none.
    public let fraction: String
    /// nil when neither the text nor the API says which offset the clock is at.
    public let offset: UTCOffset?

    /// nil unless the time of day is valid (hour 0...23, minute and second 0...59) and `fraction`
    /// holds only ASCII digits.
    public init?(day: CalendarDate, hour: Int, minute: Int, second: Int, fraction: String = "", offset: UTCOffset?) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              fraction.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fraction = fraction
        self.offset = offset
    }

    /// The instant `date` on a clock at `offset`, to whole seconds (the fraction of a second is
    /// dropped: a `Date` holds it only approximately). nil outside years 0...9999.
    public init?(_ date: Date, offset: UTCOffset) {
        let seconds = Int(exactly: date.timeIntervalSince1970.rounded(.down)).map { $0 + offset.minutes * 60 }
        guard let seconds else { return nil }
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (wholeDays, daySecond) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        guard let day = CalendarDate(daysSinceEpoch: wholeDays) else { return nil }
        self.init(
            uncheckedDay: day, hour: daySecond / 3_600, minute: daySecond / 60 % 60, second: daySecond % 60,
            fraction: "", offset: offset)
    }

    /// The instant, or nil when the offset is unknown.
    public var date: Date? {
        guard let offset else { return nil }
        let wallSeconds = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
        let seconds = Double(wallSeconds - offset.minutes * 60)
        return Date(timeIntervalSince1970: seconds + fractionValue)
    }

    /// The fraction as a number of seconds: `"250"` → 0.25.
    var fractionValue: Double {
        fraction.isEmpty ? 0 : Double("0." + fraction) ?? 0
    }

    /// The same instant on a clock at `target`: the wall-clock fields shifted by the difference of
    /// the offsets. nil when this value's offset is unknown or the result leaves years 0...9999.
    public func converted(to target: UTCOffset) -> DateTime? {
        guard let offset else { return nil }
        if offset.minutes == target.minutes {
            return DateTime(uncheckedDay: day, hour: hour, minute: minute, second: second, fraction: fraction, offset: target)
        }
        let minutes = day.daysSinceEpoch * 1_440 + hour * 60 + minute - offset.minutes + target.minutes
        let (days, minuteOfDay) = minutes.quotientAndRemainder(dividingBy: 1_440)
        let (wholeDays, dayMinute) = minuteOfDay < 0 ? (days - 1, minuteOfDay + 1_440) : (days, minuteOfDay)
        guard let shiftedDay = CalendarDate(daysSinceEpoch: wholeDays) else { return nil }
        return DateTime(
            uncheckedDay: shiftedDay, hour: dayMinute / 60, minute: dayMinute % 60, second: second,
            fraction: fraction, offset: target)
    }

    init(uncheckedDay day: CalendarDate, hour: Int, minute: Int, second: Int, fraction: String, offset: UTCOffset?) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fraction = fraction
        self.offset = offset
    }

    /// RFC 3339 when the offset is known (`2016-08-31T12:00:00.25+05:30`), otherwise the same
    /// without the offset (`2016-08-31T12:00:00`).
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        DateTimeFormat.iso8601.writeFields(of: self, in: DateTimeFormat.iso8601.layouts[0], to: &bytes, offset: offset)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension DateTime: LenientScalar {
    /// Decodes RFC 3339 text (``DateTimeFormat/iso8601``); anything else is `dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DateTimeFormat.iso8601.read(text, as: DateTime.self, leniency: .strict)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes RFC 3339 text; a value without an offset cannot be written so and is an
    /// `EncodingError`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        do {
            try container.encode(DateTimeFormat.iso8601.text(for: self))
        } catch let error as DateTimeFormat.WriteError {
            throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath, debugDescription: error.description))
        }
    }

    /// RFC 3339 text; with ``Leniency/emptyAsAbsent`` `""`, `[]` and `[[ ]]` are `nil`.
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> DateTime? {
        try DateTimeFormat.iso8601.decode(DateTime.self, from: decoder, leniency: leniency)
    }
}

extension DateTime: QueryValue {
    /// RFC 3339, as ``description``.
    public var queryText: String { description }
}

extension DateTime: ArgumentValue {
    /// RFC 3339 text with its offset, such as `2016-08-31T12:00:00+05:30`.
    public init?(argumentText: String) {
        guard let value = try? DateTimeFormat.iso8601.read(argumentText, as: DateTime.self, leniency: .strict) else { return nil }
        self = value
    }

    public static var argumentDescription: String { "a date and time, \(DateTimeFormat.iso8601.pattern)" }
}

extension CalendarDate {
    /// Days from 1970-01-01 (negative before it), proleptic Gregorian.
    ///
    /// Howard Hinnant's `days_from_civil`: exact integer arithmetic, no calendar object.
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01; nil outside years 0...9999. (`civil_from_days`.)
    init?(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }
}
