/// How far a wall clock is from UTC, as written in ISO 8601 / RFC 3339 text: `Z`, `+05:30`,
/// `-00:30`.
///
/// The notation is part of the value so that text re-encodes exactly as it came: `Z` and `+00:00`
/// name the same offset but are different text, and RFC 3339 gives `-00:00` a meaning of its own
/// (the time is known in UTC, the local offset is not). Offsets are whole minutes within ±23:59,
/// what the `±hh:mm` form can hold.
public struct UTCOffset: Sendable, Hashable, CustomStringConvertible {
    /// How the offset is written.
    public enum Notation: Sendable, Hashable {
        /// `Z`: UTC.
        case z
        /// `+hh:mm` or `-hh:mm` (`+00:00` for UTC).
        case numeric
        /// `-00:00`: RFC 3339's "the instant is known in UTC, the local offset is not".
        case unknownLocalOffset
    }

    /// Minutes east of UTC: 330 for `+05:30`, -30 for `-00:30`.
    public let minutes: Int
    public let notation: Notation

    /// UTC, written `Z`.
    public static let utc = UTCOffset(uncheckedMinutes: 0, notation: .z)

    /// nil unless `minutes` is within ±(23 × 60 + 59); a notation other than `.numeric` needs 0 minutes.
    public init?(minutes: Int, notation: Notation = .numeric) {
        guard abs(minutes) <= 23 * 60 + 59, notation == .numeric || minutes == 0 else { return nil }
        self.init(uncheckedMinutes: minutes, notation: notation)
    }

    /// `+hh:mm` / `-hh:mm` from its parts, e.g. `UTCOffset(hours: 5, minutes: 30)` or
    /// `UTCOffset(hours: 0, minutes: -30)`; nil when the parts disagree in sign or are out of range.
    public init?(hours: Int, minutes: Int) {
        guard (0...59).contains(abs(minutes)), hours == 0 || minutes == 0 || (hours < 0) == (minutes < 0) else { return nil }
        self.init(minutes: hours * 60 + minutes)
    }

    private init(uncheckedMinutes: Int, notation: Notation) {
        self.minutes = uncheckedMinutes
        self.notation = notation
    }

    /// `Z`, `+hh:mm` or `-hh:mm`; nil for anything else (`+0530`, `+5:30`, `UTC`, `+24:00`).
    public init?(_ text: String) {
        var text = text
        guard let offset = text.withUTF8({ UTCOffset.parse($0[...]) }), offset.length == text.utf8.count else { return nil }
        self = offset.value
    }

    /// `Z`, `+05:30`, `-00:30`, `-00:00`.
    public var description: String {
        var bytes: [UInt8] = []
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(to bytes: inout [UInt8]) {
        switch notation {
        case .z:
            bytes.append(UInt8(ascii: "Z"))
            return
        case .unknownLocalOffset:
            bytes.append(UInt8(ascii: "-"))
        case .numeric:
            bytes.append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        }
        DigitText.write(abs(minutes) / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        DigitText.write(abs(minutes) % 60, width: 2, to: &bytes)
    }

    /// Reads an offset at the start of `bytes`: the value and how many bytes it took.
    static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (value: UTCOffset, length: Int)? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "Z") { return (.utc, 1) }
        guard first == UInt8(ascii: "+") || first == UInt8(ascii: "-"), bytes.count >= 6 else { return nil }
        let start = bytes.startIndex
        guard bytes[start + 3] == UInt8(ascii: ":"),
              let hours = DigitText.read(bytes[(start + 1)..<(start + 3)]), hours <= 23,
              let minutes = DigitText.read(bytes[(start + 4)..<(start + 6)]), minutes <= 59
        else { return nil }
        let total = hours * 60 + minutes
        if first == UInt8(ascii: "-") {
            return (UTCOffset(uncheckedMinutes: -total, notation: total == 0 ? .unknownLocalOffset : .numeric), 6)
        }
        return (UTCOffset(uncheckedMinutes: total, notation: .numeric), 6)
    }
}

/// Fixed-width decimal digits, read and written as ASCII bytes.
enum DigitText {
    /// The number the bytes spell, all ASCII digits; nil for anything else or for no bytes. Only
    /// for fixed widths of a few digits: a long run would overflow `Int`.
    static func read(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `value` (not negative) zero-padded to `width` digits.
    static func write(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
