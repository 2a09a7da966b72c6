/// Which irregularities a field accepts when it is decoded.
///
/// The services this runtime was written for do not always send what their
/// documentation says: numbers arrive as strings, one-element lists arrive as a
/// bare object, "nothing" arrives as `""`, `[]` or `[[ ]]`, and list wrapper
/// objects are sometimes dropped. Each tolerance is a separate flag so that a
/// spec can switch on exactly the ones a field needs and keep everything else
/// strict: with a flag off, the corresponding quirk is a decoding error.
///
/// Whatever the flags, a present value that cannot be read as the declared type
/// is a thrown `DecodingError`, never a silent `nil`.
public struct Leniency: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// `Int`, `Int64` and `Double` fields also accept a JSON string holding a
    /// number: `"42"`, `"-3.5"`, `"5.6E9"`. The text is not trimmed: `" 42 "`
    /// is an error, as are `"nan"`, `"inf"` and hexadecimal forms.
    public static let stringEncodedNumbers = Leniency(rawValue: 1 << 0)

    /// `Bool` fields also accept the strings `"true"` and `"false"`, compared
    /// case-insensitively. JSON `true` / `false` are always accepted.
    public static let stringEncodedBooleans = Leniency(rawValue: 1 << 1)

    /// `String` and open-enum fields also accept a JSON number or boolean and
    /// keep it as text: `200` → `"200"`, `true` → `"true"`.
    ///
    /// The `Decoder` protocol does not expose a number's source text, so the
    /// number is written canonically: `1.50` → `"1.5"`, `5.6E9` → `"5600000000"`.
    public static let numbersAsStrings = Leniency(rawValue: 1 << 2)

    /// A single value where a list is expected is read as a one-element list.
    public static let collapsedLists = Leniency(rawValue: 1 << 3)

    /// Empty forms mean "absent".
    ///
    /// - For a number, boolean, date, enum or object: `""`, `[]` and arrays
    ///   nested of only empty arrays (`[[ ]]`) decode as `nil`.
    /// - For a `String`: `""` stays `""` (it is a real value), `[]` / `[[ ]]` → `nil`.
    /// - For a list: `""`, `[]`, `[[ ]]`, `{}`, `{"wrapper": []}`,
    ///   `{"wrapper": ""}` and `{"wrapper": null}` decode as `[]`; an element
    ///   that is an empty form (or `null`) is skipped.
    public static let emptyAsAbsent = Leniency(rawValue: 1 << 4)

    /// A list declared with a wrapper key (`{"customer": [ ... ]}`) may arrive
    /// as a bare array, or — together with ``collapsedLists`` — as a bare element.
    public static let unwrappedLists = Leniency(rawValue: 1 << 5)

    /// Open enums also accept a declared value in another letter case (`instore` for `INSTORE`)
    /// and read it as that value, which is then written back in the declared spelling. A value
    /// that matches none is still kept as it was sent, in `unknown`.
    public static let caseInsensitiveEnums = Leniency(rawValue: 1 << 6)

    /// A date (`date`) may arrive with a time of day, when that time is midnight:
    /// `2016-08-31 00:00:00` or `2016-08-31T00:00:00.000` read as 2016-08-31 and are written back
    /// as a date alone. Any other time is an error, not dropped: a date cannot hold it.
    public static let dateWithTime = Leniency(rawValue: 1 << 7)

    /// No tolerance at all: exactly what plain `Codable` accepts.
    public static let strict: Leniency = []

    /// Every tolerance.
    public static let all: Leniency = [
        .stringEncodedNumbers, .stringEncodedBooleans, .numbersAsStrings,
        .collapsedLists, .emptyAsAbsent, .unwrappedLists, .caseInsensitiveEnums, .dateWithTime,
    ]
}
