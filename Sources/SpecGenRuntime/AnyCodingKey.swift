/// A coding key made from any string or integer.
///
/// Generated code names its own fields with `CodingKeys` enums; this key is for
/// names only known at run time, such as a list's wrapper key
/// (`{"customer": [ ... ]}`), which the runtime's list helpers receive as a string.
public struct AnyCodingKey: CodingKey, Sendable, Hashable {
    public let stringValue: String
    public let intValue: Int?

    public init(_ stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    public init?(stringValue: String) {
        self.init(stringValue)
    }

    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
