/// How a service writes dates or dates with times, declared by a pattern such as
/// `YYYY-MM-DD HH:mm:ss` or `DD-MM-YYYY`, and read and written exactly as declared.
///
/// Tokens (case matters, as in Unicode date patterns: `MM` is the month, `mm` the minute):
///
/// | Token | Meaning |
/// |---|---|
/// | `YYYY` | year, four digits |
/// | `MM` | month, two digits |
/// | `DD` | day of the month, two digits |
/// | `HH` | hour 00...23, two digits |
/// | `mm` | minute, two digits |
/// | `ss` | second 00...59, two digits |
/// | `[.S]` | optional fractional seconds: a `.` and one or more digits, kept digit for digit |
/// | `Z` | UTC offset: `Z`, `+hh:mm` or `-hh:mm` |
///
/// Between tokens stand literal separators, written as themselves: `-`, `/`, `.`, `:`, `,`,
/// space and `T`. Every other character is refused, so a typo cannot become a pattern that
/// silently reads something else. A date pattern has each of `YYYY`, `MM`, `DD` once and nothing
/// else; a date-time pattern has as well `HH`, `mm` and `ss` once, and may have `[.S]` right after
/// `ss` and a `Z`.
///
/// A pattern may give alternatives separated by `|` (spaces around it are not part of the
/// patterns), for a service that writes one field in several ways:
/// `YYYY-MM-DD HH:mm:ss | YYYY-MM-DDTHH:mm:ssZ`. Text is read by the first alternative that
/// matches, and a value is written by the first that can hold it whole (a value with an offset
/// skips a pattern without `Z` when no time zone is declared), so each comes back as it was sent.
///
/// A date-time format without `Z` reads text without an offset; ``timeZone`` (the API's declared
/// time zone) is then the values' offset, or, when nil, they keep an unknown offset.
public struct DateTimeFormat: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Values are ``CalendarDate``s.
        case date
        /// Values are ``DateTime``s.
        case dateTime
    }

    /// One piece of a pattern.
    enum Part: Hashable {
        case year, month, day, hour, minute, second
        case fraction
        case offset
        case literal([UInt8])
    }

    /// One alternative of the pattern.
    struct Layout: Hashable {
        let pattern: String
        let parts: [Part]
        /// Whether the layout has `Z` / `[.S]`.
        let hasOffset: Bool
        let hasFraction: Bool
    }

    public let kind: Kind
    /// The pattern as declared, such as `YYYY-MM-DD HH:mm:ss`.
    public let pattern: String
    /// The offset of text written without one; nil when the API does not say.
    public let timeZone: UTCOffset?
    /// The alternatives, in the order they are tried; none for a ``unixTime`` format.
    let layouts: [Layout]
    /// Set for `unix_seconds` and `unix_milliseconds`: values are counts, JSON numbers in a body.
    public let unixTime: UnixTime?

    /// Whether every alternative has `Z`: all text carries its offset, and ``timeZone`` only
    /// matters for writing a value that has none.
    public var hasOffset: Bool { layouts.allSatisfy(\.hasOffset) }

    /// RFC 3339: `YYYY-MM-DDTHH:mm:ss[.S]Z`, such as `2016-08-31T12:00:00+05:30` or
    /// `2016-08-31T06:30:00.250Z`. What `datetime` means without a `format`.
    public static let iso8601 = DateTimeFormat(validPattern: "YYYY-MM-DDTHH:mm:ss[.S]Z", kind: .dateTime)

    /// `YYYY-MM-DD`: what `date` means without a `format`.
    public static let isoDate = DateTimeFormat(validPattern: "YYYY-MM-DD", kind: .date)

    /// Reads a pattern; throws, saying what is wrong, for anything outside the tokens above.
    ///
    /// - Parameters:
    ///   - pattern: the spec's `format`, such as `DD-MM-YYYY HH:mm:ss`.
    ///   - kind: whether the values are dates or date-times.
    ///   - timeZone: the offset of text without one, `+hh:mm`, `-hh:mm` or `Z`; nil when unknown.
    public init(pattern: String, kind: Kind, timeZone: String? = nil) throws(PatternError) {
        let layouts: [Layout]
        let unixTime = UnixTime(rawValue: pattern)
        do throws(PatternError) {
            layouts = unixTime == nil ? try Self.layouts(of: pattern, kind: kind) : []
            if unixTime != nil, kind == .date {
                throw PatternError(message: "format '\(pattern)' is for a datetime; a date has no time of day to count")
            }
        } catch {
            guard let suggestion = Self.suggestion(for: pattern, kind: kind) else { throw error }
            throw PatternError(message: error.message + " (did you mean '\(suggestion)'?)")
        }
        var zone: UTCOffset?
        if let timeZone {
            guard let offset = UTCOffset(timeZone), offset.notation != .unknownLocalOffset else {
                throw PatternError(message: "time zone '\(timeZone)' is not a UTC offset such as +05:30, -03:00 or Z")
            }
            zone = offset
        }
        self.kind = kind
        self.pattern = pattern
        self.timeZone = zone
        self.layouts = layouts
        self.unixTime = unixTime
    }

    /// As ``init(pattern:kind:timeZone:)`` for a pattern known to be valid: generated code declares
    /// its formats so, with patterns the generator checked. Traps on an invalid one.
    public init(validPattern pattern: String, kind: Kind, timeZone: String? = nil) {
        do {
            try self.init(pattern: pattern, kind: kind, timeZone: timeZone)
        } catch {
            preconditionFailure("invalid date format '\(pattern)': \(error)")
        }
    }

    /// The pattern, and the time zone when one is declared: `YYYY-MM-DD HH:mm:ss (+05:30)`.
    public var description: String {
        timeZone.map { "\(pattern) (\($0))" } ?? pattern
    }

    /// Why a pattern is refused.
    public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Why text does not read as a value of the format.
    public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Why a value cannot be written in the format without losing part of it.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    // MARK: Pattern

    private static let literalBytes: Set<UInt8> = Set("-/.:, T".utf8)

    private static func layouts(of pattern: String, kind: Kind) throws(PatternError) -> [Layout] {
        var layouts: [Layout] = []
        for alternative in pattern.split(separator: "|", omittingEmptySubsequences: false) {
            let trimmed = alternative.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()
            let text = String(trimmed)
            guard !text.isEmpty else { throw PatternError(message: "format '\(pattern)' has an empty alternative") }
            if UnixTime(rawValue: text) != nil {
                throw PatternError(message: "format '\(pattern)': '\(text)' stands alone, not as one of several alternatives")
            }
            let parts = try Self.parts(of: text, in: pattern, kind: kind)
            layouts.append(Layout(
                pattern: text, parts: parts, hasOffset: parts.contains(.offset), hasFraction: parts.contains(.fraction)))
        }
        return layouts
    }

    /// The parts of one alternative, `text`, of `pattern`.
    private static func parts(of text: String, in pattern: String, kind: Kind) throws(PatternError) -> [Part] {
        var parts: [Part] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if bytes[index...].starts(with: "[.S]".utf8) {
                parts.append(.fraction)
                index += 4
                continue
            }
            if literalBytes.contains(byte) {
                if case .literal(let previous)? = parts.last {
                    parts[parts.count - 1] = .literal(previous + [byte])
                } else {
                    parts.append(.literal([byte]))
                }
                index += 1
                continue
            }
            // A run of one letter: exactly a token, or refused whole.
            var end = index
            while end < bytes.count, bytes[end] == byte { end += 1 }
            let run = String(decoding: bytes[index..<end], as: UTF8.self)
            let part: Part
            switch run {
            case "YYYY": part = .year
            case "MM": part = .month
            case "DD": part = .day
            case "HH": part = .hour
            case "mm": part = .minute
            case "ss": part = .second
            case "Z": part = .offset
            default:
                throw PatternError(message: "'\(run)' in format '\(pattern)' is not a token; "
                    + "the tokens are YYYY, MM, DD, HH, mm, ss, [.S] and Z, and the separators - / . : , space and T")
            }
            parts.append(part)
            index = end
        }
        try checkTokens(parts, pattern: text, kind: kind)
        return parts
    }

    /// The pattern with the usual ways of writing these tokens elsewhere replaced by these (`HH:MM:SS`,
    /// `yyyy`, `dd`), when that makes a valid pattern.
    private static func suggestion(for pattern: String, kind: Kind) -> String? {
        let lowered = pattern.lowercased()
        if kind == .dateTime, lowered.hasPrefix("unix") || lowered.hasPrefix("epoch"), !pattern.contains("|") {
            return (lowered.contains("mil") || lowered.hasSuffix("ms") ? UnixTime.milliseconds : .seconds).rawValue
        }
        var candidate = pattern
        for (written, token) in [("yyyy", "YYYY"), ("dd", "DD"), ("hh", "HH"), ("HH:MM", "HH:mm"), (":SS", ":ss")] {
            candidate = candidate.replacing(written, with: token)
        }
        if kind == .date { candidate = candidate.replacing("mm", with: "MM") }
        guard candidate != pattern, (try? layouts(of: candidate, kind: kind)) != nil else { return nil }
        return candidate
    }

    private static func checkTokens(_ parts: [Part], pattern: String, kind: Kind) throws(PatternError) {
        let names: [(Part, String)] = [
            (.year, "YYYY"), (.month, "MM"), (.day, "DD"), (.hour, "HH"), (.minute, "mm"), (.second, "ss"),
            (.fraction, "[.S]"), (.offset, "Z"),
        ]
        let timeParts: Set<Part> = [.hour, .minute, .second, .fraction, .offset]
        for (part, name) in names {
            let count = parts.count(where: { $0 == part })
            if count > 1 {
                let hint = part == .month && parts.contains(.hour) ? " ('MM' is the month; minutes are 'mm' and seconds 'ss')" : ""
                throw PatternError(message: "format '\(pattern)' has '\(name)' more than once\(hint)")
            }
            if kind == .date, count == 1, timeParts.contains(part) {
                throw PatternError(message: "format '\(pattern)' of a date has '\(name)'; a date has no time (use type datetime)")
            }
            let required: Set<Part> = kind == .date ? [.year, .month, .day] : [.year, .month, .day, .hour, .minute, .second]
            if count == 0, required.contains(part) {
                throw PatternError(message: "format '\(pattern)' has no '\(name)'")
            }
        }
        if let index = parts.firstIndex(of: .fraction), index == 0 || parts[index - 1] != .second {
            throw PatternError(message: "in format '\(pattern)', '[.S]' must come right after 'ss'")
        }
    }

    // MARK: Reading

    /// The fields of `text`, which must be written exactly as one alternative says; nil otherwise.
    /// Fields the pattern lacks (the time of a date) are 0; the offset is the text's, else ``timeZone``.
    func fields(of text: String) -> DateTime? {
        var text = text
        return text.withUTF8 { buffer -> DateTime? in
            for layout in layouts {
                if let value = fields(of: buffer, in: layout) { return value }
            }
            return nil
        }
    }

    private func fields(of buffer: UnsafeBufferPointer<UInt8>, in layout: Layout) -> DateTime? {
        var position = 0
        var values = (year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0)
        var fraction = ""
        var offset = timeZone
        func digits(_ count: Int) -> Int? {
            guard position + count <= buffer.count,
                  let value = DigitText.read(buffer[position..<(position + count)]) else { return nil }
            position += count
            return value
        }
        for part in layout.parts {
            switch part {
            case .year: guard let value = digits(4) else { return nil }; values.year = value
            case .month: guard let value = digits(2) else { return nil }; values.month = value
            case .day: guard let value = digits(2) else { return nil }; values.day = value
            case .hour: guard let value = digits(2) else { return nil }; values.hour = value
            case .minute: guard let value = digits(2) else { return nil }; values.minute = value
            case .second: guard let value = digits(2) else { return nil }; values.second = value
            case .fraction:
                guard position + 1 < buffer.count, buffer[position] == UInt8(ascii: "."),
                      DigitText.isDigit(buffer[position + 1]) else { continue }
                var end = position + 1
                while end < buffer.count, DigitText.isDigit(buffer[end]) { end += 1 }
                fraction = String(decoding: buffer[(position + 1)..<end], as: UTF8.self)
                position = end
            case .offset:
                guard let parsed = UTCOffset.parse(buffer[position...]) else { return nil }
                offset = parsed.value
                position += parsed.length
            case .literal(let literal):
                guard buffer[position...].starts(with: literal) else { return nil }
                position += literal.count
            }
        }
        guard position == buffer.count,
              let day = CalendarDate(year: values.year, month: values.month, day: values.day) else { return nil }
        return DateTime(
            day: day, hour: values.hour, minute: values.minute, second: values.second, fraction: fraction, offset: offset)
    }

    /// Reads `text` as a `T`; the error says what was expected and quotes (a bounded part of) the text.
    public func read<T: DateTimeFormattable>(_ text: String, as type: T.Type, leniency: Leniency = .strict) throws(ReadError) -> T {
        try T(text: text, format: self, leniency: leniency)
    }

    func readError(_ text: String, detail: String = "") -> ReadError {
        let noun = kind == .date ? "a date" : "a date and time"
        return ReadError(message: "Expected \(noun) written \(description) but found \(quotedForMessage(text))\(detail)")
    }

    // MARK: Writing

    /// `value` as the pattern writes it.
    public func text<T: DateTimeFormattable>(for value: T) throws(WriteError) -> String {
        try value.text(in: self)
    }

    /// Appends `value`'s fields as `layout` lays them out, with `offset` for `Z`.
    func writeFields(of value: DateTime, in layout: Layout, to bytes: inout [UInt8], offset: UTCOffset?) {
        for part in layout.parts {
            switch part {
            case .year: DigitText.write(value.day.year, width: 4, to: &bytes)
            case .month: DigitText.write(value.day.month, width: 2, to: &bytes)
            case .day: DigitText.write(value.day.day, width: 2, to: &bytes)
            case .hour: DigitText.write(value.hour, width: 2, to: &bytes)
            case .minute: DigitText.write(value.minute, width: 2, to: &bytes)
            case .second: DigitText.write(value.second, width: 2, to: &bytes)
            case .fraction:
                if !value.fraction.isEmpty {
                    bytes.append(UInt8(ascii: "."))
                    bytes += value.fraction.utf8
                }
            case .offset: offset?.write(to: &bytes)
            case .literal(let literal): bytes += literal
            }
        }
    }
}

/// A value a ``DateTimeFormat`` reads and writes: ``CalendarDate`` and ``DateTime``.
public protocol DateTimeFormattable: LenientScalar {
    /// Reads `text` written in `format`, with the tolerances of `leniency` that apply to it.
    init(text: String, format: DateTimeFormat, leniency: Leniency) throws(DateTimeFormat.ReadError)

    /// The value written in `format`; throws rather than drop part of the value.
    func text(in format: DateTimeFormat) throws(DateTimeFormat.WriteError) -> String
}

extension DigitText {
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
