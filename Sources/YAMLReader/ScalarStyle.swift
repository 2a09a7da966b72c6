/// How a scalar was written in the source.
///
/// Kept on every scalar because style changes meaning: only `plain` scalars are
/// resolved to null/bool/int/float, so `"123"` is a string while `123` is an
/// integer. Error messages can also use it to suggest quoting.
public enum ScalarStyle: Sendable, Hashable {
    /// Unquoted text: `key: value`.
    case plain
    /// `'text'`
    case singleQuoted
    /// `"text"`
    case doubleQuoted
    /// Block scalar `|`, line breaks kept.
    case literal
    /// Block scalar `>`, line breaks folded to spaces.
    case folded
}
