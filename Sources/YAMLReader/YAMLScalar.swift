/// A scalar node's payload: its source text, how it was written, and what it means.
///
/// The original `text` is kept next to the resolved `value` because the
/// generator sometimes needs the literal spelling (for example a key `200`
/// in a responses map is an integer to YAML but a status-code string to the
/// spec), and because messages should quote what the author actually wrote.
public struct YAMLScalar: Sendable, Hashable {
    /// The scalar's content after YAML unescaping/folding, before resolution.
    public var text: String
    /// How it was written.
    public var style: ScalarStyle
    /// What it means under the core schema (or its explicit tag).
    public var value: ScalarValue

    public init(text: String, style: ScalarStyle, value: ScalarValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}
