#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// How CalendarDate and DateTime are read and written in a DateTimeFormat, and the entry points
// generated code calls for fields, lists and parameters with a declared format.

extension DateTime: DateTimeFormattable {
    /// Reads `text` laid out as `format` says; without `Z` in the format the offset is the
    /// format's ``DateTimeFormat/timeZone`` (unknown when that is nil).
    public init(text: String, format: DateTimeFormat, leniency: Leniency) throws(DateTimeFormat.ReadError) {
        if let unixTime = format.unixTime {
            guard let value = unixTime.value(of: text) else { throw format.readError(text) }
            self = value
            return
        }
        guard format.kind == .dateTime, let value = format.fields(of: text) else { throw format.readError(text) }
        self = value
    }

    /// Written as `format` lays it out, by the first alternative that can hold the value whole. A
    /// value whose offset differs from the format's time zone is converted to that zone first (the
    /// same instant) for a pattern without `Z`; throws when no alternative can write the value
    /// without losing part of it: an offset it cannot write and cannot convert to, fractional
    /// seconds it has no `[.S]` for, or no offset at all where it needs one. The message names the
    /// first alternative's problem and never quotes the value.
    public func text(in format: DateTimeFormat) throws(DateTimeFormat.WriteError) -> String {
        if let unixTime = format.unixTime { return try unixTime.text(of: self, timeZone: format.timeZone) }
        var firstError: DateTimeFormat.WriteError?
        for layout in format.layouts {
            do {
                return try text(in: layout, of: format)
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? DateTimeFormat.WriteError(message: "format \(format.pattern) has no pattern")
    }

    private func text(in layout: DateTimeFormat.Layout, of format: DateTimeFormat) throws(DateTimeFormat.WriteError) -> String {
        var value = self
        let written: UTCOffset?
        if layout.hasOffset {
            guard let offset = offset ?? format.timeZone else {
                throw DateTimeFormat.WriteError(message: "the value has no UTC offset, which format \(layout.pattern) needs")
            }
            written = offset
        } else {
            if let offset {
                guard let zone = format.timeZone else {
                    throw DateTimeFormat.WriteError(message: "the value has a UTC offset, which format \(layout.pattern) cannot write, "
                        + "and the API declares no time zone to convert it to")
                }
                if offset.minutes != zone.minutes {
                    guard let converted = converted(to: zone) else {
                        throw DateTimeFormat.WriteError(message: "the value leaves the years 0...9999 in the time zone \(zone)")
                    }
                    value = converted
                }
            }
            written = nil
        }
        if !fraction.isEmpty, !layout.hasFraction {
            throw DateTimeFormat.WriteError(message: "the value has fractional seconds, which format \(layout.pattern) cannot write")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(layout.pattern.utf8.count + fraction.utf8.count + 4)
        format.writeFields(of: value, in: layout, to: &bytes, offset: written)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension CalendarDate: DateTimeFormattable {
    /// Reads `text` laid out as `format` says. With ``Leniency/dateWithTime`` the date may be
    /// followed by midnight, ` 00:00:00` or `T00:00:00` with optional zero fractional seconds; any
    /// other time is an error, as a date cannot hold it.
    public init(text: String, format: DateTimeFormat, leniency: Leniency) throws(DateTimeFormat.ReadError) {
        guard format.kind == .date else { throw format.readError(text) }
        if let value = format.fields(of: text) {
            self = value.day
            return
        }
        guard leniency.contains(.dateWithTime), let (date, time) = Self.splitTime(text),
              let value = format.fields(of: date) else { throw format.readError(text) }
        guard let isMidnight = Self.isMidnight(time) else { throw format.readError(text) }
        guard isMidnight else {
            throw format.readError(text, detail: ", whose time of day a date cannot hold (only 00:00:00 is accepted)")
        }
        self = value.day
    }

    /// The date as `format` lays it out (its first alternative); never throws.
    public func text(in format: DateTimeFormat) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(format.pattern.utf8.count)
        let value = DateTime(uncheckedDay: self, hour: 0, minute: 0, second: 0, fraction: "", offset: nil)
        format.writeFields(of: value, in: format.layouts[0], to: &bytes, offset: nil)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` cut before its last ` ` or `T` that is followed by a digit: the date and the time.
    private static func splitTime(_ text: String) -> (date: String, time: Substring.UTF8View)? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            let previous = utf8.index(before: index)
            let byte = utf8[previous]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") {
                guard index < utf8.endIndex, DigitText.isDigit(utf8[index]) else { return nil }
                return (String(text[..<previous]), text[index...].utf8)
            }
            index = previous
        }
        return nil
    }

    /// Whether `bytes`, a time of day `HH:mm:ss` with optional fractional seconds, is midnight;
    /// nil when they are not a valid time of day.
    private static func isMidnight(_ bytes: Substring.UTF8View) -> Bool? {
        let bytes = Array(bytes)
        guard bytes.count >= 8, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":") else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Bool? in
            guard let hour = DigitText.read(buffer[0..<2]), hour <= 23,
                  let minute = DigitText.read(buffer[3..<5]), minute <= 59,
                  let second = DigitText.read(buffer[6..<8]), second <= 59 else { return nil }
            var fractionIsZero = true
            if buffer.count > 8 {
                // Any number of digits: checked one by one, never read into an Int that could overflow.
                guard buffer[8] == UInt8(ascii: "."), buffer.count > 9, buffer[9...].allSatisfy(DigitText.isDigit) else { return nil }
                fractionIsZero = buffer[9...].allSatisfy { $0 == UInt8(ascii: "0") }
            }
            return hour == 0 && minute == 0 && second == 0 && fractionIsZero
        }
    }
}

// MARK: - Decoding and encoding in a format

extension DateTimeFormat {
    /// Reads a value of this format from `decoder`: a string, or with ``Leniency/emptyAsAbsent``
    /// an empty form (`""`, `[]`, `[[ ]]`) for nil. Text that does not read is `dataCorrupted`.
    public func decode<T: DateTimeFormattable>(_ type: T.Type, from decoder: any Decoder, leniency: Leniency) throws -> T? {
        let container = try decoder.singleValueContainer()
        if unixTime != nil { return try decodeCount(type, from: container, leniency: leniency) }
        let text: String
        do {
            text = try container.decode(String.self)
        } catch where DecodeFailure.isWrongShape(error) {
            if leniency.contains(.emptyAsAbsent), EmptyForm.matches(container) { return nil }
            throw error
        }
        if text.isEmpty, leniency.contains(.emptyAsAbsent) { return nil }
        do {
            return try T(text: text, format: self, leniency: leniency)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// A ``unixTime`` count: a JSON number; with ``Leniency/stringEncodedNumbers`` also its text
    /// in a string (`"1700000000"`), with ``Leniency/emptyAsAbsent`` an empty form for nil.
    private func decodeCount<T: DateTimeFormattable>(
        _ type: T.Type, from container: any SingleValueDecodingContainer, leniency: Leniency
    ) throws -> T? {
        let text: String
        do {
            let number = try container.decode(Decimal.self)
            guard let exact = JSONNumber(number) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "The number has too many digits to be a count of \(pattern)")
            }
            text = exact.description
        } catch where DecodeFailure.isWrongShape(error) {
            if leniency.contains(.emptyAsAbsent), EmptyForm.matches(container) { return nil }
            guard leniency.contains(.stringEncodedNumbers), let string = try? container.decode(String.self) else { throw error }
            text = string
        }
        do {
            return try T(text: text, format: self, leniency: leniency)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// The value for `key`: nil when absent or `null`, otherwise as ``decode(_:from:leniency:)``.
    /// A string is read straight from the container (the common case costs one read).
    func decode<T: DateTimeFormattable, Key: CodingKey>(
        _ type: T.Type, from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> T? {
        if unixTime != nil {
            guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
            return try decode(type, from: container.superDecoder(forKey: key), leniency: leniency)
        }
        let text: String?
        do {
            text = try container.decodeIfPresent(String.self, forKey: key)
        } catch where DecodeFailure.isWrongShape(error) {
            return try decode(type, from: container.superDecoder(forKey: key), leniency: leniency)
        }
        guard let text, !(text.isEmpty && leniency.contains(.emptyAsAbsent)) else { return nil }
        do {
            return try T(text: text, format: self, leniency: leniency)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
        }
    }

    /// The text of `value` for a query parameter, or the reason it cannot be written (which does
    /// not quote the value).
    public func queryText<T: DateTimeFormattable>(_ value: T, parameter: String) throws(RequestValidationError) -> String {
        do {
            return try value.text(in: self)
        } catch {
            throw RequestValidationError(parameter: parameter, problem: .invalidValue(error.description))
        }
    }

    /// The texts of a list parameter's values, each as ``queryText(_:parameter:)``; Strings are
    /// ``QueryValue``s, so the result goes to `QueryBuilder.append(_:list:separator:)` as it is.
    public func queryTexts<T: DateTimeFormattable>(_ values: [T], parameter: String) throws(RequestValidationError) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(values.count)
        for value in values {
            texts.append(try queryText(value, parameter: parameter))
        }
        return texts
    }

    /// `value`'s text for encoding, the failure an `EncodingError` at `codingPath`.
    func encodedText<T: DateTimeFormattable>(_ value: T, codingPath: [any CodingKey]) throws -> String {
        do {
            return try value.text(in: self)
        } catch {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: error.description))
        }
    }

    /// Writes `value` as the one value `encoder` holds (a list element, a map's value, a union's
    /// variant), as this format lays it out: a unix time as a number, any other format as a string.
    func write<T: DateTimeFormattable>(_ value: T, to encoder: any Encoder) throws {
        let text = try encodedText(value, codingPath: encoder.codingPath)
        if unixTime != nil {
            try CountNumber(text: text).encode(to: encoder)
        } else {
            var single = encoder.singleValueContainer()
            try single.encode(text)
        }
    }
}

extension KeyedDecodingContainer where K == AnyCodingKey {
    /// A date or date-time field written in `format`: nil when the key is absent or `null` (or an
    /// empty form with ``Leniency/emptyAsAbsent``); text that does not read is `dataCorrupted`.
    public func decodeFormatted<T: DateTimeFormattable>(
        _ type: T.Type, forKey name: String, format: DateTimeFormat, leniency: Leniency
    ) throws -> T? {
        try format.decode(type, from: self, forKey: AnyCodingKey(name), leniency: leniency)
    }

    /// A list of dates or date-times written in `format`, in the shapes
    /// ``decodeScalarList(_:forKey:wrapperKey:wrapperFields:leniency:)-(_,String,_,_,_)`` accepts.
    public func decodeFormattedList<T: DateTimeFormattable>(
        _ type: T.Type, forKey name: String, format: DateTimeFormat, wrapperKey: String?,
        wrapperFields: Set<String> = [], leniency: Leniency
    ) throws -> [T]? {
        try ListReader(elements: FormattedElements<T>(format: format, leniency: leniency), leniency: leniency)
            .read(from: self, forKey: AnyCodingKey(name), wrapperKey: wrapperKey, wrapperFields: wrapperFields)
    }
}

extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes a date or date-time field as `format` lays it out; nil omits the key. A value the
    /// format cannot write without losing part of it is an `EncodingError`.
    public mutating func encodeFormatted<T: DateTimeFormattable>(_ value: T?, forKey name: String, format: DateTimeFormat) throws {
        guard let value else { return }
        let key = AnyCodingKey(name)
        let text = try format.encodedText(value, codingPath: codingPath + [key])
        if format.unixTime != nil {
            try encode(CountNumber(text: text), forKey: key)
        } else {
            try encode(text, forKey: key)
        }
    }

    /// Writes a list of dates or date-times as ``encodeList(_:forKey:wrapperKey:)-(_,String,_)``
    /// does, each in `format`.
    public mutating func encodeFormattedList<T: DateTimeFormattable>(
        _ value: [T]?, forKey name: String, format: DateTimeFormat, wrapperKey: String?
    ) throws {
        guard let value else { return }
        let key = AnyCodingKey(name)
        let texts = try value.map { try format.encodedText($0, codingPath: codingPath + [key]) }
        if format.unixTime != nil {
            try encodeList(texts.map(CountNumber.init(text:)), forKey: key, wrapperKey: wrapperKey)
        } else {
            try encodeList(texts, forKey: key, wrapperKey: wrapperKey)
        }
    }
}

/// A ``UnixTime`` count's text written as a JSON number: whole counts as integers, seconds with a
/// fraction as a `Decimal` of the same digits (which drops trailing zeros: `1.50` is written `1.5`).
struct CountNumber: Encodable {
    var text: String

    func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        if let whole = Int64(text) {
            try single.encode(whole)
        } else if let decimal = Decimal(string: text) {
            try single.encode(decimal)
        } else {
            throw EncodingError.invalidValue(text, .init(codingPath: encoder.codingPath, debugDescription: "not a count"))
        }
    }
}

/// The elements of a list of dates or date-times in one format.
struct FormattedElements<T: DateTimeFormattable>: ListElements {
    var format: DateTimeFormat
    var leniency: Leniency

    func next(_ container: inout any UnkeyedDecodingContainer) throws -> T? {
        try format.decode(T.self, from: container.superDecoder(), leniency: leniency)
    }

    func lone<Key>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> T? {
        try format.decode(T.self, from: container, forKey: key, leniency: leniency)
    }
}
