/// An enum whose unknown values are kept, never a decoding failure.
///
/// Services add enum values without notice; a closed Swift enum would turn each
/// new value into a failed response. Generated enums look like:
///
/// ```swift
/// public enum SlabChangeKind: OpenEnum {
///     case upgrade, downgrade
///     case unknown(String)
///     public static let knownValues: [Self] = [.upgrade, .downgrade]
///     public init(rawValue: String) {
///         switch rawValue {
///         case "UPGRADE": self = .upgrade
///         case "DOWNGRADE": self = .downgrade
///         default: self = .unknown(rawValue)
///         }
///     }
///     public var rawValue: String { ... }
/// }
/// ```
///
/// `init(rawValue:)` cannot fail, so decoding keeps `.unknown("NEW_VALUE")` and
/// encoding writes `"NEW_VALUE"` back unchanged. A value the spec declares other spellings for
/// (`aliases`) reads them as that value, and writes its own spelling back.
public protocol OpenEnum: LenientScalar, RawRepresentable where RawValue == String {
    init(rawValue: String)

    /// Every case the spec declares, for ``Leniency/caseInsensitiveEnums``; never `unknown`.
    static var knownValues: [Self] { get }
}

extension OpenEnum {
    /// Decodes a JSON string. Strict: a number is a type mismatch here; only
    /// `decodeLeniently(from:leniency:)` applies ``Leniency/numbersAsStrings``.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes `rawValue` as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// A JSON string (any value, known or not); with
    /// ``Leniency/numbersAsStrings`` also a number or boolean as text; with
    /// ``Leniency/emptyAsAbsent`` `""`, `[]` and `[[ ]]` are `nil` (unlike a
    /// `String` field, `""` is not a meaningful enum value).
    public static func decodeLeniently(from decoder: any Decoder, leniency: Leniency) throws -> Self? {
        guard let text = try String.decodeLeniently(from: decoder, leniency: leniency) else { return nil }
        return value(from: text, leniency: leniency)
    }

    public static func decodeLeniently<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, leniency: Leniency
    ) throws -> Self? {
        guard let text = try String.decodeLeniently(from: container, forKey: key, leniency: leniency) else { return nil }
        return value(from: text, leniency: leniency)
    }

    public static func decodeLeniently(
        from container: inout any UnkeyedDecodingContainer, leniency: Leniency
    ) throws -> Self? {
        guard let text = try String.decodeLeniently(from: &container, leniency: leniency) else { return nil }
        return value(from: text, leniency: leniency)
    }

    private static func value(from text: String, leniency: Leniency) -> Self? {
        if text.isEmpty, leniency.contains(.emptyAsAbsent) { return nil }
        let exact = Self(rawValue: text)
        guard leniency.contains(.caseInsensitiveEnums), !knownValues.contains(exact) else { return exact }
        // `instore` for `INSTORE`: the one declared value spelled the same but for letter case. Two
        // such values (`Active`, `ACTIVE`) leave the choice open, so the text is kept as it came.
        let folded = text.lowercased()
        let matches = knownValues.filter { $0.rawValue.lowercased() == folded }
        return matches.count == 1 ? matches[0] : exact
    }
}
