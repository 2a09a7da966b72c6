/// A scalar node's payload: its source text, how it was written, and what it means.
///
/// The original `text` is kept next to the resolved `value` because the
/// generator sometimes needs the literal spelling (for example a key `200`
/// in a responses map is an integer to YAML but a status-code string to the
/// spec), and because messages should quote what the author actually wrote.
public struct YAMLScalar: Sendable, Hashable {
    /// The scalar's content after YAML unescaping/folding, before resolution.
    public var text: String {
        get { storedText }
        set {
            // The value stays what it was; only how it is stored may change.
            let value = value
            storedText = newValue
            resolution = Resolution(value, text: newValue)
        }
    }
    /// How it was written.
    public var style: ScalarStyle
    /// What it means under the core schema (or its explicit tag).
    public var value: ScalarValue {
        get {
            switch resolution {
            case .textIsString: .string(storedText)
            case .resolved(let value): value
            }
        }
        set { resolution = Resolution(newValue, text: storedText) }
    }

    /// How `value` is stored. Most scalars are strings equal to `text`; storing
    /// that as a case rather than a second copy of the string means a scalar holds
    /// one reference-counted field instead of two, and every copy of every node
    /// (the tree is copied a lot while it is built and read) retains one less.
    private var resolution: Resolution
    private var storedText: String

    private enum Resolution: Sendable, Hashable {
        /// `value` is `.string(text)`.
        case textIsString
        /// Anything else: null, bool, int, float, or a string that differs from `text`.
        case resolved(ScalarValue)

        init(_ value: ScalarValue, text: String) {
            if case .string(let string) = value, string == text {
                self = .textIsString
            } else {
                self = .resolved(value)
            }
        }
    }

    public init(text: String, style: ScalarStyle, value: ScalarValue) {
        self.storedText = text
        self.style = style
        self.resolution = Resolution(value, text: text)
    }
}
